import type { ResultColour } from './door-outcome';

let audio: AudioContext | undefined;

/** Browsers only let a page make sound after a tap: call this from the tap that starts the door. */
export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = undefined; // no WebAudio: the colour and the vibration still say it
  }
}

// A high short beep for yes, two for "already", a low long one for no: told apart without looking.
const TONES: Record<ResultColour, { hz: number; ms: number; gapMs?: number; repeat?: number }> = {
  green: { hz: 1046, ms: 140 },
  yellow: { hz: 784, ms: 110, gapMs: 80, repeat: 2 },
  red: { hz: 220, ms: 420 },
};
const VIBRATION: Record<ResultColour, number[]> = { green: [80], yellow: [80, 60, 80], red: [300] };

function beep(colour: ResultColour): void {
  if (!audio || audio.state !== 'running') return;
  const tone = TONES[colour];
  let start = audio.currentTime;
  for (let i = 0; i < (tone.repeat ?? 1); i++) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = colour === 'red' ? 'square' : 'sine';
    oscillator.frequency.value = tone.hz;
    gain.gain.setValueAtTime(0.001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.001, start + tone.ms / 1000);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + tone.ms / 1000 + 0.02);
    start += (tone.ms + (tone.gapMs ?? 0)) / 1000;
  }
}

/** Sound and vibration for a result screen; both optional, neither may throw. */
export function signalResult(colour: ResultColour): void {
  try {
    beep(colour);
  } catch {
    // ignore: feedback is a courtesy
  }
  try {
    navigator.vibrate?.(VIBRATION[colour]);
  } catch {
    // ignore
  }
}
