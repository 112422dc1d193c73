// A unit on the map: its side's shape and colour, an icon for its type, an hp bar, status pips and a
// marker for what it carries. Redrawn from the unit's data; it never decides anything.
import * as Phaser from 'phaser';
import type { StatusId, Unit, UnitType } from '../engine';
import { luminance, shade, type SideStyle, type TokenShape } from './side-style';
import { TILE } from './terrain-art';
import { drawIcon, initialsOf } from './unit-icons';

const RADIUS = 19;

export const STATUS_LOOK: Record<StatusId, { letter: string; color: number; label: string }> = {
  stunned: { letter: 'S', color: 0xfacc15, label: 'Stunned: loses its next turn' },
  hexed: { letter: 'H', color: 0xd946ef, label: 'Hexed: cannot act, defence −20' },
  controlled: { letter: 'C', color: 0xf472b6, label: 'Controlled: fights for another side' },
  shielded: { letter: '+', color: 0x22d3ee, label: 'Shielded: absorbs damage' },
  stealthed: { letter: '~', color: 0x94a3b8, label: 'Stealthed: only targetable from adjacent tiles' },
  enraged: { letter: '!', color: 0xf97316, label: 'Enraged: +2 damage, +10 accuracy' },
  guarding: { letter: 'G', color: 0x60a5fa, label: 'Guarding: takes the next hit aimed at an adjacent ally' },
};

function shapePoints(shape: TokenShape, r: number): Phaser.Math.Vector2[] {
  const polygon = (n: number, start: number, rr = r) =>
    Array.from({ length: n }, (_, i) => {
      const a = start + (i * 2 * Math.PI) / n;
      return new Phaser.Math.Vector2(Math.cos(a) * rr, Math.sin(a) * rr);
    });
  switch (shape) {
    case 'hexagon': return polygon(6, 0, r * 1.08);
    case 'square': return polygon(4, Math.PI / 4, r * 1.25);
    case 'triangle': return polygon(3, -Math.PI / 2, r * 1.3).map((p) => p.add(new Phaser.Math.Vector2(0, r * 0.22)));
    case 'diamond': return polygon(4, 0, r * 1.25);
    case 'pentagon': return polygon(5, -Math.PI / 2, r * 1.1);
    default: return [];
  }
}

export function drawTokenShape(g: Phaser.GameObjects.Graphics, shape: TokenShape, r: number, fill: number, outline: number, width = 3) {
  g.fillStyle(fill).lineStyle(width, outline);
  if (shape === 'circle') {
    g.fillCircle(0, 0, r).strokeCircle(0, 0, r);
    return;
  }
  const points = shapePoints(shape, r);
  g.fillPoints(points, true).strokePoints(points, true, true);
}

const BODY_SIZE = 56;

/**
 * The token's body (shape, colour and icon) baked once into a texture per look and shared by every
 * unit that has it: a Graphics per unit would be rebuilt every frame, which a software renderer feels.
 * Drawn onto a plain canvas and uploaded once: generateTexture(key) would make a CanvasTexture, which
 * reads its blank canvas back and uploads twice, for each of the twenty-odd looks of a battle.
 */
function bodyTexture(scene: Phaser.Scene, style: SideStyle, icon: string, name: string, spent: boolean, structure: boolean): string {
  const key = `token:${style.shape}:${style.color}:${icon}:${spent ? 1 : 0}:${structure ? 1 : 0}`;
  if (scene.textures.exists(key)) return key;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = BODY_SIZE;
  const g = scene.make.graphics({ x: BODY_SIZE / 2, y: BODY_SIZE / 2 }, false);
  g.fillStyle(0x000000, 0.35).fillEllipse(0, RADIUS - 1, RADIUS * 2, 9);
  drawTokenShape(g, style.shape, structure ? RADIUS - 2 : RADIUS, spent ? shade(style.color, -0.45) : style.color, 0x0b0f14);
  g.lineStyle(1.5, shade(style.color, 0.55), spent ? 0.3 : 0.9);
  if (style.shape === 'circle') g.strokeCircle(0, 0, RADIUS - 3);
  // Light sides (Ultron's steel, civilians' sand) get dark ink; dark ones white.
  const light = luminance(style.color) > 0.55;
  const ink = spent ? (light ? 0x40464f : 0xb8bec8) : light ? 0x10151c : 0xffffff;
  const drawn = drawIcon(g, icon, 11, ink, light ? shade(style.color, 0.5) : shade(style.color, -0.5));
  g.generateTexture(canvas, BODY_SIZE, BODY_SIZE);
  g.destroy();
  if (!drawn) {
    // No drawing for this type: its initials, written onto the baked body.
    const text = scene.make.text({ x: 0, y: 0, text: initialsOf(name), style: { fontFamily: 'Arial', fontSize: '15px', fontStyle: 'bold', color: light ? '#10151c' : '#ffffff' } }, false);
    canvas.getContext('2d')?.drawImage(text.canvas, (BODY_SIZE - text.width) / 2, (BODY_SIZE - text.height) / 2);
    text.destroy();
  }
  scene.textures.create(key, canvas, BODY_SIZE, BODY_SIZE)?.add('__BASE', 0, 0, 0, BODY_SIZE, BODY_SIZE);
  return key;
}

export class UnitToken extends Phaser.GameObjects.Container {
  private face: Phaser.GameObjects.Image;
  private bodyKey = '';
  private bar: Phaser.GameObjects.Graphics;
  private pips: Phaser.GameObjects.Container;
  private statusKey = '';

  constructor(scene: Phaser.Scene, readonly unitId: string) {
    super(scene, 0, 0);
    this.face = scene.add.image(0, 0, '__DEFAULT');
    this.bar = scene.add.graphics();
    this.pips = scene.add.container(0, 0);
    this.add([this.face, this.bar, this.pips]);
    scene.add.existing(this);
  }

  placeAt(x: number, y: number) {
    this.setPosition(x * TILE + TILE / 2, y * TILE + TILE / 2);
  }

  update(unit: Unit, type: UnitType, style: SideStyle, spent: boolean) {
    const key = type.icon ?? type.id;
    const texture = bodyTexture(this.scene, style, key, type.name, spent, type.structure === true);
    if (texture !== this.bodyKey) {
      this.bodyKey = texture;
      this.face.setTexture(texture);
    }
    this.drawHp(unit.hp, type.hp, unit.statuses.find((s) => s.id === 'shielded')?.amount ?? 0);
    this.drawStatuses(unit);
  }

  private drawHp(hp: number, max: number, shield: number) {
    const g = this.bar.clear();
    const w = 36, h = 6, x = -w / 2, y = RADIUS + 3;
    g.fillStyle(0x0b0f14, 0.9).fillRect(x - 1, y - 1, w + 2, h + 2);
    const frac = Math.max(0, Math.min(1, hp / Math.max(1, max)));
    const color = frac > 0.6 ? 0x4ade80 : frac > 0.3 ? 0xfacc15 : 0xf87171;
    g.fillStyle(color).fillRect(x, y, w * frac, h);
    if (shield > 0) g.fillStyle(0x22d3ee).fillRect(x, y - 3, Math.min(w, (w * shield) / Math.max(1, max)), 2);
    // Notches every hit point on small pools, so damage can be counted.
    if (max <= 16) {
      g.fillStyle(0x0b0f14, 0.8);
      for (let i = 1; i < max; i++) g.fillRect(x + (w * i) / max - 0.5, y, 1, h);
    }
  }

  private drawStatuses(unit: Unit) {
    const key = `${unit.statuses.map((st) => st.id).join(',')}|${unit.carrying ?? ''}`;
    if (key === this.statusKey) return;
    this.statusKey = key;
    this.pips.removeAll(true);
    const entries = unit.statuses.map((s) => STATUS_LOOK[s.id]).filter(Boolean);
    if (unit.carrying) entries.push({ letter: '◆', color: 0xfbbf24, label: '' });
    entries.forEach((look, i) => {
      const x = -RADIUS + 4 + i * 12, y = -RADIUS - 6;
      const g = this.scene.add.graphics();
      g.fillStyle(0x0b0f14).fillCircle(x, y, 6.5);
      g.fillStyle(look.color).fillCircle(x, y, 5.5);
      const t = this.scene.add.text(x, y, look.letter, { fontFamily: 'Arial', fontSize: '9px', fontStyle: 'bold', color: '#0b0f14' }).setOrigin(0.5);
      this.pips.add([g, t]);
    });
  }
}
