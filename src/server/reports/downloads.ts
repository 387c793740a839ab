import type { Context } from 'hono';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

// Names are built from event ids (lower-case slugs) and dates, but are cleaned anyway: a quote or a
// line break in a header would break it.
export const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '-');

/** A file to save, never to show inline; Cache-Control: no-store is set for all of /api. */
export function download(c: Context, body: string | Uint8Array, contentType: string, filename: string): Response {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${safeFileName(filename)}"`,
    'Content-Length': String(bytes.byteLength),
  });
}
