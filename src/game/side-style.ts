// How each side looks: a colour AND a token shape, so sides stay apart for colour-blind players.
import type { GameState } from '../engine';

export type TokenShape = 'circle' | 'hexagon' | 'square' | 'triangle' | 'diamond' | 'pentagon';

export interface SideStyle {
  color: number;
  shape: TokenShape;
  /** A word for the legend and the turn banner. */
  label: string;
}

/** Well-known side ids get a fixed look; the rest take the next free shape in order. */
const KNOWN: Record<string, { color: number; shape: TokenShape }> = {
  avengers: { color: 0x3b82f6, shape: 'circle' },
  heroes: { color: 0x3b82f6, shape: 'circle' },
  ultron: { color: 0xe5484d, shape: 'hexagon' },
  klaue: { color: 0xa855f7, shape: 'square' },
  mercenaries: { color: 0xa855f7, shape: 'square' },
  civilians: { color: 0xf5c542, shape: 'triangle' },
  hydra: { color: 0x22a06b, shape: 'diamond' },
};
const FALLBACK_SHAPES: TokenShape[] = ['circle', 'hexagon', 'square', 'triangle', 'diamond', 'pentagon'];
const FALLBACK_COLORS = [0x3b82f6, 0xe5484d, 0xa855f7, 0xf5c542, 0x22a06b, 0x14b8a6];

export function parseColor(text: string | undefined): number | null {
  if (!text) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(text.trim());
  return m ? parseInt(m[1], 16) : null;
}

export function sideStyles(state: GameState): Map<string, SideStyle> {
  const styles = new Map<string, SideStyle>();
  const used = new Set<TokenShape>();
  const sides = state.scenario.sides;
  for (const side of sides) {
    const known = KNOWN[side.id];
    if (known) used.add(known.shape);
  }
  sides.forEach((side, index) => {
    const known = KNOWN[side.id];
    const shape = known?.shape ?? FALLBACK_SHAPES.find((s) => !used.has(s)) ?? 'pentagon';
    used.add(shape);
    const color = parseColor(side.color) ?? known?.color ?? FALLBACK_COLORS[index % FALLBACK_COLORS.length];
    styles.set(side.id, { color, shape, label: side.name });
  });
  return styles;
}

export const cssColor = (color: number) => `#${color.toString(16).padStart(6, '0')}`;

/** A colour mixed towards white (amount > 0) or black (amount < 0). */
export function shade(color: number, amount: number): number {
  const mix = (c: number) => Math.round(amount >= 0 ? c + (255 - c) * amount : c * (1 + amount));
  const r = mix((color >> 16) & 255), g = mix((color >> 8) & 255), b = mix(color & 255);
  return (r << 16) | (g << 8) | b;
}

/** Relative brightness 0..1, to pick ink that stands out on a side's colour. */
export function luminance(color: number): number {
  const r = (color >> 16) & 255, g = (color >> 8) & 255, b = color & 255;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
