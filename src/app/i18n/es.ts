/** Every Spanish (es-CO) text: the shell's and the staff areas'. English must have the same keys (see en.ts). */
import { shellEs } from './shell.es';
import { staffEs } from './staff.es';

export const es = { ...shellEs, ...staffEs } as const;

export type MessageKey = keyof typeof es;
export type Dictionary = Record<MessageKey, string>;
