// Fuzzing replays through the path a file takes (encode, decode, verify), with tamperings that
// tests/replay/tamper-fuzz.test.ts does not make: arbitrary actions inserted anywhere, coordinates and
// ability ids edited, runs of actions cut out, the opening checkpoint and the result edited, any
// seed, and random damage to the file's text. Every change to what decides a match is caught with a
// message; nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine';
import { decodeReplay, encodeReplay, verifyReplay, type Replay, type ReplayErrorCode } from '../../src/replay';
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';
import { trainingScenario } from '../../src/game/training-scenario';
import { copyOf, recordedMatch } from '../replay/recorded-match';

function trainingMatch(seed: string): Replay {
  const scenario = trainingScenario();
  const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
  const match = playMatch(scenario, seed, playersFor(controllers, seed), { replay: true, maxTurns: 6 });
  return match.replay!;
}

// Named in counterexamples by seed, not printed whole.
const MATCHES = [recordedMatch('fuzz-a'), trainingMatch('fuzz-b')].map((r) => Object.assign(r, { [fc.toStringMethod]: () => `replay(${r.seed})` }));

/** The file round trip, then the verifier: what `ultron replay verify` and the browser both do. */
function check(replay: Replay) {
  const decoded = decodeReplay(encodeReplay(replay));
  return decoded.ok ? verifyReplay(decoded.value) : decoded;
}

function expectCaught(replay: Replay, codes: ReplayErrorCode[]) {
  const outcome = check(replay);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(codes).toContain(outcome.error.code);
  expect(outcome.error.message.length).toBeGreaterThan(10);
}

const unitsOf = (r: Replay) => r.scenario.content.units.map((u) => u.id);
const abilitiesOf = (r: Replay) => Object.values(r.scenario.content.unitTypes).flatMap((t) => t.abilities.map((a) => a.id));

const anyAction = (r: Replay): fc.Arbitrary<Action> => {
  const at = fc.record({ x: fc.integer({ min: -2, max: 20 }), y: fc.integer({ min: -2, max: 20 }) });
  return fc.oneof(
    fc.constant<Action>({ type: 'endTurn' }),
    fc.record({ type: fc.constant('move' as const), unit: fc.constantFrom(...unitsOf(r)), to: at }),
    fc.record({ type: fc.constant('ability' as const), unit: fc.constantFrom(...unitsOf(r)), ability: fc.constantFrom(...abilitiesOf(r)), target: at }),
  );
};

const aMatch = fc.constantFrom(...MATCHES);

describe('replay tampering, fuzzed through the file format', () => {
  it('the untouched replays verify (so every failure below is the tampering’s)', () => {
    for (const r of MATCHES) expect(check(copyOf(r)).ok).toBe(true);
  });

  it('an arbitrary action inserted anywhere, with or without a checkpoint', () => {
    fc.assert(
      fc.property(aMatch.chain((r) => fc.tuple(fc.constant(r), anyAction(r), fc.nat(), fc.boolean())), ([original, action, where, withCheckpoint]) => {
        const r = copyOf(original);
        const i = where % (r.actions.length + 1);
        r.actions.splice(i, 0, action);
        if (withCheckpoint) r.checkpoints.splice(i, 0, { ...(r.checkpoints[i] ?? r.start) });
        expectCaught(r, ['illegal-action', 'desync', 'result-mismatch', 'bad-field']);
      }),
      { numRuns: 120, seed: 21 },
    );
  });

  it('an action’s coordinates or ability edited', () => {
    fc.assert(
      fc.property(aMatch, fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.nat(), (original, which, shift, alongX, abilityPick) => {
        const r = copyOf(original);
        const moves = r.actions.map((a, i) => (a.type === 'endTurn' ? -1 : i)).filter((i) => i >= 0);
        const i = moves[which % moves.length];
        const a = r.actions[i];
        if (a.type === 'endTurn') return;
        const p = a.type === 'move' ? a.to : a.target;
        if (alongX) p.x += shift;
        else p.y += shift;
        if (a.type === 'ability' && abilityPick % 2 === 1) {
          const others = abilitiesOf(r).filter((id) => id !== a.ability);
          a.ability = others[abilityPick % others.length];
        }
        expectCaught(r, ['illegal-action', 'desync']);
      }),
      { numRuns: 120, seed: 22 },
    );
  });

  it('a run of actions cut out (checkpoints cut with them or left)', () => {
    fc.assert(
      fc.property(aMatch, fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean(), (original, where, length, cutCheckpoints) => {
        const r = copyOf(original);
        const i = where % r.actions.length;
        r.actions.splice(i, length);
        if (cutCheckpoints) r.checkpoints.splice(i, length);
        expectCaught(r, ['illegal-action', 'desync', 'result-mismatch', 'bad-field']);
      }),
      { numRuns: 100, seed: 23 },
    );
  });

  it('the seed, the opening checkpoint or the result edited', () => {
    const edits: ((r: Replay, text: string, n: number) => void)[] = [
      (r, text) => { r.seed = r.seed === text ? `${text}!` : text; },
      (r, _t, n) => { r.start.rngCalls += 1 + (n % 5); },
      (r, text) => { r.start.hash = text.padEnd(16, '0').slice(0, 16) === r.start.hash ? 'ffffffffffffffff' : text.padEnd(16, '0').slice(0, 16); },
      (r, _t, n) => { r.result = r.result && { ...r.result, turn: r.result.turn + 1 + (n % 3) }; },
      (r, text) => { r.result = r.result && { ...r.result, winner: r.result.winner === text ? `${text}x` : text }; },
      (r) => { r.result = r.result && { ...r.result, hash: r.result.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }; },
    ];
    fc.assert(
      fc.property(aMatch, fc.nat(edits.length - 1), fc.string({ maxLength: 12 }), fc.nat(), (original, which, text, n) => {
        const r = copyOf(original);
        edits[which](r, text, n);
        expectCaught(r, ['desync', 'result-mismatch', 'bad-field', 'illegal-action']);
      }),
      { numRuns: 120, seed: 24 },
    );
  });

  it('random damage to the file’s text: refused, or only the unchecked labels changed', () => {
    const decides = (r: Replay) => JSON.stringify([r.scenario, r.seed, r.start, r.actions, r.checkpoints, r.result]);
    fc.assert(
      fc.property(aMatch, fc.nat(), fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }), (original, where, text, cut) => {
        const file = encodeReplay(original);
        const at = where % file.length;
        const damaged = file.slice(0, at) + text + file.slice(at + cut);
        const decoded = decodeReplay(damaged);
        if (!decoded.ok) return void expect(decoded.error.message).toMatch(/\S/);
        const verified = verifyReplay(decoded.value);
        // A replay that still verifies may differ only in what no check covers (names of who
        // played, the difficulty label, the engine version); everything that decides the match is intact.
        if (verified.ok) expect(decides(decoded.value)).toBe(decides(original));
      }),
      { numRuns: 200, seed: 25 },
    );
  });
});
