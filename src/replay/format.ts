// The replay file: everything needed to play a match again and prove it came out the same. Self-
// contained (the scenario travels inside it, so a mod's replay needs nothing else), and checked at
// every action like Wesnoth's replays: a divergence is named at the action where it starts.
import type { Action, Scenario } from '../engine/types';

export const REPLAY_FORMAT = 'ultron-offensive-replay';
/** Versions this code reads. A new version is added here with a reader for it, never edited in place. */
export const REPLAY_VERSIONS = [1] as const;
export type ReplayVersion = (typeof REPLAY_VERSIONS)[number];

/** The state's checkpoint hash (src/replay/checkpoint-hash.ts) and the random draws so far, after an action. */
export interface Checkpoint {
  hash: string;
  rngCalls: number;
}

export interface ReplayResult {
  /** null: the match stopped undecided (a turn cap). */
  winner: string | null;
  reason: string;
  /** The round it ended in. */
  turn: number;
  /** The engine's hashState of the final state (what `ultron sim` reports as the game's hash). */
  hash: string;
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  version: ReplayVersion;
  /** ENGINE_VERSION of the engine that recorded it. */
  engine: string;
  scenario: {
    id: string;
    /** hashScenario of `content` when recorded. */
    hash: string;
    content: Scenario;
  };
  seed: string;
  /** The difficulty the player chose in the game; null for headless matches. */
  difficulty: string | null;
  /** side id → who played it: 'human' or an AI level ('random', 'easy', 'normal', 'hard'). */
  controllers: Record<string, string>;
  /** The checkpoint of the opening state, before any action: catches a changed seed or scenario. */
  start: Checkpoint;
  actions: Action[];
  /** checkpoints[i] is taken after actions[i]. */
  checkpoints: Checkpoint[];
  /** null while the match is unfinished (a replay saved mid-match). */
  result: ReplayResult | null;
}

export type ReplayErrorCode =
  | 'malformed-json'
  | 'not-a-replay'
  | 'unknown-version'
  | 'bad-field'
  | 'scenario-mismatch'
  | 'unplayable-scenario'
  | 'illegal-action'
  | 'desync'
  | 'result-mismatch';

export interface ReplayError {
  code: ReplayErrorCode;
  message: string;
  /** 1-based number of the action where it went wrong, when it is about one. */
  action?: number;
}

export type ReplayOutcome<T> = { ok: true; value: T } | { ok: false; error: ReplayError };
