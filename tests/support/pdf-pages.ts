/**
 * How many pages a PDF has, read from its page objects ("/Type /Page", not "/Type /Pages"). Chromium writes
 * them uncompressed, so the text of the file is enough; no PDF library needed.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
