// Lookups derived once per scenario: a scenario inside a state never changes, so tables built from
// it (terrain as numbers, areas as tile masks, who is hostile to whom) are cached by its identity
// and shared by every state of the match, on both the immer path and the fast path.
import { TERRAIN_RULES } from './terrain';
import type { GameEvent, GameState, ObjectiveDef, Scenario, Terrain, TriggerDef, TriggerWhen } from './types';

/** Terrain kinds in a fixed order, so a tile's terrain fits in a byte. */
export const TERRAIN_KINDS = Object.keys(TERRAIN_RULES) as Terrain[];
const TERRAIN_CODE = new Map<Terrain, number>(TERRAIN_KINDS.map((t, i) => [t, i]));

export const terrainCode = (terrain: Terrain): number => TERRAIN_CODE.get(terrain) ?? 0;

export interface ScenarioIndex {
  width: number;
  height: number;
  /** The map's own terrain by tile index, as codes into TERRAIN_KINDS. */
  baseTerrain: Uint8Array;
  elevation: Int16Array;
  /** For each area, 1 on its tiles. */
  areas: Map<string, Uint8Array>;
  /** For each side, the sides hostile to it (either naming the other), in scenario order. */
  hostileTo: Map<string, string[]>;
  /** The objectives each side owns that count for victory (primary), in scenario order. */
  primariesOf: Map<string, number[]>;
  /** For each tag, the unit types that carry it. */
  typesWithTag: Map<string, Set<string>>;
  /** For each kind of event, the triggers (in scenario order) that such an event can set off. */
  triggersFor: Map<GameEvent['type'], TriggerDef[]>;
  /** Objectives decided by where units stand (see objectives.ts), in scenario order. */
  positional: ObjectiveDef[];
}

/** The events each kind of trigger listens to. */
const LISTENS_TO: Record<TriggerWhen['event'], GameEvent['type'][]> = {
  turnStart: ['turnStarted'],
  enterArea: ['moved', 'pushed', 'teleported', 'uploaded', 'spawned'],
  unitDefeated: ['defeated'],
  hpBelow: ['damaged'],
  objectiveMet: ['objectiveChanged'],
  objectiveFailed: ['objectiveChanged'],
  itemPickedUp: ['itemPickedUp'],
  statusApplied: ['statusApplied'],
  uploaded: ['uploaded'],
};

/** Objective kinds a unit's place alone can decide. */
export const POSITIONAL_OBJECTIVES: ReadonlySet<ObjectiveDef['type']> = new Set<ObjectiveDef['type']>(['carryItem', 'denyArea']);

const cache = new WeakMap<Scenario, ScenarioIndex>();

// The last one asked for: rules ask many times per action, nearly always about the same scenario.
let lastScenario: Scenario | null = null;
let lastIndex: ScenarioIndex | null = null;

export function scenarioIndex(state: GameState): ScenarioIndex {
  const scenario = state.scenario;
  if (scenario === lastScenario) return lastIndex!;
  let index = cache.get(scenario);
  if (!index) {
    index = build(scenario);
    cache.set(scenario, index);
  }
  lastScenario = scenario;
  lastIndex = index;
  return index;
}

function build(scenario: Scenario): ScenarioIndex {
  const { width, height } = scenario.map;
  const size = width * height;
  const baseTerrain = new Uint8Array(size);
  const elevation = new Int16Array(size);
  for (let i = 0; i < size; i++) {
    baseTerrain[i] = terrainCode(scenario.map.terrain[i]);
    elevation[i] = scenario.map.elevation[i] ?? 0;
  }
  const areas = new Map<string, Uint8Array>();
  for (const [name, tiles] of Object.entries(scenario.areas)) {
    const mask = new Uint8Array(size);
    for (const t of tiles) if (t.x >= 0 && t.y >= 0 && t.x < width && t.y < height) mask[t.y * width + t.x] = 1;
    areas.set(name, mask);
  }
  const hostileTo = new Map<string, string[]>();
  for (const a of scenario.sides) {
    hostileTo.set(a.id, scenario.sides
      .filter((b) => b.id !== a.id && (a.enemies.includes(b.id) || b.enemies.includes(a.id)))
      .map((b) => b.id));
  }
  const owner = (side: string | undefined) => side ?? scenario.sides[0].id;
  const primariesOf = new Map<string, number[]>();
  for (const side of scenario.sides) {
    const list: number[] = [];
    scenario.objectives.forEach((o, i) => {
      if (owner(o.side) === side.id && o.primary !== false) list.push(i);
    });
    primariesOf.set(side.id, list);
  }
  const typesWithTag = new Map<string, Set<string>>();
  for (const [typeId, type] of Object.entries(scenario.unitTypes)) {
    for (const tag of type.tags) {
      let types = typesWithTag.get(tag);
      if (!types) typesWithTag.set(tag, (types = new Set()));
      types.add(typeId);
    }
  }
  const triggersFor = new Map<GameEvent['type'], TriggerDef[]>();
  for (const trigger of scenario.triggers) {
    for (const type of LISTENS_TO[trigger.when.event] ?? []) {
      let list = triggersFor.get(type);
      if (!list) triggersFor.set(type, (list = []));
      list.push(trigger);
    }
  }
  const positional = scenario.objectives.filter((o) => POSITIONAL_OBJECTIVES.has(o.type));
  return { width, height, baseTerrain, elevation, areas, hostileTo, primariesOf, typesWithTag, triggersFor, positional };
}

/** Is the tile inside the named area? An unknown area holds no tile. */
export function inAreaIndex(state: GameState, area: string, x: number, y: number): boolean {
  const { width, height } = scenarioIndex(state);
  return x >= 0 && y >= 0 && x < width && y < height && areaMask(state, area)[y * width + x] === 1;
}

const NO_TYPES: ReadonlySet<string> = new Set();

/** The unit types that carry a tag. */
export function typesWithTag(state: GameState, tag: string): ReadonlySet<string> {
  return scenarioIndex(state).typesWithTag.get(tag) ?? NO_TYPES;
}

/** An area's tiles as a mask by tile index (all zero for an unknown area). */
export function areaMask(state: GameState, area: string): Uint8Array {
  const index = scenarioIndex(state);
  let mask = index.areas.get(area);
  if (!mask) index.areas.set(area, (mask = new Uint8Array(index.width * index.height)));
  return mask;
}

const NO_TRIGGERS: readonly TriggerDef[] = [];

/** The triggers an event of this kind can set off, in scenario order. */
export function triggersListeningTo(state: GameState, type: GameEvent['type']): readonly TriggerDef[] {
  return scenarioIndex(state).triggersFor.get(type) ?? NO_TRIGGERS;
}

/** Sides hostile to `side`. */
export function hostileSidesOf(state: GameState, side: string): string[] {
  return scenarioIndex(state).hostileTo.get(side) ?? [];
}
