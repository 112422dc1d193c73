// Icons drawn with Phaser Graphics, one per kind of unit, so no art is downloaded. A unit type's
// `icon` key (or its id) is matched by name; anything unknown gets its initials instead.
import * as Phaser from 'phaser';

type G = Phaser.GameObjects.Graphics;
type Draw = (g: G, s: number, ink: number, accent: number) => void;

const pts = (s: number, list: number[][]) => list.map(([x, y]) => new Phaser.Math.Vector2(x * s, y * s));

function poly(g: G, s: number, list: number[][]) {
  g.fillPoints(pts(s, list), true);
}

const helmet: Draw = (g, s, ink, accent) => {
  g.fillStyle(ink).fillRoundedRect(-0.62 * s, -0.72 * s, 1.24 * s, 1.44 * s, 0.4 * s);
  g.fillStyle(accent).fillRect(-0.45 * s, -0.25 * s, 0.32 * s, 0.14 * s).fillRect(0.13 * s, -0.25 * s, 0.32 * s, 0.14 * s);
  g.fillRect(-0.22 * s, 0.3 * s, 0.44 * s, 0.08 * s);
};

const star = (g: G, s: number, r: number) => {
  const list: number[][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.42;
    list.push([Math.cos(a) * rr, Math.sin(a) * rr]);
  }
  poly(g, s, list);
};

const ICONS: [RegExp, Draw][] = [
  [/hulkbuster/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillRoundedRect(-0.8 * s, -0.7 * s, 1.6 * s, 1.4 * s, 0.3 * s);
    g.fillStyle(accent).fillRect(-0.55 * s, -0.2 * s, 0.4 * s, 0.16 * s).fillRect(0.15 * s, -0.2 * s, 0.4 * s, 0.16 * s);
    g.fillCircle(0, 0.35 * s, 0.14 * s);
  }],
  [/iron-?man|stark/, helmet],
  [/captain|^cap/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillCircle(0, 0, 0.8 * s);
    g.fillStyle(accent).fillCircle(0, 0, 0.58 * s);
    g.fillStyle(ink).fillCircle(0, 0, 0.4 * s);
    g.fillStyle(accent);
    star(g, s, 0.34);
  }],
  [/thor/, (g, s, ink) => {
    g.fillStyle(ink).fillRect(-0.7 * s, -0.72 * s, 1.4 * s, 0.62 * s);
    g.fillRect(-0.12 * s, -0.15 * s, 0.24 * s, 0.95 * s);
  }],
  [/hulk|banner/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillRoundedRect(-0.7 * s, -0.55 * s, 1.4 * s, 1.2 * s, 0.22 * s);
    g.lineStyle(0.1 * s, accent);
    for (const x of [-0.35, 0, 0.35]) g.lineBetween(x * s, -0.55 * s, x * s, -0.05 * s);
  }],
  [/widow|natasha/, (g, s, ink) => {
    g.fillStyle(ink);
    poly(g, s, [[-0.6, -0.7], [0.6, -0.7], [0, 0]]);
    poly(g, s, [[-0.6, 0.7], [0.6, 0.7], [0, 0]]);
  }],
  [/hawkeye|clint|archer/, (g, s, ink) => {
    g.lineStyle(0.16 * s, ink).lineBetween(-0.6 * s, 0.6 * s, 0.45 * s, -0.45 * s);
    g.fillStyle(ink);
    poly(g, s, [[0.75, -0.75], [0.2, -0.6], [0.6, -0.2]]);
    poly(g, s, [[-0.75, 0.35], [-0.5, 0.45], [-0.45, 0.75], [-0.35, 0.35]]);
  }],
  [/scarlet|wanda|witch/, (g, s, ink) => {
    g.lineStyle(0.14 * s, ink);
    g.beginPath();
    for (let i = 0; i <= 28; i++) {
      const a = i * 0.42, r = 0.08 + i * 0.024;
      const x = Math.cos(a) * r * s, y = Math.sin(a) * r * s;
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    }
    g.strokePath();
  }],
  [/quicksilver|pietro/, (g, s, ink) => {
    g.fillStyle(ink);
    poly(g, s, [[0.15, -0.8], [-0.5, 0.1], [-0.05, 0.1], [-0.2, 0.8], [0.5, -0.15], [0.05, -0.15]]);
  }],
  [/vision/, (g, s, ink, accent) => {
    g.fillStyle(ink);
    poly(g, s, [[0, -0.8], [0.65, 0], [0, 0.8], [-0.65, 0]]);
    g.fillStyle(accent);
    poly(g, s, [[0, -0.35], [0.28, 0], [0, 0.35], [-0.28, 0]]);
  }],
  [/war-?machine|rhodes/, (g, s, ink, accent) => {
    g.lineStyle(0.14 * s, ink).strokeCircle(0, 0, 0.58 * s);
    g.lineBetween(-0.8 * s, 0, 0.8 * s, 0).lineBetween(0, -0.8 * s, 0, 0.8 * s);
    g.fillStyle(accent).fillCircle(0, 0, 0.14 * s);
  }],
  [/sentry|sentries/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillCircle(0, 0, 0.66 * s);
    g.fillStyle(accent).fillCircle(0, 0, 0.34 * s);
    g.fillStyle(ink).fillCircle(0, 0, 0.12 * s);
  }],
  [/legion|drone/, (g, s, ink) => {
    g.lineStyle(0.14 * s, ink).lineBetween(-0.6 * s, -0.6 * s, 0.6 * s, 0.6 * s).lineBetween(-0.6 * s, 0.6 * s, 0.6 * s, -0.6 * s);
    g.fillStyle(ink);
    for (const [x, y] of [[-0.6, -0.6], [0.6, 0.6], [-0.6, 0.6], [0.6, -0.6]]) g.fillCircle(x * s, y * s, 0.22 * s);
    g.fillCircle(0, 0, 0.26 * s);
  }],
  [/ultron/, (g, s, ink, accent) => {
    g.fillStyle(ink);
    poly(g, s, [[-0.55, -0.75], [0.55, -0.75], [0.7, -0.1], [0.35, 0.75], [-0.35, 0.75], [-0.7, -0.1]]);
    g.fillStyle(accent);
    poly(g, s, [[-0.5, -0.3], [-0.12, -0.18], [-0.42, -0.05]]);
    poly(g, s, [[0.5, -0.3], [0.12, -0.18], [0.42, -0.05]]);
    g.fillRect(-0.3 * s, 0.3 * s, 0.6 * s, 0.1 * s);
  }],
  [/civilian|person|technician|people|cho|scientist/, (g, s, ink) => {
    g.fillStyle(ink).fillCircle(0, -0.42 * s, 0.28 * s);
    g.fillRoundedRect(-0.42 * s, -0.08 * s, 0.84 * s, 0.8 * s, 0.25 * s);
  }],
  [/^klaue$|claw/, (g, s, ink) => {
    g.lineStyle(0.18 * s, ink);
    for (const dx of [-0.45, 0, 0.45]) g.lineBetween((dx + 0.2) * s, -0.7 * s, (dx - 0.2) * s, 0.7 * s);
  }],
  [/strucker|list|baron/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillCircle(0, 0, 0.7 * s);
    g.lineStyle(0.1 * s, accent).strokeCircle(0.25 * s, -0.1 * s, 0.2 * s);
    g.lineBetween(0.25 * s, 0.1 * s, 0.3 * s, 0.6 * s);
  }],
  [/merc|trooper|hydra|soldier|heavy|guard/, (g, s, ink, accent) => {
    g.fillStyle(ink);
    g.slice(0, 0.1 * s, 0.72 * s, Math.PI, 0, false).fillPath();
    g.fillRect(-0.85 * s, 0.02 * s, 1.7 * s, 0.16 * s);
    g.fillStyle(accent).fillRect(-0.4 * s, -0.3 * s, 0.8 * s, 0.14 * s);
  }],
  [/scepter|staff/, (g, s, ink, accent) => {
    g.lineStyle(0.16 * s, ink).lineBetween(-0.5 * s, 0.7 * s, 0.3 * s, -0.3 * s);
    g.fillStyle(accent).fillCircle(0.42 * s, -0.45 * s, 0.26 * s);
  }],
  [/cradle|pod/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillRoundedRect(-0.45 * s, -0.75 * s, 0.9 * s, 1.5 * s, 0.4 * s);
    g.fillStyle(accent).fillRoundedRect(-0.25 * s, -0.45 * s, 0.5 * s, 0.7 * s, 0.2 * s);
  }],
  [/trigger|core|drill|reactor|device/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillCircle(0, 0, 0.75 * s);
    g.fillStyle(accent).fillCircle(0, 0, 0.45 * s);
    g.fillStyle(ink).fillCircle(0, 0, 0.2 * s);
  }],
  [/crate|vibranium|box|cargo/, (g, s, ink, accent) => {
    g.fillStyle(ink).fillRect(-0.65 * s, -0.65 * s, 1.3 * s, 1.3 * s);
    g.lineStyle(0.1 * s, accent).lineBetween(-0.65 * s, -0.65 * s, 0.65 * s, 0.65 * s).lineBetween(-0.65 * s, 0.65 * s, 0.65 * s, -0.65 * s);
  }],
  [/lifeboat|boat|helicarrier|quinjet|truck|train|vehicle/, (g, s, ink) => {
    g.fillStyle(ink);
    poly(g, s, [[-0.8, -0.1], [0.8, -0.1], [0.5, 0.5], [-0.5, 0.5]]);
    g.fillRect(-0.3 * s, -0.55 * s, 0.6 * s, 0.4 * s);
  }],
];

/** The drawing for an icon key, or null when only initials will do. */
export function iconDrawing(key: string): Draw | null {
  const k = key.toLowerCase();
  return ICONS.find(([pattern]) => pattern.test(k))?.[1] ?? null;
}

export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : name.slice(0, 2)).toUpperCase();
}

/** Draws the icon centred on the graphics' origin, `s` is about half its size in pixels. */
export function drawIcon(g: G, key: string, s: number, ink: number, accent: number): boolean {
  const draw = iconDrawing(key);
  if (draw) draw(g, s, ink, accent);
  return draw !== null;
}
