// Scenario 3, the Salvage Yard: Wanda's visions, Hawkeye's taser, the Hulk turned and sung back.
import { describe, expect, it } from 'vitest';
import { unitById } from '../../src/engine';
import {
  ability, edit, endTurnsUntil, firedTriggers, firstSeedWhere, landing, moveTo, newGame, objective, use,
} from './campaign-fixture';

const ID = 'salvage-yard';
const statusIds = (s: ReturnType<typeof newGame>, id: string) => unitById(s, id)!.statuses.map((st) => st.id);

describe('Scarlet Witch', () => {
  it('her visions take a hero out of the fight', () => {
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'ultron', 1).state, (_, unit) => {
      Object.assign(unit('thor'), { x: 12, y: 12 });
    });
    const { state, events } = firstSeedWhere((seed) => landing(scene(seed), ability('scarlet-witch', 'visions', 12, 12)));
    expect(statusIds(state, 'thor')).toEqual(['hexed']);
    expect(firedTriggers(events)).toContain('nightmares');
  });

  it('until Hawkeye\'s taser arrow stops her: the twins flee, Barton is knocked down, and her last vision turns the Hulk', () => {
    const scene = (seed: number) => edit(newGame(ID, seed), (_, unit) => { Object.assign(unit('hawkeye'), { x: 13, y: 12 }); });
    const { state, events } = firstSeedWhere((seed) => landing(scene(seed), ability('hawkeye', 'taser-arrow', 9, 12)));
    expect(firedTriggers(events)).toContain('taser-stops-wanda');
    expect(unitById(state, 'scarlet-witch')!.out).toBe('removed');
    expect(unitById(state, 'quicksilver')!.out).toBe('removed');
    expect(statusIds(state, 'hawkeye')).toContain('stunned');
    expect(unitById(state, 'hulk')).toMatchObject({ type: 'hulk-rampage', side: 'ultron', baseSide: 'ultron', out: null, x: 28, y: 5, hp: 30 });
  });

  it('and Natasha\'s lullaby brings Banner back', () => {
    const scene = (seed: number) => edit(newGame(ID, seed), (_, unit) => {
      Object.assign(unit('hawkeye'), { x: 13, y: 12 });
      Object.assign(unit('black-widow'), { x: 28, y: 4 });
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed),
      ability('hawkeye', 'taser-arrow', 9, 12), ability('black-widow', 'lullaby', 28, 5)));
    expect(unitById(state, 'hulk')).toMatchObject({ type: 'banner', side: 'avengers', baseSide: 'avengers', x: 28, y: 5 });
  });
});

describe('objectives', () => {
  it('holding the ship for 10 rounds wins', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(state.turn).toBe(11);
    expect(objective(state, 'hold-the-ship')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('a sentry flying the vibranium out over the yard wins it for Ultron', () => {
    const scene = edit(endTurnsUntil(newGame(ID), 'ultron', 2).state, (draft, unit) => {
      Object.assign(unit('sentry-1'), { x: 14, y: 2, carrying: 'vibranium' });
      Object.assign(draft.items[0], { carrier: 'sentry-1', x: null, y: null });
    });
    const { state } = moveTo(scene, 'sentry-1', 14, 1);
    expect(objective(state, 'vibranium-out')).toBe('met');
    expect(objective(state, 'hold-the-ship')).toBe('active');
    expect(state.result?.winner).toBe('ultron');
  });

  it('Quicksilver takes the cache and runs with it in the same turn', () => {
    const scene = edit(endTurnsUntil(newGame(ID), 'ultron', 1).state, (_, unit) => {
      Object.assign(unit('quicksilver'), { x: 21, y: 14 });
      Object.assign(unit('merc-5'), { x: 2, y: 15 }); // out of the hold's doorway
    });
    const took = use(scene, 'quicksilver', 'grab-item', 20, 13);
    expect(unitById(took.state, 'quicksilver')!.carrying).toBe('vibranium');
    const ran = moveTo(took.state, 'quicksilver', 27, 13);
    expect(unitById(ran.state, 'quicksilver')).toMatchObject({ x: 27, y: 13, carrying: 'vibranium' });
    expect(ran.state.items[0].carrier).toBe('quicksilver');
  });

  it('Klaue can be taken prisoner once stunned', () => {
    const scene = edit(newGame(ID), (_, unit) => {
      Object.assign(unit('captain-america'), { x: 6, y: 9 });
      unit('klaue').statuses.push({ id: 'stunned', turns: 1 });
    });
    const { state, events } = use(scene, 'captain-america', 'apprehend', 5, 9);
    expect(objective(state, 'capture-klaue')).toBe('met');
    expect(firedTriggers(events)).toContain('klaue-out');
  });

  it('killing Klaue loses that chance, and the fight goes on', () => {
    const scene = (seed: number) => edit(newGame(ID, seed), (_, unit) => {
      Object.assign(unit('captain-america'), { x: 6, y: 9 });
      unit('klaue').hp = 1;
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('captain-america', 'shield-throw', 5, 9)));
    expect(objective(state, 'capture-klaue')).toBe('failed');
    expect(state.result).toBeNull();
  });
});
