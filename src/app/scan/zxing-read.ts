import { readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { ReadFrame } from './frame-looks';
import type { ScanFormat } from './scanner';

const FORMATS: Record<string, ScanFormat> = { QRCode: 'qr', PDF417: 'pdf417' };

/**
 * ZXing-C++ (zxing-wasm's reader build) as a ReadFrame. Chosen on measurement over html5-qrcode's zxing-js:
 * on 64 generated card photos (tests/support/card-photo.ts: 8 kinds × 4 seeds × 720p/1080p, read whole in
 * Node, tryHarder) zxing-js read 0 PDF417, ZXing-C++ 34, and 59 with the straightened looks added.
 * The caller prepares the module (where its .wasm is) before the first read.
 */
export const zxingRead: ReadFrame = async (frame, how) => {
  const options: ReaderOptions = {
    formats: ['QRCode', 'PDF417'],
    tryHarder: true,
    // A card held sideways is not a door's case, and each extra turn costs a whole look on a miss.
    tryRotate: false,
    tryInvert: false,
    maxNumberOfSymbols: 1,
    // Bytes come back untouched in `bytes`; Plain keeps `text` free of symbology markup for QR.
    textMode: 'Plain',
    binarizer: how.binarizer,
  };
  const [first] = await readBarcodes(frame as ImageData, options);
  if (!first) return undefined;
  return { format: FORMATS[first.format] ?? 'other', bytes: first.bytes, text: first.text };
};
