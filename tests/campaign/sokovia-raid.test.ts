// Scenario 1, the HYDRA base: the twins strike and vanish; List, Strucker and the Scepter.
import { describe, expect, it } from 'vitest';
import { legalActions, unitById } from '../../src/engine';
import {
  ability, edit, endTurnsUntil, firedTriggers, firstSeedWhere, landing, moveTo, newGame, objective, use,
} from './campaign-fixture';

const ID = 'sokovia-raid';

describe('the twins', () => {
  it('are nowhere in round 1, then strike for HYDRA from round 2', () => {
    const start = newGame(ID);
    expect(unitById(start, 'quicksilver')).toBeUndefined();
    const before = endTurnsUntil(start, 'hydra', 1).state;
    expect(unitById(before, 'quicksilver')).toBeUndefined();
    const { state, events } = endTurnsUntil(before, 'avengers', 2);
    expect(firedTriggers(events)).toContain('twins-strike');
    for (const twin of ['quicksilver', 'scarlet-witch']) expect(unitById(state, twin)).toMatchObject({ side: 'hydra', out: null });
    const theirTurn = endTurnsUntil(state, 'hydra', 2).state;
    expect(legalActions(theirTurn, 'quicksilver').length).toBeGreaterThan(0);
    expect(unitById(theirTurn, 'quicksilver')!.ap).toBe(3);
  });

  it('vanish as round 4 begins, before anyone can pin them down', () => {
    const round3 = endTurnsUntil(newGame(ID), 'hydra', 3).state;
    expect(unitById(round3, 'scarlet-witch')!.out).toBeNull();
    const { state, events } = endTurnsUntil(round3, 'avengers', 4);
    expect(firedTriggers(events)).toContain('twins-vanish');
    expect(unitById(state, 'quicksilver')!.out).toBe('removed');
    expect(unitById(state, 'scarlet-witch')!.out).toBe('removed');
  });
});

/** Hawkeye in the vault with List wounded, Cap beside a stunned Strucker, Iron Man beside the Scepter. */
const endgame = (seed: number, listHp = 1) => edit(newGame(ID, seed), (_, unit) => {
  Object.assign(unit('hawkeye'), { x: 27, y: 8 });
  Object.assign(unit('list'), { hp: listHp });
  Object.assign(unit('captain-america'), { x: 28, y: 12 });
  unit('baron-strucker').statuses.push({ id: 'stunned', turns: 1 });
  Object.assign(unit('iron-man'), { x: 28, y: 8 });
});

describe('objectives', () => {
  it('List: stopped when he falls', () => {
    const { state, events } = firstSeedWhere((seed) => landing(endgame(seed), ability('hawkeye', 'bow-shot', 28, 9)));
    expect(unitById(state, 'list')!.out).toBe('killed');
    expect(objective(state, 'defeat-list')).toBe('met');
    expect(firedTriggers(events)).toContain('list-down');
  });

  it('Strucker: taken alive with Cap\'s Apprehend while he is stunned', () => {
    const { state, events } = use(endgame(1), 'captain-america', 'apprehend', 29, 13);
    expect(unitById(state, 'baron-strucker')!.out).toBe('captured');
    expect(firedTriggers(events)).toContain('strucker-down');
    expect(objective(state, 'capture-strucker')).toBe('met');
  });

  it('Strucker: killing him fails the mission', () => {
    const scene = (seed: number) => edit(endgame(seed), (_, unit) => { unit('baron-strucker').hp = 1; });
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('captain-america', 'shield-throw', 29, 13)));
    expect(objective(state, 'capture-strucker')).toBe('failed');
    expect(state.result).toMatchObject({ winner: 'hydra' });
  });

  it('the Scepter: taken when Iron Man lands on it in the vault, and Wanda lets it go', () => {
    const { state, events } = moveTo(endgame(1), 'iron-man', 29, 9);
    expect(unitById(state, 'iron-man')!.carrying).toBe('scepter');
    expect(objective(state, 'take-scepter')).toBe('met');
    expect(firedTriggers(events)).toContain('scepter-taken');
  });

  it('all three together win the raid', () => {
    const { state } = firstSeedWhere((seed) => landing(endgame(seed),
      ability('hawkeye', 'bow-shot', 28, 9), ability('captain-america', 'apprehend', 29, 13),
      { type: 'move', unit: 'iron-man', to: { x: 29, y: 9 } }));
    expect(state.result).toEqual({ winner: 'avengers', reason: 'Every objective met.' });
  });

  it('whatever is undone when the turn limit runs out fails', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(state.turn).toBe(state.scenario.turnLimit + 1);
    for (const id of ['defeat-list', 'capture-strucker', 'take-scepter']) expect(objective(state, id)).toBe('failed');
    expect(objective(state, 'no-heroes-lost')).toBe('met'); // nobody fell while the turns ran out
    expect(state.result?.winner).toBe('hydra');
  });

  it('bringing every Avenger home is optional: it fails when one falls, and the raid goes on', () => {
    const scene = (seed: number) => endTurnsUntil(edit(newGame(ID, seed), (_, unit) => {
      Object.assign(unit('black-widow'), { x: 15, y: 6, hp: 1 });
    }), 'hydra', 1).state;
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('trooper-1', 'rifle', 15, 6)));
    expect(objective(state, 'no-heroes-lost')).toBe('failed');
    expect(state.result).toBeNull();
  });

  it('the twins fighting for HYDRA are not counted as lost Avengers', () => {
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'avengers', 2).state, (_, unit) => {
      unit('quicksilver').hp = 1;
      Object.assign(unit('hawkeye'), { x: 12, y: 5 });
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('hawkeye', 'bow-shot', 12, 2)));
    expect(unitById(state, 'quicksilver')!.out).toBe('killed');
    expect(objective(state, 'no-heroes-lost')).toBe('active');
  });
});
