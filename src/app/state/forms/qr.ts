/** A QR code as one SVG path (dark modules), so it renders as markup we build, never as injected HTML. */
export interface QrShape {
  size: number;
  path: string;
}

/** The qrcode package loads only when a QR is drawn (staff screens), never with a citizen's form. */
export async function qrShape(text: string): Promise<QrShape> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size: modules.size, path };
}
