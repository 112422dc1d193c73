// Building a replay: incrementally while a match is played (the browser, `ultron sim`), or at once
// from a scenario, a seed and the actions taken.
import { applyAction, createGame, ENGINE_VERSION, hashState } from '../engine';
import type { Action, GameState, Scenario } from '../engine/types';
import { canonicalAction } from './codec';
import { REPLAY_FORMAT, type Checkpoint, type Replay } from './format';

export interface ReplayMeta {
  difficulty?: string | null;
  /** side id → 'human' or an AI level. */
  controllers: Record<string, string>;
}

export function checkpointOf(state: GameState): Checkpoint {
  return { hash: hashState(state), rngCalls: state.rngCalls };
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
  if (after.result) replay.result = { winner: after.result.winner, reason: after.result.reason, turn: after.turn };
}

/** Marks a match that stopped without a result (a turn cap in a simulation). */
export function stopReplay(replay: Replay, last: GameState, reason: string): void {
  replay.result = last.result
    ? { winner: last.result.winner, reason: last.result.reason, turn: last.turn }
    : { winner: null, reason, turn: last.turn };
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
