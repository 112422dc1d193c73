// The AI's own randomness: an Alea generator seeded from the game's seed, the action count and the
// level, so a choice is repeatable from the state alone and never touches the game's own stream.
import alea from 'seedrandom/lib/alea.js';
import type { RngState } from '../engine';

export type AiRandom = () => number;

function streamSeed(seed: string, actionCount: number, level: string, purpose: string): string {
  return `ai\u0000${seed}\u0000${actionCount}\u0000${level}\u0000${purpose}`;
}

export function aiRandom(seed: string, actionCount: number, level: string, purpose = 'choose'): AiRandom {
  const prng = alea(streamSeed(seed, actionCount, level, purpose), { state: true });
  return () => prng();
}

/**
 * A generator state for a cloned game the AI plays out in its head: rolls there come from the AI's
 * stream, so looking ahead never reveals the dice the real game will throw.
 */
export function imaginedRngState(seed: string, actionCount: number, level: string, sample: number): RngState {
  return alea(streamSeed(seed, actionCount, level, `imagined-${sample}`), { state: true }).state();
}
