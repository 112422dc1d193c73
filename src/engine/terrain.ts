// What each terrain does: movement cost, what it blocks, the cover it gives, and how it wrecks.
import type { Terrain } from './types';

export interface TerrainRule {
  /** Movement cost for walkers; null = walkers cannot enter. */
  cost: number | null;
  /** Flyers cannot pass (walls, buildings); phasers can. */
  blocksFlyers: boolean;
  blocksSight: boolean;
  /** Cover it gives a unit beside it, against attacks from its side. */
  cover: number;
  /** A walker pushed or placed here falls. */
  lethal: boolean;
  /** Damage it takes before it is wrecked; null = it cannot be wrecked. */
  toughness: number | null;
  wrecksInto: Terrain;
}

const rule = (r: Partial<TerrainRule>): TerrainRule => ({
  cost: 1,
  blocksFlyers: false,
  blocksSight: false,
  cover: 0,
  lethal: false,
  toughness: null,
  wrecksInto: 'debris',
  ...r,
});

export const TERRAIN_RULES: Record<Terrain, TerrainRule> = {
  open: rule({}),
  rough: rule({ cost: 2 }),
  'low-cover': rule({ cost: 2, cover: 20, toughness: 2, wrecksInto: 'rough' }),
  'high-cover': rule({ cost: null, cover: 40, toughness: 3 }),
  wall: rule({ cost: null, blocksFlyers: true, blocksSight: true, cover: 40 }),
  water: rule({ cost: null, lethal: true }),
  chasm: rule({ cost: null, lethal: true }),
  building: rule({ cost: null, blocksFlyers: true, blocksSight: true, cover: 40, toughness: 4 }),
  debris: rule({ cost: 2, cover: 20 }),
};

/** Can a unit with these traits stand on (or pass through) this terrain? */
export function canEnter(terrain: Terrain, flying: boolean, phasing: boolean): boolean {
  const r = TERRAIN_RULES[terrain];
  if (phasing) return true;
  if (flying) return !r.blocksFlyers;
  return r.cost !== null;
}

/** Can a unit end its move here? Phasers pass through walls but do not stop inside them. */
export function canStand(terrain: Terrain, flying: boolean): boolean {
  const r = TERRAIN_RULES[terrain];
  if (flying) return !r.blocksFlyers;
  return r.cost !== null;
}
