// A side's AI settings from the scenario (aggression, caution, behaviours) and which behaviour
// applies to which unit, with the defaults the format documents.
import { unitTypeOf, type AiBehaviour, type GameState, type Unit, type UnitSelector } from '../engine';

export interface SideSettings {
  aggression: number;
  caution: number;
  behaviours: AiBehaviour[];
}

const clamp01 = (v: number | undefined, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;

export function sideSettings(state: GameState, side: string): SideSettings {
  const ai = state.scenario.sides.find((s) => s.id === side)?.ai;
  return {
    aggression: clamp01(ai?.aggression, 0.5),
    caution: clamp01(ai?.caution, 0.5),
    behaviours: ai?.behaviours ?? [],
  };
}

export function selectorMatches(state: GameState, selector: UnitSelector, unit: Unit): boolean {
  if (selector.unit !== undefined && selector.unit !== unit.id) return false;
  if (selector.side !== undefined && selector.side !== unit.side) return false;
  if (selector.unitType !== undefined && selector.unitType !== unit.type) return false;
  if (selector.tag !== undefined && !unitTypeOf(state, unit).tags.includes(selector.tag)) return false;
  return true;
}

/** Every behaviour whose selector picks this unit, in the order the scenario lists them. */
export function behavioursOf(state: GameState, settings: SideSettings, unit: Unit): AiBehaviour[] {
  return settings.behaviours.filter((b) => selectorMatches(state, b.units, unit));
}
