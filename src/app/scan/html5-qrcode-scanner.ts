import { Html5Qrcode, Html5QrcodeScannerState, Html5QrcodeSupportedFormats, type Html5QrcodeResult } from 'html5-qrcode';
import { createDeduper } from './dedupe';
import { createSerialQueue } from './serial-queue';
import { createUpsideDownLook } from './upside-down-look';
import { DEDUPE_WINDOW_MS, SCAN_FPS, type ScanFormat, type ScanResult, type Scanner, type ScannerFailure } from './scanner';

type CameraChoice = { facingMode: 'environment' | 'user' } | string;

const FORMATS: Record<string, ScanFormat> = { QR_CODE: 'qr', PDF_417: 'pdf417' };

function failureOf(error: unknown): ScannerFailure {
  const text = String((error as { name?: unknown })?.name ?? '') + ' ' + String(error);
  if (/NotAllowed|Permission/i.test(text)) return 'permission';
  if (/NotFound|Overconstrained|no camera|Requested device not found/i.test(text)) return 'no_camera';
  if (/not supported|streaming not supported|secure context/i.test(text)) return 'unsupported';
  return 'other';
}

let elementCounter = 0;

const FIRST_FRAME_TIMEOUT_MS = 10_000;

/** Resolves true once html5-qrcode has its decoding canvas (made on the video's first 'playing'). */
function framesFlowing(element: HTMLElement): Promise<boolean> {
  return new Promise((resolve) => {
    if (element.querySelector('canvas')) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!element.querySelector('canvas')) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, FIRST_FRAME_TIMEOUT_MS);
    observer.observe(element, { childList: true, subtree: true });
  });
}

function releaseTracks(element: HTMLElement): void {
  for (const video of element.querySelectorAll('video')) {
    const stream = video.srcObject as MediaStream | null;
    stream?.getTracks().forEach((track) => track.stop());
  }
}

/**
 * The scanner on html5-qrcode. Deliberate choices (docs/peers.md): no qrbox (it decodes only the box, and
 * a cédula's PDF417 needs the whole frame at ~2 px per module), 12 fps instead of 2, facingMode without
 * `exact` (which fails on some phones), every start/stop/switch run one after another, results deduped.
 * The native BarcodeDetector stays off: Android's decodes a PDF417's latin-1 bytes as UTF-8 and loses the
 * accented letters of names, which ZXing hands back intact.
 */
export function createHtml5QrcodeScanner(element: HTMLElement): Scanner {
  element.id ||= `cabildo-scanner-${++elementCounter}`;
  const create = () =>
    new Html5Qrcode(element.id, {
      formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE, Html5QrcodeSupportedFormats.PDF_417],
      useBarCodeDetectorIfSupported: false,
      verbose: false,
    });
  let library = create();
  const serial = createSerialQueue();
  let isNew = createDeduper(DEDUPE_WINDOW_MS);
  const listeners = new Set<(result: ScanResult) => boolean | void>();
  const upsideDown = createUpsideDownLook();
  let camera: CameraChoice = { facingMode: 'environment' };
  let torch = false;

  const running = () => {
    const state = library.getState();
    return state === Html5QrcodeScannerState.SCANNING || state === Html5QrcodeScannerState.PAUSED;
  };

  const deliver = (text: string, format: ScanFormat) => {
    if (!isNew(text)) return;
    let taken = false;
    for (const listener of listeners) if (listener({ text, format }) !== false) taken = true;
    if (!taken) isNew.forget(text);
  };
  const onDecoded = (text: string, result: Html5QrcodeResult) => deliver(text, FORMATS[result.result.format?.formatName ?? ''] ?? 'other');
  // Called (synchronously, before the next frame is drawn) for each frame the first decode missed.
  const onMissed = () => {
    const frame = element.querySelector('canvas');
    const text = frame ? upsideDown(frame) : undefined;
    if (text !== undefined) deliver(text, 'qr');
  };

  const startNow = async (): Promise<{ ok: true } | { ok: false; failure: ScannerFailure }> => {
    if (running()) return { ok: true };
    isNew = createDeduper(DEDUPE_WINDOW_MS); // a fresh start is a fresh look: the last code may be shown again
    // A fresh instance per start: a stopped one may still have a decode in flight that would restart its
    // old scanning loop next to the new one (seen under load as a camera that shows the code, never decoding).
    releaseTracks(element);
    element.replaceChildren();
    library = create();
    try {
      // disableFlip: html5-qrcode's mirrored retry re-reads the same canvas (its flip only applies to the next
      // frame), and zxing-js reads mirrored QR codes anyway; the upside-down look replaces it.
      await library.start(camera, { fps: SCAN_FPS, disableFlip: true }, onDecoded, onMissed);
      torch = false;
      // start() resolves before the first frame plays; a stop() in that gap leaves html5-qrcode wedged
      // in "scanning" (it removes a canvas it has not made yet). Only report started once frames flow.
      if (!(await framesFlowing(element))) {
        await stopNow();
        return { ok: false, failure: 'other' };
      }
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    }
  };

  const stopNow = async () => {
    if (!running()) return;
    try {
      await library.stop();
    } catch {
      // Stopped halfway: release the camera by hand and start over with a fresh instance.
      releaseTracks(element);
      element.replaceChildren();
      library = create();
    }
  };

  async function nextCamera(): Promise<CameraChoice> {
    const cameras = await Html5Qrcode.getCameras().catch(() => []);
    if (cameras.length > 2 && typeof camera === 'string') {
      const index = cameras.findIndex((c) => c.id === camera);
      return cameras[(index + 1) % cameras.length]!.id;
    }
    if (cameras.length > 2) return cameras[0]!.id;
    return typeof camera !== 'string' && camera.facingMode === 'environment' ? { facingMode: 'user' } : { facingMode: 'environment' };
  }

  const torchFeature = () => {
    try {
      return running() ? library.getRunningTrackCameraCapabilities().torchFeature() : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    start: () => serial(startNow),
    stop: () => serial(stopNow),
    switchCamera: () =>
      serial(async () => {
        const next = await nextCamera();
        const wasRunning = running();
        await stopNow();
        camera = next;
        if (wasRunning) await startNow();
      }),
    torchSupported: () => torchFeature()?.isSupported() ?? false,
    setTorch: (on) =>
      serial(async () => {
        const feature = torchFeature();
        if (!feature?.isSupported() || torch === on) return;
        await feature.apply(on);
        torch = on;
      }),
    onResult(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
