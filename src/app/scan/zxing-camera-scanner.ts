import { capabilitiesOf, constraintsFor, failureOf, focusContinuously, nextCamera, setTorch, type CameraChoice } from './camera';
import type { FromDecoder, ToDecoder } from './decoder-messages';
import { createDeduper } from './dedupe';
import { createSerialQueue } from './serial-queue';
import { DEDUPE_WINDOW_MS, SCAN_FPS, type ScanFormat, type ScanResult, type Scanner, type ScannerFailure } from './scanner';

const FIRST_FRAME_TIMEOUT_MS = 10_000;
const WATCH_MS = 500;

/**
 * The camera, our own <video>, and ZXing-C++ in a Worker. The page's only per-frame work is
 * createImageBitmap and a transfer; one frame is in the worker at a time, so decoding takes what the
 * phone can spare (at most SCAN_FPS frames a second) and taps are answered at once.
 */
export function createZxingCameraScanner(element: HTMLElement): Scanner {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('aria-hidden', 'true');
  element.replaceChildren(video);

  let worker: Worker | undefined;
  let stream: MediaStream | undefined;
  let camera: CameraChoice = { facingMode: 'environment' };
  let torch = false;
  let looking = false; // a frame is in the worker
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let generation = 0; // a stop makes answers for frames of the old stream stale
  let broken = false;
  const serial = createSerialQueue();
  let isNew = createDeduper(DEDUPE_WINDOW_MS);
  const listeners = new Set<(result: ScanResult) => boolean | void>();

  const deliver = (text: string, format: ScanFormat) => {
    if (!isNew(text)) return;
    let taken = false;
    for (const listener of listeners) if (listener({ text, format }) !== false) taken = true;
    if (!taken) isNew.forget(text);
  };

  const track = () => stream?.getVideoTracks()[0];

  // Chromium pauses a <video> that leaves the document, even for a moment (a Suspense boundary hiding the
  // door while a resource reloads moves it out and back), and a phone pauses it when the page goes to the
  // background. Nothing resumes it and requestVideoFrameCallback never fires on a paused video, so the door
  // would stay silently blind: a watchdog plays it again and restarts the frame loop.
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const watch = () => {
    clearInterval(watchdog);
    watchdog = setInterval(() => {
      if (!stream || broken) return;
      if (video.paused && video.isConnected) void video.play().catch(() => undefined);
      else if (!looking && performance.now() - lastSentAt > 3 * WATCH_MS) schedule();
    }, WATCH_MS);
  };

  let sentFor = -1; // the generation of the frame in the worker

  function workerNow(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'cabildo-decoder' });
    // A worker script that cannot load (offline with a stale cache) would otherwise leave the door silently blind.
    worker.onerror = (event) => {
      broken = true;
      looking = false;
      element.dataset.decoder = `broken: ${event.message || 'worker failed to load'}`;
    };
    worker.onmessage = (event: MessageEvent<FromDecoder>) => {
      looking = false;
      const message = event.data;
      if (message.type === 'broken') {
        broken = true;
        element.dataset.decoder = `broken: ${message.reason}`;
        return;
      }
      if (sentFor === generation) {
        element.dataset.frame = `${message.width}x${message.height}`;
        if (message.found) deliver(message.found.text, message.found.format);
      }
      schedule();
    };
    return worker;
  }

  function send(bitmap: ImageBitmap): void {
    sentFor = generation;
    workerNow().postMessage({ bitmap } satisfies ToDecoder, [bitmap]);
  }

  function schedule(): void {
    if (!stream || looking || broken) return;
    video.requestVideoFrameCallback(() => void look());
  }

  async function look(): Promise<void> {
    if (!stream || looking || video.videoWidth === 0) return schedule();
    const wait = lastSentAt + 1000 / SCAN_FPS - performance.now();
    if (wait > 0) {
      setTimeout(() => void look(), wait);
      return;
    }
    looking = true;
    lastSentAt = performance.now();
    try {
      send(await createImageBitmap(video));
    } catch {
      looking = false; // the stream ended between the check and the grab
      schedule();
    }
  }

  const firstFrame = () =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), FIRST_FRAME_TIMEOUT_MS);
      video.requestVideoFrameCallback(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  const release = () => {
    clearInterval(watchdog);
    generation++;
    stream?.getTracks().forEach((t) => t.stop());
    stream = undefined;
    video.srcObject = null;
    delete element.dataset.frame;
  };

  const startNow = async (): Promise<{ ok: true } | { ok: false; failure: ScannerFailure }> => {
    if (stream) return { ok: true };
    isNew = createDeduper(DEDUPE_WINDOW_MS); // a fresh start is a fresh look: the last code may be shown again
    if (!navigator.mediaDevices?.getUserMedia) return { ok: false, failure: 'unsupported' };
    try {
      stream = await navigator.mediaDevices.getUserMedia(constraintsFor(camera));
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    }
    generation++;
    torch = false;
    workerNow(); // the decoder loads while the camera warms up
    video.srcObject = stream;
    const flowing = firstFrame();
    await video.play().catch(() => undefined); // the watchdog plays it once it is back in the document
    if (!(await flowing)) {
      release();
      return { ok: false, failure: 'other' };
    }
    const current = track();
    if (current) await focusContinuously(current);
    schedule();
    watch();
    return { ok: true };
  };

  const stopNow = async () => release();

  return {
    start: () => serial(startNow),
    stop: () => serial(stopNow),
    switchCamera: () =>
      serial(async () => {
        const next = await nextCamera(camera, track()?.getSettings().deviceId);
        const wasRunning = stream !== undefined;
        release();
        camera = next;
        if (wasRunning) await startNow();
      }),
    torchSupported: () => {
      const current = track();
      return current ? capabilitiesOf(current).torch === true : false;
    },
    setTorch: (on) =>
      serial(async () => {
        const current = track();
        if (!current || capabilitiesOf(current).torch !== true || torch === on) return;
        await setTorch(current, on);
        torch = on;
      }),
    onResult(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () =>
      serial(async () => {
        release();
        worker?.terminate();
        worker = undefined;
        looking = false;
      }),
  };
}
