// Scenario 6, Novi Grad: the Hulk let out, waves of sentries, Fury's lifeboats, War Machine, the
// drill, and Ultron pinned to one body by Vision.
import { describe, expect, it } from 'vitest';
import { standingUnits, terrainAt, unitById } from '../../src/engine';
import {
  ability, edit, endTurnsUntil, firedTriggers, firstSeedWhere, landing, moveTo, newGame, objective,
} from './campaign-fixture';

const ID = 'novi-grad';
const sentries = (s: ReturnType<typeof newGame>) => standingUnits(s).filter((u) => u.type === 'ultron-sentry').length;

describe('scripted beats', () => {
  it('Natasha lets the Hulk out as round 2 begins', () => {
    const before = endTurnsUntil(newGame(ID), 'civilians', 1).state;
    expect(unitById(before, 'hulk')!.type).toBe('banner');
    const { state, events } = endTurnsUntil(before, 'avengers', 2);
    expect(firedTriggers(events)).toContain('hulk-wakes');
    expect(unitById(state, 'hulk')).toMatchObject({ type: 'hulk', hp: 24 });
  });

  it('waves of four sentries arrive on Ultron\'s turns 3, 6 and 9', () => {
    let state = newGame(ID);
    const counts: number[] = [];
    const fired: string[] = [];
    for (const round of [2, 3, 5, 6, 8, 9]) {
      const step = endTurnsUntil(state, 'ultron', round);
      state = step.state;
      counts.push(sentries(state));
      fired.push(...firedTriggers(step.events));
    }
    expect(counts).toEqual([12, 16, 16, 20, 20, 24]);
    expect(fired).toEqual(expect.arrayContaining(['first-wave', 'second-wave', 'third-wave']));
    expect(standingUnits(state).filter((u) => u.type === 'ultron-sentry' && u.y === 0)).toHaveLength(6);
  });

  it('the lifeboats dock on round 4: the deck appears, and a Sokovian who steps on it is safe', () => {
    const r3 = edit(endTurnsUntil(newGame(ID), 'civilians', 3).state, (_, unit) => {
      Object.assign(unit('citizen-1'), { x: 31, y: 12 });
    });
    expect(terrainAt(r3, 32, 12)).toBe('chasm');
    expect(() => moveTo(r3, 'citizen-1', 32, 12)).toThrow(/unreachable/);
    const { state: r4, events } = endTurnsUntil(r3, 'avengers', 4);
    expect(firedTriggers(events)).toContain('lifeboats-arrive');
    expect(terrainAt(r4, 32, 12)).toBe('open');
    expect(unitById(r4, 'lifeboat-1')).toMatchObject({ x: 34, y: 11, side: 'avengers' });
    const civTurn = endTurnsUntil(r4, 'civilians', 4).state;
    const { state } = moveTo(civTurn, 'citizen-1', 32, 12);
    expect(unitById(state, 'citizen-1')!.out).toBe('evacuated');
    expect(state.objectives.evacuate.progress).toBe(1);
  });

  it('War Machine joins at the end of round 4 and fights from round 5', () => {
    const { state, events } = endTurnsUntil(newGame(ID), 'ultron', 4);
    expect(firedTriggers(events)).toContain('war-machine-joins');
    expect(unitById(state, 'war-machine')).toMatchObject({ side: 'avengers', out: null });
    expect(unitById(endTurnsUntil(state, 'avengers', 5).state, 'war-machine')!.ap).toBe(2);
  });
});

/** Ultron battered to 1 hp, Vision beside him, Hawkeye in range. */
const cornered = (seed: number, visionAt: { x: number; y: number }) => edit(newGame(ID, seed), (_, unit) => {
  unit('ultron').hp = 1;
  Object.assign(unit('vision'), visionAt);
  Object.assign(unit('hawkeye'), { x: 25, y: 12 });
});

describe('Ultron', () => {
  it('far from Vision, his body falls and he jumps into a sentry across the city', () => {
    const { state, events } = firstSeedWhere((seed) => landing(cornered(seed, { x: 5, y: 5 }), ability('hawkeye', 'bow-shot', 28, 12)));
    const upload = events.find((e) => e.type === 'uploaded');
    expect(upload).toBeDefined();
    expect(firedTriggers(events)).toContain('ultron-uploads');
    expect(unitById(state, 'ultron')!.out).toBeNull();
    expect(objective(state, 'destroy-ultron')).toBe('active');
  });

  it('with Vision within 4 tiles he has nowhere to go: destroyed', () => {
    const { state, events } = firstSeedWhere((seed) => landing(cornered(seed, { x: 27, y: 11 }), ability('vision', 'density-strike', 28, 12)));
    expect(events.some((e) => e.type === 'uploadBlocked' && e.by === 'vision')).toBe(true);
    expect(unitById(state, 'ultron')!.out).toBe('killed');
    expect(objective(state, 'destroy-ultron')).toBe('met');
    expect(firedTriggers(events)).toContain('ultron-destroyed');
    expect(state.result).toBeNull(); // the people still have to get out
  });

  it('standing at the turn limit, he wins', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(objective(state, 'destroy-ultron')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});

describe('the drill', () => {
  it('a sentry that lands on the Doomsday Trigger drops the city', () => {
    // Cap starts on the Trigger's west side; here he has left it, and the sentry lands where he stood.
    const scene = edit(newGame(ID), (_, unit) => {
      Object.assign(unit('sentry-1'), { x: 18, y: 7 });
      Object.assign(unit('captain-america'), { x: 15, y: 12 });
    });
    const ultronTurn = endTurnsUntil(scene, 'ultron', 1).state;
    const { state, events } = moveTo(ultronTurn, 'sentry-1', 17, 12);
    expect(objective(state, 'hold-drill')).toBe('failed');
    expect(firedTriggers(events)).toContain('city-falls');
    expect(state.result?.winner).toBe('ultron');
  });

  it('the Trigger is the drill and its west and east sides: a sentry in the gap north of it is beside it, not on it', () => {
    const scene = edit(newGame(ID), (_, unit) => { Object.assign(unit('sentry-1'), { x: 18, y: 7 }); });
    const ultronTurn = endTurnsUntil(scene, 'ultron', 1).state;
    const { state } = moveTo(ultronTurn, 'sentry-1', 18, 11);
    expect(objective(state, 'hold-drill')).toBe('active');
    expect(state.result).toBeNull();
  });
});

describe('stray fire', () => {
  it('the Hulk\'s smash hits the Sokovians beside him too: three lost fails the hope of losing no more than two', () => {
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'avengers', 2).state, (_, unit) => {
      Object.assign(unit('hulk'), { x: 11, y: 12 });
      [[10, 11], [10, 12], [10, 13]].forEach(([x, y], i) => Object.assign(unit(`citizen-${i + 1}`), { x, y, hp: 1 }));
    });
    const { state } = firstSeedWhere((seed) => landing(scene(seed), ability('hulk', 'hulk-smash', 11, 12)));
    expect(state.stats.lostByTag.civilian).toBe(3);
    expect(objective(state, 'no-one-left')).toBe('failed');
    expect(state.result).toBeNull();
  });

  it('Pietro\'s fall is marked', () => {
    const scene = (seed: number) => edit(endTurnsUntil(newGame(ID, seed), 'ultron', 1).state, (_, unit) => {
      Object.assign(unit('quicksilver'), { x: 33, y: 5, hp: 1 });
    });
    const { events } = firstSeedWhere((seed) => landing(scene(seed), ability('sentry-10', 'sentry-repulsor', 33, 5)));
    expect(firedTriggers(events)).toContain('pietro-falls');
  });
});

describe('the evacuation', () => {
  const atTheDeck = (seed = 1) => edit(endTurnsUntil(newGame(ID, seed), 'civilians', 4).state, (_, unit) => {
    for (let i = 1; i <= 6; i++) Object.assign(unit(`citizen-${i}`), { x: 31, y: 9 + i });
  });
  const board = (state: ReturnType<typeof newGame>) => {
    for (let i = 1; i <= 6; i++) state = moveTo(state, `citizen-${i}`, 32, 9 + i).state;
    return state;
  };

  it('six aboard meets it; with Ultron destroyed too, Novi Grad is won', () => {
    let state = board(atTheDeck());
    expect(objective(state, 'evacuate')).toBe('met');
    expect(state.result).toBeNull();
    const r5 = edit(endTurnsUntil(state, 'avengers', 5).state, (_, unit) => {
      unit('ultron').hp = 1;
      Object.assign(unit('ultron'), { x: 28, y: 12 });
      Object.assign(unit('vision'), { x: 27, y: 11 });
    });
    state = firstSeedWhere((seed) => landing(edit(r5, (d) => { d.rng = newGame(ID, seed).rng; }), ability('vision', 'density-strike', 28, 12)))!.state;
    expect(state.result).toEqual({ winner: 'avengers', reason: 'Every objective met.' });
    expect(objective(state, 'hold-drill')).toBe('met');
  });

  it('fails once too few Sokovians are left alive to fill the boats', () => {
    const scene = edit(newGame(ID), (_, unit) => {
      for (let i = 1; i <= 7; i++) unit(`citizen-${i}`).out = 'killed';
    });
    const { state } = endTurnsUntil(scene, 'ultron', 1);
    expect(objective(state, 'evacuate')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});
