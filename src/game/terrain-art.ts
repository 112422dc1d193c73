// Draws the battle map's terrain: each kind distinct at a glance (cover shows a shield pip, walls and
// buildings stand up, water ripples, chasms drop away) and higher ground lighter, with a cliff shadow.
import * as Phaser from 'phaser';
import { elevationAt, terrainAt, type GameState, type Terrain } from '../engine';
import { shade } from './side-style';

export const TILE = 48;

type G = Phaser.GameObjects.Graphics;

/** A stable per-tile number in [0, 1) so decoration varies but never flickers. */
function tileNoise(x: number, y: number, salt = 0): number {
  let h = (x * 374761393 + y * 668265263 + salt * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const GROUND = 0x3a4350;
const BASE: Record<Terrain, number> = {
  open: GROUND, rough: 0x46443a, 'low-cover': GROUND, 'high-cover': GROUND, wall: 0x24272d,
  water: 0x1d4f7a, chasm: 0x07080b, building: 0x2c3340, debris: 0x4a4038,
};

function coverPip(g: G, px: number, py: number, full: boolean) {
  // A small shield in the corner: half-filled for low cover, filled for high cover.
  const x = px + TILE - 13, y = py + 4;
  g.fillStyle(0x0b0f14, 0.75).fillRoundedRect(x - 1, y - 1, 11, 12, 3);
  g.lineStyle(1.5, 0xe8edf3).strokeRoundedRect(x, y, 9, 10, 2);
  g.fillStyle(0xe8edf3).fillRect(x, full ? y : y + 5, 9, full ? 10 : 5);
}

/** Ground reads as paving: a bevelled slab, with the odd crack or stain so it never looks flat. */
function drawSlab(g: G, px: number, py: number, x: number, y: number, base: number) {
  g.fillStyle(shade(base, 0.06)).fillRect(px + 2, py + 2, TILE - 4, 2);
  g.fillStyle(shade(base, -0.12)).fillRect(px + 2, py + TILE - 4, TILE - 4, 2);
  const n = tileNoise(x, y, 5);
  if (n < 0.18) {
    g.lineStyle(1, shade(base, -0.3), 0.8);
    const sx = px + 8 + tileNoise(x, y, 6) * 30, sy = py + 8 + tileNoise(x, y, 7) * 14;
    g.lineBetween(sx, sy, sx + 6, sy + 9).lineBetween(sx + 6, sy + 9, sx + 3, sy + 20).lineBetween(sx + 6, sy + 9, sx + 14, sy + 13);
  } else if (n < 0.3) {
    g.fillStyle(shade(base, -0.15), 0.6).fillEllipse(px + 12 + tileNoise(x, y, 8) * 24, py + 12 + tileNoise(x, y, 9) * 24, 14, 9);
  }
}

function drawRough(g: G, px: number, py: number, x: number, y: number) {
  g.fillStyle(0x6b6552, 0.9);
  for (let i = 0; i < 6; i++) g.fillCircle(px + 6 + tileNoise(x, y, i) * 36, py + 6 + tileNoise(x, y, i + 9) * 36, 1.6 + tileNoise(x, y, i + 3) * 1.8);
}

function drawLowCover(g: G, px: number, py: number) {
  g.fillStyle(0x0b0f14, 0.35).fillRoundedRect(px + 7, py + 25, 36, 14, 5);
  g.fillStyle(0x8c7f63).fillRoundedRect(px + 5, py + 21, 36, 14, 5);
  g.lineStyle(1, 0x5e5443).lineBetween(px + 17, py + 21, px + 17, py + 35).lineBetween(px + 29, py + 21, px + 29, py + 35);
  coverPip(g, px, py, false);
}

function drawHighCover(g: G, px: number, py: number) {
  g.fillStyle(0x0b0f14, 0.45).fillRect(px + 11, py + 11, 32, 34);
  g.fillStyle(0x7d8894).fillRect(px + 7, py + 7, 32, 32);
  g.fillStyle(0xa7b1bc).fillRect(px + 7, py + 7, 32, 6);
  g.lineStyle(1, 0x59636e).strokeRect(px + 7, py + 7, 32, 32);
  coverPip(g, px, py, true);
}

function drawWall(g: G, px: number, py: number) {
  g.fillStyle(0x3a3f48).fillRect(px, py, TILE, TILE);
  g.lineStyle(1, 0x1c1f24);
  for (let row = 0; row < 4; row++) {
    const y = py + row * 12;
    g.lineBetween(px, y, px + TILE, y);
    const off = row % 2 ? 12 : 0;
    for (let col = off; col < TILE; col += 24) g.lineBetween(px + col, y, px + col, y + 12);
  }
  g.fillStyle(0x5a616c).fillRect(px, py, TILE, 3);
}

function drawWater(g: G, px: number, py: number, x: number, y: number) {
  g.lineStyle(2, 0x4b8cc4, 0.8);
  for (let i = 0; i < 3; i++) {
    const wy = py + 10 + i * 13 + tileNoise(x, y, i) * 4;
    g.beginPath();
    g.moveTo(px + 6, wy);
    for (let k = 1; k <= 4; k++) g.lineTo(px + 6 + k * 9, wy + (k % 2 ? -3 : 0));
    g.strokePath();
  }
}

/** A chasm is one dark drop: a crumbling lip only where it meets solid ground, so wide rifts read whole. */
function drawChasm(g: G, state: GameState, px: number, py: number, x: number, y: number) {
  const open = (nx: number, ny: number) => {
    const { width, height } = state.scenario.map;
    return nx < 0 || ny < 0 || nx >= width || ny >= height || terrainAt(state, nx, ny) === 'chasm';
  };
  g.fillStyle(0x020203).fillRect(px, py, TILE, TILE);
  g.fillStyle(0x1a0f0a, 0.9);
  if (!open(x, y - 1)) g.fillRect(px, py, TILE, 10);
  g.fillStyle(0x6b4a33);
  if (!open(x, y - 1)) g.fillRect(px, py, TILE, 3);
  if (!open(x, y + 1)) g.fillRect(px, py + TILE - 3, TILE, 3);
  if (!open(x - 1, y)) g.fillRect(px, py, 3, TILE);
  if (!open(x + 1, y)) g.fillRect(px + TILE - 3, py, 3, TILE);
  g.fillStyle(0xff6b35, 0.12).fillCircle(px + TILE / 2 + (tileNoise(x, y) - 0.5) * 20, py + TILE / 2 + (tileNoise(x, y, 1) - 0.5) * 20, 6);
}

/** Buildings join into blocks seen from above: one roof, a lit facade where the block ends to the south. */
function drawBuilding(g: G, state: GameState, px: number, py: number, x: number, y: number) {
  const same = (nx: number, ny: number) => {
    const { width, height } = state.scenario.map;
    return nx >= 0 && ny >= 0 && nx < width && ny < height && terrainAt(state, nx, ny) === 'building';
  };
  const roof = shade(0x566579, (tileNoise(Math.floor(x / 2), Math.floor(y / 2), 11) - 0.5) * 0.12);
  g.fillStyle(roof).fillRect(px, py, TILE, TILE);
  g.fillStyle(0x7d8ea5);
  if (!same(x, y - 1)) g.fillRect(px, py, TILE, 3);
  if (!same(x - 1, y)) g.fillRect(px, py, 3, TILE);
  g.fillStyle(0x2a3240);
  if (!same(x + 1, y)) g.fillRect(px + TILE - 3, py, 3, TILE);
  if (!same(x, y + 1)) {
    // The facade: a band of windows on the block's south face.
    g.fillStyle(0x323c4c).fillRect(px, py + TILE - 16, TILE, 16);
    g.fillStyle(0xf3d38a, 0.85);
    for (let c = 0; c < 4; c++) if (tileNoise(x, y, 20 + c) < 0.75) g.fillRect(px + 5 + c * 11, py + TILE - 12, 6, 7);
  }
  const n = tileNoise(x, y, 13);
  if (n < 0.35) {
    // Roof plant: vents and units, so a block is not a flat slab.
    g.fillStyle(0x8593a6).fillRect(px + 8 + n * 40, py + 8, 10, 8);
    g.fillStyle(0x3b4555).fillRect(px + 10 + n * 40, py + 10, 6, 4);
  } else if (n < 0.5) {
    g.lineStyle(2, 0x8593a6).strokeCircle(px + 24, py + 18, 6);
  }
}

function drawDebris(g: G, px: number, py: number, x: number, y: number) {
  for (let i = 0; i < 5; i++) {
    const cx = px + 8 + tileNoise(x, y, i) * 32, cy = py + 8 + tileNoise(x, y, i + 7) * 32, r = 3 + tileNoise(x, y, i + 2) * 4;
    g.fillStyle(i % 2 ? 0x7b6b5a : 0x8f8476);
    g.fillTriangle(cx - r, cy + r, cx + r, cy + r * 0.6, cx, cy - r);
  }
}

function drawTile(g: G, state: GameState, x: number, y: number) {
  const terrain = terrainAt(state, x, y);
  const level = elevationAt(state, x, y);
  const px = x * TILE, py = y * TILE;
  const lift = terrain === 'chasm' || terrain === 'water' ? 0 : level * 0.12;
  const base = shade(BASE[terrain], lift + (tileNoise(x, y, 42) - 0.5) * 0.05);
  g.fillStyle(base).fillRect(px, py, TILE, TILE);
  if (terrain === 'open' || terrain === 'rough' || terrain === 'low-cover' || terrain === 'high-cover' || terrain === 'debris') drawSlab(g, px, py, x, y, base);
  if (terrain === 'rough') drawRough(g, px, py, x, y);
  else if (terrain === 'low-cover') drawLowCover(g, px, py);
  else if (terrain === 'high-cover') drawHighCover(g, px, py);
  else if (terrain === 'wall') drawWall(g, px, py);
  else if (terrain === 'water') drawWater(g, px, py, x, y);
  else if (terrain === 'chasm') drawChasm(g, state, px, py, x, y);
  else if (terrain === 'building') drawBuilding(g, state, px, py, x, y);
  else if (terrain === 'debris') drawDebris(g, px, py, x, y);
  if (terrain !== 'chasm' && terrain !== 'building') g.lineStyle(1, 0x000000, 0.18).strokeRect(px + 0.5, py + 0.5, TILE - 1, TILE - 1);
}

/** Cliff edges: a dark band on the low side of every step down, a light rim on the high side. */
function drawElevationEdges(g: G, state: GameState) {
  const { width, height } = state.scenario.map;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const level = elevationAt(state, x, y);
      if (level === 0) continue;
      const px = x * TILE, py = y * TILE;
      const lower = (nx: number, ny: number) => nx >= 0 && ny >= 0 && nx < width && ny < height && elevationAt(state, nx, ny) < level;
      g.fillStyle(0x000000, 0.45);
      if (lower(x, y + 1)) g.fillRect(px, py + TILE, TILE, 7);
      if (lower(x + 1, y)) g.fillRect(px + TILE, py, 5, TILE);
      g.fillStyle(0xffffff, 0.22);
      if (lower(x, y - 1)) g.fillRect(px, py, TILE, 2);
      if (lower(x - 1, y)) g.fillRect(px, py, 2, TILE);
      // Dots in the corner count the level, so heights read without relying on shade alone.
      g.fillStyle(0xdfe6ee, 0.55);
      for (let i = 0; i < level; i++) g.fillCircle(px + 6 + i * 6, py + TILE - 6, 1.8);
    }
  }
}

export function drawTerrain(g: G, state: GameState): void {
  g.clear();
  const { width, height } = state.scenario.map;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) drawTile(g, state, x, y);
  drawElevationEdges(g, state);
  g.lineStyle(3, 0x0b0f14).strokeRect(-1.5, -1.5, width * TILE + 3, height * TILE + 3);
}
