// Ultron's AI and the Avengers' autopilot: picks an action for the side to move at a level, from
// the engine's legal actions, previews and fast cloned states. Pure: no DOM, Node, clock or
// Math.random; any randomness comes from its own generator seeded from the game.
import type { Action, GameState } from '../engine';
import { AI_LEVELS, chooseAction, isAiLevel, type AiLevel, type ChooseOptions } from './choose';
import { TurnMemory } from './turn-memory';

export { AI_LEVELS, chooseAction, isAiLevel, type AiLevel, type ChooseOptions };
export { threats, threatGrid, type TileThreat, type ThreatGrid } from './threats';
export { evaluateState } from './evaluate';

export interface AiPlayer {
  readonly level: string;
  choose(state: GameState): Action;
}

export interface AiPlayerOptions {
  seed: string;
  side?: string;
  budgetMs?: number;
  clock?: () => number;
}

/**
 * A player that keeps the turn's working (distance fields, threat map) between its actions.
 * Accepts the seed as a string (the browser's worker) or in an options object (the CLI's players).
 */
export function createAiPlayer(level: string, seedOrOptions: string | AiPlayerOptions = ''): AiPlayer {
  if (!isAiLevel(level)) throw new Error(`unknown AI level "${level}" (known: ${AI_LEVELS.join(', ')})`);
  const options = typeof seedOrOptions === 'string' ? { seed: seedOrOptions } : seedOrOptions;
  const memory = new TurnMemory();
  const choose: ChooseOptions = { level, seed: options.seed, budgetMs: options.budgetMs, clock: options.clock };
  return {
    level,
    choose: (state) => chooseAction(state, choose, memory),
  };
}
