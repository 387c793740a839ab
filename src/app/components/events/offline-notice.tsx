import { Show, createSignal, onCleanup } from 'solid-js';

/** A clear line while the device is offline: what works (the door) and what waits for the network. */
export function OfflineNotice(props: { text: string }) {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return (
    <Show when={!online()}>
      <p class="banner banner--offline" role="status" data-testid="offline-notice">
        {props.text}
      </p>
    </Show>
  );
}
