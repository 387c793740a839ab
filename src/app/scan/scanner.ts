/**
 * The camera scanner behind an interface: the door screen only sees decoded texts, so the library
 * (ZXing-C++ in a worker today, html5-qrcode before) can be replaced, and tests can feed results without a camera.
 */
export type ScanFormat = 'qr' | 'pdf417' | 'other';

export interface ScanResult {
  text: string;
  format: ScanFormat;
}

export type ScannerFailure = 'permission' | 'no_camera' | 'unsupported' | 'other';

export interface Scanner {
  /** Opens the camera (the rear one by default) and starts decoding. Resolves once frames flow. */
  start(): Promise<{ ok: true } | { ok: false; failure: ScannerFailure }>;
  /** Releases the camera; safe to call when already stopped. */
  stop(): Promise<void>;
  /** Next camera (rear ↔ front, or the next of several). */
  switchCamera(): Promise<void>;
  /** Whether the running camera has a torch the page may switch. */
  torchSupported(): boolean;
  setTorch(on: boolean): Promise<void>;
  /**
   * Each distinct code once (repeats of the same text within the dedupe window are dropped). A listener
   * that returns false did not take the code (e.g. a result was on screen): it comes again when next read.
   */
  onResult(listener: (result: ScanResult) => boolean | void): () => void;
  /** Releases the camera and the decoder for good (the view is gone). Optional: a fake has nothing to free. */
  dispose?(): Promise<void>;
}

/** At most this many frames a second go to the decoder: 2 feels broken at a door; more starves a cheap phone. */
export const SCAN_FPS = 12;
/** The same code held in front of the camera is one scan, not twelve a second. */
export const DEDUPE_WINDOW_MS = 2_000;
