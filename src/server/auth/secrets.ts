import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 32 random bytes as base64url (43 characters): session cookies, device secrets, one-time tokens. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Only this digest of a token is stored, so a copy of the database grants nothing. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export const newId = (): string => randomUUID();
