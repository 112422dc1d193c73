// Fuzzing the replay checks: random tamperings of the kinds a cheat or a corrupted file produces
// (an action's unit or kind changed, actions dropped, duplicated or swapped, a checkpoint's hash or
// draw count edited, the seed changed, the scenario edited) are each detected, and never crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReplay, encodeReplay, verifyReplay, type Replay } from '../../src/replay';
import { copyOf, recordedMatch } from './recorded-match';

type Tamper = (r: Replay, i: number, j: number) => void;

const TAMPERINGS: [string, Tamper][] = [
  ['unit changed', (r, i) => { const a = r.actions[i]; if (a.type !== 'endTurn') a.unit = a.unit === 'cap' ? 'tony' : 'cap'; else r.actions[i] = { type: 'move', unit: 'cap', to: { x: 0, y: 0 } }; }],
  ['turned into endTurn', (r, i) => { r.actions[i] = r.actions[i].type === 'endTurn' ? { type: 'move', unit: 's1', to: { x: 6, y: 2 } } : { type: 'endTurn' }; }],
  ['dropped', (r, i) => { r.actions.splice(i, 1); r.checkpoints.splice(i, 1); }],
  ['duplicated', (r, i) => { r.actions.splice(i, 0, r.actions[i]); r.checkpoints.splice(i, 0, r.checkpoints[i]); }],
  ['swapped with a later one', (r, i, j) => { [r.actions[i], r.actions[j]] = [r.actions[j], r.actions[i]]; }],
  ['checkpoint hash edited', (r, i) => { const h = r.checkpoints[i].hash; r.checkpoints[i].hash = `${h.slice(0, 15)}${h[15] === '0' ? '1' : '0'}`; }],
  ['draw count edited', (r, i) => { r.checkpoints[i].rngCalls += 1; }],
  ['seed changed', (r, i) => { r.seed = `${r.seed}-${i}`; }],
  ['scenario edited', (r, i) => { r.scenario.content.units[i % r.scenario.content.units.length].x += 1; }],
];

describe('tampered replays', () => {
  const original = recordedMatch('fuzz');
  const n = original.actions.length;

  it('are all caught, with a message, and never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TAMPERINGS), fc.nat(n - 2), fc.nat(n - 1), ([, tamper], i, k) => {
        const j = i + 1 + (k % (n - 1 - i));
        const tampered = copyOf(original);
        tamper(tampered, i, j);
        fc.pre(JSON.stringify(tampered) !== JSON.stringify(original));
        // Through the file format too: what a player would hand the verifier.
        const decoded = decodeReplay(encodeReplay(tampered));
        if (!decoded.ok) return expect(decoded.error.message.length).toBeGreaterThan(0);
        const verified = verifyReplay(decoded.value);
        expect(verified.ok).toBe(false);
        if (!verified.ok) expect(verified.error.message).toMatch(/^(desync|illegal action|scenario content differs|result differs|final hash differs)/);
      }),
      { numRuns: 150 },
    );
  });
});
