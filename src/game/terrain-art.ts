// Draws the battle map's terrain: each kind distinct at a glance (cover shows a shield pip, walls and
// buildings stand up, water ripples, chasms drop away) and higher ground lighter, with a cliff shadow.
// It paints straight onto a Canvas 2D context: a Phaser Graphics would record every shape as a command
// and replay it onto a canvas anyway, and on a large map that detour cost most of the time to the
// first playable frame. No Phaser here, so this file also runs without a renderer.
import { elevationAt, terrainAt, type GameState, type Terrain } from '../engine';
import { shade } from './side-style';

export const TILE = 48;
/** Room past the map's right and bottom edges for the cliff shadows of the last row and column. */
export const TERRAIN_MARGIN = 8;

type Ctx = CanvasRenderingContext2D;

/** A tile rectangle [x0, x1) × [y0, y1). */
export interface TileRect { x0: number; y0: number; x1: number; y1: number }

/** A stable per-tile number in [0, 1) so decoration varies but never flickers. */
function tileNoise(x: number, y: number, salt = 0): number {
  let h = (x * 374761393 + y * 668265263 + salt * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Canvas colour text for a 0xRRGGBB number; cached, since a map sets the same few colours thousands of times. */
const colourText = new Map<number, string>();
function rgba(color: number, alpha = 1): string {
  const key = color * 1024 + Math.round(alpha * 1000);
  let text = colourText.get(key);
  if (text === undefined) {
    text = `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`;
    colourText.set(key, text);
  }
  return text;
}

const fill = (c: Ctx, color: number, alpha = 1) => { c.fillStyle = rgba(color, alpha); };
const stroke = (c: Ctx, width: number, color: number, alpha = 1) => { c.lineWidth = width; c.strokeStyle = rgba(color, alpha); };

function line(c: Ctx, ax: number, ay: number, bx: number, by: number) {
  c.beginPath();
  c.moveTo(ax, ay);
  c.lineTo(bx, by);
  c.stroke();
}

function disc(c: Ctx, x: number, y: number, r: number) {
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
}

function roundedRect(c: Ctx, x: number, y: number, w: number, h: number, r: number) {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
}

const GROUND = 0x3a4350;
const BASE: Record<Terrain, number> = {
  open: GROUND, rough: 0x46443a, 'low-cover': GROUND, 'high-cover': GROUND, wall: 0x24272d,
  water: 0x1d4f7a, chasm: 0x07080b, building: 0x2c3340, debris: 0x4a4038,
};

function coverPip(c: Ctx, px: number, py: number, full: boolean) {
  // A small shield in the corner: half-filled for low cover, filled for high cover.
  const x = px + TILE - 13, y = py + 4;
  fill(c, 0x0b0f14, 0.75);
  roundedRect(c, x - 1, y - 1, 11, 12, 3);
  c.fill();
  stroke(c, 1.5, 0xe8edf3);
  roundedRect(c, x, y, 9, 10, 2);
  c.stroke();
  fill(c, 0xe8edf3);
  c.fillRect(x, full ? y : y + 5, 9, full ? 10 : 5);
}

/** Ground reads as paving: a bevelled slab, with the odd crack or stain so it never looks flat. */
function drawSlab(c: Ctx, px: number, py: number, x: number, y: number, base: number) {
  fill(c, shade(base, 0.06));
  c.fillRect(px + 2, py + 2, TILE - 4, 2);
  fill(c, shade(base, -0.12));
  c.fillRect(px + 2, py + TILE - 4, TILE - 4, 2);
  const n = tileNoise(x, y, 5);
  if (n < 0.18) {
    stroke(c, 1, shade(base, -0.3), 0.8);
    const sx = px + 8 + tileNoise(x, y, 6) * 30, sy = py + 8 + tileNoise(x, y, 7) * 14;
    line(c, sx, sy, sx + 6, sy + 9);
    line(c, sx + 6, sy + 9, sx + 3, sy + 20);
    line(c, sx + 6, sy + 9, sx + 14, sy + 13);
  } else if (n < 0.3) {
    fill(c, shade(base, -0.15), 0.6);
    c.beginPath();
    c.ellipse(px + 12 + tileNoise(x, y, 8) * 24, py + 12 + tileNoise(x, y, 9) * 24, 7, 4.5, 0, 0, Math.PI * 2);
    c.fill();
  }
}

function drawRough(c: Ctx, px: number, py: number, x: number, y: number) {
  fill(c, 0x6b6552, 0.9);
  for (let i = 0; i < 6; i++) disc(c, px + 6 + tileNoise(x, y, i) * 36, py + 6 + tileNoise(x, y, i + 9) * 36, 1.6 + tileNoise(x, y, i + 3) * 1.8);
}

function drawLowCover(c: Ctx, px: number, py: number) {
  fill(c, 0x0b0f14, 0.35);
  roundedRect(c, px + 7, py + 25, 36, 14, 5);
  c.fill();
  fill(c, 0x8c7f63);
  roundedRect(c, px + 5, py + 21, 36, 14, 5);
  c.fill();
  stroke(c, 1, 0x5e5443);
  line(c, px + 17, py + 21, px + 17, py + 35);
  line(c, px + 29, py + 21, px + 29, py + 35);
  coverPip(c, px, py, false);
}

function drawHighCover(c: Ctx, px: number, py: number) {
  fill(c, 0x0b0f14, 0.45);
  c.fillRect(px + 11, py + 11, 32, 34);
  fill(c, 0x7d8894);
  c.fillRect(px + 7, py + 7, 32, 32);
  fill(c, 0xa7b1bc);
  c.fillRect(px + 7, py + 7, 32, 6);
  stroke(c, 1, 0x59636e);
  c.strokeRect(px + 7, py + 7, 32, 32);
  coverPip(c, px, py, true);
}

function drawWall(c: Ctx, px: number, py: number) {
  fill(c, 0x3a3f48);
  c.fillRect(px, py, TILE, TILE);
  stroke(c, 1, 0x1c1f24);
  for (let row = 0; row < 4; row++) {
    const y = py + row * 12;
    line(c, px, y, px + TILE, y);
    const off = row % 2 ? 12 : 0;
    for (let col = off; col < TILE; col += 24) line(c, px + col, y, px + col, y + 12);
  }
  fill(c, 0x5a616c);
  c.fillRect(px, py, TILE, 3);
}

function drawWater(c: Ctx, px: number, py: number, x: number, y: number) {
  stroke(c, 2, 0x4b8cc4, 0.8);
  for (let i = 0; i < 3; i++) {
    const wy = py + 10 + i * 13 + tileNoise(x, y, i) * 4;
    c.beginPath();
    c.moveTo(px + 6, wy);
    for (let k = 1; k <= 4; k++) c.lineTo(px + 6 + k * 9, wy + (k % 2 ? -3 : 0));
    c.stroke();
  }
}

/** A chasm is one dark drop: a crumbling lip only where it meets solid ground, so wide rifts read whole. */
function drawChasm(c: Ctx, state: GameState, px: number, py: number, x: number, y: number) {
  const open = (nx: number, ny: number) => {
    const { width, height } = state.scenario.map;
    return nx < 0 || ny < 0 || nx >= width || ny >= height || terrainAt(state, nx, ny) === 'chasm';
  };
  fill(c, 0x020203);
  c.fillRect(px, py, TILE, TILE);
  fill(c, 0x1a0f0a, 0.9);
  if (!open(x, y - 1)) c.fillRect(px, py, TILE, 10);
  fill(c, 0x6b4a33);
  if (!open(x, y - 1)) c.fillRect(px, py, TILE, 3);
  if (!open(x, y + 1)) c.fillRect(px, py + TILE - 3, TILE, 3);
  if (!open(x - 1, y)) c.fillRect(px, py, 3, TILE);
  if (!open(x + 1, y)) c.fillRect(px + TILE - 3, py, 3, TILE);
  fill(c, 0xff6b35, 0.12);
  disc(c, px + TILE / 2 + (tileNoise(x, y) - 0.5) * 20, py + TILE / 2 + (tileNoise(x, y, 1) - 0.5) * 20, 6);
}

/** Buildings join into blocks seen from above: one roof, a lit facade where the block ends to the south. */
function drawBuilding(c: Ctx, state: GameState, px: number, py: number, x: number, y: number) {
  const same = (nx: number, ny: number) => {
    const { width, height } = state.scenario.map;
    return nx >= 0 && ny >= 0 && nx < width && ny < height && terrainAt(state, nx, ny) === 'building';
  };
  fill(c, shade(0x566579, (tileNoise(Math.floor(x / 2), Math.floor(y / 2), 11) - 0.5) * 0.12));
  c.fillRect(px, py, TILE, TILE);
  fill(c, 0x7d8ea5);
  if (!same(x, y - 1)) c.fillRect(px, py, TILE, 3);
  if (!same(x - 1, y)) c.fillRect(px, py, 3, TILE);
  fill(c, 0x2a3240);
  if (!same(x + 1, y)) c.fillRect(px + TILE - 3, py, 3, TILE);
  if (!same(x, y + 1)) {
    // The facade: a band of windows on the block's south face.
    fill(c, 0x323c4c);
    c.fillRect(px, py + TILE - 16, TILE, 16);
    fill(c, 0xf3d38a, 0.85);
    for (let k = 0; k < 4; k++) if (tileNoise(x, y, 20 + k) < 0.75) c.fillRect(px + 5 + k * 11, py + TILE - 12, 6, 7);
  }
  const n = tileNoise(x, y, 13);
  if (n < 0.35) {
    // Roof plant: vents and units, so a block is not a flat slab.
    fill(c, 0x8593a6);
    c.fillRect(px + 8 + n * 40, py + 8, 10, 8);
    fill(c, 0x3b4555);
    c.fillRect(px + 10 + n * 40, py + 10, 6, 4);
  } else if (n < 0.5) {
    stroke(c, 2, 0x8593a6);
    c.beginPath();
    c.arc(px + 24, py + 18, 6, 0, Math.PI * 2);
    c.stroke();
  }
}

function drawDebris(c: Ctx, px: number, py: number, x: number, y: number) {
  for (let i = 0; i < 5; i++) {
    const cx = px + 8 + tileNoise(x, y, i) * 32, cy = py + 8 + tileNoise(x, y, i + 7) * 32, r = 3 + tileNoise(x, y, i + 2) * 4;
    fill(c, i % 2 ? 0x7b6b5a : 0x8f8476);
    c.beginPath();
    c.moveTo(cx - r, cy + r);
    c.lineTo(cx + r, cy + r * 0.6);
    c.lineTo(cx, cy - r);
    c.closePath();
    c.fill();
  }
}

function drawTile(c: Ctx, state: GameState, x: number, y: number) {
  const terrain = terrainAt(state, x, y);
  const level = elevationAt(state, x, y);
  const px = x * TILE, py = y * TILE;
  const lift = terrain === 'chasm' || terrain === 'water' ? 0 : level * 0.12;
  const base = shade(BASE[terrain], lift + (tileNoise(x, y, 42) - 0.5) * 0.05);
  fill(c, base);
  c.fillRect(px, py, TILE, TILE);
  if (terrain === 'open' || terrain === 'rough' || terrain === 'low-cover' || terrain === 'high-cover' || terrain === 'debris') drawSlab(c, px, py, x, y, base);
  if (terrain === 'rough') drawRough(c, px, py, x, y);
  else if (terrain === 'low-cover') drawLowCover(c, px, py);
  else if (terrain === 'high-cover') drawHighCover(c, px, py);
  else if (terrain === 'wall') drawWall(c, px, py);
  else if (terrain === 'water') drawWater(c, px, py, x, y);
  else if (terrain === 'chasm') drawChasm(c, state, px, py, x, y);
  else if (terrain === 'building') drawBuilding(c, state, px, py, x, y);
  else if (terrain === 'debris') drawDebris(c, px, py, x, y);
  if (terrain !== 'chasm' && terrain !== 'building') {
    stroke(c, 1, 0x000000, 0.18);
    c.strokeRect(px + 0.5, py + 0.5, TILE - 1, TILE - 1);
  }
}

/** Cliff edges: a dark band on the low side of every step down, a light rim on the high side. */
function drawElevationEdges(c: Ctx, state: GameState, area: TileRect) {
  const { width, height } = state.scenario.map;
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      const level = elevationAt(state, x, y);
      if (level === 0) continue;
      const px = x * TILE, py = y * TILE;
      const lower = (nx: number, ny: number) => nx >= 0 && ny >= 0 && nx < width && ny < height && elevationAt(state, nx, ny) < level;
      fill(c, 0x000000, 0.45);
      if (lower(x, y + 1)) c.fillRect(px, py + TILE, TILE, 7);
      if (lower(x + 1, y)) c.fillRect(px + TILE, py, 5, TILE);
      fill(c, 0xffffff, 0.22);
      if (lower(x, y - 1)) c.fillRect(px, py, TILE, 2);
      if (lower(x - 1, y)) c.fillRect(px, py, 2, TILE);
      // Dots in the corner count the level, so heights read without relying on shade alone.
      fill(c, 0xdfe6ee, 0.55);
      for (let i = 0; i < level; i++) disc(c, px + 6 + i * 6, py + TILE - 6, 1.8);
    }
  }
}

/**
 * Paints the tiles of `area` onto a canvas whose top-left corner shows map pixel (originX, originY).
 * What a neighbouring tile casts into the area (a cliff shadow) is painted too and the canvas clips
 * the rest, so adjacent pieces painted separately join without a seam.
 */
export function paintTerrain(c: Ctx, state: GameState, area: TileRect, originX: number, originY: number): void {
  const { width, height } = state.scenario.map;
  c.setTransform(1, 0, 0, 1, -originX, -originY);
  c.clearRect(originX, originY, c.canvas.width, c.canvas.height);
  for (let y = area.y0; y < area.y1; y++) for (let x = area.x0; x < area.x1; x++) drawTile(c, state, x, y);
  // Shadows fall one tile down and right: the row above and the column to the left cast into the area.
  drawElevationEdges(c, state, { x0: Math.max(0, area.x0 - 1), y0: Math.max(0, area.y0 - 1), x1: area.x1, y1: area.y1 });
  stroke(c, 3, 0x0b0f14);
  c.strokeRect(-1.5, -1.5, width * TILE + 3, height * TILE + 3);
  c.setTransform(1, 0, 0, 1, 0, 0);
}
