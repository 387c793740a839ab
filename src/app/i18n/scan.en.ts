import type { scanEs } from './scan.es';

/** English texts of the camera scanner: the same keys as scan.es.ts, or the build fails. */
export const scanEn: Record<keyof typeof scanEs, string> = {
  'scan.guide': 'Line up the barcode inside the box',
  'scan.searching': 'Searching…',
};
