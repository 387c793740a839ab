import '../../styles/scan.css';
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

/** The camera: starts when the door opens, released when it closes (or when the form takes the screen). */
export function ScannerView(props: { onResult: (result: ScanResult) => boolean | void }) {
  let reader: HTMLDivElement | undefined;
  let scanner: Scanner | undefined;
  let disposed = false;
  const [state, setState] = createSignal<'starting' | 'running' | 'stopped'>('starting');
  const [failure, setFailure] = createSignal<ScannerFailure>();
  const [torch, setTorch] = createSignal<boolean>();

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
    void createCameraScanner(reader!).then((created) => {
      if (disposed) return;
      scanner = created;
      created.onResult(props.onResult);
      void start();
    });
  });
  onCleanup(() => {
    disposed = true;
    void (scanner?.dispose ?? scanner?.stop)?.call(scanner);
  });

  return (
    <section class="scanner" aria-labelledby="scanner-title">
      <h2 id="scanner-title" class="visually-hidden">
        {t('door.camera.title')}
      </h2>
      <div class="scanner__viewport">
        <div ref={reader} class="scanner__reader" data-testid="scanner" />
        <Show when={state() === 'running'}>
          {/* The box is a guide for the hand only: the decoder reads the whole camera frame. */}
          <div class="scanner__guide" aria-hidden="true" />
          <p class="scanner__hint">{t('scan.guide')}</p>
          <p class="scanner__searching" role="status" data-testid="scanner-searching">
            <span class="scanner__pulse" aria-hidden="true" />
            {t('scan.searching')}
          </p>
        </Show>
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
