// Movement: terrain costs, climbing, what blocks walkers, flyers and phasers, units in the way,
// corners, action points, and reachableTiles' paths checked against an independent search.
import { describe, expect, it } from 'vitest';
import {
  applyAction, reachableTiles, TERRAIN_RULES, type GameState, type Pos, type Terrain,
} from '../../src/engine';
import { act, arena, hashState, move, place, start, unitOf, unitType } from './fixture';

const flyer = unitType('flyer', { flying: true, move: 6 });
const phaser = unitType('phaser', { flying: true, phasing: true, move: 6 });
const walkingPhaser = unitType('ghost', { phasing: true, move: 6 });
const types = [flyer, phaser, walkingPhaser];

/** Cost to each reachable tile, keyed "x,y". */
function costs(state: GameState, id: string): Record<string, number> {
  return Object.fromEntries(reachableTiles(state, id).map((r) => [`${r.to.x},${r.to.y}`, r.cost]));
}

function solo(rows: string[], type = 'hero', heights?: string[]): GameState {
  return start(arena(rows, [place('u', type, 'avengers', 0, 0), place('far', 'bot', 'ultron', rows[0].length - 1, rows.length - 1)], { types, heights }));
}

describe('walkers pay for terrain', () => {
  it.each<[string, Terrain, number | null]>([
    ['.', 'open', 1], [',', 'rough', 2], ['n', 'low-cover', 2], ['%', 'debris', 2],
    ['N', 'high-cover', null], ['#', 'wall', null], ['~', 'water', null], ['_', 'chasm', null], ['B', 'building', null],
  ])('stepping onto %s (%s) costs %s', (glyph, _name, cost) => {
    // One row: the tile under test, then open ground; a single row leaves no way around.
    const state = solo([`.${glyph}..`, '####', '....']);
    const c = costs(state, 'u');
    expect(c['1,0']).toBe(cost ?? undefined);
    // Whatever lies beyond costs the tile's price plus 1 open step, or is cut off.
    expect(c['2,0']).toBe(cost === null ? undefined : cost + 1);
  });

  it('every terrain rule agrees with the table above', () => {
    expect(Object.entries(TERRAIN_RULES).map(([t, r]) => [t, r.cost])).toEqual([
      ['open', 1], ['rough', 2], ['low-cover', 2], ['high-cover', null], ['wall', null], ['water', null],
      ['chasm', null], ['building', null], ['debris', 2],
    ]);
  });

  it('climbing costs 1 more per level; going down costs nothing extra', () => {
    const state = solo(['.....', '#####', '.....'], 'hero', ['01310', '00000', '00000']);
    const c = costs(state, 'u');
    expect(c['1,0']).toBe(2); // 0 -> 1
    expect(c['2,0']).toBeUndefined(); // 1 -> 3 costs 3 more: 5 > move 4
    const high = solo(['.....', '#####', '.....'], 'hero', ['32100', '00000', '00000']);
    expect(costs(high, 'u')).toMatchObject({ '1,0': 1, '2,0': 2, '3,0': 3, '4,0': 4 });
  });

  it('diagonal steps cost the same as straight ones', () => {
    const state = solo(['.....', '.....', '.....']);
    expect(costs(state, 'u')).toMatchObject({ '1,1': 1, '2,2': 2, '2,1': 2 });
  });

  it('one move covers at most the unit\'s movement points', () => {
    const state = solo(['.......', '#######', '.......']);
    const c = costs(state, 'u');
    expect(c['4,0']).toBe(4);
    expect(c['5,0']).toBeUndefined();
  });
});

describe('flyers and phasers', () => {
  it.each<[string, string, number | undefined]>([
    ['flyer', '~', 1], ['flyer', '_', 1], ['flyer', 'N', 1], ['flyer', ',', 1], ['flyer', '#', undefined], ['flyer', 'B', undefined],
    ['phaser', '#', undefined], ['phaser', 'B', undefined], ['phaser', '~', 1],
  ])('a %s may stop on %s: %s', (type, glyph, cost) => {
    const state = solo([`.${glyph}..`, '####', '....'], type);
    expect(costs(state, 'u')['1,0']).toBe(cost);
  });

  it.each([['flyer', '~_N', 4], ['flyer', '#', undefined], ['flyer', 'B', undefined], ['phaser', '#B#', 4], ['ghost', '#B', 3]])(
    'a %s crossing %s reaches the far side at cost %s', (type, middle, cost) => {
      const row = `.${middle}.`;
      const state = solo([row, '#'.repeat(row.length), '.'.repeat(row.length)], type);
      expect(costs(state, 'u')[`${row.length - 1},0`]).toBe(cost);
    });

  it('flyers ignore elevation', () => {
    const state = solo(['....', '####', '....'], 'flyer', ['0333', '0000', '0000']);
    expect(costs(state, 'u')).toMatchObject({ '1,0': 1, '2,0': 2, '3,0': 3 });
  });

  it('a walking phaser passes walls but may not stop in one, nor on water', () => {
    const state = solo(['.#~.', '####', '....'], 'ghost');
    const c = costs(state, 'u');
    expect(c['1,0']).toBeUndefined();
    expect(c['2,0']).toBeUndefined();
    expect(c['3,0']).toBe(3);
  });
});

describe('units in the way', () => {
  const row = ['.....', '#####', '.....'];
  const scenario = (blocker: { type: string; side: string }, mover = 'hero') => arena(row, [
    place('u', mover, 'avengers', 0, 0), place('x', blocker.type, blocker.side, 2, 0), place('far', 'bot', 'ultron', 4, 2),
  ], { types, sides: [
    { id: 'avengers', name: 'A', enemies: ['ultron'] }, { id: 'ultron', name: 'U', enemies: [] }, { id: 'civilians', name: 'C', enemies: [] },
  ] });

  it('a hostile unit blocks a walker\'s way (hostility is mutual even if only one side names it)', () => {
    const c = costs(start(scenario({ type: 'bot', side: 'ultron' })), 'u');
    expect(c['1,0']).toBe(1);
    expect(c['3,0']).toBeUndefined();
  });

  it('allies and neutrals can be passed but not stopped on', () => {
    for (const side of ['avengers', 'civilians']) {
      const c = costs(start(scenario({ type: 'civ', side })), 'u');
      expect(c['2,0']).toBeUndefined();
      expect(c['3,0']).toBe(3);
    }
  });

  it('flyers pass over hostile units (docs/dev/ENGINE-NOTES.md: a design choice of the engine)', () => {
    const c = costs(start(scenario({ type: 'bot', side: 'ultron' }, 'flyer')), 'u');
    expect(c['3,0']).toBe(3);
    expect(c['2,0']).toBeUndefined();
  });
});

describe('corners', () => {
  it.each<[string, string, number | undefined]>([
    ['hero', '#', 2], ['hero', '~', 2], ['hero', 'N', 2], ['flyer', '~', 1], ['flyer', '#', 2], ['hero', ',', 1],
  ])('a %s going diagonally past %s pays %s', (type, glyph, cost) => {
    // (1,0) holds the obstacle; the diagonal (0,0)->(1,1) would cut its corner.
    const state = solo([`.${glyph}.`, '...', '...'], type);
    const r = reachableTiles(state, 'u').find((t) => t.to.x === 1 && t.to.y === 1);
    expect(r?.cost).toBe(cost);
    if (cost === 2) expect(r?.path).toEqual([{ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 1 }]);
  });
});

describe('move actions', () => {
  const scenario = arena(['......', '......'], [place('u', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 5, 1)]);

  it('each move spends one action point and leaves the unit where it was sent', () => {
    let state = start(scenario);
    expect(unitOf(state, 'u').ap).toBe(2);
    const first = act(state, move('u', 3, 0));
    expect(first.events).toEqual([{ type: 'moved', unit: 'u', path: [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 2, y: 0 }, { x: 3, y: 0 }] }]);
    state = first.state;
    expect(unitOf(state, 'u')).toMatchObject({ x: 3, y: 0, ap: 1 });
    state = act(state, move('u', 4, 0)).state;
    expect(unitOf(state, 'u').ap).toBe(0);
    const third = applyAction(state, move('u', 3, 0));
    expect(third.ok ? null : third.error.code).toBe('no-action-points');
  });

  it.each<[string, Pos]>([['its own tile', { x: 0, y: 0 }], ['an occupied tile', { x: 5, y: 1 }], ['a tile beyond its move', { x: 5, y: 0 }], ['off the map', { x: 9, y: 0 }]])(
    'refuses %s as unreachable and leaves the state alone', (_what, to) => {
      const state = start(scenario);
      const hash = hashState(state);
      const r = applyAction(state, move('u', to.x, to.y));
      expect(r.ok ? null : r.error.code).toBe('unreachable');
      expect(hashState(state)).toBe(hash);
    });
});

// An independent cheapest-path search (plain Dijkstra over 8 neighbours) to check the engine's.
function referenceCosts(state: GameState, id: string): Record<string, number> {
  const { width, height } = state.scenario.map;
  const unit = unitOf(state, id);
  const type = state.scenario.unitTypes[unit.type];
  const terrain = (x: number, y: number): Terrain => state.terrain[y * width + x] ?? state.scenario.map.terrain[y * width + x];
  const elevation = (x: number, y: number) => state.scenario.map.elevation[y * width + x];
  const passable = (x: number, y: number) => {
    const t = terrain(x, y);
    if (type.phasing) return true;
    if (type.flying) return t !== 'wall' && t !== 'building';
    return TERRAIN_RULES[t].cost !== null;
  };
  const occupant = (x: number, y: number) => state.units.find((u) => u.out === null && u.x === x && u.y === y);
  const hostile = (side: string) => state.scenario.sides.find((s) => s.id === unit.side)!.enemies.includes(side)
    || !!state.scenario.sides.find((s) => s.id === side)?.enemies.includes(unit.side);
  const dist = new Map<string, number>([[`${unit.x},${unit.y}`, 0]]);
  const done = new Set<string>();
  for (;;) {
    let bestKey: string | null = null;
    for (const [k, d] of dist) if (!done.has(k) && (bestKey === null || d < dist.get(bestKey)!)) bestKey = k;
    if (bestKey === null) break;
    done.add(bestKey);
    const [x, y] = bestKey.split(',').map(Number);
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx;
      const ny = y + dy;
      if ((dx === 0 && dy === 0) || nx < 0 || ny < 0 || nx >= width || ny >= height || !passable(nx, ny)) continue;
      if (dx !== 0 && dy !== 0 && !(passable(x + dx, y) && passable(x, y + dy))) continue;
      const other = occupant(nx, ny);
      if (other && !type.flying && !type.phasing && hostile(other.side)) continue;
      const step = type.flying || type.phasing ? 1 : TERRAIN_RULES[terrain(nx, ny)].cost! + Math.max(0, elevation(nx, ny) - elevation(x, y));
      const d = dist.get(bestKey)! + step;
      if (d <= type.move && d < (dist.get(`${nx},${ny}`) ?? Infinity)) dist.set(`${nx},${ny}`, d);
    }
  }
  const out: Record<string, number> = {};
  for (const [k, d] of dist) {
    const [x, y] = k.split(',').map(Number);
    const t = terrain(x, y);
    const standable = type.flying ? t !== 'wall' && t !== 'building' : TERRAIN_RULES[t].cost !== null;
    if (d > 0 && standable && !occupant(x, y)) out[k] = d;
  }
  return out;
}

describe('reachableTiles against an independent search', () => {
  const rows = ['..,n.#..', '.#~~.N,.', '..%..B..', '_..,....', '..#..~~.', '.n...,..'];
  const heights = ['00011000', '00000000', '01200000', '00011100', '00002000', '00000000'];
  it.each(['hero', 'flyer', 'phaser', 'ghost'])('a %s: same tiles and costs, and every path adds up', (type) => {
    const state = start(arena(rows, [
      place('u', type, 'avengers', 3, 2), place('e1', 'bot', 'ultron', 4, 3), place('e2', 'bot', 'ultron', 0, 1),
      place('a1', 'hero', 'avengers', 3, 3), place('e3', 'bot', 'ultron', 7, 5),
    ], { types, heights }));
    expect(costs(state, 'u')).toEqual(referenceCosts(state, 'u'));
    const t = state.scenario.unitTypes[type];
    for (const reach of reachableTiles(state, 'u')) {
      expect(reach.path[0]).toEqual({ x: 3, y: 2 });
      expect(reach.path[reach.path.length - 1]).toEqual(reach.to);
      let sum = 0;
      for (let i = 1; i < reach.path.length; i++) {
        const [a, b] = [reach.path[i - 1], reach.path[i]];
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBe(1);
        const glyph = rows[b.y][b.x];
        const climb = Math.max(0, Number(heights[b.y][b.x]) - Number(heights[a.y][a.x]));
        sum += t.flying || t.phasing ? 1 : ({ '.': 1, ',': 2, n: 2, '%': 2 } as Record<string, number>)[glyph] + climb;
      }
      expect(sum).toBe(reach.cost);
    }
  });
});

describe('reachableTiles against the independent search on random maps', () => {
  it('agrees for walkers, flyers and phasers on 15 seeded maps', () => {
    let seed = 99;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const glyphs = '......,,nN#~_B%';
    let checked = 0;
    for (let map = 0; map < 15; map++) {
      const rows = Array.from({ length: 6 }, () => Array.from({ length: 8 }, () => glyphs[Math.floor(next() * glyphs.length)]).join(''));
      const heights = Array.from({ length: 6 }, () => Array.from({ length: 8 }, () => (next() < 0.2 ? Math.floor(next() * 4) : 0)).join(''));
      const free = [] as { x: number; y: number }[];
      rows.forEach((row, y) => [...row].forEach((g, x) => { if (g === '.') free.push({ x, y }); }));
      const spots = free.filter((_, i) => i % 3 === map % 3).slice(0, 6);
      if (spots.length < 4) continue;
      checked++;
      for (const type of ['hero', 'flyer', 'phaser', 'ghost']) {
        const units = [place('u', type, 'avengers', spots[0].x, spots[0].y), place('e1', 'bot', 'ultron', spots[1].x, spots[1].y),
          place('a1', 'hero', 'avengers', spots[2].x, spots[2].y), place('e2', 'bot', 'ultron', spots[3].x, spots[3].y)];
        const state = start(arena(rows, units, { types, heights }));
        expect(costs(state, 'u'), `${type} on ${rows.join('/')}`).toEqual(referenceCosts(state, 'u'));
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
