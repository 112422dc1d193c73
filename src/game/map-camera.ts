// The battle map's camera: frames the map in the space the HUD leaves free, keeps it in view while
// panning and zooming, and converts between screen and world points from the camera's current numbers.
import * as Phaser from 'phaser';
import type { Pos } from '../engine';
import { TILE } from './terrain-art';

export class MapCamera {
  /** Screen space the DOM HUD leaves free for the map: left, top, right, bottom insets. */
  insets = { left: 12, top: 64, right: 312, bottom: 150 };
  mapSize = { width: 1, height: 1 };

  constructor(private scene: Phaser.Scene) {}

  private get cam() {
    return this.scene.cameras.main;
  }

  freeArea() {
    const { width, height } = this.scene.scale;
    const i = width < 900 ? { left: 8, top: 64, right: 8, bottom: 150 } : this.insets;
    return { x: i.left, y: i.top, w: Math.max(100, width - i.left - i.right), h: Math.max(100, height - i.top - i.bottom) };
  }

  /** Frames the map; one too large to read whole is shown at a readable zoom around `focus` (the player's units). */
  fit(focus?: Pos) {
    const cam = this.cam;
    const area = this.freeArea();
    const fit = Math.min(area.w / this.mapSize.width, area.h / this.mapSize.height);
    cam.setZoom(Phaser.Math.Clamp(fit, 0.7, 1.4));
    if (fit >= 0.7 || !focus) this.centreOn(this.mapSize.width / 2, this.mapSize.height / 2);
    else this.centreOn(focus.x * TILE + TILE / 2, focus.y * TILE + TILE / 2);
  }

  /** Puts world point (wx, wy) at the centre of the free area. */
  centreOn(wx: number, wy: number) {
    const cam = this.cam;
    const area = this.freeArea();
    const sx = area.x + area.w / 2, sy = area.y + area.h / 2;
    // screen = (world - scroll - w/2) * zoom + w/2 (zoom pivots on the camera's centre)
    cam.setScroll(wx - (sx - cam.width / 2) / cam.zoom - cam.width / 2, wy - (sy - cam.height / 2) / cam.zoom - cam.height / 2);
    this.clamp();
  }

  /**
   * Keeps the map where it can be seen: a map smaller than the free area stays centred in it; a larger
   * one may be panned until its edge (plus a tile of slack) meets the area's edge, never beyond.
   */
  clamp() {
    const cam = this.cam;
    const area = this.freeArea();
    const slack = TILE * cam.zoom;
    const tl = this.worldToScreen(0, 0), br = this.worldToScreen(this.mapSize.width, this.mapSize.height);
    const fixAxis = (lo: number, hi: number, areaLo: number, areaSize: number): number => {
      if (hi - lo <= areaSize) return areaLo + (areaSize - (hi - lo)) / 2 - lo; // centre
      if (lo > areaLo + slack) return areaLo + slack - lo;
      if (hi < areaLo + areaSize - slack) return areaLo + areaSize - slack - hi;
      return 0;
    };
    cam.scrollX -= fixAxis(tl.x, br.x, area.x, area.w) / cam.zoom;
    cam.scrollY -= fixAxis(tl.y, br.y, area.y, area.h) / cam.zoom;
  }

  /** Canvas coordinates of a world point. */
  worldToScreen(wx: number, wy: number) {
    const cam = this.cam;
    return {
      x: (wx - cam.scrollX - cam.width / 2) * cam.zoom + cam.width / 2 + cam.x,
      y: (wy - cam.scrollY - cam.height / 2) * cam.zoom + cam.height / 2 + cam.y,
    };
  }

  /** The inverse of worldToScreen, from the camera's current numbers (not last frame's matrix). */
  screenToWorld(sx: number, sy: number) {
    const cam = this.cam;
    return {
      x: (sx - cam.x - cam.width / 2) / cam.zoom + cam.width / 2 + cam.scrollX,
      y: (sy - cam.y - cam.height / 2) / cam.zoom + cam.height / 2 + cam.scrollY,
    };
  }

  tileToScreen(x: number, y: number) {
    return this.worldToScreen(x * TILE + TILE / 2, y * TILE + TILE / 2);
  }

  /** Pans so the tile is in the free area (not under the HUD), as a player would before clicking it. */
  revealTile(x: number, y: number) {
    const p = this.tileToScreen(x, y);
    const area = this.freeArea();
    const margin = TILE * this.cam.zoom;
    const inside = p.x > area.x + margin && p.x < area.x + area.w - margin && p.y > area.y + margin && p.y < area.y + area.h - margin;
    if (!inside) this.centreOn(x * TILE + TILE / 2, y * TILE + TILE / 2);
  }

  tileAt(p: Phaser.Input.Pointer): Pos | null {
    const world = this.screenToWorld(p.x, p.y);
    const x = Math.floor(world.x / TILE), y = Math.floor(world.y / TILE);
    if (x < 0 || y < 0 || x * TILE >= this.mapSize.width || y * TILE >= this.mapSize.height) return null;
    return { x, y };
  }

  zoomAt(p: Phaser.Input.Pointer, dy: number) {
    const cam = this.cam;
    const before = this.screenToWorld(p.x, p.y);
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * (dy > 0 ? 0.9 : 1.1), 0.35, 2.2));
    const after = this.screenToWorld(p.x, p.y);
    cam.scrollX += before.x - after.x;
    cam.scrollY += before.y - after.y;
    this.clamp();
  }

  panBy(dx: number, dy: number) {
    const cam = this.cam;
    cam.scrollX += dx / cam.zoom;
    cam.scrollY += dy / cam.zoom;
    this.clamp();
  }

  zoomBy(factor: number) {
    const cam = this.cam;
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * factor, 0.35, 2.2));
    this.clamp();
  }

}
