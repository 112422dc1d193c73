// Building a replay: incrementally while a match is played (the browser, `ultron sim`), or at once
// from a scenario, a seed and the actions taken.
import { applyAction, createGame, ENGINE_VERSION, hashState } from '../engine';
import { checkpointHash } from './checkpoint-hash';
import type { Action, GameState, Scenario } from '../engine/types';
import { canonicalAction } from './codec';
import { REPLAY_FORMAT, type Checkpoint, type Replay, type ReplayResult } from './format';

export interface ReplayMeta {
  difficulty?: string | null;
  /** side id → 'human' or an AI level. */
  controllers: Record<string, string>;
}

/** What a replay records after each action (checkpointHash: fast, see checkpoint-hash.ts). */
export function checkpointOf(state: GameState): Checkpoint {
  return { hash: checkpointHash(state), rngCalls: state.rngCalls };
}

/** The result as a replay records it, with the engine's own hashState of the final state. */
export function resultOf(state: GameState, stopped?: string): ReplayResult | null {
  if (state.result) return { winner: state.result.winner, reason: state.result.reason, turn: state.turn, hash: hashState(state) };
  return stopped === undefined ? null : { winner: null, reason: stopped, turn: state.turn, hash: hashState(state) };
}

/** An empty replay for the match that `opening` (the state createGame returned) starts. */
export function startReplay(opening: GameState, meta: ReplayMeta): Replay {
  return {
    format: REPLAY_FORMAT,
    version: 1,
    engine: ENGINE_VERSION,
    scenario: { id: opening.scenario.id, hash: opening.scenarioHash, content: opening.scenario },
    seed: opening.seed,
    difficulty: meta.difficulty ?? null,
    controllers: { ...meta.controllers },
    start: checkpointOf(opening),
    actions: [],
    checkpoints: [],
    result: null,
  };
}

/** Adds an applied action and the state it led to; sets the result once the match is over. */
export function recordAction(replay: Replay, action: Action, after: GameState): void {
  replay.actions.push(canonicalAction(action));
  replay.checkpoints.push(checkpointOf(after));
  if (after.result) replay.result = resultOf(after);
}

/** Marks a match that stopped without a result (a turn cap in a simulation). */
export function stopReplay(replay: Replay, last: GameState, reason: string): void {
  replay.result = resultOf(last, reason);
}

export type RecordOutcome = { ok: true; replay: Replay; state: GameState } | { ok: false; message: string; action: number };

/** Plays `actions` from the start and records them; fails on the first illegal one. */
export function recordReplay(scenario: Scenario, seed: string, actions: Action[], meta: ReplayMeta): RecordOutcome {
  let state = createGame(scenario, seed);
  const replay = startReplay(state, meta);
  for (const [index, action] of actions.entries()) {
    const applied = applyAction(state, action);
    if (!applied.ok) return { ok: false, message: `action ${index + 1}: ${applied.error.message}`, action: index + 1 };
    state = applied.state;
    recordAction(replay, action, state);
  }
  return { ok: true, replay, state };
}
