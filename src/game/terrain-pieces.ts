// How the terrain is cut into pieces and which pieces a terrain change reaches: plain arithmetic,
// kept apart from the Phaser layer (terrain-layer.ts) so it can be tested without a renderer.
import type { Terrain } from '../engine';
import type { TileRect } from './terrain-art';

/** Tiles along a piece's side: 16 × 48 px = 768 px, a texture every WebGL device takes. */
export const PIECE_TILES = 16;

/** The pieces of a width × height map, row by row. */
export function pieceAreas(width: number, height: number): TileRect[] {
  const areas: TileRect[] = [];
  for (let y0 = 0; y0 < height; y0 += PIECE_TILES) {
    for (let x0 = 0; x0 < width; x0 += PIECE_TILES) {
      areas.push({ x0, y0, x1: Math.min(width, x0 + PIECE_TILES), y1: Math.min(height, y0 + PIECE_TILES) });
    }
  }
  return areas;
}

/** Tile indices whose terrain differs between two sets of overrides (GameState.terrain). */
export function changedTiles(before: Record<string, Terrain>, after: Record<string, Terrain>): number[] {
  const changed: number[] = [];
  for (const key of Object.keys(after)) if (before[key] !== after[key]) changed.push(Number(key));
  for (const key of Object.keys(before)) if (!(key in after)) changed.push(Number(key));
  return changed;
}

/** Does a change at tile (x, y) show in the piece? A tile's chasm lip, facade and cliff shadow reach its neighbours. */
export function pieceTouches(area: TileRect, x: number, y: number): boolean {
  return x >= area.x0 - 1 && x <= area.x1 && y >= area.y0 - 1 && y <= area.y1;
}
