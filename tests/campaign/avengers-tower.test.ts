// Scenario 2, the party at the Tower: the Legion turns, Ultron jumps from body to body, the Scepter.
import { describe, expect, it } from 'vitest';
import { legalActions, standingUnits, unitById } from '../../src/engine';
import {
  ability, edit, endTurnsUntil, firedTriggers, firstSeedWhere, landing, moveTo, newGame, objective,
} from './campaign-fixture';

const ID = 'avengers-tower';

describe('the Iron Legion turns', () => {
  it('idle on their racks while the party goes on: the drones cannot act', () => {
    const state = newGame(ID);
    const drones = state.units.filter((u) => u.type === 'iron-legion-dormant');
    expect(drones).toHaveLength(8);
    expect(drones.every((d) => d.side === 'ultron')).toBe(true);
    expect(state.fired['legion-turns']).toBeUndefined();
  });

  it('wake when Ultron takes his first turn, and fight from the next round', () => {
    const { state, events } = endTurnsUntil(newGame(ID), 'ultron', 1);
    expect(firedTriggers(events)).toContain('legion-turns');
    const drones = state.units.filter((u) => u.id.startsWith('legion') || u.id === 'scepter-drone');
    expect(drones.map((d) => d.type)).toEqual(Array(8).fill('iron-legion'));
    expect(legalActions(state, 'legion-1')).toEqual([]);
    const next = endTurnsUntil(state, 'ultron', 2).state;
    expect(legalActions(next, 'legion-1').length).toBeGreaterThan(0);
  });
});

/** Hawkeye across the room from a battered Ultron. */
const shootout = (seed: number, change: Parameters<typeof edit>[1] = () => {}) => edit(newGame(ID, seed), (draft, unit) => {
  Object.assign(unit('hawkeye'), { x: 9, y: 4 });
  unit('ultron').hp = 1;
  change(draft, unit);
});

describe('Ultron\'s bodies', () => {
  it('destroying his body only moves him into the nearest drone', () => {
    const { state, events } = firstSeedWhere((seed) => landing(shootout(seed), ability('hawkeye', 'bow-shot', 7, 4)));
    expect(events.find((e) => e.type === 'uploaded')).toMatchObject({ unit: 'ultron', body: 'legion-2' });
    expect(unitById(state, 'ultron')).toMatchObject({ out: null, x: 4, y: 2, type: 'ultron-mk1', hp: 5 });
    expect(firedTriggers(events)).toContain('ultron-uploads');
    expect(objective(state, 'destroy-ultron')).toBe('active');
  });

  it('with no drone left, the last body falls, Ultron escapes into the net, and the fight is won', () => {
    const scene = (seed: number) => shootout(seed, (draft) => {
      for (const u of draft.units) if (u.type.startsWith('iron-legion')) Object.assign(u, { out: 'killed', carrying: null });
    });
    const { state, events } = firstSeedWhere((seed) => landing(scene(seed), ability('hawkeye', 'bow-shot', 7, 4)));
    expect(unitById(state, 'ultron')!.out).toBe('killed');
    expect(firedTriggers(events)).toContain('ultron-escapes-net');
    expect(objective(state, 'destroy-ultron')).toBe('met');
    expect(objective(state, 'guests')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('left standing at the turn limit, Ultron wins', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(objective(state, 'destroy-ultron')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});

describe('the Scepter', () => {
  it('a drone that reaches the skyline with it takes it away for good', () => {
    const ultronTurn = edit(endTurnsUntil(newGame(ID), 'ultron', 2).state, (_, unit) => {
      Object.assign(unit('scepter-drone'), { x: 22, y: 5 });
    });
    const { state, events } = moveTo(ultronTurn, 'scepter-drone', 23, 5);
    expect(objective(state, 'scepter-escapes')).toBe('met');
    expect(firedTriggers(events)).toContain('scepter-gone');
    expect(state.items[0]).toMatchObject({ id: 'scepter', carrier: null, x: 0, y: 15 });
    expect(objective(state, 'recover-scepter')).toBe('failed');
    expect(state.result).toBeNull();
  });

  it('brought back to the lab, it counts for the Avengers', () => {
    const scene = edit(newGame(ID), (draft, unit) => {
      Object.assign(unit('scepter-drone'), { out: 'killed', carrying: null });
      Object.assign(draft.items[0], { carrier: null, x: 4, y: 3 });
      Object.assign(unit('black-widow'), { x: 5, y: 3 });
    });
    const { state } = moveTo(scene, 'black-widow', 4, 3);
    expect(objective(state, 'recover-scepter')).toBe('met');
  });
});

describe('the guests', () => {
  it('losing two of them loses the night', () => {
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'ultron', 2).state, (_, unit) => {
      Object.assign(unit('guest-2'), { hp: 1 });
      Object.assign(unit('guest-3'), { hp: 1 });
      Object.assign(unit('legion-3'), { x: 2, y: 7 });
      Object.assign(unit('legion-5'), { x: 15, y: 11 });
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed),
      ability('legion-3', 'drone-repulsor', 2, 9), ability('legion-5', 'drone-repulsor', 15, 13)));
    expect(standingUnits(state).filter((u) => u.side === 'civilians')).toHaveLength(2);
    expect(objective(state, 'guests')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});
