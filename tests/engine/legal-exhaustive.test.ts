// legalActions against checkAction on every tile: an action is listed exactly when it is legal,
// for moves and for every ability of every unit, over states reached by random play.
import { describe, expect, it } from 'vitest';
import { checkAction, createGame, legalActions, reachableTiles, applyAction, type Action, type GameState, type Scenario } from '../../src/engine';
import { ability, arena, heroWith, place } from './fixture';

const kit = [
  ability('shot', { accuracy: 75, range: 4, effects: [{ type: 'damage', min: 1, max: 3 }] }),
  ability('mend', { target: 'ally', range: 2, effects: [{ type: 'heal', amount: 2 }] }),
  ability('hop', { target: 'empty', range: 3, los: false, endsTurn: false, cooldown: 1, effects: [{ type: 'teleport' }] }),
  ability('beam', { target: 'tile', range: 4, minRange: 2, area: { shape: 'line' }, effects: [{ type: 'damage', min: 1, max: 1 }] }),
  ability('grab', { target: 'item', range: 1, effects: [{ type: 'pickup' }] }),
  ability('rally', { target: 'self', area: { shape: 'adjacent' }, effects: [{ type: 'shield', amount: 1, turns: 2 }] }),
  ability('cull', { target: 'unit', range: 2, filter: { maxHpPercent: 50, notTags: ['boss'] }, effects: [{ type: 'damage', min: 1, max: 1 }] }),
];

function scenario(): Scenario {
  return arena(['.......', '.#..~..', '..N....', '...,.B.', '.......'], [
    place('h1', 'hero', 'avengers', 0, 0), place('h2', 'flyer', 'avengers', 1, 4), place('b1', 'bot', 'ultron', 6, 4),
    place('b2', 'bot', 'ultron', 5, 0, { statuses: [{ id: 'stealthed', turns: null }] }), place('boss', 'boss', 'ultron', 6, 2),
  ], {
    types: [heroWith('hero', kit), heroWith('flyer', kit, { flying: true }), heroWith('bot', kit), heroWith('boss', kit, { tags: ['boss'], hp: 4 })],
    items: [{ id: 'core', name: 'Core', at: { x: 3, y: 1 } }],
    objectives: [{ id: 'all', text: '', type: 'defeatAll' }],
  });
}

const key = (a: Action) => JSON.stringify(a);

function exhaustive(state: GameState): number {
  const listed = new Set(legalActions(state).map(key));
  const { width, height } = state.scenario.map;
  let legal = 0;
  for (const unit of state.units.filter((u) => u.out === null)) {
    const abilities = state.scenario.unitTypes[unit.type].abilities.map((a) => a.id);
    for (let y = -1; y <= height; y++) for (let x = -1; x <= width; x++) {
      const candidates: Action[] = [{ type: 'move', unit: unit.id, to: { x, y } }, ...abilities.map((id): Action => ({ type: 'ability', unit: unit.id, ability: id, target: { x, y } }))];
      for (const action of candidates) {
        const ok = checkAction(state, action) === null;
        expect(listed.has(key(action)), `${key(action)}: legal ${ok}`).toBe(ok);
        if (ok) legal++;
      }
    }
    // A listed move's destination is one reachableTiles offers.
    const reach = new Set(reachableTiles(state, unit.id).map((r) => `${r.to.x},${r.to.y}`));
    for (const a of legalActions(state, unit.id)) if (a.type === 'move') expect(reach.has(`${a.to.x},${a.to.y}`)).toBe(true);
  }
  return legal;
}

describe('legalActions lists exactly the legal actions', () => {
  it.each([11, 12])('over random play (seed %i)', (seed) => {
    let state = createGame(scenario(), seed);
    let pick = seed;
    let total = 0;
    for (let step = 0; step < 32 && !state.result; step++) {
      if (step % 4 === 0) total += exhaustive(state);
      const legal = legalActions(state);
      pick = (pick * 48271) % 2147483647;
      const r = applyAction(state, legal[pick % legal.length]);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    expect(total).toBeGreaterThan(20);
  });
});
