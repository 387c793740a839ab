import type { Dictionary } from './es';
import { shellEn } from './shell.en';
import { staffEn } from './staff.en';
import { kioskEn } from './kiosk.en';
import { trackingEn } from './tracking.en';

/** Every English text (same keys as es.ts). */
export const en: Dictionary = { ...shellEn, ...staffEn, ...kioskEn, ...trackingEn };
