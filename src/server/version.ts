import packageJson from '../../package.json';

/** The version reported by /api/v1/health. */
export const SERVER_VERSION: string = packageJson.version;
