// Replaced at build time by vite.config.ts (from CABILDO_BUILD_ID); a test tells versions apart by it.
declare const __CABILDO_BUILD_ID__: string | undefined;

export const BUILD_ID: string = typeof __CABILDO_BUILD_ID__ === 'string' ? __CABILDO_BUILD_ID__ : 'dev';

export const SYNC_ENDPOINT = '/api/v1/sync';
