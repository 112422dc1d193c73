// Every random number of a match: an Alea generator (seedrandom) whose state lives in the game
// state, so moves stay pure and a saved game resumes the same stream.
import alea from 'seedrandom/lib/alea.js';
import type { GameState, RngState } from './types';

export function seedRng(seed: string): RngState {
  return alea(seed, { state: true }).state();
}

/** A uniform float in [0, 1) drawn from the state's stream; advances the stream. */
export function drawFloat(state: GameState): number {
  const prng = alea('', { state: state.rng });
  const value = prng();
  state.rng = prng.state();
  state.rngCalls += 1;
  return value;
}

/** A uniform integer in [min, max], both included. Draws nothing when the range is one value. */
export function drawInt(state: GameState, min: number, max: number): number {
  if (max <= min) return min;
  return min + Math.floor(drawFloat(state) * (max - min + 1));
}

/** True with probability percent/100. Draws nothing when the outcome is certain. */
export function drawPercent(state: GameState, percent: number): boolean {
  if (percent >= 100) return true;
  if (percent <= 0) return false;
  return drawFloat(state) * 100 < percent;
}
