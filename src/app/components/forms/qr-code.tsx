import { createResource, Show } from 'solid-js';
import { qrShape } from '../../state/forms/qr';

/** A QR code drawn as one SVG path (built here, never injected as HTML), with a quiet zone of 4 modules. */
export function QrCode(props: { text: string; label: string; class?: string }) {
  const [shape] = createResource(() => props.text, qrShape);
  return (
    <Show when={shape()}>
      {(s) => (
        <svg
          class={props.class ?? 'qr'}
          viewBox={`-4 -4 ${s().size + 8} ${s().size + 8}`}
          role="img"
          aria-label={props.label}
          shape-rendering="crispEdges"
          data-testid="qr"
        >
          <rect x="-4" y="-4" width={s().size + 8} height={s().size + 8} fill="#fff" />
          <path d={s().path} fill="#000" />
        </svg>
      )}
    </Show>
  );
}
