import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { createCameraScanner } from '../../scan/load-scanner';
import type { Scanner, ScannerFailure, ScanResult } from '../../scan/scanner';
import { unlockAudio } from '../../state/door/feedback';
import { t } from '../../state/language';
import type { MessageKey } from '../../i18n';

const FAILURE_TEXT: Record<ScannerFailure, MessageKey> = {
  permission: 'door.camera.permission',
  no_camera: 'door.camera.none',
  unsupported: 'door.camera.unsupported',
  other: 'door.camera.other',
};

// html5-qrcode decodes a canvas as wide as its element: kept at the camera frame's width (640 px) so a
// PDF417 keeps its ~2 px per module, and scaled down on screen with a transform, which it does not see.
const FRAME_WIDTH = 640;

/** The camera: starts when the door opens, released when it closes (or when the form takes the screen). */
export function ScannerView(props: { onResult: (result: ScanResult) => boolean | void }) {
  let viewport: HTMLDivElement | undefined;
  let reader: HTMLDivElement | undefined;
  let scanner: Scanner | undefined;
  let disposed = false;
  const [state, setState] = createSignal<'starting' | 'running' | 'stopped'>('starting');
  const [failure, setFailure] = createSignal<ScannerFailure>();
  const [torch, setTorch] = createSignal<boolean>();
  const [scale, setScale] = createSignal(1);
  const [height, setHeight] = createSignal(FRAME_WIDTH * 0.75);

  async function start(): Promise<void> {
    unlockAudio();
    if (!scanner || disposed) return;
    setState('starting');
    const started = await scanner.start();
    if (disposed) return void scanner.stop();
    setFailure(started.ok ? undefined : started.failure);
    setState(started.ok ? 'running' : 'stopped');
    setTorch(started.ok && scanner.torchSupported() ? false : undefined);
  }

  async function stop(): Promise<void> {
    await scanner?.stop();
    setState('stopped');
  }

  onMount(() => {
    const resize = new ResizeObserver(() => {
      if (viewport) setScale(Math.min(1, viewport.clientWidth / FRAME_WIDTH));
      if (reader?.offsetHeight) setHeight(reader.offsetHeight);
    });
    resize.observe(viewport!);
    resize.observe(reader!);
    onCleanup(() => resize.disconnect());
    void createCameraScanner(reader!).then((created) => {
      if (disposed) return;
      scanner = created;
      created.onResult(props.onResult);
      void start();
    });
  });
  onCleanup(() => {
    disposed = true;
    void scanner?.stop();
  });

  return (
    <section class="scanner" aria-labelledby="scanner-title">
      <h2 id="scanner-title" class="visually-hidden">
        {t('door.camera.title')}
      </h2>
      <div class="scanner__viewport" ref={viewport} style={{ height: `${Math.round(height() * scale())}px` }}>
        <div class="scanner__frame" style={{ width: `${FRAME_WIDTH}px`, transform: `scale(${scale()})` }}>
          <div ref={reader} class="scanner__reader" data-testid="scanner" />
        </div>
        <Show when={state() !== 'running'}>
          <p class="scanner__status" role="status">
            {failure() ? t(FAILURE_TEXT[failure()!]) : state() === 'starting' ? t('door.camera.starting') : t('door.camera.stopped')}
          </p>
        </Show>
      </div>
      <div class="scanner__controls">
        <Show
          when={state() === 'running'}
          fallback={
            <button type="button" class="button button--primary" disabled={state() === 'starting'} onClick={() => void start()}>
              {t('door.camera.start')}
            </button>
          }
        >
          <button type="button" class="button button--secondary" onClick={() => void stop()}>
            {t('door.camera.stop')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => void scanner?.switchCamera()}>
            {t('door.camera.switch')}
          </button>
          <Show when={torch() !== undefined}>
            <button
              type="button"
              class="button button--secondary"
              aria-pressed={torch() ? 'true' : 'false'}
              onClick={() => {
                const next = !torch();
                void scanner?.setTorch(next).then(() => setTorch(next));
              }}
            >
              {t('door.camera.torch')}
            </button>
          </Show>
        </Show>
      </div>
    </section>
  );
}
