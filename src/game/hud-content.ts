// What the HUD shows, worked out from the state: objective lines, the forces legend and a unit's card.
// Pure functions of the state and the side styles, so the controller only decides when to show them.
import { objectiveList, standingUnits, turnSides, unitTypeOf, type GameState, type Unit } from '../engine';
import type { ObjectiveLine, UnitCard } from './battle-hud';
import { cssColor, type SideStyle } from './side-style';
import { STATUS_LOOK } from './unit-token';

const sideName = (state: GameState, id: string) => state.scenario.sides.find((s) => s.id === id)?.name ?? id;

export function objectiveLines(state: GameState): ObjectiveLine[] {
  return objectiveList(state).filter((o) => o.status !== 'inactive').map((o) => ({
    text: o.text, status: o.status, progress: o.progress, goal: typeof o.goal === 'number' ? o.goal : null, primary: o.primary,
  }));
}

/** Every side with units standing, those that take turns first, in turn order. */
export function forcesLegend(state: GameState, styles: Map<string, SideStyle>) {
  const acting = turnSides(state);
  const order = acting.concat(state.scenario.sides.map((s) => s.id).filter((id) => !acting.includes(id)));
  const standing = standingUnits(state);
  return order.map((id) => {
    const style = styles.get(id);
    return { name: sideName(state, id), color: cssColor(style?.color ?? 0xffffff), shape: style?.shape ?? 'circle', count: standing.filter((u) => u.side === id).length };
  }).filter((e) => e.count > 0);
}

export function unitCard(state: GameState, unit: Unit, style: SideStyle | undefined, own: boolean): UnitCard {
  const type = unitTypeOf(state, unit);
  return {
    name: unit.name, typeName: type.name, sideName: sideName(state, unit.side),
    sideColor: cssColor(style?.color ?? 0xffffff), shape: style?.shape ?? 'circle', hp: unit.hp, maxHp: type.hp, ap: unit.ap, move: type.move,
    statuses: unit.statuses.map((s) => `${STATUS_LOOK[s.id]?.label.split(':')[0] ?? s.id}${s.turns ? ` (${s.turns})` : ''}`),
    carrying: unit.carrying ? state.items.find((i) => i.id === unit.carrying)?.name ?? unit.carrying : null, own,
  };
}
