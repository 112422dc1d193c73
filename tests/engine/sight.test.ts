// Line of sight, cover and the chance to hit.
import { describe, expect, it } from 'vitest';
import { applyAction, cloneState, coverAgainst, hasLineOfSight, hitChance, type GameState, type StatusInstance } from '../../src/engine';
import { ability, arena, place, start, unitOf, unitType, use } from './fixture';

describe('line of sight', () => {
  it.each<[string, string, boolean]>([
    ['open ground', '.....', true], ['a wall', '..#..', false], ['a building', '..B..', false],
    ['high cover', '..N..', true], ['low cover', '..n..', true], ['water', '..~..', true], ['a chasm', '.._..', true],
  ])('across %s: %s', (_what, row, seen) => {
    const state = start(arena([row], [place('a', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 4, 0)]));
    expect(hasLineOfSight(state, { x: 0, y: 0 }, { x: 4, y: 0 })).toBe(seen);
  });

  it.each<[string, string, boolean]>([
    ['a ridge higher than both ends', '00200', false], ['a ridge as high as one end', '20200', true],
    ['a ridge as high as the far end', '00202', true], ['a rise under the viewer only', '10000', true], ['a bump beside the viewer, higher than both ends', '01000', false],
  ])('over %s (%s): %s', (_what, heights, seen) => {
    const state = start(arena(['.....'], [place('a', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 4, 0)], { heights: [heights] }));
    expect(hasLineOfSight(state, { x: 0, y: 0 }, { x: 4, y: 0 })).toBe(seen);
  });

  it('is mutual between every pair of tiles of a cluttered map', () => {
    const rows = ['..#...', '.B..N.', '...#..', '#.....', '..B.#.'];
    const heights = ['000100', '001000', '020000', '000030', '000000'];
    const state = start(arena(rows, [place('a', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 5, 4)], { heights }));
    let blocked = 0;
    for (let a = 0; a < 30; a++) for (let b = 0; b < 30; b++) {
      const p = { x: a % 6, y: Math.floor(a / 6) };
      const q = { x: b % 6, y: Math.floor(b / 6) };
      expect(hasLineOfSight(state, p, q)).toBe(hasLineOfSight(state, q, p));
      if (!hasLineOfSight(state, p, q)) blocked++;
    }
    expect(blocked).toBeGreaterThan(0); // the map does block some pairs
  });

  it('is the same on a mirrored map (a line running exactly between two tiles is seen past a wall on either side)', () => {
    // A wall at (3,2) seen from (2,2): (4,1) and (4,3) are mirror images of each other.
    const state = start(arena(['.....', '.....', '...#.', '.....', '.....'], [place('a', 'hero', 'avengers', 2, 2), place('b', 'bot', 'ultron', 0, 0)]));
    expect(hasLineOfSight(state, { x: 2, y: 2 }, { x: 4, y: 1 })).toBe(true);
    expect(hasLineOfSight(state, { x: 2, y: 2 }, { x: 4, y: 3 })).toBe(true);
    expect(hasLineOfSight(state, { x: 2, y: 2 }, { x: 4, y: 2 })).toBe(false);
    for (let y = 0; y < 5; y++) for (let x = 0; x < 5; x++) {
      expect(hasLineOfSight(state, { x: 2, y: 2 }, { x, y })).toBe(hasLineOfSight(state, { x: 2, y: 2 }, { x, y: 4 - y }));
    }
  });

  it('is unchanged by mirroring or transposing random maps', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let map = 0; map < 12; map++) {
      const n = 7;
      const glyphs = Array.from({ length: n * n }, () => (next() < 0.2 ? '#' : next() < 0.1 ? 'B' : '.'));
      const heights = Array.from({ length: n * n }, () => (next() < 0.15 ? 1 + Math.floor(next() * 3) : 0));
      const at = (x: number, y: number) => y * n + x;
      const build = (f: (x: number, y: number) => number) => {
        const rows = Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => glyphs[f(x, y)]).join(''));
        const hs = Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => heights[f(x, y)]).join(''));
        return start(arena(rows, [place('a', 'hero', 'avengers', 0, 0), place('b', 'bot', 'ultron', 1, 0)], { heights: hs }));
      };
      const plain = build(at);
      const mirrored = build((x, y) => at(n - 1 - x, y));
      const flipped = build((x, y) => at(x, n - 1 - y));
      const transposed = build((x, y) => at(y, x));
      for (let i = 0; i < 60; i++) {
        const [px, py, qx, qy] = [0, 0, 0, 0].map(() => Math.floor(next() * n));
        const seen = hasLineOfSight(plain, { x: px, y: py }, { x: qx, y: qy });
        expect(hasLineOfSight(mirrored, { x: n - 1 - px, y: py }, { x: n - 1 - qx, y: qy })).toBe(seen);
        expect(hasLineOfSight(flipped, { x: px, y: n - 1 - py }, { x: qx, y: n - 1 - qy })).toBe(seen);
        expect(hasLineOfSight(transposed, { x: py, y: px }, { x: qy, y: qx })).toBe(seen);
      }
    }
  });

  it('an ability that needs sight refuses a hidden target; one with los false does not', () => {
    const lob = ability('lob', { los: false, effects: [{ type: 'damage', min: 1, max: 1 }] });
    const shot = ability('shot', { effects: [{ type: 'damage', min: 1, max: 1 }] });
    const state = start(arena(['..#..'], [place('a', 'gunner', 'avengers', 0, 0), place('b', 'bot', 'ultron', 4, 0)], {
      types: [unitType('gunner', { abilities: [shot, lob] })],
    }));
    const hidden = applyAction(state, use('a', 'shot', 4, 0));
    expect(hidden.ok ? null : hidden.error.code).toBe('no-line-of-sight');
    expect(applyAction(state, use('a', 'lob', 4, 0)).ok).toBe(true);
  });
});

describe('cover', () => {
  // The target stands at (2,2) of a 5x5 map; the glyphs give the terrain around it.
  function coverFrom(rows: string[], attacker: { x: number; y: number }, targetType = 'bot'): number {
    const state = start(arena(rows, [place('t', targetType, 'ultron', 2, 2), place('a', 'hero', 'avengers', attacker.x, attacker.y)], {
      types: [unitType('drone', { flying: true })],
    }));
    return coverAgainst(state, attacker, unitOf(state, 't'));
  }
  const east = (glyph: string) => ['.....', '.....', `...${glyph}.`, '.....', '.....'];

  it.each<[string, string[], { x: number; y: number }, number]>([
    ['low cover between', east('n'), { x: 4, y: 2 }, 20],
    ['debris between', east('%'), { x: 4, y: 2 }, 20],
    ['high cover between', east('N'), { x: 4, y: 2 }, 40],
    ['a building between', east('B'), { x: 4, y: 2 }, 40],
    ['a wall beside it', east('#'), { x: 4, y: 2 }, 40],
    ['rough ground is no cover', east(','), { x: 4, y: 2 }, 0],
    ['low cover, attacker on the diagonal', east('n'), { x: 4, y: 4 }, 20],
    ['low cover, attacker far off the diagonal', east('n'), { x: 4, y: 0 }, 20],
    ['flanked from behind', east('N'), { x: 0, y: 2 }, 0],
    ['flanked from the side', east('N'), { x: 2, y: 4 }, 0],
    ['flanked from the other side', east('N'), { x: 2, y: 0 }, 0],
    ['the best of two faces', ['.....', '..n..', '...N.', '.....', '.....'], { x: 4, y: 0 }, 40],
    ['attacker standing on the cover tile', east('n'), { x: 3, y: 2 }, 0],
  ])('%s: %i', (_what, rows, attacker, cover) => {
    expect(coverFrom(rows, attacker)).toBe(cover);
  });

  it('a flying target has no cover', () => {
    expect(coverFrom(east('N'), { x: 4, y: 2 }, 'drone')).toBe(0);
  });
});

describe('hit chance', () => {
  const aim = (accuracy?: number) => ability('aim', { accuracy, effects: [{ type: 'damage', min: 1, max: 1 }] });

  function chance(opts: {
    accuracy?: number; defence?: number; cover?: string; attackerHeight?: number; targetHeight?: number;
    attacker?: StatusInstance[]; target?: StatusInstance[]; flying?: boolean;
  }): number {
    const heights = [`${opts.attackerHeight ?? 0}00${opts.targetHeight ?? 0}0`];
    const state: GameState = cloneState(start(arena([`..${opts.cover ?? '.'}..`], [
      place('a', 'hero', 'avengers', 0, 0, { statuses: opts.attacker }),
      place('t', 'target', 'ultron', 3, 0, { statuses: opts.target }),
    ], { heights, types: [unitType('target', { defence: opts.defence ?? 0, flying: opts.flying })] })));
    return hitChance(state, unitOf(state, 'a'), aim(opts.accuracy), unitOf(state, 't'));
  }

  it.each<[string, Parameters<typeof chance>[0], number]>([
    ['accuracy alone', { accuracy: 70 }, 70],
    ['less defence', { accuracy: 70, defence: 15 }, 55],
    ['less low cover', { accuracy: 70, cover: 'n' }, 50],
    ['less high cover', { accuracy: 70, cover: 'N' }, 30],
    ['defence and cover', { accuracy: 70, defence: 15, cover: 'N' }, 15],
    ['+10 a level above', { accuracy: 70, attackerHeight: 1 }, 80],
    ['+20 two levels above', { accuracy: 70, attackerHeight: 2 }, 90],
    ['-10 a level below', { accuracy: 70, targetHeight: 1 }, 60],
    ['-30 three levels below', { accuracy: 70, targetHeight: 3 }, 40],
    ['enraged attacker +10', { accuracy: 70, attacker: [{ id: 'enraged', turns: 2 }] }, 80],
    ['hexed target +20', { accuracy: 70, target: [{ id: 'hexed', turns: 1 }] }, 90],
    ['everything at once', { accuracy: 60, defence: 10, cover: 'n', attackerHeight: 1, attacker: [{ id: 'enraged', turns: 1 }], target: [{ id: 'hexed', turns: 1 }] }, 70],
    ['clamped at 100', { accuracy: 95, attackerHeight: 3 }, 100],
    ['clamped at 0', { accuracy: 20, defence: 30, cover: 'N' }, 0],
    ['no accuracy always lands', { defence: 50, cover: 'N', targetHeight: 3 }, 100],
    ['a flyer ignores the cover it hovers behind', { accuracy: 70, cover: 'N', flying: true }, 70],
  ])('%s: %i', (_what, opts, expected) => {
    expect(chance(opts)).toBe(expected);
  });
});
