// The terrain on screen: the map cut into square pieces, each painted once onto its own canvas
// (terrain-art.ts) and shown as one image. Pieces keep every texture well under the GPU's size limit
// even on the largest maps the format allows, and a trigger that changes a few tiles repaints and
// re-uploads only the pieces around them.
import * as Phaser from 'phaser';
import type { GameState, Terrain } from '../engine';
import { paintTerrain, TERRAIN_MARGIN, TILE, type TileRect } from './terrain-art';
import { changedTiles, pieceAreas, pieceTouches } from './terrain-pieces';

interface Piece {
  area: TileRect;
  canvas: HTMLCanvasElement;
  texture: Phaser.Textures.Texture;
  image: Phaser.GameObjects.Image;
}

let serial = 0;

export class TerrainLayer {
  private pieces: Piece[] = [];
  private shown: Record<string, Terrain> | null = null;
  private mapWidth = 0;

  constructor(private scene: Phaser.Scene, private depth = 0) {}

  /** Paints the whole map afresh (a new battle). */
  show(state: GameState) {
    this.destroy();
    const { width, height } = state.scenario.map;
    this.mapWidth = width;
    for (const area of pieceAreas(width, height)) {
      const canvas = document.createElement('canvas');
      canvas.width = (area.x1 - area.x0) * TILE + (area.x1 === width ? TERRAIN_MARGIN : 0);
      canvas.height = (area.y1 - area.y0) * TILE + (area.y1 === height ? TERRAIN_MARGIN : 0);
      this.paint(canvas, state, area);
      const key = `terrain-${++serial}`;
      // A plain canvas source is uploaded once; textures.createCanvas would also read every pixel
      // back (CanvasTexture keeps an ImageData copy) and upload a blank canvas first.
      const texture = this.scene.textures.create(key, canvas, canvas.width, canvas.height)!;
      texture.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
      const image = this.scene.add.image(area.x0 * TILE, area.y0 * TILE, key).setOrigin(0).setDepth(this.depth);
      this.pieces.push({ area, canvas, texture, image });
    }
    this.shown = { ...state.terrain };
  }

  /** Repaints the pieces whose look a terrain change reaches; nothing when the terrain is as shown. */
  update(state: GameState) {
    if (!this.shown) return this.show(state);
    const changed = changedTiles(this.shown, state.terrain);
    if (changed.length === 0) return;
    this.shown = { ...state.terrain };
    for (const piece of this.pieces) {
      if (!changed.some((i) => pieceTouches(piece.area, i % this.mapWidth, Math.floor(i / this.mapWidth)))) continue;
      this.paint(piece.canvas, state, piece.area);
      piece.texture.source[0].update();
    }
  }

  destroy() {
    for (const piece of this.pieces) {
      piece.image.destroy();
      this.scene.textures.remove(piece.texture);
    }
    this.pieces = [];
    this.shown = null;
  }

  private paint(canvas: HTMLCanvasElement, state: GameState, area: TileRect) {
    // Painted once and only uploaded: no read-back, so the canvas may live on the GPU.
    const context = canvas.getContext('2d', { alpha: true })!;
    paintTerrain(context, state, area, area.x0 * TILE, area.y0 * TILE);
  }
}
