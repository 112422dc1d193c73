// Changing the map during a battle: terrain set by triggers and abilities, terrain wrecked.
import { inBounds, terrainAt, tileIndex, unitAt, unitTypeOf } from './board';
import { emit, type Ctx } from './context';
import { canStand, TERRAIN_RULES } from './terrain';
import { defeat } from './units';
import type { Pos, Terrain } from './types';

export function setTerrain(ctx: Ctx, at: Pos, terrain: Terrain): void {
  const { state } = ctx;
  if (!inBounds(state, at.x, at.y)) return;
  const from = terrainAt(state, at.x, at.y);
  if (from === terrain) return;
  const index = tileIndex(state, at.x, at.y);
  if (state.scenario.map.terrain[index] === terrain) delete state.terrain[index];
  else state.terrain[index] = terrain;
  delete state.terrainDamage[index];
  emit(ctx, { type: 'terrainChanged', at: { x: at.x, y: at.y }, from, to: terrain });
  // A walker left standing where it no longer can (the floor gave way) falls.
  const unit = unitAt(state, at.x, at.y);
  if (unit && !canStand(terrain, !!unitTypeOf(state, unit).flying)) defeat(ctx, unit, 'fell');
}

/** Damage to a tile's terrain; at its toughness it is wrecked (and counted as collateral). */
export function wreckTile(ctx: Ctx, at: Pos, amount: number): void {
  const { state } = ctx;
  if (!inBounds(state, at.x, at.y) || amount <= 0) return;
  const rule = TERRAIN_RULES[terrainAt(state, at.x, at.y)];
  if (rule.toughness === null) return;
  const index = tileIndex(state, at.x, at.y);
  const damage = (state.terrainDamage[index] ?? 0) + amount;
  if (damage < rule.toughness) {
    state.terrainDamage[index] = damage;
    return;
  }
  state.stats.terrainWrecked += 1;
  setTerrain(ctx, at, rule.wrecksInto);
}
