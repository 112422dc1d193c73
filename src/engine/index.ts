// The rules engine's public face. Pure: no DOM, no Node, no clock, no Math.random.
export * from './types';
export { applyAction, applyActionInPlace, checkAction, freezeStates } from './apply';
export { canCapture } from './abilities';
export {
  chebyshev, elevationAt, inBounds, isHostile, standingUnits, terrainAt, unitAt, unitById, unitTypeOf,
} from './board';
export { cloneState, createGame, deserializeState, ENGINE_VERSION, serializeState, startGame } from './game';
export { canonicalJson, hashScenario, hashState, hashText } from './hash';
export { legalActions } from './legal';
export { objectiveList } from './objectives';
export { maxDamage, preview } from './preview';
export { hasLineOfSight, hitChance, coverAgainst } from './sight';
export { TERRAIN_RULES } from './terrain';
export { turnSides } from './turns';

import { unitById, unitTypeOf } from './board';
import { reachableTiles as reachFrom } from './movement';
import { abilityTargets as targetsFor, abilityTiles as tilesFor } from './targeting';
import type { GameState, Pos } from './types';

export function reachableTiles(state: GameState, unitId: string) {
  const unit = unitById(state, unitId);
  return unit && unit.out === null ? reachFrom(state, unit) : [];
}

export function abilityTargets(state: GameState, unitId: string, abilityId: string): Pos[] {
  const unit = unitById(state, unitId);
  const ability = unit && unitTypeOf(state, unit).abilities.find((a) => a.id === abilityId);
  return unit && ability && unit.out === null ? targetsFor(state, unit, ability) : [];
}

export function abilityTiles(state: GameState, unitId: string, abilityId: string, target: Pos): Pos[] {
  const unit = unitById(state, unitId);
  const ability = unit && unitTypeOf(state, unit).abilities.find((a) => a.id === abilityId);
  return unit && ability ? tilesFor(state, unit, ability, target) : [];
}
