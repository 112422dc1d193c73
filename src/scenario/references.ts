// Cross-checks within a scenario that a schema cannot express: ids that must be unique, names that
// must refer to something defined, and units and items that must stand somewhere they can.
import { canStand, TERRAIN_RULES } from '../engine/terrain';
import type { MapDef, Pos, SideDef, StatusInstance, UnitSelector, UnitType } from '../engine/types';
import { didYouMean, type PathStep } from './errors';
import type { ItemFile, UnitFile } from './format';
import { inMap } from './map-check';
import { present, type Reporter } from './report';

export const NAME_KINDS = {
  side: 'side',
  unitType: 'unit type',
  unit: 'unit',
  area: 'area',
  objective: 'objective',
  item: 'item',
} as const;
export type NameKind = keyof typeof NAME_KINDS;

const CODE: Record<NameKind, string> = {
  side: 'unknown-side',
  unitType: 'unknown-unit-type',
  unit: 'unknown-unit',
  area: 'unknown-area',
  objective: 'unknown-objective',
  item: 'unknown-item',
};

/** Everything a scenario defines, by kind; `unitTypes` also holds the resolved types for placement checks. */
export class ScenarioNames {
  readonly ids: Record<NameKind, Set<string>> = {
    side: new Set(), unitType: new Set(), unit: new Set(), area: new Set(), objective: new Set(), item: new Set(),
  };

  constructor(
    readonly report: Reporter,
    readonly map: MapDef | null,
    readonly unitTypes: ReadonlyMap<string, UnitType>,
  ) {
    for (const id of unitTypes.keys()) this.ids.unitType.add(id);
  }

  /** Reports an unknown name (with the nearest known one); true when it is known. */
  check(kind: NameKind, value: string | undefined, path: readonly PathStep[]): boolean {
    if (value === undefined || this.ids[kind].has(value)) return true;
    this.report(CODE[kind], path, `unknown ${NAME_KINDS[kind]} '${value}'${didYouMean(value, this.ids[kind])}`);
    return false;
  }

  checkSelector(selector: UnitSelector, path: readonly PathStep[]): void {
    this.check('unit', selector.unit, [...path, 'unit']);
    this.check('side', selector.side, [...path, 'side']);
    this.check('unitType', selector.unitType, [...path, 'unitType']);
  }

  checkTile(tile: Pos, path: readonly PathStep[]): boolean {
    if (!this.map || inMap(this.map, tile.x, tile.y)) return true;
    this.report('tile-off-map', path, `the tile x ${tile.x}, y ${tile.y} is outside the ${this.map.width}×${this.map.height} map`);
    return false;
  }

  /** A tile or an area id. */
  checkPlace(at: Pos | string, path: readonly PathStep[]): void {
    if (typeof at === 'string') this.check('area', at, path);
    else this.checkTile(at, path);
  }

  terrainAt(x: number, y: number) {
    return this.map!.terrain[y * this.map!.width + x];
  }
}

/** Reports ids used twice in a list; `what` names the list in the message. */
export function checkUnique(list: readonly ({ id: string } | undefined)[] | undefined, path: readonly PathStep[], what: string, report: Reporter): void {
  const first = new Map<string, number>();
  for (const [entry, i] of present(list)) {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, i);
    else report('duplicate-id', [...path, i, 'id'], `the ${what} id '${entry.id}' is already used by ${what} ${earlier}`);
  }
}

export function checkSides(sides: readonly (SideDef | undefined)[] | undefined, names: ScenarioNames): void {
  checkUnique(sides, ['sides'], 'side', names.report);
  for (const [side, i] of present(sides)) {
    const path = ['sides', i];
    side.enemies.forEach((enemy, j) => {
      if (!names.check('side', enemy, [...path, 'enemies', j])) return;
      if (enemy === side.id) names.report('bad-reference', [...path, 'enemies', j], `the side '${side.id}' cannot be its own enemy`);
    });
    for (const [behaviour, j] of present(side.ai?.behaviours)) {
      const at = [...path, 'ai', 'behaviours', j];
      names.checkSelector(behaviour.units, [...at, 'units']);
      names.check('area', behaviour.area, [...at, 'area']);
      names.check('unit', behaviour.target, [...at, 'target']);
      behaviour.route?.forEach((tile, k) => names.checkTile(tile, [...at, 'route', k]));
    }
  }
}

export function checkUnits(units: readonly (UnitFile | undefined)[] | undefined, names: ScenarioNames): void {
  checkUnique(units, ['units'], 'unit', names.report);
  const occupied = new Map<number, string>();
  for (const [unit, i] of present(units)) {
    const path = ['units', i];
    names.check('side', unit.side, [...path, 'side']);
    for (const [status, j] of present(unit.statuses)) checkStatus(status, [...path, 'statuses', j], names);
    const typeKnown = names.check('unitType', unit.type, [...path, 'type']);
    const type = typeKnown ? names.unitTypes.get(unit.type) : undefined;
    if (type && unit.hp !== undefined && unit.hp > type.hp) {
      names.report('out-of-range', [...path, 'hp'], `hp ${unit.hp} is more than the ${type.name} type's ${type.hp}`);
    }
    if (!names.map) continue;
    if (!inMap(names.map, unit.x, unit.y)) {
      names.report('unit-off-map', path, `'${unit.id}' at x ${unit.x}, y ${unit.y} is outside the ${names.map.width}×${names.map.height} map`);
      continue;
    }
    const terrain = names.terrainAt(unit.x, unit.y);
    if (type && !canStand(terrain, type.flying === true)) {
      const who = type.flying ? 'even a flyer' : 'a walking unit';
      names.report('unit-on-blocked-tile', path, `'${unit.id}' stands on ${terrain} at x ${unit.x}, y ${unit.y}, where ${who} cannot stand`);
    }
    const index = unit.y * names.map.width + unit.x;
    const other = occupied.get(index);
    if (other !== undefined) names.report('tile-occupied', path, `'${unit.id}' stands on x ${unit.x}, y ${unit.y}, where '${other}' already stands`);
    else occupied.set(index, unit.id);
  }
}

/** Statuses that need a detail to mean anything: whom a controlled unit serves, what a shield absorbs. */
function checkStatus(status: StatusInstance, path: PathStep[], names: ScenarioNames): void {
  names.check('side', status.side, [...path, 'side']);
  if (status.id === 'controlled' && status.side === undefined) names.report('missing-field', path, "missing the field 'side' (the side a controlled unit serves)");
  if (status.id === 'shielded' && status.amount === undefined) names.report('missing-field', path, "missing the field 'amount' (the damage a shield absorbs)");
}

export function checkItems(items: readonly (ItemFile | undefined)[] | undefined, startingUnits: ReadonlySet<string>, names: ScenarioNames): void {
  checkUnique(items, ['items'], 'item', names.report);
  const carriers = new Map<string, string>();
  const tiles = new Map<number, string>();
  for (const [item, i] of present(items)) {
    const path = ['items', i];
    if ((item.at === undefined) === (item.carrier === undefined)) {
      names.report('item-placement', path, `the item '${item.id}' needs exactly one of 'at' (a tile) or 'carrier' (a unit id)`);
      continue;
    }
    if (item.carrier !== undefined) {
      if (!startingUnits.has(item.carrier)) {
        // A unit a trigger spawns later is a known name, but it cannot hold anything at the start.
        if (names.check('unit', item.carrier, [...path, 'carrier'])) {
          names.report('unknown-unit', [...path, 'carrier'], `'${item.carrier}' is not on the map at the start (a trigger spawns it later), so it cannot carry '${item.id}' from the start`);
        }
        continue;
      }
      const other = carriers.get(item.carrier);
      if (other) names.report('carrier-busy', [...path, 'carrier'], `'${item.carrier}' already carries '${other}'; a unit carries one item`);
      else carriers.set(item.carrier, item.id);
    }
    if (item.at && names.map) checkItemTile(item, item.at, [...path, 'at'], tiles, names);
  }
}

function checkItemTile(item: ItemFile, at: Pos, path: PathStep[], tiles: Map<number, string>, names: ScenarioNames): void {
  const map = names.map!;
  if (!inMap(map, at.x, at.y)) {
    names.report('item-off-map', path, `the item '${item.id}' at x ${at.x}, y ${at.y} is outside the ${map.width}×${map.height} map`);
    return;
  }
  const terrain = names.terrainAt(at.x, at.y);
  // No unit could ever stand there to take it: inside a wall or building, or sunk in water or a chasm.
  if (!canStand(terrain, true) || TERRAIN_RULES[terrain].lethal) {
    names.report('item-on-blocked-tile', path, `the item '${item.id}' lies on ${terrain} at x ${at.x}, y ${at.y}, where no unit can stand to take it`);
  }
  const index = at.y * map.width + at.x;
  const other = tiles.get(index);
  if (other) names.report('item-tile-taken', path, `the item '${item.id}' lies on the same tile as '${other}'`);
  else tiles.set(index, item.id);
}
