// Who picks the actions in a headless match: a Player answers `choose(state)` with one legal action.
// Levels are looked up by name so the AI (src/ai) plugs in beside the built-in `random` baseline
// without this module importing it (the browser and the CLI register it; see registerPlayerLevel).
import alea from 'seedrandom/lib/alea.js';
import { legalActions } from '../engine';
import type { Action, GameState } from '../engine/types';

export interface Player {
  /** The level it plays at ('random', 'easy', 'normal', 'hard'), recorded in replays. */
  readonly level: string;
  /** A legal action for the side whose turn it is. Must be deterministic given its options and the state. */
  choose(state: GameState): Action;
}

export interface PlayerOptions {
  /** The side it plays. */
  side: string;
  /**
   * The match's seed. A player derives its own generator from it (never the game's stream, never
   * Math.random), so the same match always gets the same choices.
   */
  seed: string;
}

export type PlayerFactory = (options: PlayerOptions) => Player;

/** A uniform float in [0, 1) from a generator of the player's own. */
export type PlayerRandom = () => number;

/** The generator a player should use: seeded from the match seed, the side and a purpose label. */
export function playerRandom(options: PlayerOptions, purpose: string): PlayerRandom {
  const prng = alea(`${options.seed}\u0000${options.side}\u0000${purpose}`, { state: true });
  return () => prng();
}

/** The baseline: a uniformly random legal action (endTurn included, so a turn always ends). */
export function randomPlayer(options: PlayerOptions): Player {
  const random = playerRandom(options, 'random');
  return {
    level: 'random',
    choose(state) {
      const actions = legalActions(state);
      return actions[Math.floor(random() * actions.length)];
    },
  };
}

const factories = new Map<string, PlayerFactory>([['random', randomPlayer]]);

/** Makes a level available to createPlayer (the AI registers easy/normal/hard this way). */
export function registerPlayerLevel(level: string, factory: PlayerFactory): void {
  factories.set(level, factory);
}

/** Every level createPlayer knows now, in the order they were registered. */
export function playerLevels(): string[] {
  return [...factories.keys()];
}

export function hasPlayerLevel(level: string): boolean {
  return factories.has(level);
}

/** A player at `level`; throws when no such level is registered (callers check hasPlayerLevel first). */
export function createPlayer(level: string, options: PlayerOptions): Player {
  const factory = factories.get(level);
  if (!factory) throw new Error(`unknown player level "${level}" (known: ${playerLevels().join(', ')})`);
  return factory(options);
}
