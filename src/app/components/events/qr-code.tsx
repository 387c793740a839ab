import { createResource, Show } from 'solid-js';

/** QR as SVG, drawn on the device; the qrcode library loads only on screens that show one. */
async function qrSvg(text: string): Promise<string> {
  const QRCode = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

export function QrCode(props: { text: string; label: string; class?: string; testId?: string }) {
  const [svg] = createResource(() => props.text, qrSvg);
  return (
    <div class={`qr ${props.class ?? ''}`} role="img" aria-label={props.label} data-testid={props.testId} data-qr-text={props.text}>
      {/* The SVG is built here from our own text (no markup from outside), so innerHTML is safe. */}
      <Show when={svg()}>{(markup) => <div class="qr__svg" innerHTML={markup()} />}</Show>
    </div>
  );
}
