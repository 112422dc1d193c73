import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneState, createGame, deserializeState, serializeState } from '../../src/engine';
import type { GameState } from '../../src/engine/types';
import { checkpointHash } from '../../src/replay';
import { recordedMatch } from './recorded-match';
import { tinyScenario } from './tiny-scenario';

/** The same object with its keys written in reverse order, all the way down. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('checkpointHash', () => {
  const state = createGame(tinyScenario(), 'h');

  it('is 16 hex digits and the same for equal states however their keys were written', () => {
    expect(checkpointHash(state)).toMatch(/^[0-9a-f]{16}$/);
    expect(checkpointHash(cloneState(state))).toBe(checkpointHash(state));
    const loaded = deserializeState(serializeState(state));
    expect(loaded.ok && checkpointHash(loaded.state)).toBe(checkpointHash(state));
    expect(checkpointHash({ ...reversedKeys(state), scenario: state.scenario })).toBe(checkpointHash(state));
  });

  it('ignores the static scenario but not its hash', () => {
    expect(checkpointHash({ ...state, scenario: { ...state.scenario, name: 'changed' } })).toBe(checkpointHash(state));
    expect(checkpointHash({ ...state, scenarioHash: '0000000000000000' })).not.toBe(checkpointHash(state));
  });

  it.each<[string, (s: GameState) => void]>([
    ['a unit moved', (s) => (s.units[0].x += 1)],
    ['hp changed', (s) => (s.units[1].hp -= 1)],
    ['two units swapping places', (s) => ([s.units[0].y, s.units[1].y] = [s.units[1].y, s.units[0].y])],
    ['a status added', (s) => s.units[0].statuses.push({ id: 'stunned', turns: 1 })],
    ['a cooldown', (s) => (s.units[0].cooldowns.punch = 2)],
    ['the generator advanced', (s) => (s.rng.s0 += 1e-9)],
    ['the side to play', (s) => (s.side = 'ultron')],
    ['a value moved to another key', (s) => (s.stats.losses = { avengers: 0, ultron: 1 })],
    ['a string changed by one letter', (s) => (s.units[0].name = `${s.units[0].name}x`)],
  ])('changes when %s', (_name, change) => {
    const changed = cloneState(state);
    change(changed);
    expect(checkpointHash(changed)).not.toBe(checkpointHash(state));
  });

  it('differs between the states of a match (no two checkpoints of a replay collide here)', () => {
    const replay = recordedMatch('hash');
    const hashes = replay.checkpoints.map((c) => c.hash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('tells apart distinct JSON values placed in the state', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b) && JSON.stringify(reversedKeys(a)) !== JSON.stringify(b));
        const withA = { ...cloneState(state), extra: a } as GameState;
        const withB = { ...cloneState(state), extra: b } as GameState;
        expect(checkpointHash(withA)).not.toBe(checkpointHash(withB));
      }),
      { numRuns: 300 },
    );
  });
});
