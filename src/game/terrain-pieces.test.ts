// The terrain is painted in pieces (terrain-layer.ts): every tile in exactly one piece, a terrain
// change repaints the pieces it shows in, and pieces painted apart join without a seam, i.e. each
// piece holds exactly the rectangles the whole map painted at once puts inside it, in the same order.
import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../engine';
import { CAMPAIGN, loadScenario } from '../../tests/campaign/campaign-fixture';
import { paintTerrain, TERRAIN_MARGIN, TILE, type TileRect } from './terrain-art';
import { changedTiles, PIECE_TILES, pieceAreas, pieceTouches } from './terrain-pieces';

interface Rect { x: number; y: number; w: number; h: number; style: string }

/** Enough of a 2D context for paintTerrain, keeping the filled rectangles in map pixels. */
function recordingContext(width: number, height: number) {
  const rects: Rect[] = [];
  const noop = () => undefined;
  const context = {
    canvas: { width, height },
    fillStyle: '', strokeStyle: '', lineWidth: 1,
    setTransform: noop, clearRect: noop, strokeRect: noop, beginPath: noop, moveTo: noop, lineTo: noop,
    arc: noop, ellipse: noop, roundRect: noop, closePath: noop, fill: noop, stroke: noop,
    fillRect(x: number, y: number, w: number, h: number) { rects.push({ x, y, w, h, style: context.fillStyle }); },
  };
  return { context: context as unknown as CanvasRenderingContext2D, rects };
}

function paintRects(state: GameState, area: TileRect): { rects: Rect[]; bounds: { x0: number; y0: number; x1: number; y1: number } } {
  const { width, height } = state.scenario.map;
  const w = (area.x1 - area.x0) * TILE + (area.x1 === width ? TERRAIN_MARGIN : 0);
  const h = (area.y1 - area.y0) * TILE + (area.y1 === height ? TERRAIN_MARGIN : 0);
  const { context, rects } = recordingContext(w, h);
  paintTerrain(context, state, area, area.x0 * TILE, area.y0 * TILE);
  return { rects, bounds: { x0: area.x0 * TILE, y0: area.y0 * TILE, x1: area.x0 * TILE + w, y1: area.y0 * TILE + h } };
}

const inside = (b: { x0: number; y0: number; x1: number; y1: number }) => (r: Rect) =>
  r.w > 0 && r.h > 0 && r.x < b.x1 && r.x + r.w > b.x0 && r.y < b.y1 && r.y + r.h > b.y0;

describe('terrain pieces', () => {
  it('cover every tile of a map exactly once', () => {
    for (const [width, height] of [[1, 1], [16, 16], [17, 33], [36, 26], [128, 128]]) {
      const count = new Array(width * height).fill(0);
      for (const a of pieceAreas(width, height)) {
        expect(a.x1 - a.x0).toBeLessThanOrEqual(PIECE_TILES);
        expect(a.y1 - a.y0).toBeLessThanOrEqual(PIECE_TILES);
        for (let y = a.y0; y < a.y1; y++) for (let x = a.x0; x < a.x1; x++) count[y * width + x]++;
      }
      expect(count.every((c) => c === 1)).toBe(true);
    }
  });

  it('find the tiles whose terrain override was added, changed or removed', () => {
    expect(changedTiles({ 3: 'wall', 5: 'debris' }, { 3: 'wall', 5: 'open', 9: 'chasm' }).sort((a, b) => a - b)).toEqual([5, 9]);
    expect(changedTiles({ 4: 'building' }, {})).toEqual([4]);
    expect(changedTiles({ 4: 'building' }, { 4: 'building' })).toEqual([]);
  });

  it('repaint the neighbouring piece when a changed tile sits on its border', () => {
    const left: TileRect = { x0: 0, y0: 0, x1: 16, y1: 16 }, right: TileRect = { x0: 16, y0: 0, x1: 32, y1: 16 };
    expect(pieceTouches(left, 15, 4) && pieceTouches(right, 15, 4)).toBe(true);
    expect(pieceTouches(left, 16, 4) && pieceTouches(right, 16, 4)).toBe(true);
    expect(pieceTouches(left, 17, 4)).toBe(false);
    expect(pieceTouches(right, 14, 4)).toBe(false);
  });

  /** Novi Grad with a raised block just above and left of a piece corner, so its cliff shadows cross into three other pieces. */
  function raisedCorner(): GameState {
    const scenario = loadScenario('novi-grad');
    const { width } = scenario.map;
    const elevation = [...scenario.map.elevation];
    for (let y = PIECE_TILES - 2; y < PIECE_TILES; y++) for (let x = PIECE_TILES - 2; x < PIECE_TILES; x++) elevation[y * width + x] = 2;
    return createGame({ ...scenario, map: { ...scenario.map, elevation } }, 1);
  }

  it.each([...CAMPAIGN, 'raised-corner'])('painted apart, join into the whole map of %s without a seam', (id) => {
    const state = id === 'raised-corner' ? raisedCorner() : createGame(loadScenario(id), 1);
    const { width, height } = state.scenario.map;
    const whole = paintRects(state, { x0: 0, y0: 0, x1: width, y1: height }).rects;
    for (const area of pieceAreas(width, height)) {
      const piece = paintRects(state, area);
      const expected = whole.filter(inside(piece.bounds));
      expect(expected.length).toBeGreaterThan(0);
      expect(piece.rects.filter(inside(piece.bounds))).toEqual(expected);
    }
  });

  it('repaint every piece a terrain change shows in, the neighbour\'s building edge included', () => {
    const state = createGame(loadScenario('novi-grad'), 1);
    const { width, height } = state.scenario.map;
    // Two building tiles either side of a piece border; the left one is wrecked, which gives the
    // right one (in the other piece) a lit west edge.
    const x = PIECE_TILES - 1, y = 5;
    const base: GameState = { ...state, terrain: { ...state.terrain, [y * width + x]: 'building', [y * width + x + 1]: 'building' } };
    const wrecked: GameState = { ...base, terrain: { ...base.terrain, [y * width + x]: 'open' } };
    const differing = pieceAreas(width, height).filter((area) => {
      const before = paintRects(base, area), after = paintRects(wrecked, area);
      return JSON.stringify(after.rects.filter(inside(after.bounds))) !== JSON.stringify(before.rects.filter(inside(before.bounds)));
    });
    expect(differing.length).toBe(2);
    for (const area of differing) expect(pieceTouches(area, x, y)).toBe(true);
    expect(changedTiles(base.terrain, wrecked.terrain)).toEqual([y * width + x]);
  });
});
