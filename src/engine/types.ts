// The engine's data model: the resolved scenario (static), the game state (what changes), actions,
// events, previews and errors. Everything here is plain JSON so a state can be saved and resumed.

export interface Pos {
  x: number;
  y: number;
}

// ---------------------------------------------------------------------------------------------
// Terrain

export const TERRAINS = [
  'open',
  'rough',
  'low-cover',
  'high-cover',
  'wall',
  'water',
  'chasm',
  'building',
  'debris',
] as const;
export type Terrain = (typeof TERRAINS)[number];

// ---------------------------------------------------------------------------------------------
// Statuses. A status counts down at the end of every turn of the side the unit is on, the turn it
// was applied in included: `turns: 1` put on an enemy lasts through that enemy's next turn; a buff
// put on one's own unit during one's own turn needs `turns: 2` to last through the next turn.

export const STATUSES = [
  'stunned', // loses its action points for its next turn
  'hexed', // Scarlet Witch's visions: cannot act, and its defence drops by 20
  'controlled', // fights for another side until it expires (mind control, the Hulk turned)
  'shielded', // absorbs `amount` damage before hp
  'stealthed', // enemies can only target it from an adjacent tile; ends when it deals damage
  'enraged', // +2 damage on its damage effects, +10 accuracy
  'guarding', // takes the next single-target enemy attack aimed at an adjacent ally
] as const;
export type StatusId = (typeof STATUSES)[number];

export interface StatusInstance {
  id: StatusId;
  /** Remaining turns of the owner's side; null = until removed. */
  turns: number | null;
  /** shielded: damage it still absorbs. */
  amount?: number;
  /** controlled: the side the unit serves while it lasts. */
  side?: string;
}

// ---------------------------------------------------------------------------------------------
// Abilities: composed from effect primitives, so a signature move is data.

export const AREA_SHAPES = ['single', 'line', 'cone', 'blast', 'adjacent', 'chain'] as const;
export type AreaShape = (typeof AREA_SHAPES)[number];

export interface AreaDef {
  /**
   * single: the target tile. line: from the caster towards the target (8 directions), `size` tiles
   * (default: the ability's range), stopped by sight-blocking terrain. cone: widening from the
   * caster towards the target, `size` deep. blast: every tile within `size` (Chebyshev) of the target.
   * adjacent: the 8 tiles around the caster. chain: the target, then up to `chain` more units of the
   * same kind (enemy/ally as the target), each the nearest not yet hit within `chainRange` of the last.
   */
  shape: AreaShape;
  size?: number;
  chain?: number;
  chainRange?: number;
}

export const TARGET_KINDS = ['enemy', 'ally', 'unit', 'tile', 'empty', 'self', 'item'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface TargetFilter {
  tags?: string[]; // target has at least one of these tags
  notTags?: string[];
  types?: string[]; // target's unit type is one of these
  statuses?: StatusId[]; // target has at least one of these statuses
  maxHpPercent?: number; // target's hp is at most this percentage of its max
}

export const EFFECT_TYPES = [
  'damage',
  'push',
  'dash',
  'teleport',
  'heal',
  'shield',
  'status',
  'cleanse',
  'spawn',
  'pickup',
  'drop',
  'changeSide',
  'capture',
  'transform',
  'terrain',
  'wreck',
] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];

export type Effect =
  /** Uniform integer damage in [min, max], less the target's armour unless `pierce`. */
  | { type: 'damage'; min: number; max: number; pierce?: boolean }
  /** Push each hit unit `distance` tiles away from the caster (area blast: from the centre); a negative distance pulls. */
  | { type: 'push'; distance: number }
  /** The caster moves in a straight line to the target tile, or the last free tile before it. */
  | { type: 'dash' }
  /** The caster appears on the target tile (it must be empty and standable). */
  | { type: 'teleport' }
  | { type: 'heal'; amount: number }
  | { type: 'shield'; amount: number; turns: number }
  | { type: 'status'; status: StatusId; turns: number; side?: string }
  | { type: 'cleanse'; statuses: StatusId[] }
  /** A new unit on the target tile (or the nearest free tile to it), for the caster's side unless `side`. */
  | { type: 'spawn'; unitType: string; side?: string }
  /** The caster takes the item lying on the target tile, or carried by the target unit. */
  | { type: 'pickup' }
  /** The caster puts down what it carries on the target tile. */
  | { type: 'drop' }
  /** The hit unit joins `side` (default: the caster's); for `turns` turns, or for good when omitted. */
  | { type: 'changeSide'; side?: string; turns?: number }
  /** The hit unit is captured (leaves the battle, counted as captured) if its hp is at most `maxHpPercent` of its max, or it is stunned or hexed. */
  | { type: 'capture'; maxHpPercent: number }
  /** The hit unit becomes another unit type (keeps its id, side and position; hp scaled to the new max). */
  | { type: 'transform'; into: string }
  /** Every tile of the area becomes this terrain. */
  | { type: 'terrain'; into: Terrain }
  /** Damage to destructible terrain in the area (buildings, cover); wrecked tiles become debris or open. */
  | { type: 'wreck'; amount: number };

export interface AbilityDef {
  id: string;
  name: string;
  /** Plain words for the tooltip: what it does on the grid. */
  description: string;
  /** Action points it costs (default 1). */
  ap?: number;
  /** Using it spends all the unit's remaining action points (default true). */
  endsTurn?: boolean;
  /** Turns before it can be used again (default 0). */
  cooldown?: number;
  range?: number; // default 1
  minRange?: number; // default 0 for 'self', else 1
  /** Needs line of sight to the target tile (default true). */
  los?: boolean;
  target: TargetKind;
  filter?: TargetFilter;
  area?: AreaDef; // default single
  /** Base chance to hit, 0-100, before cover, defence and elevation; omitted: always lands. */
  accuracy?: number;
  /** Area effects also strike the caster's allies (default false). */
  friendlyFire?: boolean;
  /**
   * A charged attack marks its tiles now and resolves at the start of its side's next turn, if the
   * caster still stands and is not stunned or hexed.
   */
  charged?: boolean;
  effects: Effect[];
}

// ---------------------------------------------------------------------------------------------
// Units

export interface UploadRule {
  /** Unit types the body's mind can move into when the body is destroyed. */
  into: string[];
  /** How far (Chebyshev tiles) from the destroyed body it reaches; 0 or omitted = anywhere. */
  range?: number;
}

export interface UnitType {
  id: string;
  name: string;
  description?: string;
  /** A short key the renderer maps to an icon (e.g. 'iron-man', 'sentry'). */
  icon?: string;
  tags: string[]; // e.g. hero, civilian, sentry, structure, item-carrier
  hp: number;
  armour: number; // subtracted from each hit
  defence: number; // subtracted from attackers' hit chance
  move: number; // movement points per move action
  ap: number; // action points each turn (2: move then act)
  flying?: boolean; // ignores terrain costs, crosses water, chasm and cover; not walls or buildings
  phasing?: boolean; // also passes through walls and buildings
  /** Does not act or move (a structure or device); never takes a turn. */
  structure?: boolean;
  /** When destroyed, the unit's mind moves into a unit of these types on its side (Ultron). */
  upload?: UploadRule;
  /** Stops any upload from a body within this many tiles of it (Vision). */
  blocksUpload?: number;
  abilities: AbilityDef[];
}

// ---------------------------------------------------------------------------------------------
// Objectives: typed data the engine evaluates, so the panel and the rules never differ.

export const OBJECTIVE_TYPES = [
  'defeatAll',
  'defeatUnit',
  'protectUnit',
  'evacuate',
  'carryItem',
  'holdArea',
  'survive',
  'denyArea',
  'limitLosses',
] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

interface ObjectiveBase {
  id: string;
  /** The side that pursues it (default: the first side). */
  side?: string;
  text: string;
  /** Primary objectives decide the battle; optional ones only score (default true). */
  primary?: boolean;
  /** Not in force until a trigger adds it (default false). */
  hidden?: boolean;
}

export type ObjectiveDef = ObjectiveBase &
  (
    | /** Met when no unit of these sides (default: every side hostile to the owner) remains, structures aside. */
    { type: 'defeatAll'; sides?: string[] }
    | /** Met when the unit is defeated in that way ('any' default); fails if it leaves another way. */
    { type: 'defeatUnit'; unit: string; how?: 'killed' | 'captured' | 'any' }
    | /** Fails when the unit is defeated; met when the battle is won with it standing. */
    { type: 'protectUnit'; unit: string }
    | /** Met when `count` units with `tag` have left through the area's tiles; fails when too few remain to make it. */
    { type: 'evacuate'; tag: string; area: string; count: number }
    | /** Met when a unit of the owner's side stands in the area carrying the item. */
    { type: 'carryItem'; item: string; area: string }
    | /** Met after the owner holds the area (a unit of its own in it, no enemy in it) at the end of `turns` rounds in a row. */
    { type: 'holdArea'; area: string; turns: number }
    | /** Met when round `turns` ends with the owner still standing. */
    { type: 'survive'; turns: number }
    | /** Fails when a unit of these sides (default: any hostile) or with `tag` ends a move in the area. */
    { type: 'denyArea'; area: string; sides?: string[]; tag?: string }
    | /** Fails when more units with `tag` are lost than `maxUnits`, or more terrain tiles wrecked than `maxTerrain`. */
    { type: 'limitLosses'; tag?: string; maxUnits?: number; maxTerrain?: number }
  );

export type ObjectiveStatus = 'inactive' | 'active' | 'met' | 'failed';

// ---------------------------------------------------------------------------------------------
// Triggers: when something happens, do something. Cascades are bounded (MAX_TRIGGER_CASCADE).

export type TriggerWhen =
  | { event: 'turnStart'; turn: number; side?: string }
  | { event: 'enterArea'; area: string; unit?: string; side?: string; tag?: string }
  | { event: 'unitDefeated'; unit?: string; side?: string; tag?: string; unitType?: string }
  | { event: 'hpBelow'; unit: string; hp: number }
  | { event: 'objectiveMet'; objective: string }
  | { event: 'objectiveFailed'; objective: string }
  | { event: 'itemPickedUp'; item: string; side?: string }
  | { event: 'statusApplied'; status: StatusId; unit?: string; side?: string }
  | { event: 'uploaded'; unit?: string };

export const TRIGGER_EVENTS = [
  'turnStart',
  'enterArea',
  'unitDefeated',
  'hpBelow',
  'objectiveMet',
  'objectiveFailed',
  'itemPickedUp',
  'statusApplied',
  'uploaded',
] as const;

/** Which units a trigger action applies to: one by id, or all standing units matching side/tag/type. */
export interface UnitSelector {
  unit?: string;
  side?: string;
  tag?: string;
  unitType?: string;
}

export type TriggerDo =
  | { do: 'spawn'; unitType: string; side: string; at: Pos | string; id?: string; count?: number }
  | ({ do: 'changeSide'; side: string } & UnitSelector)
  | { do: 'message'; text: string; speaker?: string }
  | { do: 'addObjective'; objective: string }
  | { do: 'setObjective'; objective: string; status: 'met' | 'failed' }
  | { do: 'setTerrain'; at: Pos | string; terrain: Terrain }
  | ({ do: 'applyStatus'; status: StatusId; turns: number } & UnitSelector)
  | ({ do: 'removeStatus'; status: StatusId } & UnitSelector)
  | ({ do: 'removeUnit' } & UnitSelector)
  | ({ do: 'transform'; into: string } & UnitSelector)
  | ({ do: 'heal'; amount: number } & UnitSelector)
  | { do: 'placeItem'; item: string; at: Pos }
  | { do: 'endScenario'; winner: string; reason: string };

export const TRIGGER_ACTIONS = [
  'spawn',
  'changeSide',
  'message',
  'addObjective',
  'setObjective',
  'setTerrain',
  'applyStatus',
  'removeStatus',
  'removeUnit',
  'transform',
  'heal',
  'placeItem',
  'endScenario',
] as const;

export interface TriggerDef {
  id: string;
  when: TriggerWhen;
  /** Fires once (default) or every time its event happens. */
  repeat?: boolean;
  do: TriggerDo[];
}

export const MAX_TRIGGER_CASCADE = 64;

// ---------------------------------------------------------------------------------------------
// Sides and AI settings (the engine ignores `ai`; the AI reads it).

export const AI_BEHAVIOURS = ['guard', 'patrol', 'hunt', 'goto', 'swarm', 'protect'] as const;
export type AiBehaviourKind = (typeof AI_BEHAVIOURS)[number];

export interface AiBehaviour {
  behaviour: AiBehaviourKind;
  /** Which units follow it. */
  units: UnitSelector;
  area?: string; // guard, goto
  route?: Pos[]; // patrol
  target?: string; // hunt, protect: a unit id
}

export interface AiSettings {
  /** 0..1: how much it values damage dealt over damage taken (default 0.5). */
  aggression?: number;
  /** 0..1: how much it avoids tiles enemies can strike (default 0.5). */
  caution?: number;
  behaviours?: AiBehaviour[];
}

export interface SideDef {
  id: string;
  name: string;
  /** Side ids this side fights. Hostility need not be mutual in data; the engine makes it so. */
  enemies: string[];
  /** A person may control it in the game (default: only the first side). */
  playable?: boolean;
  /** Never takes a turn of its own (civilians when nobody moves them). Default false. */
  passive?: boolean;
  color?: string;
  ai?: AiSettings;
}

export interface ItemDef {
  id: string;
  name: string;
  at?: Pos;
  /** Unit id that carries it from the start. */
  carrier?: string;
}

export interface UnitPlacement {
  id: string;
  type: string;
  side: string;
  x: number;
  y: number;
  name?: string;
  hp?: number;
  statuses?: StatusInstance[];
}

export interface MapDef {
  width: number;
  height: number;
  /** Row-major terrain, width * height. */
  terrain: Terrain[];
  /** Row-major elevation levels 0..3, width * height. */
  elevation: number[];
}

/** The resolved scenario the engine plays. src/scenario turns a JSON file into this. */
export interface Scenario {
  id: string;
  name: string;
  briefing: string;
  debrief: { victory: string; defeat: string };
  map: MapDef;
  /** Named sets of tiles: exits, vaults, the drill, spawn points. */
  areas: Record<string, Pos[]>;
  sides: SideDef[];
  unitTypes: Record<string, UnitType>;
  units: UnitPlacement[];
  items: ItemDef[];
  objectives: ObjectiveDef[];
  triggers: TriggerDef[];
  /** After this many rounds the battle ends: the first side's unmet primary objectives fail. */
  turnLimit: number;
}

// ---------------------------------------------------------------------------------------------
// The state: what changes. `scenario` is static and shared by reference between states.

export type OutReason = 'killed' | 'captured' | 'evacuated' | 'fell' | 'removed';

export interface Unit {
  id: string;
  type: string;
  name: string;
  side: string;
  x: number;
  y: number;
  hp: number;
  ap: number;
  /** Movement points left from the current move action's pool are not kept: each move is one action. */
  cooldowns: Record<string, number>;
  statuses: StatusInstance[];
  carrying: string | null;
  /** Why the unit left the battle; null while it stands. Units that left stay for the record. */
  out: OutReason | null;
  /** The side it served before `controlled` (to return to when it expires). */
  baseSide: string;
}

export interface ItemState {
  id: string;
  name: string;
  x: number | null;
  y: number | null;
  carrier: string | null;
}

export interface Charge {
  unit: string;
  ability: string;
  target: Pos;
  tiles: Pos[];
  /** Resolves at the start of this side's turn. */
  side: string;
}

export interface ObjectiveState {
  status: ObjectiveStatus;
  /** Units evacuated, rounds held, and the like. */
  progress: number;
}

export interface GameResult {
  winner: string | null;
  reason: string;
}

export interface Stats {
  /** Per side: units it lost (killed, captured, fell). */
  losses: Record<string, number>;
  evacuated: Record<string, number>;
  terrainWrecked: number;
  /** Lost units per tag (for limitLosses). */
  lostByTag: Record<string, number>;
}

export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface GameState {
  format: 1;
  scenario: Scenario;
  scenarioHash: string;
  seed: string;
  turn: number;
  /** The side whose turn it is. */
  side: string;
  units: Unit[];
  /** Terrain that differs from the map (wrecked, changed by triggers), by tile index. */
  terrain: Record<string, Terrain>;
  /** Damage taken by destructible terrain, by tile index. */
  terrainDamage: Record<string, number>;
  items: ItemState[];
  objectives: Record<string, ObjectiveState>;
  /** How often each trigger has fired. */
  fired: Record<string, number>;
  charges: Charge[];
  rng: RngState;
  /** Random numbers drawn so far: a replay checks it to catch a desync where it starts. */
  rngCalls: number;
  /** Counter for ids of spawned units. */
  nextId: number;
  /** Actions applied so far. */
  actionCount: number;
  stats: Stats;
  result: GameResult | null;
}

// ---------------------------------------------------------------------------------------------
// Actions

export type Action =
  | { type: 'move'; unit: string; to: Pos }
  | { type: 'ability'; unit: string; ability: string; target: Pos }
  | { type: 'endTurn' };

// ---------------------------------------------------------------------------------------------
// Events: what an action did, in order, for animation and the log.

export type GameEvent =
  | { type: 'turnStarted'; turn: number; side: string }
  | { type: 'moved'; unit: string; path: Pos[] }
  | { type: 'abilityUsed'; unit: string; ability: string; target: Pos; tiles: Pos[] }
  | { type: 'attackRolled'; unit: string; target: string; chance: number; hit: boolean }
  | { type: 'damaged'; unit: string; amount: number; absorbed: number; hp: number }
  | { type: 'healed'; unit: string; amount: number; hp: number }
  | { type: 'pushed'; unit: string; from: Pos; to: Pos; blockedBy: string | null }
  | { type: 'teleported'; unit: string; from: Pos; to: Pos }
  | { type: 'defeated'; unit: string; how: OutReason }
  | { type: 'statusApplied'; unit: string; status: StatusId; turns: number | null }
  | { type: 'statusEnded'; unit: string; status: StatusId }
  | { type: 'spawned'; unit: string; unitType: string; side: string; at: Pos }
  | { type: 'sideChanged'; unit: string; from: string; to: string }
  | { type: 'transformed'; unit: string; from: string; to: string }
  | { type: 'terrainChanged'; at: Pos; from: Terrain; to: Terrain }
  | { type: 'itemPickedUp'; unit: string; item: string }
  | { type: 'itemDropped'; unit: string; item: string; at: Pos }
  | { type: 'evacuated'; unit: string }
  | { type: 'uploaded'; unit: string; from: Pos; to: Pos; body: string }
  | { type: 'uploadBlocked'; unit: string; by: string }
  | { type: 'charged'; unit: string; ability: string; tiles: Pos[] }
  | { type: 'chargeResolved'; unit: string; ability: string }
  | { type: 'chargeFizzled'; unit: string; ability: string }
  | { type: 'message'; text: string; speaker?: string }
  | { type: 'objectiveChanged'; objective: string; status: ObjectiveStatus }
  | { type: 'triggerFired'; trigger: string }
  | { type: 'gameOver'; result: GameResult };

// ---------------------------------------------------------------------------------------------
// Results and errors: a bad action is a value; a broken invariant is a thrown bug.

export const ACTION_ERRORS = [
  'game-over',
  'unknown-unit',
  'not-your-unit',
  'unit-out',
  'no-action-points',
  'cannot-act',
  'unreachable',
  'unknown-ability',
  'on-cooldown',
  'out-of-range',
  'no-line-of-sight',
  'bad-target',
  'malformed-action',
] as const;
export type ActionErrorCode = (typeof ACTION_ERRORS)[number];

export interface ActionError {
  code: ActionErrorCode;
  message: string;
}

export type ApplyResult =
  | {
      ok: true;
      state: GameState;
      events: GameEvent[];
      /** True when the action drew no random number and revealed nothing: the game may take it back. */
      undoable: boolean;
    }
  | { ok: false; error: ActionError };

// ---------------------------------------------------------------------------------------------
// Previews: the exact outcome distribution of an action before it is taken.

export interface TargetPreview {
  unit: string;
  /** Probability 0..1 that the ability lands on it. */
  hitChance: number;
  /** Damage after armour, before shields: each value in [min, max] equally likely when it lands. */
  damage: { min: number; max: number } | null;
  /** Probability 0..1 the unit leaves the battle (hit chance folded in). */
  defeatChance: number;
  /** Where it would be pushed to, and what stops it. */
  push: { to: Pos; blockedBy: string | null; lethal: boolean } | null;
  statuses: StatusId[];
}

export interface ActionPreview {
  action: Action;
  /** For moves: the path taken and its movement cost. */
  path?: Pos[];
  cost?: number;
  /** Tiles the ability touches. */
  tiles: Pos[];
  targets: TargetPreview[];
  /** Charged attacks resolve next turn: the preview is of that moment as it stands now. */
  charged: boolean;
}

export type PreviewResult = { ok: true; preview: ActionPreview } | { ok: false; error: ActionError };
