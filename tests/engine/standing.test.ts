// Chains keep to the kind of unit they started on; passive sides' statuses still run out.
import { describe, expect, it } from 'vitest';
import { act, arena, endTurn, has, heroWith, place, start, unitType, use, ability } from './fixture';

const sides = [
  { id: 'avengers', name: 'A', enemies: ['ultron'] },
  { id: 'ultron', name: 'U', enemies: ['avengers'] },
  { id: 'bystanders', name: 'B', enemies: [], passive: true },
];

describe('a chain started on a neutral unit', () => {
  it('jumps only to other neutral units, never to the caster\'s allies or to enemies', () => {
    const zap = ability('zap', { target: 'unit', area: { shape: 'chain', chain: 3, chainRange: 2 }, effects: [{ type: 'damage', min: 1, max: 1 }] });
    const state = start(arena(['........', '........'], [
      place('a', 'gunner', 'avengers', 0, 0), place('civ1', 'tank', 'bystanders', 3, 0),
      place('pal', 'tank', 'avengers', 4, 0), place('foe', 'tank', 'ultron', 3, 1), place('civ2', 'tank', 'bystanders', 5, 1),
    ], { sides, types: [heroWith('gunner', [zap]), unitType('tank', { hp: 10 })] }));
    const after = act(state, use('a', 'zap', 3, 0)).state;
    const struck = after.units.filter((u) => u.hp < 10 && u.id !== 'a').map((u) => u.id).sort();
    expect(struck).toEqual(['civ1', 'civ2']);
  });
});

describe('statuses on a passive side', () => {
  it('count down as each round ends', () => {
    const stun = ability('stun', { target: 'unit', effects: [{ type: 'status', status: 'stunned', turns: 1 }] });
    const state = start(arena(['......'], [place('a', 'gunner', 'avengers', 0, 0), place('civ', 'tank', 'bystanders', 2, 0), place('foe', 'tank', 'ultron', 5, 0)], {
      sides, types: [heroWith('gunner', [stun]), unitType('tank', { hp: 10, abilities: [] })],
    }));
    let s = act(state, use('a', 'stun', 2, 0)).state;
    expect(has(s, 'civ', 'stunned')).toBe(true);
    s = act(s, endTurn).state; // Ultron's turn
    expect(has(s, 'civ', 'stunned')).toBe(true);
    s = act(s, endTurn).state; // the round ends
    expect(has(s, 'civ', 'stunned')).toBe(false);
  });
});
