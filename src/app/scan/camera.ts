import type { ScannerFailure } from './scanner';

export type CameraChoice = { facingMode: 'environment' | 'user' } | { deviceId: string };

/**
 * With no size asked, Chromium (desktop and Android) delivers 640×480, where a cédula's PDF417 across the
 * frame has ~1 px per module and no decoder reads it. Ideal (not exact) sizes take the most the camera
 * offers up to 1080p and never fail a camera that has less; facingMode is ideal too (`exact` fails on some
 * phones).
 */
export function constraintsFor(choice: CameraChoice): MediaStreamConstraints {
  const which = 'deviceId' in choice ? { deviceId: { exact: choice.deviceId } } : { facingMode: { ideal: choice.facingMode } };
  return { audio: false, video: { ...which, width: { ideal: 1920 }, height: { ideal: 1080 }, frameRate: { ideal: 30 } } };
}

/** Capabilities Chromium reports on phones, missing from TypeScript's DOM types. */
interface PhoneCameraCapabilities extends MediaTrackCapabilities {
  focusMode?: string[];
  torch?: boolean;
}

export const capabilitiesOf = (track: MediaStreamTrack): PhoneCameraCapabilities =>
  typeof track.getCapabilities === 'function' ? (track.getCapabilities() as PhoneCameraCapabilities) : {};

/** Keeps a card in focus as it moves closer (phones that can); elsewhere nothing changes. */
export async function focusContinuously(track: MediaStreamTrack): Promise<void> {
  if (!capabilitiesOf(track).focusMode?.includes('continuous')) return;
  await track.applyConstraints({ advanced: [{ focusMode: 'continuous' } as MediaTrackConstraintSet] }).catch(() => undefined);
}

export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
}

export function failureOf(error: unknown): ScannerFailure {
  const text = String((error as { name?: unknown })?.name ?? '') + ' ' + String(error);
  if (/NotAllowed|Permission|Security/i.test(text)) return 'permission';
  if (/NotFound|Overconstrained|DevicesNotFound/i.test(text)) return 'no_camera';
  if (/not supported|NotSupported|secure context|undefined/i.test(text)) return 'unsupported';
  return 'other';
}

/** The next camera: the next of several, or rear ↔ front when a phone has two. */
export async function nextCamera(current: CameraChoice, runningDeviceId: string | undefined): Promise<CameraChoice> {
  const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
  const cameras = devices.filter((device) => device.kind === 'videoinput' && device.deviceId);
  if (cameras.length > 2) {
    const index = cameras.findIndex((camera) => camera.deviceId === ('deviceId' in current ? current.deviceId : runningDeviceId));
    return { deviceId: cameras[(index + 1) % cameras.length]!.deviceId };
  }
  return 'facingMode' in current && current.facingMode === 'environment' ? { facingMode: 'user' } : { facingMode: 'environment' };
}
