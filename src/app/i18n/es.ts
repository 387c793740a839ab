/** Every Spanish (es-CO) text: the shell's, the staff areas' and the citizen pages' own. English must have the same keys (see en.ts). */
import { shellEs } from './shell.es';
import { staffEs } from './staff.es';
import { kioskEs } from './kiosk.es';
import { trackingEs } from './tracking.es';

export const es = { ...shellEs, ...staffEs, ...kioskEs, ...trackingEs } as const;

export type MessageKey = keyof typeof es;
export type Dictionary = Record<MessageKey, string>;
