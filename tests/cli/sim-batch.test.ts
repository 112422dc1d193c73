// The simulation core behind `ultron sim`: seeds and shards, the win-rate interval, determinism of
// matches and of whole batches whatever the number of worker threads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playBatch } from '../../src/cli/sim-pool';
import { batchSlots, countWins, simJson, summarize, wilsonInterval, type GameRecord } from '../../src/sim/batch';
import { heroSide, playersFor, sideControllers } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';
import { createPlayer, hasPlayerLevel, registerPlayerLevel } from '../../src/sim/players';
import { verifyReplay } from '../../src/replay';
import { tinyScenario } from '../replay/tiny-scenario';

const scenario = tinyScenario();
const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });

describe('batch seeds and shards', () => {
  it('numbers games from the batch seed', () => {
    expect(batchSlots('7', 3)).toEqual([
      { index: 0, seed: '7:1' },
      { index: 1, seed: '7:2' },
      { index: 2, seed: '7:3' },
    ]);
  });

  it.each([[10, 3], [7, 7], [5, 8], [1000, 16]])('shards of %i games in %i parts cover the batch once, in order', (games, count) => {
    const pieces = Array.from({ length: count }, (_, k) => batchSlots('s', games, k + 1, count)).flat();
    expect(pieces).toEqual(batchSlots('s', games));
  });
});

describe('wilsonInterval', () => {
  it.each([
    [5, 10, 0.2366, 0.7634],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [45, 100, 0.3561, 0.5476],
  ])('%i of %i', (wins, games, low, high) => {
    const ci = wilsonInterval(wins, games);
    expect(ci.low).toBeCloseTo(low, 3);
    expect(ci.high).toBeCloseTo(high, 3);
  });
});

describe('counting results', () => {
  const record = (index: number, winner: string | null): GameRecord => ({
    index, seed: `s:${index + 1}`, winner, reason: '', turns: 3 + index, actions: 10, hash: '0123456789abcdef',
    stats: { heroes: 2, heroesLost: index % 2, civilians: 1, civiliansSaved: 1 },
  });
  const records = [record(2, 'ultron'), record(0, 'avengers'), record(1, null), record(3, 'ultron')];

  it('lists every side, undecided games last, in a fixed key order', () => {
    expect(JSON.stringify(countWins(records, ['avengers', 'ultron']))).toBe('{"avengers":1,"ultron":2,"none":1}');
    expect(JSON.stringify(countWins([record(0, 'ultron')], ['avengers', 'ultron']))).toBe('{"avengers":0,"ultron":1}');
  });

  it('puts results in batch order whatever order they finished in', () => {
    expect(simJson('x', 's', records, ['avengers', 'ultron']).results.map((r) => r.seed)).toEqual(['s:1', 's:2', 's:3', 's:4']);
  });

  it('summarizes means', () => {
    const s = summarize(records, ['avengers', 'ultron']);
    expect(s.meanTurns).toBe(4.5);
    expect(s.meanHeroesLost).toBe(0.5);
    expect(s.undecided).toBe(1);
    expect(s.sides.map((x) => [x.side, x.wins])).toEqual([['avengers', 1], ['ultron', 2]]);
  });
});

describe('playMatch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the heroes the --avengers level and every other active side the --ultron level', () => {
    expect(heroSide(scenario)).toBe('avengers');
    expect(sideControllers(scenario, { avengers: 'a', ultron: 'u' })).toEqual({ avengers: 'a', ultron: 'u' });
  });

  it('plays the same match for the same seed, and never calls Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const a = playMatch(scenario, 'same', playersFor(controllers, 'same'));
    const b = playMatch(scenario, 'same', playersFor(controllers, 'same'));
    const c = playMatch(scenario, 'other', playersFor(controllers, 'other'));
    expect(a.actions).toEqual(b.actions);
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('stops undecided at the turn cap and records a replay that verifies', () => {
    const capped = playMatch(scenario, 'cap', playersFor(controllers, 'cap'), { maxTurns: 2, replay: true });
    expect(capped.winner).toBeNull();
    expect(capped.reason).toMatch(/^turn cap: round 2 ended undecided$/);
    expect(capped.turns).toBe(3);
    const verified = verifyReplay(capped.replay!);
    expect(verified.ok && verified.value.finalHash).toBe(capped.hash);
  });

  it('reports a player that offers an illegal action as a bug in that player', () => {
    registerPlayerLevel('broken-test-level', () => ({ level: 'broken-test-level', choose: () => ({ type: 'move', unit: 'cap', to: { x: 99, y: 99 } }) }));
    const players = playersFor({ avengers: 'broken-test-level', ultron: 'random' }, 'b');
    expect(() => playMatch(scenario, 'b', players)).toThrow(/^broken-test-level player for "avengers" chose an illegal action/);
  });

  it('knows random and refuses an unknown level', () => {
    expect(hasPlayerLevel('random')).toBe(true);
    expect(() => createPlayer('no-such-level', { side: 'avengers', seed: '1' })).toThrow(/unknown player level "no-such-level"/);
  });
});

describe('playBatch', () => {
  it('gives the same JSON on one thread and on worker threads', async () => {
    const slots = batchSlots('jobs', 12);
    const job = { scenario, controllers, replay: false };
    const text = async (jobs: number) => {
      const outputs = await playBatch(job, slots, jobs, () => {});
      return JSON.stringify(simJson(scenario.id, 'jobs', outputs.map((o) => o.record), Object.keys(controllers)));
    };
    const inline = await text(1);
    expect(await text(3)).toBe(inline);
    expect(JSON.parse(inline).results).toHaveLength(12);
  });
});
