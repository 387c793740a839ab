import { hash } from 'node:crypto';

/** sha256 of the record content, hex: stored next to each record so comparisons never re-read payloads. */
export const contentHash = (content: string): string => hash('sha256', content, 'hex');
