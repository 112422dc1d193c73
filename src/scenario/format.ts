// The scenario file format as a modder writes it (JSON). parseScenario validates a file of this
// shape and resolves it into the engine's Scenario (src/engine/types.ts): map rows become terrain
// arrays, areas become tile lists, unit types are merged with the roster and `extends`, and
// ability ids become ability definitions.

import type {
  AbilityDef,
  AiSettings,
  ObjectiveDef,
  Pos,
  SideDef,
  StatusInstance,
  Terrain,
  TriggerDef,
  UploadRule,
} from '../engine/types';

/** One character of a map row → a terrain. */
export type Legend = Record<string, Terrain>;

/** The default legend; a map's own `legend` adds characters to it and may redefine these. */
export const DEFAULT_LEGEND: Legend = {
  '.': 'open',
  ',': 'rough',
  n: 'low-cover',
  N: 'high-cover',
  '#': 'wall',
  '~': 'water',
  _: 'chasm',
  B: 'building',
  '%': 'debris',
};

/**
 * A map drawn as rows of characters. Maps drawn in Tiled will be another shape of `map` (naming the
 * Tiled file instead of `rows`); the schema tells such shapes apart by their required fields.
 */
export interface MapFile {
  /** Rows of equal length, top row first; each character is a tile, read through the legend. */
  rows: string[];
  /** Added to DEFAULT_LEGEND (a character given here replaces the default meaning). */
  legend?: Legend;
  /** Rows of digits 0-3, same size as `rows`; omitted = all 0. */
  elevation?: string[];
}

/**
 * A map drawn in Tiled (orthogonal, saved as JSON .tmj): the whole Tiled map embedded, or the path
 * of a .tmj file relative to the scenario (the `ultron` command and the game's loaders read it).
 * Terrain comes from tile properties; units and areas may come from its object layers.
 */
export interface TiledMapFile {
  tiled: string | Record<string, unknown>;
}

export type AreaFile = { rect: { x: number; y: number; w: number; h: number } } | { tiles: Pos[] };

/**
 * A unit type. In the roster, name, tags, hp, armour, defence, move, ap and abilities are required.
 * In a scenario a type may `extends` a roster or scenario type by id and give only what it changes
 * (an abilities list replaces the whole list); a type with a roster type's id overrides it field by
 * field; any other new type needs name, hp and move (the rest default: tags [], armour 0, defence 0,
 * ap 2, no abilities). Abilities are ids of shared abilities (the scenario's `abilities`, then the
 * roster's) or whole definitions. Ids: letters, digits, '-' and '_', at most 64.
 */
export interface UnitTypeFile {
  id: string;
  extends?: string;
  name?: string;
  description?: string;
  icon?: string;
  tags?: string[];
  hp?: number;
  armour?: number;
  defence?: number;
  move?: number;
  ap?: number;
  flying?: boolean;
  phasing?: boolean;
  structure?: boolean;
  upload?: UploadRule;
  blocksUpload?: number;
  abilities?: (string | AbilityDef)[];
}

export interface UnitFile {
  id: string;
  type: string;
  side: string;
  x: number;
  y: number;
  name?: string;
  hp?: number;
  statuses?: StatusInstance[];
}

/** Exactly one of `at` (lying on a tile) and `carrier` (a unit on the map at the start). */
export interface ItemFile {
  id: string;
  name: string;
  at?: Pos;
  carrier?: string;
}

export interface ScenarioFile {
  $schema?: string;
  id: string;
  name: string;
  briefing: string;
  debrief: { victory: string; defeat: string };
  turnLimit: number;
  map: MapFile | TiledMapFile;
  areas?: Record<string, AreaFile>;
  sides: SideDef[];
  abilities?: AbilityDef[];
  unitTypes?: UnitTypeFile[];
  units: UnitFile[];
  items?: ItemFile[];
  objectives: ObjectiveDef[];
  triggers?: TriggerDef[];
}

/** scenarios/roster.json: the heroes, Ultron's forces and everyone else, shared by all scenarios. */
export interface RosterFile {
  $schema?: string;
  abilities: AbilityDef[];
  unitTypes: UnitTypeFile[];
}

export type { AiSettings };
