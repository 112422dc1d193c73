// The battle map: terrain, units, and the overlays the controller asks for (reachable tiles, a path,
// targets, threats, charged attacks). It turns pointer input into tile clicks and knows no rules.
import * as Phaser from 'phaser';
import { standingUnits, unitTypeOf, type GameState, type Pos } from '../engine';
import { cssColor, sideStyles, type SideStyle } from './side-style';
import { MapCamera } from './map-camera';
import { TILE } from './terrain-art';
import { TerrainLayer } from './terrain-layer';
import { UnitToken } from './unit-token';
import { drawIcon } from './unit-icons';

export interface MapOverlays {
  reachable?: Pos[];
  targets?: Pos[];
  /** Tiles the chosen target would touch (area of effect). */
  area?: Pos[];
  path?: Pos[];
  pathCost?: number;
  /** Tiles the enemy can strike next turn, with the hardest single hit there. */
  threats?: (Pos & { maxDamage?: number })[] | null;
  hint?: { from: Pos; to: Pos } | null;
  selected?: Pos | null;
  /** Where the previewed action would push units. */
  pushes?: { from: Pos; to: Pos; lethal: boolean }[];
}

export interface BattleSceneHandlers {
  /** `touch`: the tap came from a finger, which has no hover to preview with. */
  tileClicked(tile: Pos, touch: boolean): void;
  tileHovered(tile: Pos | null): void;
  /** Right click: the player's "cancel". */
  cancelled(): void;
}

/** Area kinds marked on the map, so exits and zones are visible without reading the objectives. */
export interface AreaMark { tiles: Pos[]; color: number; label: string }

export class BattleScene extends Phaser.Scene {
  tokens = new Map<string, UnitToken>();
  styles = new Map<string, SideStyle>();
  private terrain: TerrainLayer | null = null;
  private marks!: Phaser.GameObjects.Graphics;
  private overlay!: Phaser.GameObjects.Graphics;
  private pathLayer!: Phaser.GameObjects.Graphics;
  private itemLayer!: Phaser.GameObjects.Container;
  private costText!: Phaser.GameObjects.Text;
  private cursor!: Phaser.GameObjects.Graphics;
  private selectionRing!: Phaser.GameObjects.Graphics;
  private handlers: BattleSceneHandlers | null = null;
  private drag: { x: number; y: number; scrollX: number; scrollY: number; moved: boolean } | null = null;
  private hoverTile: Pos | null = null;
  private camera = new MapCamera(this);
  ready = false;

  constructor() {
    super('battle');
  }

  create() {
    // A restarted scene gets fresh game objects: forget the old ones.
    this.tokens = new Map();
    // The old layer's images went with the scene; its textures are the game's and must be let go.
    this.terrain?.destroy();
    this.terrain = new TerrainLayer(this, 0);
    this.cameras.main.setBackgroundColor('#0b0f14');
    this.marks = this.add.graphics().setDepth(1);
    this.itemLayer = this.add.container(0, 0).setDepth(2);
    this.overlay = this.add.graphics().setDepth(3);
    this.pathLayer = this.add.graphics().setDepth(4);
    this.cursor = this.add.graphics().setDepth(5);
    // The selected unit's ring breathes, so the eye finds it on a busy map.
    this.selectionRing = this.add.graphics().setDepth(9).setVisible(false);
    this.selectionRing.lineStyle(3, 0xffffff, 1).strokeRoundedRect(-TILE / 2 + 2, -TILE / 2 + 2, TILE - 4, TILE - 4, 8);
    this.selectionRing.lineStyle(6, 0xffffff, 0.25).strokeRoundedRect(-TILE / 2 + 1, -TILE / 2 + 1, TILE - 2, TILE - 2, 9);
    this.tweens.add({ targets: this.selectionRing, alpha: { from: 1, to: 0.45 }, scale: { from: 1, to: 1.06 }, duration: 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.cursor.lineStyle(2, 0xffffff, 0.7).strokeRect(1, 1, TILE - 2, TILE - 2).setVisible(false);
    this.costText = this.add.text(0, 0, '', {
      fontFamily: 'Rajdhani, Arial, sans-serif', fontSize: '16px', fontStyle: 'bold', color: '#ffffff', stroke: '#0b0f14', strokeThickness: 4,
    }).setOrigin(0.5).setDepth(20).setVisible(false);
    this.input.mouse?.disableContextMenu();
    this.input.addPointer(1); // a second touch pointer, for pinch zoom
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => this.pointerDown(p));
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => this.pointerMove(p));
    this.input.on('pointerup', (p: Phaser.Input.Pointer) => this.pointerUp(p));
    this.input.on('wheel', (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.camera.zoomAt(p, dy));
    this.scale.on('resize', () => this.camera.clamp());
    this.ready = true;
    this.events.emit('battle-ready');
  }

  setHandlers(handlers: BattleSceneHandlers) {
    this.handlers = handlers;
  }

  /** Draws a new battle from scratch and frames the map. */
  showBattle(state: GameState, marks: AreaMark[]) {
    for (const token of this.tokens.values()) token.destroy();
    this.tokens.clear();
    this.styles = sideStyles(state);
    this.camera.mapSize = { width: state.scenario.map.width * TILE, height: state.scenario.map.height * TILE };
    this.terrain!.show(state);
    this.drawMarks(marks);
    this.sync(state);
    const own = standingUnits(state).filter((u) => u.side === state.side);
    const focus = own.length ? { x: Math.round(own.reduce((t, u) => t + u.x, 0) / own.length), y: Math.round(own.reduce((t, u) => t + u.y, 0) / own.length) } : undefined;
    this.fitCamera(focus);
  }

  /** Repaints the terrain where a trigger or a blow changed it. */
  redrawTerrain(state: GameState) {
    this.terrain!.update(state);
  }

  private drawMarks(marks: AreaMark[]) {
    const g = this.marks.clear();
    for (const mark of marks) {
      for (const t of mark.tiles) {
        g.fillStyle(mark.color, 0.16).fillRect(t.x * TILE + 2, t.y * TILE + 2, TILE - 4, TILE - 4);
        g.lineStyle(2, mark.color, 0.8).strokeRect(t.x * TILE + 3, t.y * TILE + 3, TILE - 6, TILE - 6);
      }
    }
  }

  /** Makes tokens and items match the state exactly (after any animation). */
  sync(state: GameState) {
    const standing = new Set<string>();
    const humanSide = state.side;
    for (const unit of standingUnits(state)) {
      standing.add(unit.id);
      let token = this.tokens.get(unit.id);
      if (!token) {
        token = new UnitToken(this, unit.id).setDepth(10);
        this.tokens.set(unit.id, token);
      }
      const type = unitTypeOf(state, unit);
      const spent = unit.side === humanSide && unit.ap === 0 && !type.structure;
      token.update(unit, type, this.styles.get(unit.side) ?? this.styles.values().next().value!, spent);
      token.placeAt(unit.x, unit.y);
      token.setAlpha(1).setScale(1).setDepth(10 + unit.y / 100);
    }
    for (const [id, token] of this.tokens) {
      if (!standing.has(id)) {
        token.destroy();
        this.tokens.delete(id);
      }
    }
    this.drawItems(state);
    this.redrawTerrain(state);
  }

  private drawItems(state: GameState) {
    this.itemLayer.removeAll(true);
    for (const item of state.items) {
      if (item.x === null || item.y === null || item.carrier) continue;
      const g = this.add.graphics();
      const cx = item.x * TILE + TILE / 2, cy = item.y * TILE + TILE / 2;
      g.fillStyle(0xfbbf24, 0.25).fillCircle(cx, cy, 18);
      g.fillStyle(0xfbbf24).lineStyle(2, 0x0b0f14);
      const pts = [[0, -13], [11, 0], [0, 13], [-11, 0]].map(([x, y]) => new Phaser.Math.Vector2(cx + x, cy + y));
      g.fillPoints(pts, true).strokePoints(pts, true, true);
      const icon = this.add.graphics({ x: cx, y: cy });
      drawIcon(icon, item.id, 5, 0x0b0f14, 0xfbbf24);
      this.itemLayer.add([g, icon]);
    }
  }

  /** Charged attacks: their tiles hatched in the colour of the side that will strike. */
  private drawCharges(g: Phaser.GameObjects.Graphics, state: GameState) {
    for (const charge of state.charges) {
      const color = this.styles.get(charge.side)?.color ?? 0xff0000;
      for (const t of charge.tiles) {
        const px = t.x * TILE, py = t.y * TILE;
        g.fillStyle(color, 0.22).fillRect(px, py, TILE, TILE);
        g.lineStyle(2, color, 0.9);
        for (let k = 8; k < TILE * 2; k += 12) g.lineBetween(px + Math.max(0, k - TILE), py + Math.min(TILE, k), px + Math.min(TILE, k), py + Math.max(0, k - TILE));
        g.strokeRect(px + 1, py + 1, TILE - 2, TILE - 2);
      }
    }
  }

  setOverlays(state: GameState, o: MapOverlays) {
    const g = this.overlay.clear();
    this.drawCharges(g, state);
    this.drawThreats(g, o.threats ?? []);
    for (const t of o.reachable ?? []) {
      g.fillStyle(0x3b82f6, 0.28).fillRect(t.x * TILE + 1, t.y * TILE + 1, TILE - 2, TILE - 2);
      g.lineStyle(1, 0x93c5fd, 0.6).strokeRect(t.x * TILE + 1.5, t.y * TILE + 1.5, TILE - 3, TILE - 3);
    }
    for (const t of o.area ?? []) g.fillStyle(0xf97316, 0.35).fillRect(t.x * TILE, t.y * TILE, TILE, TILE);
    for (const t of o.targets ?? []) {
      g.lineStyle(3, 0xff8a3d, 0.95).strokeRect(t.x * TILE + 3, t.y * TILE + 3, TILE - 6, TILE - 6);
      g.lineStyle(1, 0xffd0a8, 0.9).strokeCircle(t.x * TILE + TILE / 2, t.y * TILE + TILE / 2, 8);
    }
    this.selectionRing.setVisible(Boolean(o.selected));
    if (o.selected) this.selectionRing.setPosition(o.selected.x * TILE + TILE / 2, o.selected.y * TILE + TILE / 2);
    if (o.hint) {
      g.lineStyle(4, 0x34d399, 0.95);
      const c = (p: Pos) => [p.x * TILE + TILE / 2, p.y * TILE + TILE / 2] as const;
      const [ax, ay] = c(o.hint.from), [bx, by] = c(o.hint.to);
      g.lineBetween(ax, ay, bx, by).strokeCircle(bx, by, TILE / 2 - 4);
    }
    for (const push of o.pushes ?? []) this.drawArrow(g, push.from, push.to, push.lethal ? 0xff3b3b : 0xfacc15);
    this.drawPath(o.path ?? null, o.pathCost);
  }

  /** Threatened tiles tinted by the hardest hit there, outlined only at the edge of the danger zone. */
  private drawThreats(g: Phaser.GameObjects.Graphics, threats: (Pos & { maxDamage?: number })[]) {
    const key = (x: number, y: number) => `${x},${y}`;
    const threatened = new Set(threats.map((t) => key(t.x, t.y)));
    for (const t of threats) {
      const px = t.x * TILE, py = t.y * TILE;
      g.fillStyle(0xff2d2d, Math.min(0.34, 0.1 + (t.maxDamage ?? 1) * 0.035)).fillRect(px, py, TILE, TILE);
      g.fillStyle(0xff6b6b, 0.9);
      if (!threatened.has(key(t.x, t.y - 1))) g.fillRect(px, py, TILE, 2);
      if (!threatened.has(key(t.x, t.y + 1))) g.fillRect(px, py + TILE - 2, TILE, 2);
      if (!threatened.has(key(t.x - 1, t.y))) g.fillRect(px, py, 2, TILE);
      if (!threatened.has(key(t.x + 1, t.y))) g.fillRect(px + TILE - 2, py, 2, TILE);
    }
  }

  private drawArrow(g: Phaser.GameObjects.Graphics, from: Pos, to: Pos, color: number) {
    const ax = from.x * TILE + TILE / 2, ay = from.y * TILE + TILE / 2, bx = to.x * TILE + TILE / 2, by = to.y * TILE + TILE / 2;
    if (ax === bx && ay === by) {
      g.lineStyle(3, color).strokeCircle(ax, ay, TILE / 2 - 2);
      return;
    }
    const angle = Math.atan2(by - ay, bx - ax);
    g.lineStyle(4, color, 0.95).lineBetween(ax, ay, bx - Math.cos(angle) * 8, by - Math.sin(angle) * 8);
    const head = (da: number) => new Phaser.Math.Vector2(bx - Math.cos(angle + da) * 14, by - Math.sin(angle + da) * 14);
    g.fillStyle(color).fillPoints([new Phaser.Math.Vector2(bx, by), head(0.5), head(-0.5)], true);
  }

  private drawPath(path: Pos[] | null, cost?: number) {
    const g = this.pathLayer.clear();
    this.costText.setVisible(false);
    if (!path || path.length < 2) return;
    g.lineStyle(5, 0x0b0f14, 0.7);
    const pts = path.map((p) => new Phaser.Math.Vector2(p.x * TILE + TILE / 2, p.y * TILE + TILE / 2));
    g.strokePoints(pts, false);
    g.lineStyle(3, 0xffffff, 0.95).strokePoints(pts, false);
    const end = pts[pts.length - 1];
    g.fillStyle(0xffffff).fillCircle(end.x, end.y, 6);
    if (cost !== undefined) this.costText.setText(String(cost)).setPosition(end.x + 14, end.y - 14).setVisible(true);
  }

  // --- camera and pointer (the maths lives in MapCamera) ----------------------------------------

  /** Screen space the DOM HUD leaves free for the map (the replay viewer sets its own). */
  get insets() { return this.camera.insets; }
  set insets(value: { left: number; top: number; right: number; bottom: number }) { this.camera.insets = value; }

  fitCamera(focus?: Pos) { this.camera.fit(focus); }
  centreOn(wx: number, wy: number) { this.camera.centreOn(wx, wy); }
  tileToScreen(x: number, y: number) { return this.camera.tileToScreen(x, y); }
  revealTile(x: number, y: number) { this.camera.revealTile(x, y); }
  panBy(dx: number, dy: number) { this.camera.panBy(dx, dy); }
  zoomBy(factor: number) { this.camera.zoomBy(factor); }

  /** Two fingers on the map: the distance between them, to zoom by as it changes. */
  private pinch: number | null = null;

  private pinchDistance(): number | null {
    const a = this.input.pointer1, b = this.input.pointer2;
    return a?.isDown && b?.isDown ? Math.hypot(a.x - b.x, a.y - b.y) : null;
  }

  private pointerDown(p: Phaser.Input.Pointer) {
    this.pinch = this.pinchDistance();
    if (this.pinch !== null) {
      this.drag = null; // a second finger turns the drag into a pinch
      return;
    }
    this.drag = { x: p.x, y: p.y, scrollX: this.cameras.main.scrollX, scrollY: this.cameras.main.scrollY, moved: false };
  }

  private pointerMove(p: Phaser.Input.Pointer) {
    const spread = this.pinchDistance();
    if (this.pinch !== null) {
      if (spread !== null && this.pinch > 0) this.camera.zoomBy(spread / this.pinch);
      this.pinch = spread ?? 0;
      return;
    }
    if (this.drag && p.isDown) {
      const dx = p.x - this.drag.x, dy = p.y - this.drag.y;
      if (this.drag.moved || Math.hypot(dx, dy) > 8) {
        this.drag.moved = true;
        const cam = this.cameras.main;
        cam.scrollX = this.drag.scrollX - dx / cam.zoom;
        cam.scrollY = this.drag.scrollY - dy / cam.zoom;
        this.camera.clamp();
        return;
      }
    }
    const tile = this.camera.tileAt(p);
    if (tile?.x !== this.hoverTile?.x || tile?.y !== this.hoverTile?.y) {
      this.hoverTile = tile;
      this.cursor.setVisible(tile !== null);
      if (tile) this.cursor.setPosition(tile.x * TILE, tile.y * TILE);
      this.handlers?.tileHovered(tile);
    }
  }

  private pointerUp(p: Phaser.Input.Pointer) {
    if (this.pinch !== null) {
      // The fingers left after a pinch neither tap nor drag; the pinch ends when the last one lifts.
      const anyDown = this.input.pointer1?.isDown || this.input.pointer2?.isDown;
      this.pinch = anyDown ? 0 : null;
      this.drag = null;
      return;
    }
    const dragged = this.drag?.moved ?? false;
    this.drag = null;
    if (dragged) return;
    if (p.rightButtonReleased()) {
      this.handlers?.cancelled();
      return;
    }
    const tile = this.camera.tileAt(p);
    if (tile) this.handlers?.tileClicked(tile, p.wasTouch);
  }

  sideColorCss(side: string) {
    return cssColor(this.styles.get(side)?.color ?? 0xffffff);
  }
}
