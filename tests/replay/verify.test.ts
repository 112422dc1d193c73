// Verification and tampering: every kind of change to a replay is caught, with the message that
// names what changed and, for a divergence, the action where it starts.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, hashScenario, hashState, legalActions } from '../../src/engine';
import type { Action, GameState } from '../../src/engine/types';
import { decodeReplay, encodeReplay, recordReplay, verifyReplay, type Replay } from '../../src/replay';
import { copyOf, recordedMatch } from './recorded-match';

const DESYNC = /^desync at action (\d+) \(turn (\d+), side (\w+)\): expected ([0-9a-f]{16}), got ([0-9a-f]{16})$/;

/** The state just before action `n` (1-based) of the replay. */
function stateBefore(replay: Replay, n: number): GameState {
  let state = createGame(replay.scenario.content, replay.seed);
  for (const action of replay.actions.slice(0, n - 1)) {
    const applied = applyAction(state, action);
    if (!applied.ok) throw new Error(applied.error.message);
    state = applied.state;
  }
  return state;
}

function firstIndex(replay: Replay, test: (a: Action, i: number) => boolean): number {
  const i = replay.actions.findIndex(test);
  if (i < 0) throw new Error('the recorded match lacks the action this test needs');
  return i;
}

function verifyError(replay: Replay) {
  const verified = verifyReplay(replay);
  if (verified.ok) throw new Error('the tampered replay verified');
  return verified.error;
}

describe('verifyReplay', () => {
  const original = recordedMatch();

  it('accepts an untouched replay, before and after a text round trip, with the final hash and result', () => {
    const direct = verifyReplay(original);
    const decoded = decodeReplay(encodeReplay(original));
    expect(direct.ok).toBe(true);
    if (!direct.ok || !decoded.ok) return;
    expect(direct.value.finalHash).toBe(original.result!.hash);
    expect(direct.value.finalHash).toBe(hashState(direct.value.finalState));
    expect(direct.value.result).toEqual(original.result);
    expect(verifyReplay(decoded.value)).toMatchObject({ ok: true, value: { finalHash: direct.value.finalHash } });
  });

  it('verifies alike on the fast path and on the immer path the game plays', () => {
    const fast = verifyReplay(original, { path: 'fast' });
    const immer = verifyReplay(original, { path: 'immer' });
    expect(fast.ok && immer.ok && fast.value.finalHash === immer.value.finalHash).toBe(true);
    const tampered = copyOf(original);
    tampered.checkpoints[7].hash = '0123456789abcdef';
    expect(verifyReplay(tampered, { path: 'immer' })).toEqual(verifyReplay(tampered, { path: 'fast' }));
  });

  it('records the same replay from the bare actions as the match recorded while playing', () => {
    const rebuilt = recordReplay(original.scenario.content, original.seed, original.actions, { controllers: original.controllers });
    expect(rebuilt.ok && encodeReplay(rebuilt.replay)).toBe(encodeReplay(original));
  });

  it('catches an action changed to another legal one as a desync at that action', () => {
    const i = firstIndex(original, (a) => a.type === 'move');
    const before = stateBefore(original, i + 1);
    const moved = original.actions[i] as Extract<Action, { type: 'move' }>;
    const other = legalActions(before).find(
      (a) => a.type === 'move' && (a.unit !== moved.unit || a.to.x !== moved.to.x || a.to.y !== moved.to.y),
    )!;
    const tampered = copyOf(original);
    tampered.actions[i] = other;
    const error = verifyError(tampered);
    expect(error.code).toBe('desync');
    expect(error.action).toBe(i + 1);
    const [, n, turn, side, expected, got] = DESYNC.exec(error.message)!;
    expect([Number(n), Number(turn), side]).toEqual([i + 1, before.turn, before.side]);
    expect(expected).toBe(original.checkpoints[i].hash);
    expect(got).not.toBe(expected);
  });

  it('catches an action changed to an illegal one at that action', () => {
    const i = firstIndex(original, (a) => a.type === 'move');
    const tampered = copyOf(original);
    tampered.actions[i] = { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } };
    const error = verifyError(tampered);
    expect(error).toMatchObject({ code: 'illegal-action', action: i + 1 });
    expect(error.message).toMatch(new RegExp(`^illegal action at action ${i + 1} \\(turn \\d+, side \\w+\\): `));
  });

  it('catches a removed action (with its checkpoint) at the place it was removed from', () => {
    const i = firstIndex(original, (a, k) => a.type !== 'endTurn' && k > 3);
    const tampered = copyOf(original);
    tampered.actions.splice(i, 1);
    tampered.checkpoints.splice(i, 1);
    const error = verifyError(tampered);
    expect(['desync', 'illegal-action']).toContain(error.code);
    expect(error.action).toBe(i + 1);
  });

  it('catches a removed action whose checkpoint was left behind before playing anything', () => {
    const tampered = copyOf(original);
    tampered.actions.splice(5, 1);
    const decoded = decodeReplay(JSON.stringify(tampered));
    expect(decoded).toMatchObject({ ok: false, error: { code: 'bad-field' } });
    if (!decoded.ok) expect(decoded.error.message).toMatch(/\$\.checkpoints: \d+ checkpoints for \d+ actions/);
  });

  it('catches an added action at the place it was added', () => {
    const i = firstIndex(original, (a, k) => a.type === 'move' && k > 3);
    const tampered = copyOf(original);
    tampered.actions.splice(i, 0, { type: 'endTurn' });
    tampered.checkpoints.splice(i, 0, original.checkpoints[i - 1]);
    const error = verifyError(tampered);
    expect(error).toMatchObject({ code: 'desync', action: i + 1 });
    expect(error.message).toMatch(DESYNC);
  });

  it('catches an action added after the end of the match', () => {
    const tampered = copyOf(original);
    tampered.actions.push({ type: 'endTurn' });
    tampered.checkpoints.push(original.checkpoints.at(-1)!);
    const error = verifyError(tampered);
    expect(error).toMatchObject({ code: 'illegal-action', action: original.actions.length + 1 });
  });

  it('catches an edited checkpoint, naming both hashes', () => {
    const i = Math.floor(original.actions.length / 2);
    const tampered = copyOf(original);
    tampered.checkpoints[i].hash = '0123456789abcdef';
    const error = verifyError(tampered);
    const before = stateBefore(original, i + 1);
    expect(error.message).toBe(
      `desync at action ${i + 1} (turn ${before.turn}, side ${before.side}): expected 0123456789abcdef, got ${original.checkpoints[i].hash}`,
    );
  });

  it('catches an edited count of random draws', () => {
    const i = firstIndex(original, (_a, k) => original.checkpoints[k].rngCalls > 0);
    const tampered = copyOf(original);
    tampered.checkpoints[i].rngCalls += 1;
    expect(verifyError(tampered).message).toMatch(new RegExp(`^desync at action ${i + 1} .*random draws`));
  });

  it('catches a changed seed before the first action', () => {
    const tampered = copyOf(original);
    tampered.seed = 'another seed';
    const error = verifyError(tampered);
    expect(error).toMatchObject({ code: 'desync', action: 0 });
    expect(error.message).toMatch(/^desync at the start \(before action 1\): expected [0-9a-f]{16}, got [0-9a-f]{16} \(the seed or the scenario differs\)$/);
  });

  it('catches an edited embedded scenario', () => {
    const tampered = copyOf(original);
    tampered.scenario.content.unitTypes.cap.hp = 99;
    const error = verifyError(tampered);
    expect(error.code).toBe('scenario-mismatch');
    expect(error.message).toBe(
      `scenario content differs: the replay was recorded on "tiny-skirmish" hashing to ${original.scenario.hash}, its embedded scenario now hashes to ${hashScenario(tampered.scenario.content)}`,
    );
  });

  it('catches an edited scenario whose recorded hash was forged to match', () => {
    const tampered = copyOf(original);
    tampered.scenario.content.unitTypes.cap.hp = 99;
    tampered.scenario.hash = hashScenario(tampered.scenario.content);
    expect(verifyError(tampered)).toMatchObject({ code: 'desync', action: 0 });
  });

  it('refuses a replay of another scenario content than the one required', () => {
    const current = copyOf(original).scenario.content;
    current.turnLimit += 1;
    const verified = verifyReplay(original, { scenario: current });
    expect(verified).toMatchObject({ ok: false, error: { code: 'scenario-mismatch' } });
    if (!verified.ok) expect(verified.error.message).toMatch(/^different scenario content: the replay was recorded on "tiny-skirmish" hashing to [0-9a-f]{16}, "tiny-skirmish" here hashes to [0-9a-f]{16}$/);
  });

  it('catches an edited result', () => {
    const tampered = copyOf(original);
    tampered.result = { winner: 'avengers', reason: 'forged', turn: 1, hash: original.result!.hash };
    const error = verifyError(tampered);
    expect(error.code).toBe('result-mismatch');
    expect(error.message).toMatch(/^result differs: recorded "avengers won in round 1 \(forged\)", the replay gives ".+"$/);
  });

  it('catches an edited final hash', () => {
    const tampered = copyOf(original);
    tampered.result!.hash = '0123456789abcdef';
    expect(verifyError(tampered)).toEqual({
      code: 'result-mismatch',
      message: `final hash differs: recorded 0123456789abcdef, the replay gives ${original.result!.hash}`,
    });
  });

  it('reports an embedded scenario the engine cannot play instead of throwing', () => {
    const tampered = copyOf(original);
    (tampered.scenario.content as { sides: unknown }).sides = [];
    tampered.scenario.hash = hashScenario(tampered.scenario.content);
    expect(verifyError(tampered).code).toMatch(/unplayable-scenario|desync/);
  });
});
