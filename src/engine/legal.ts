// The one list of legal actions: the game's highlights, the validator and the AI all read it.
import { unitTypeOf } from './board';
import { reachableDestinations } from './movement';
import { abilityTargets } from './targeting';
import type { Action, GameState, Unit } from './types';

function canAct(state: GameState, unit: Unit): boolean {
  return unit.out === null && unit.side === state.side && unit.ap > 0 && !unitTypeOf(state, unit).structure;
}

function unitActions(state: GameState, unit: Unit): Action[] {
  const actions: Action[] = reachableDestinations(state, unit).map((to) => ({ type: 'move', unit: unit.id, to }));
  for (const ability of unitTypeOf(state, unit).abilities) {
    if ((unit.cooldowns[ability.id] ?? 0) > 0 || (ability.ap ?? 1) > unit.ap) continue;
    for (const target of abilityTargets(state, unit, ability)) {
      actions.push({ type: 'ability', unit: unit.id, ability: ability.id, target });
    }
  }
  return actions;
}

/** Every legal action for the side whose turn it is (or for one unit of it); ending the turn last. */
export function legalActions(state: GameState, unitId?: string): Action[] {
  if (state.result) return [];
  const units = state.units.filter((u) => (unitId === undefined || u.id === unitId) && canAct(state, u));
  const actions = units.flatMap((u) => unitActions(state, u));
  if (unitId === undefined) actions.push({ type: 'endTurn' });
  return actions;
}
