// Scenario 4, Johannesburg: Veronica drops the Hulkbuster; subdue the Hulk without wrecking the city.
import { describe, expect, it } from 'vitest';
import { unitById } from '../../src/engine';
import {
  ability, edit, endTurnsUntil, firedTriggers, firstSeedWhere, landing, moveTo, newGame, objective,
} from './campaign-fixture';

const ID = 'johannesburg';

describe('Veronica', () => {
  it('drops the Hulkbuster in the street beside the Hulk at the end of round 1; it fights from round 2', () => {
    expect(unitById(newGame(ID), 'hulkbuster')).toBeUndefined();
    const { state, events } = endTurnsUntil(newGame(ID), 'ultron', 1);
    expect(firedTriggers(events)).toContain('veronica');
    expect(unitById(state, 'hulkbuster')).toMatchObject({ side: 'avengers', type: 'hulkbuster', x: 5, y: 8 });
    expect(unitById(endTurnsUntil(state, 'avengers', 2).state, 'hulkbuster')!.ap).toBe(2);
  });
});

const round2 = (seed: number, change: Parameters<typeof edit>[1]) =>
  edit(endTurnsUntil(newGame(ID, seed), 'avengers', 2).state, change);

describe('subduing the Hulk', () => {
  it('caged and knocked out, he is down: the Avengers win with the city spared', () => {
    const scene = (seed: number) => round2(seed, (_, unit) => { Object.assign(unit('hulkbuster'), { x: 3, y: 8 }); });
    const { state, events } = firstSeedWhere((seed) => landing(scene(seed),
      ability('hulkbuster', 'restraint-cage', 2, 8), ability('hulkbuster', 'knockout', 2, 8)));
    expect(unitById(state, 'hulk')!.out).toBe('captured');
    expect(firedTriggers(events)).toContain('hulk-down');
    expect(objective(state, 'subdue-hulk')).toBe('met');
    expect(objective(state, 'clean-hands')).toBe('met');
    expect(objective(state, 'collateral')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('killing him fails', () => {
    const scene = (seed: number) => round2(seed, (_, unit) => {
      Object.assign(unit('iron-man'), { x: 6, y: 8 });
      unit('hulk').hp = 1;
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('iron-man', 'repulsor', 2, 8)));
    expect(objective(state, 'subdue-hulk')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });

  it('left raging past the turn limit, he wins', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(objective(state, 'subdue-hulk')).toBe('failed');
    expect(state.turn).toBe(11);
  });
});

describe('collateral', () => {
  it('four bystanders caught in one rampage is more than the city can take', () => {
    const spots = [[1, 8], [3, 8], [1, 9], [2, 9]];
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'ultron', 1).state, (_, unit) => {
      spots.forEach(([x, y], i) => Object.assign(unit(`bystander-${i + 1}`), { x, y, hp: 1 }));
    });
    const { state, events } = firstSeedWhere((seed) => landing(scene(seed), ability('hulk', 'rampage-smash', 2, 8)));
    expect(state.stats.lostByTag.civilian).toBe(4);
    expect(objective(state, 'clean-hands')).toBe('failed');
    expect(objective(state, 'collateral')).toBe('failed');
    expect(firedTriggers(events)).toContain('collateral-failed');
    expect(state.result?.winner).toBe('ultron');
  });

  it('bystanders who reach the metro shelter are safe, and four of them score', () => {
    const spots = [[24, 3], [25, 3], [26, 3], [23, 3]];
    let state = edit(endTurnsUntil(newGame(ID), 'civilians', 1).state, (_, unit) => {
      spots.forEach(([x, y], i) => Object.assign(unit(`bystander-${i + 1}`), { x, y }));
    });
    for (const [i, [x]] of spots.entries()) state = moveTo(state, `bystander-${i + 1}`, x, 2).state;
    expect(unitById(state, 'bystander-1')!.out).toBe('evacuated');
    expect(objective(state, 'shelter-bystanders')).toBe('met');
  });

  it('the shelter can no longer be filled once five of the eight are lost', () => {
    const scene = edit(newGame(ID), (_, unit) => {
      for (let i = 1; i <= 5; i++) unit(`bystander-${i}`).out = 'killed';
    });
    const { state } = endTurnsUntil(scene, 'ultron', 1);
    expect(objective(state, 'shelter-bystanders')).toBe('failed');
    expect(state.result).toBeNull();
  });
});
