// The small public helpers the game and the AI read: who stands where, hostility, the objectives
// panel, and the lookups that must answer calmly for units that are out or unknown.
import { describe, expect, it } from 'vitest';
import {
  abilityTargets, abilityTiles, cloneState, isHostile, objectiveList, reachableTiles, standingUnits, unitAt, unitById,
} from '../../src/engine';
import { arena, place, start } from './fixture';

const scenario = arena(['......', '......'], [
  place('h', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 5, 1), place('k', 'bot', 'klaue', 3, 1), place('gone', 'bot', 'ultron', 2, 0),
], {
  sides: [
    { id: 'avengers', name: 'A', enemies: ['ultron'] }, { id: 'ultron', name: 'U', enemies: [] },
    { id: 'klaue', name: 'K', enemies: ['ultron'] }, { id: 'civilians', name: 'C', enemies: [], passive: true },
  ],
  areas: { exit: [{ x: 5, y: 0 }] },
  objectives: [
    { id: 'all', text: 'Beat Ultron', type: 'defeatAll', sides: ['ultron'] },
    { id: 'out', text: 'Leave', type: 'evacuate', tag: 'civilian', area: 'exit', count: 3, primary: false },
    { id: 'hold', text: 'Hold', type: 'holdArea', area: 'exit', turns: 4, hidden: true },
    { id: 'live', text: 'Live', type: 'survive', turns: 6, side: 'ultron' },
  ],
});
const state = (() => {
  const s = cloneState(start(scenario));
  s.units.find((u) => u.id === 'gone')!.out = 'killed';
  return s;
})();

describe('lookups', () => {
  it('unitAt and standingUnits see only units still in the battle; unitById sees all', () => {
    expect(unitAt(state, 2, 0)).toBeUndefined();
    expect(unitAt(state, 3, 1)?.id).toBe('k');
    expect(standingUnits(state).map((u) => u.id)).toEqual(['h', 'b', 'k']);
    expect(unitById(state, 'gone')?.out).toBe('killed');
  });

  it.each([
    ['avengers', 'ultron', true], ['ultron', 'avengers', true], ['klaue', 'ultron', true], ['avengers', 'klaue', false],
    ['civilians', 'ultron', false], ['ultron', 'ultron', false],
  ])('isHostile(%s, %s) is %s', (a, b, hostile) => {
    expect(isHostile(state, a, b)).toBe(hostile);
  });

  it('answers with nothing for units that are out or unknown', () => {
    expect(reachableTiles(state, 'gone')).toEqual([]);
    expect(reachableTiles(state, 'nobody')).toEqual([]);
    expect(abilityTargets(state, 'gone', 'strike')).toEqual([]);
    expect(abilityTargets(state, 'h', 'nope')).toEqual([]);
    expect(abilityTiles(state, 'nobody', 'strike', { x: 1, y: 1 })).toEqual([]);
  });
});

describe('objectiveList', () => {
  it('gives each objective its owner, weight, status, progress and goal', () => {
    expect(objectiveList(state)).toEqual([
      { id: 'all', text: 'Beat Ultron', side: 'avengers', primary: true, type: 'defeatAll', status: 'active', progress: 0, goal: 1 },
      { id: 'out', text: 'Leave', side: 'avengers', primary: false, type: 'evacuate', status: 'failed', progress: 0, goal: 3 },
      { id: 'hold', text: 'Hold', side: 'avengers', primary: true, type: 'holdArea', status: 'inactive', progress: 0, goal: 4 },
      { id: 'live', text: 'Live', side: 'ultron', primary: true, type: 'survive', status: 'active', progress: 0, goal: 6 },
    ]);
  });
});
