// Sound effects synthesised with WebAudio (no audio files): short tones and noise bursts.
export type SoundName = 'select' | 'move' | 'hit' | 'miss' | 'defeat' | 'turn' | 'victory' | 'loss' | 'error' | 'click';

interface Tone { freq: number; to?: number; dur: number; type: OscillatorType; gain: number; delay?: number }

const SOUNDS: Record<SoundName, Tone[]> = {
  click: [{ freq: 660, dur: 0.04, type: 'square', gain: 0.05 }],
  select: [{ freq: 520, to: 780, dur: 0.08, type: 'triangle', gain: 0.12 }],
  move: [{ freq: 300, to: 420, dur: 0.12, type: 'sine', gain: 0.12 }],
  hit: [{ freq: 180, to: 60, dur: 0.18, type: 'sawtooth', gain: 0.14 }, { freq: 90, dur: 0.1, type: 'square', gain: 0.08 }],
  miss: [{ freq: 900, to: 500, dur: 0.15, type: 'sine', gain: 0.07 }],
  defeat: [{ freq: 220, to: 40, dur: 0.45, type: 'sawtooth', gain: 0.14 }],
  turn: [{ freq: 440, dur: 0.09, type: 'triangle', gain: 0.1 }, { freq: 660, dur: 0.12, type: 'triangle', gain: 0.1, delay: 0.1 }],
  victory: [523, 659, 784, 1046].map((freq, i) => ({ freq, dur: 0.18, type: 'triangle' as const, gain: 0.12, delay: i * 0.14 })),
  loss: [392, 330, 262].map((freq, i) => ({ freq, dur: 0.3, type: 'sine' as const, gain: 0.12, delay: i * 0.25 })),
  error: [{ freq: 140, dur: 0.12, type: 'square', gain: 0.06 }],
};

export class SoundEffects {
  private context: AudioContext | null = null;
  muted = false;

  play(name: SoundName) {
    if (this.muted) return;
    try {
      this.context ??= new AudioContext();
      const ctx = this.context;
      if (ctx.state === 'suspended') void ctx.resume();
      for (const tone of SOUNDS[name]) this.tone(ctx, tone);
    } catch {
      // No audio device (or blocked until a gesture): silence is fine.
    }
  }

  private tone(ctx: AudioContext, t: Tone) {
    const start = ctx.currentTime + (t.delay ?? 0);
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = t.type;
    osc.frequency.setValueAtTime(t.freq, start);
    if (t.to) osc.frequency.exponentialRampToValueAtTime(t.to, start + t.dur);
    gain.gain.setValueAtTime(t.gain, start);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + t.dur);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + t.dur + 0.02);
  }
}

export const sounds = new SoundEffects();
