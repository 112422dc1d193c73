// Scenario 5, Seoul: the Cradle off the truck and to the Quinjet; the twins change sides; the train;
// Natasha taken.
import { describe, expect, it } from 'vitest';
import { legalActions, unitById } from '../../src/engine';
import {
  edit, endTurnsUntil, firedTriggers, moveTo, newGame, objective, use,
} from './campaign-fixture';

const ID = 'seoul';

describe('the twins', () => {
  it('serve Ultron until Wanda reads his mind as his round-2 turn begins; then they fight beside Cap', () => {
    const before = endTurnsUntil(newGame(ID), 'avengers', 2).state;
    expect(unitById(before, 'scarlet-witch')).toMatchObject({ side: 'ultron', out: null });
    expect(objective(before, 'stop-train')).toBe('inactive');
    const { state, events } = endTurnsUntil(before, 'ultron', 2);
    expect(firedTriggers(events)).toContain('wanda-reads-ultron');
    for (const twin of ['scarlet-witch', 'quicksilver']) {
      expect(unitById(state, twin)).toMatchObject({ side: 'avengers', baseSide: 'avengers', out: null });
    }
    expect(objective(state, 'stop-train')).toBe('active');
    expect(unitById(endTurnsUntil(state, 'avengers', 3).state, 'quicksilver')!.ap).toBe(3);
  });
});

describe('the Cradle', () => {
  it('can be wrested off Ultron\'s truck from beside it', () => {
    const scene = edit(newGame(ID), (_, unit) => { Object.assign(unit('black-widow'), { x: 14, y: 8 }); });
    const { state, events } = use(scene, 'black-widow', 'grab-item', 13, 8);
    expect(unitById(state, 'black-widow')!.carrying).toBe('cradle');
    expect(unitById(state, 'truck')!.carrying).toBeNull();
    expect(firedTriggers(events)).toContain('cradle-seized');
  });

  it('carried onto the Quinjet\'s ramp before the train runs away, it wins outright', () => {
    const scene = edit(newGame(ID), (draft, unit) => {
      Object.assign(unit('hawkeye'), { x: 25, y: 9, carrying: 'cradle' });
      unit('truck').carrying = null;
      Object.assign(draft.items[0], { carrier: 'hawkeye' });
    });
    const { state } = moveTo(scene, 'hawkeye', 28, 9);
    expect(objective(state, 'cradle-to-quinjet')).toBe('met');
    expect(state.result?.winner).toBe('avengers');
  });

  it('still on the truck when the time runs out, it is lost', () => {
    const { state } = endTurnsUntil(newGame(ID), 'avengers', 99);
    expect(objective(state, 'cradle-to-quinjet')).toBe('failed');
    expect(objective(state, 'stop-train')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});

describe('the Cradle fought over', () => {
  const carried = () => edit(endTurnsUntil(newGame(ID), 'ultron', 1).state, (draft, unit) => {
    Object.assign(unit('hawkeye'), { x: 20, y: 14, carrying: 'cradle' });
    unit('truck').carrying = null;
    Object.assign(draft.items[0], { carrier: 'hawkeye' });
  });

  it('no sentry lays hands on it: one beside the carrier can only shoot', () => {
    const scene = edit(carried(), (_, unit) => Object.assign(unit('sentry-6'), { x: 21, y: 14 }));
    const abilities = legalActions(scene, 'sentry-6').flatMap((a) => (a.type === 'ability' ? [a.ability] : []));
    expect(abilities).toContain('sentry-repulsor');
    expect(abilities).not.toContain('grab-item');
  });

  it('Ultron beside the carrier wrests it back', () => {
    const scene = edit(carried(), (_, unit) => Object.assign(unit('ultron'), { x: 21, y: 14 }));
    const { state, events } = use(scene, 'ultron', 'grab-item', 20, 14);
    expect(unitById(state, 'ultron')!.carrying).toBe('cradle');
    expect(unitById(state, 'hawkeye')!.carrying).toBeNull();
    expect(firedTriggers(events)).toContain('cradle-retaken');
  });
});

describe('the runaway train', () => {
  it('once it is on the board, the Cradle alone is not enough: someone must hold the cab through a round', () => {
    let state = edit(endTurnsUntil(newGame(ID), 'avengers', 4).state, (draft, unit) => {
      Object.assign(unit('hawkeye'), { x: 25, y: 9, carrying: 'cradle' });
      unit('truck').carrying = null;
      Object.assign(draft.items[0], { carrier: 'hawkeye' });
      Object.assign(unit('quicksilver'), { x: 11, y: 17 });
    });
    state = moveTo(state, 'hawkeye', 28, 9).state;
    expect(objective(state, 'cradle-to-quinjet')).toBe('met');
    expect(state.result).toBeNull();
    state = moveTo(state, 'quicksilver', 8, 17).state;
    const { state: after, events } = endTurnsUntil(state, 'avengers', 5);
    expect(objective(after, 'stop-train')).toBe('met');
    expect(firedTriggers(events)).toContain('train-stopped');
    expect(after.result?.winner).toBe('avengers');
    expect(objective(after, 'bystanders')).toBe('met');
    expect(objective(after, 'keep-natasha')).toBe('met');
  });
});

describe('Natasha', () => {
  it('stunned beside Ultron, she is seized: his aim met, the Avengers\' hope to keep her failed, the fight goes on', () => {
    const scene = edit(endTurnsUntil(newGame(ID), 'ultron', 1).state, (_, unit) => {
      Object.assign(unit('black-widow'), { x: 11, y: 9 });
      unit('black-widow').statuses.push({ id: 'stunned', turns: 1 });
    });
    const { state, events } = use(scene, 'ultron', 'seize', 11, 9);
    expect(unitById(state, 'black-widow')!.out).toBe('captured');
    expect(objective(state, 'take-widow')).toBe('met');
    expect(objective(state, 'keep-natasha')).toBe('failed');
    expect(firedTriggers(events)).toContain('widow-taken');
    expect(state.result).toBeNull();
  });
});

describe('bystanders', () => {
  it('are not Ultron\'s targets, but his annihilation beam kills whoever stands in it: three lost fail the mission', () => {
    const start = endTurnsUntil(newGame(ID), 'ultron', 1).state;
    expect(legalActions(start, 'sentry-5').some((a) => a.type === 'ability' && a.target.x === 11 && a.target.y === 15)).toBe(false);
    const scene = edit(start, (_, unit) => {
      Object.assign(unit('ultron'), { x: 5, y: 14 });
      Object.assign(unit('pedestrian-1'), { x: 7, y: 14 });
      Object.assign(unit('pedestrian-2'), { x: 8, y: 14 });
      Object.assign(unit('helen-cho'), { x: 10, y: 14 });
    });
    const charged = use(scene, 'ultron', 'annihilation-beam', 12, 14).state;
    const { state, events } = endTurnsUntil(charged, 'ultron', 2);
    expect(events.some((e) => e.type === 'chargeResolved')).toBe(true);
    expect(state.stats.lostByTag.civilian).toBe(3);
    expect(objective(state, 'bystanders')).toBe('failed');
    expect(state.result?.winner).toBe('ultron');
  });
});
