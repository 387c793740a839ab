import { createResource, Show } from 'solid-js';
import { qrShape } from '../state/forms/qr';

/**
 * A QR code drawn on the device as one SVG path (markup built here, never injected as HTML), with a quiet
 * zone of 4 modules; the qrcode library loads only on screens that show one. data-qr-text says what it holds.
 */
export function QrCode(props: { text: string; label: string; class?: string; testId?: string }) {
  const [shape] = createResource(() => props.text, qrShape);
  // Callers may name "qr" themselves: it is the frame's own class, written once.
  const classes = () => ['qr', ...(props.class ?? '').split(/\s+/).filter((c) => c !== '' && c !== 'qr')].join(' ');
  return (
    <div class={classes()} role="img" aria-label={props.label} data-testid={props.testId} data-qr-text={props.text}>
      <Show when={shape()}>
        {(s) => (
          <svg class="qr__svg" viewBox={`-4 -4 ${s().size + 8} ${s().size + 8}`} aria-hidden="true" shape-rendering="crispEdges">
            <rect x="-4" y="-4" width={s().size + 8} height={s().size + 8} fill="#fff" />
            <path d={s().path} fill="#000" />
          </svg>
        )}
      </Show>
    </div>
  );
}
