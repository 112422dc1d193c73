// Playing a replay again from the start and checking it against what it recorded, action by action,
// so a divergence is reported where it begins rather than as a different ending.
import { applyAction, applyActionInPlace, cloneState, createGame, ENGINE_VERSION, hashScenario, hashState } from '../engine';
import type { GameState, Scenario } from '../engine/types';
import type { Replay, ReplayError, ReplayResult } from './format';
import { checkpointOf, resultOf } from './record';

export interface VerifiedReplay {
  /** The engine's hashState of the final state. */
  finalHash: string;
  result: ReplayResult | null;
  actions: number;
  finalState: GameState;
  /** Set when the replay was recorded by another engine version (it verified all the same). */
  engineNote: string | null;
}

export type VerifyOutcome = { ok: true; value: VerifiedReplay } | { ok: false; error: ReplayError };

export interface VerifyOptions {
  /**
   * The scenario the replay must be of (e.g. the campaign's current file). Without it the replay's
   * embedded scenario is used, after checking it still hashes to what was recorded.
   */
  scenario?: Scenario;
  /**
   * 'fast' (default) replays on the engine's mutable fast path, several times quicker; 'immer' on the
   * path the game itself plays. The engine's tests hold the two equal, so both verify alike.
   */
  path?: 'fast' | 'immer';
}

function fail(error: ReplayError): VerifyOutcome {
  return { ok: false, error };
}

function describeResult(result: ReplayResult | null): string {
  if (!result) return 'unfinished';
  return `${result.winner === null ? 'no winner' : `${result.winner} won`} in round ${result.turn} (${result.reason})`;
}

function contentDiffers(replay: Replay, got: string): ReplayError {
  return {
    code: 'scenario-mismatch',
    message: `scenario content differs: the replay was recorded on "${replay.scenario.id}" hashing to ${replay.scenario.hash}, its embedded scenario now hashes to ${got}`,
  };
}

/**
 * The opening state of the scenario to verify against, once its content is known to be the one the
 * replay was recorded on. createGame hashes the scenario anyway, so its hash is read from the state
 * rather than computed twice (hashing a large scenario costs milliseconds).
 */
function openingState(replay: Replay, options: VerifyOptions): GameState | ReplayError {
  const recorded = replay.scenario.hash;
  if (options.scenario) {
    const embedded = hashScenario(replay.scenario.content);
    if (embedded !== recorded) return contentDiffers(replay, embedded);
  }
  let opened: GameState;
  try {
    opened = createGame(options.scenario ?? replay.scenario.content, replay.seed);
  } catch (error) {
    if (!options.scenario) {
      const embedded = hashScenario(replay.scenario.content);
      if (embedded !== recorded) return contentDiffers(replay, embedded);
    }
    const why = error instanceof Error ? error.message : String(error);
    return { code: 'unplayable-scenario', message: `the replay's scenario cannot be played: ${why}` };
  }
  if (opened.scenarioHash === recorded) return opened;
  if (!options.scenario) return contentDiffers(replay, opened.scenarioHash);
  return {
    code: 'scenario-mismatch',
    message: `different scenario content: the replay was recorded on "${replay.scenario.id}" hashing to ${recorded}, "${options.scenario.id}" here hashes to ${opened.scenarioHash}`,
  };
}

export function verifyReplay(replay: Replay, options: VerifyOptions = {}): VerifyOutcome {
  const opened = openingState(replay, options);
  if (!('turn' in opened)) return fail(opened);
  const fast = (options.path ?? 'fast') === 'fast';
  let state = fast ? cloneState(opened) : opened;
  const start = checkpointOf(state);
  if (start.hash !== replay.start.hash || start.rngCalls !== replay.start.rngCalls) {
    return fail({
      code: 'desync',
      action: 0,
      message: start.hash !== replay.start.hash
        ? `desync at the start (before action 1): expected ${replay.start.hash}, got ${start.hash} (the seed or the scenario differs)`
        : `desync at the start (before action 1): expected ${replay.start.rngCalls} random draws, got ${start.rngCalls}`,
    });
  }
  for (const [index, action] of replay.actions.entries()) {
    const n = index + 1;
    // Read before applying: on the fast path the state object itself changes.
    const where = `action ${n} (turn ${state.turn}, side ${state.side})`;
    const applied = fast ? applyActionInPlace(state, action) : applyAction(state, action);
    if (!applied.ok) {
      return fail({ code: 'illegal-action', action: n, message: `illegal action at ${where}: ${JSON.stringify(action)}: ${applied.error.message}` });
    }
    state = applied.state;
    const expected = replay.checkpoints[index];
    const got = checkpointOf(state);
    if (got.hash !== expected.hash) {
      return fail({ code: 'desync', action: n, message: `desync at ${where}: expected ${expected.hash}, got ${got.hash}` });
    }
    if (got.rngCalls !== expected.rngCalls) {
      return fail({
        code: 'desync',
        action: n,
        message: `desync at ${where}: expected ${expected.rngCalls} random draws, got ${got.rngCalls}`,
      });
    }
  }
  return finish(replay, state);
}

function finish(replay: Replay, state: GameState): VerifyOutcome {
  const finalHash = hashState(state);
  const result = resultOf(state);
  // A match stopped by a turn cap has no engine result; its recorded result must then name no winner.
  const agrees = result
    ? describeResult(result) === describeResult(replay.result)
    : replay.result === null || (replay.result.winner === null && replay.result.turn === state.turn);
  if (!agrees) {
    return fail({
      code: 'result-mismatch',
      message: `result differs: recorded "${describeResult(replay.result)}", the replay gives "${describeResult(result)}"`,
    });
  }
  if (replay.result && replay.result.hash !== finalHash) {
    return fail({ code: 'result-mismatch', message: `final hash differs: recorded ${replay.result.hash}, the replay gives ${finalHash}` });
  }
  const engineNote = replay.engine === ENGINE_VERSION ? null : `recorded with engine ${replay.engine}, verified with ${ENGINE_VERSION}`;
  return {
    ok: true,
    value: { finalHash, result: result ?? replay.result, actions: replay.actions.length, finalState: state, engineNote },
  };
}

export { describeResult };
