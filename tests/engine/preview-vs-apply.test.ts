// Preview against apply, over states reached by random legal play: the chance shown is the chance
// rolled, a sure defeat happens, an impossible one does not, damage stays in the range shown, and a
// move's preview is the path the move takes; the in-place path gives the same events and state.
import { describe, expect, it } from 'vitest';
import {
  applyAction, applyActionInPlace, cloneState, createGame, hashState, legalActions, preview, type AbilityDef, type Action, type GameState, type Scenario,
} from '../../src/engine';
import { ability, arena, heroWith, place, unitType } from './fixture';

const duelKit: AbilityDef[] = [
  ability('shot', { accuracy: 75, range: 5, effects: [{ type: 'damage', min: 1, max: 4 }] }),
  ability('slam', { accuracy: 90, range: 1, effects: [{ type: 'damage', min: 2, max: 3 }, { type: 'push', distance: 2 }] }),
  ability('net', { accuracy: 80, range: 3, effects: [{ type: 'damage', min: 1, max: 2 }, { type: 'capture', maxHpPercent: 40 }] }),
  ability('daze', { accuracy: 70, range: 4, cooldown: 1, endsTurn: false, effects: [{ type: 'status', status: 'stunned', turns: 1 }, { type: 'capture', maxHpPercent: 20 }] }),
  ability('pierce', { range: 4, los: false, effects: [{ type: 'damage', min: 2, max: 2, pierce: true }] }),
];

const areaKit: AbilityDef[] = [
  ability('burst', { target: 'tile', accuracy: 70, range: 4, area: { shape: 'blast', size: 1 }, friendlyFire: true, effects: [{ type: 'damage', min: 1, max: 3 }] }),
  ability('arc', { accuracy: 80, range: 4, area: { shape: 'chain', chain: 2, chainRange: 3 }, effects: [{ type: 'damage', min: 1, max: 2 }] }),
  ability('spray', { target: 'tile', accuracy: 65, range: 3, area: { shape: 'cone' }, effects: [{ type: 'damage', min: 2, max: 2 }] }),
  ability('lance', { target: 'tile', range: 5, charged: true, area: { shape: 'line' }, effects: [{ type: 'damage', min: 2, max: 4 }] }),
  ability('cover', { target: 'self', endsTurn: false, cooldown: 2, effects: [{ type: 'status', status: 'guarding', turns: 2 }] }),
  ability('ward', { target: 'ally', range: 3, endsTurn: false, cooldown: 1, effects: [{ type: 'shield', amount: 2, turns: 2 }] }),
  ability('fade', { target: 'self', endsTurn: false, cooldown: 3, effects: [{ type: 'status', status: 'stealthed', turns: 2 }] }),
];

function scenario(kit: AbilityDef[]): Scenario {
  return arena(['..........', '..n..#..~.', '...,..N...', '.._....%..', '..B.......', '....n.....'], [
    place('h1', 'hero', 'avengers', 0, 0), place('h2', 'tough', 'avengers', 1, 4), place('h3', 'flyer', 'avengers', 0, 5),
    place('b1', 'bot', 'ultron', 9, 5), place('b2', 'tough', 'ultron', 8, 0), place('b3', 'bot', 'ultron', 6, 3),
    place('u', 'prime', 'ultron', 2, 1, { hp: 2 }), place('s', 'sentry', 'ultron', 7, 5),
  ], {
    types: [
      heroWith('hero', kit, { hp: 8 }), heroWith('bot', kit, { hp: 6, defence: 10 }), heroWith('tough', kit, { hp: 9, armour: 2 }),
      heroWith('flyer', kit, { hp: 5, flying: true, move: 6 }), heroWith('prime', kit, { hp: 7, upload: { into: ['sentry'] } }),
      unitType('sentry', { hp: 3, abilities: [] }), unitType('vision', { blocksUpload: 2 }),
    ],
    objectives: [{ id: 'all', text: '', type: 'defeatAll' }],
  });
}

/** A small deterministic stream of picks, so the walk is the same on every run. */
function picks(seed: number): () => number {
  let x = seed * 2654435761 % 4294967296;
  return () => {
    x = (x * 1664525 + 1013904223) % 4294967296;
    return x / 4294967296;
  };
}

function check(state: GameState, action: Action, kit: AbilityDef[]): void {
  const p = preview(state, action);
  const r = applyAction(state, action);
  expect(p.ok && r.ok).toBe(true);
  if (!p.ok || !r.ok) return;
  // The AI's in-place path tells the same story and reaches the same state.
  const fast = applyActionInPlace(cloneState(state), action);
  expect(fast.ok && fast.events).toEqual(r.events);
  expect(fast.ok && [hashState(fast.state), fast.undoable]).toEqual([hashState(r.state), r.undoable]);
  if (action.type === 'move') {
    const moved = r.events.find((e) => e.type === 'moved');
    expect(moved?.type === 'moved' ? moved.path : null).toEqual(p.preview.path);
    return;
  }
  // A charged attack's preview is of the moment it lands, a turn from now.
  if (action.type !== 'ability' || p.preview.charged) return;
  const pushing = p.preview.targets.length > 1 && kit.find((a) => a.id === action.ability)?.effects.some((e) => e.type === 'push');
  for (const t of p.preview.targets) {
    const rolled = r.events.find((e) => e.type === 'attackRolled' && e.target === t.unit);
    if (rolled?.type === 'attackRolled') expect(rolled.chance / 100).toBeCloseTo(t.hitChance, 10);
    if (pushing) continue;
    const after = r.state.units.find((u) => u.id === t.unit)!;
    const before = state.units.find((u) => u.id === t.unit)!;
    const gone = after.out !== null;
    if (t.defeatChance === 0) expect(gone).toBe(false);
    if (t.defeatChance === 1) expect(gone).toBe(true);
    const dealt = r.events.filter((e) => e.type === 'damaged' && e.unit === t.unit)
      .reduce((sum, e) => sum + (e.type === 'damaged' ? e.amount + e.absorbed : 0), 0);
    const bump = t.push?.blockedBy ? 1 : 0;
    if (t.damage && dealt > 0) {
      expect(dealt).toBeGreaterThanOrEqual(t.damage.min);
      expect(dealt).toBeLessThanOrEqual(t.damage.max + bump);
    }
    if (!t.damage) expect(dealt).toBeLessThanOrEqual(bump);
    if (gone && after.out === 'killed') expect(dealt).toBeGreaterThanOrEqual(before.hp);
  }
}

describe('preview against apply in random play', () => {
  it.each([
    [1, 'duel'], [2, 'duel'], [3, 'duel'], [4, 'duel'], [5, 'duel'], [6, 'area'], [7, 'area'], [8, 'area'], [9, 'area'],
  ])('walk %i with the %s kit: every ability and move checked before it is played', (seed, kitName) => {
    const kit = kitName === 'duel' ? duelKit : areaKit;
    const next = picks(seed);
    let state = createGame(scenario(kit), seed);
    let abilitiesChecked = 0;
    for (let step = 0; step < 120 && !state.result; step++) {
      const legal = legalActions(state);
      const abilities = legal.filter((a) => a.type === 'ability');
      for (const a of abilities.slice(0, 6)) check(state, a, kit);
      abilitiesChecked += Math.min(6, abilities.length);
      // Prefer abilities so fights happen; end the turn now and then.
      const pool = abilities.length > 0 && next() < 0.7 ? abilities : legal;
      const action = pool[Math.floor(next() * pool.length)];
      if (action.type === 'move') check(state, action, kit);
      const r = applyAction(state, action);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    expect(abilitiesChecked).toBeGreaterThan(10);
  });
});
