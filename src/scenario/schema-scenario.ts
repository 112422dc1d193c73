// Schema definitions for the battle itself: map, areas, sides and their AI, units, items,
// objectives and triggers, and the two kinds of file (a scenario, the roster).
import {
  AI_BEHAVIOURS, STATUSES, TERRAINS, TRIGGER_ACTIONS, TRIGGER_EVENTS,
  type AiBehaviour, type AiSettings, type ObjectiveDef, type ObjectiveType, type Pos, type SideDef,
  type StatusInstance, type TriggerDef, type TriggerDo, type TriggerWhen, type UnitSelector,
} from '../engine/types';
import type { AreaFile, ItemFile, MapFile, RosterFile, ScenarioFile, TiledMapFile, UnitFile } from './format';
import { MAX_MAP_SIZE } from './limits';
import {
  anyTypeOf, boolean, COLOR_PATTERN, id, integer, list, number, object, oneOfTuple, opt, ref, req, text,
  type Fields, type Schema,
} from './schema-builders';

const coordinate = (axis: 'x' | 'y', what: string) => integer(0, MAX_MAP_SIZE - 1, `${what}: ${axis === 'x' ? 'column, 0 at the left' : 'row, 0 at the top'}.`);
const statusId = oneOfTuple(STATUSES, 'A status: ' + STATUSES.join(', ') + '.');
const sideRef = (description: string) => id(description);
const tileOrArea = (description: string) => anyTypeOf([ref('pos'), id('An area id from `areas` (its first free tile).')], description);

const MAP_ROW_WORDS = `One row of the map, one character per tile (at most ${MAX_MAP_SIZE}).`;

const selectorFields: Fields<UnitSelector> = {
  unit: opt(id('One unit, by id.')),
  side: opt(sideRef('Every standing unit of this side.')),
  tag: opt(id('Every standing unit with this tag.')),
  unitType: opt(id('Every standing unit of this type.')),
};

const objectiveBase = {
  id: req(id('Its id, for triggers and other objectives.')),
  side: opt(sideRef('The side that pursues it (default: the first side).')),
  text: req(text('What the objectives panel says.', 500)),
  primary: opt(boolean('Primary objectives decide the battle; optional ones only score (default true).')),
  hidden: opt(boolean('Not in force until a trigger adds it with `addObjective` (default false).')),
};

type ObjectiveOf<K extends ObjectiveType> = Extract<ObjectiveDef, { type: K }>;
const objectiveType = (type: ObjectiveType) => req({ type: 'string', const: type, description: `The kind of objective: ${type}.` });
const area = (what: string) => id(`An area id from \`areas\`: ${what}.`);

const OBJECTIVE_BRANCHES = {
  defeatAll: object<ObjectiveOf<'defeatAll'>>('Met when no unit of these sides remains, structures aside.', {
    ...objectiveBase, type: objectiveType('defeatAll'),
    sides: opt(list(sideRef('A side id.'), 'The sides to defeat (default: every side hostile to the owner).', 16, 1)),
  }),
  defeatUnit: object<ObjectiveOf<'defeatUnit'>>('Met when the unit is defeated in that way; fails if it leaves another way.', {
    ...objectiveBase, type: objectiveType('defeatUnit'),
    unit: req(id('The unit id.')),
    how: opt(oneOfTuple(['killed', 'captured', 'any'], 'How it must be defeated (default any).')),
  }),
  protectUnit: object<ObjectiveOf<'protectUnit'>>('Fails when the unit is defeated; met when the battle is won with it standing.', {
    ...objectiveBase, type: objectiveType('protectUnit'),
    unit: req(id('The unit id.')),
  }),
  evacuate: object<ObjectiveOf<'evacuate'>>('Met when `count` units with `tag` have left through the area; fails when too few remain.', {
    ...objectiveBase, type: objectiveType('evacuate'),
    tag: req(id('The tag of the units to get out.')),
    area: req(area('the exit tiles')),
    count: req(integer(1, 512, 'How many must get out.')),
  }),
  carryItem: object<ObjectiveOf<'carryItem'>>('Met when a unit of the owner\'s side stands in the area carrying the item.', {
    ...objectiveBase, type: objectiveType('carryItem'),
    item: req(id('The item id.')),
    area: req(area('where to bring it')),
  }),
  holdArea: object<ObjectiveOf<'holdArea'>>('Met after the owner holds the area (a unit of its own in it, no enemy) at the end of `turns` rounds in a row.', {
    ...objectiveBase, type: objectiveType('holdArea'),
    area: req(area('the tiles to hold')),
    turns: req(integer(1, 999, 'Rounds in a row.')),
  }),
  survive: object<ObjectiveOf<'survive'>>('Met when round `turns` ends with the owner still standing.', {
    ...objectiveBase, type: objectiveType('survive'),
    turns: req(integer(1, 999, 'The round to outlast.')),
  }),
  denyArea: object<ObjectiveOf<'denyArea'>>('Fails when a unit of these sides (or with `tag`) ends a move in the area.', {
    ...objectiveBase, type: objectiveType('denyArea'),
    area: req(area('the tiles to keep the enemy from')),
    sides: opt(list(sideRef('A side id.'), 'The sides kept out (default: any hostile).', 16, 1)),
    tag: opt(id('Only units with this tag count.')),
  }),
  limitLosses: object<ObjectiveOf<'limitLosses'>>('Fails when more units with `tag` are lost than `maxUnits`, or more terrain tiles wrecked than `maxTerrain`.', {
    ...objectiveBase, type: objectiveType('limitLosses'),
    tag: opt(id('The tag of the units counted.')),
    maxUnits: opt(integer(0, 512, 'Losses allowed.')),
    maxTerrain: opt(integer(0, MAX_MAP_SIZE * MAX_MAP_SIZE, 'Wrecked tiles allowed.')),
  }),
} satisfies Record<ObjectiveType, Schema>;

type WhenOf<K extends TriggerWhen['event']> = Extract<TriggerWhen, { event: K }>;
const event = (name: TriggerWhen['event'], description: string) => req({ type: 'string', const: name, description });

const WHEN_BRANCHES = {
  turnStart: object<WhenOf<'turnStart'>>('At the start of a turn.', {
    event: event('turnStart', 'When a side\'s turn starts.'), turn: req(integer(1, 999, 'The round.')),
    side: opt(sideRef('Only this side\'s turn (default: the first side to move that round).')),
  }),
  enterArea: object<WhenOf<'enterArea'>>('When a unit ends a move in the area.', {
    event: event('enterArea', 'A unit enters an area.'), area: req(area('the tiles watched')),
    unit: opt(id('Only this unit.')), side: opt(sideRef('Only units of this side.')), tag: opt(id('Only units with this tag.')),
  }),
  unitDefeated: object<WhenOf<'unitDefeated'>>('When a matching unit leaves the battle.', {
    event: event('unitDefeated', 'A unit is defeated.'), unit: opt(id('Only this unit.')),
    side: opt(sideRef('Only units of this side.')), tag: opt(id('Only units with this tag.')), unitType: opt(id('Only units of this type.')),
  }),
  hpBelow: object<WhenOf<'hpBelow'>>('When the unit\'s hp drops below a value.', {
    event: event('hpBelow', 'A unit is hurt.'), unit: req(id('The unit id.')), hp: req(integer(0, 999, 'Fires when its hp is below this.')),
  }),
  objectiveMet: object<WhenOf<'objectiveMet'>>('When an objective is met.', {
    event: event('objectiveMet', 'An objective is met.'), objective: req(id('The objective id.')),
  }),
  objectiveFailed: object<WhenOf<'objectiveFailed'>>('When an objective fails.', {
    event: event('objectiveFailed', 'An objective fails.'), objective: req(id('The objective id.')),
  }),
  itemPickedUp: object<WhenOf<'itemPickedUp'>>('When the item is picked up.', {
    event: event('itemPickedUp', 'An item is taken.'), item: req(id('The item id.')), side: opt(sideRef('Only by this side.')),
  }),
  statusApplied: object<WhenOf<'statusApplied'>>('When a status is applied to a matching unit.', {
    event: event('statusApplied', 'A status lands.'), status: req(statusId), unit: opt(id('Only this unit.')), side: opt(sideRef('Only units of this side.')),
  }),
  uploaded: object<WhenOf<'uploaded'>>('When a mind uploads into another body.', {
    event: event('uploaded', 'An upload happens.'), unit: opt(id('Only this unit\'s mind.')),
  }),
} satisfies Record<(typeof TRIGGER_EVENTS)[number], Schema>;

type DoOf<K extends TriggerDo['do']> = Extract<TriggerDo, { do: K }>;
const action = (name: TriggerDo['do'], description: string) => req({ type: 'string', const: name, description });

const DO_BRANCHES = {
  spawn: object<DoOf<'spawn'>>('New units appear.', {
    do: action('spawn', 'Create units.'), unitType: req(id('Their unit type id.')), side: req(sideRef('Their side.')),
    at: req(tileOrArea('Where: a tile, or an area id (the nearest free tiles).')), id: opt(id('The new unit\'s id (default: generated).')),
    count: opt(integer(1, 64, 'How many (default 1).')),
  }),
  changeSide: object<DoOf<'changeSide'>>('The selected units join a side.', {
    do: action('changeSide', 'Change sides.'), ...selectorFields, side: req(sideRef('The side they join.')),
  }),
  message: object<DoOf<'message'>>('A line of story shown to the player.', {
    do: action('message', 'Show a message.'), text: req(text('The words, shown as plain text.')), speaker: opt(text('Who says it.', 80)),
  }),
  addObjective: object<DoOf<'addObjective'>>('A hidden objective comes into force.', {
    do: action('addObjective', 'Reveal an objective.'), objective: req(id('The objective id.')),
  }),
  setObjective: object<DoOf<'setObjective'>>('An objective is met or failed at once.', {
    do: action('setObjective', 'Settle an objective.'), objective: req(id('The objective id.')),
    status: req(oneOfTuple(['met', 'failed'], 'Its new status.')),
  }),
  setTerrain: object<DoOf<'setTerrain'>>('Tiles change terrain.', {
    do: action('setTerrain', 'Change terrain.'), at: req(tileOrArea('A tile, or an area id (every tile of it).')),
    terrain: req(oneOfTuple(TERRAINS, 'The new terrain.')),
  }),
  applyStatus: object<DoOf<'applyStatus'>>('The selected units get a status.', {
    do: action('applyStatus', 'Apply a status.'), status: req(statusId), turns: req(integer(1, 99, 'Turns it lasts.')), ...selectorFields,
  }),
  removeStatus: object<DoOf<'removeStatus'>>('The selected units lose a status.', {
    do: action('removeStatus', 'Remove a status.'), status: req(statusId), ...selectorFields,
  }),
  removeUnit: object<DoOf<'removeUnit'>>('The selected units leave the battle.', { do: action('removeUnit', 'Remove units.'), ...selectorFields }),
  transform: object<DoOf<'transform'>>('The selected units become another type.', {
    do: action('transform', 'Change unit type.'), into: req(id('The unit type id.')), ...selectorFields,
  }),
  heal: object<DoOf<'heal'>>('The selected units regain hp.', {
    do: action('heal', 'Heal units.'), amount: req(integer(1, 999, 'Hp restored.')), ...selectorFields,
  }),
  placeItem: object<DoOf<'placeItem'>>('An item is put on a tile (taken from whoever carried it).', {
    do: action('placeItem', 'Place an item.'), item: req(id('The item id.')), at: req(ref('pos', 'The tile.')),
  }),
  endScenario: object<DoOf<'endScenario'>>('The battle ends now.', {
    do: action('endScenario', 'End the battle.'), winner: req(sideRef('The winning side.')), reason: req(text('Why, shown to the player.', 500)),
  }),
} satisfies Record<(typeof TRIGGER_ACTIONS)[number], Schema>;

export const SCENARIO_DEFS: Record<string, Schema> = {
  pos: object<Pos>('A tile.', { x: req(coordinate('x', 'Column')), y: req(coordinate('y', 'Row')) }),
  tiledMap: object<TiledMapFile>('A map drawn in Tiled (orthogonal, JSON format). Terrain comes from a string property `terrain` on the tileset\'s tiles (`elevation`, 0-3, optional; the top-most tile with the property decides); objects with string properties `unit`, `type` and `side` are units, objects with `area` are areas (a rectangle covers every tile it overlaps; objects with the same `area` add up).', {
    tiled: req(anyTypeOf([
      { type: 'string', minLength: 1, maxLength: 500, pattern: '^[^:]*\\.(tmj|json)$', description: 'The path of a .tmj file, relative to the scenario file (the `ultron` command and the game\'s loaders read it).' },
      { type: 'object', additionalProperties: true, description: 'The Tiled map itself, as Tiled saves it (File > Export As > JSON map); its tilesets embedded.' },
    ], 'The Tiled map: a file path, or the map embedded.')),
  }),
  map: object<MapFile>('The battlefield, drawn as rows of characters.', {
    rows: req(list({ type: 'string', minLength: 1, maxLength: MAX_MAP_SIZE, description: MAP_ROW_WORDS }, `Rows of equal length, top row first; each character is a tile, read through the legend (at most ${MAX_MAP_SIZE}×${MAX_MAP_SIZE}).`, MAX_MAP_SIZE, 1)),
    legend: opt({
      type: 'object', description: "Characters → terrain. Default: '.' open, ',' rough, 'n' low-cover, 'N' high-cover, '#' wall, '~' water, '_' chasm, 'B' building, '%' debris.",
      propertyNames: { type: 'string', minLength: 1, maxLength: 1, description: 'One character.' },
      additionalProperties: oneOfTuple(TERRAINS, 'A terrain: ' + TERRAINS.join(', ') + '.'), maxProperties: 64,
    }),
    elevation: opt(list({ type: 'string', pattern: '^[0-3]*$', maxLength: MAX_MAP_SIZE, description: 'One row of elevation digits 0-3.' }, 'Rows of digits 0-3, the same size as `rows` (omitted: all 0). Higher ground adds 10 to hit per level and costs a move point per level to climb.', MAX_MAP_SIZE, 1)),
  }),
  area: {
    description: 'A named set of tiles: a rectangle or a list.',
    oneOf: [
      object<Extract<AreaFile, { rect: unknown }>>('A rectangle of tiles.', { rect: req(ref('rect')) }),
      object<Extract<AreaFile, { tiles: unknown }>>('A list of tiles.', { tiles: req(list(ref('pos'), 'The tiles.', MAX_MAP_SIZE * MAX_MAP_SIZE, 1)) }),
    ],
  },
  rect: object<Extract<AreaFile, { rect: unknown }>['rect']>('A rectangle: its top-left tile, width and height.', {
    x: req(coordinate('x', 'Left column')), y: req(coordinate('y', 'Top row')),
    w: req(integer(1, MAX_MAP_SIZE, 'Width in tiles.')), h: req(integer(1, MAX_MAP_SIZE, 'Height in tiles.')),
  }),
  unitSelector: object<UnitSelector>('Which units: one by id, or all standing units matching every given side, tag and type.', selectorFields),
  aiBehaviour: object<AiBehaviour>('A standing order for some of the side\'s units.', {
    behaviour: req(oneOfTuple(AI_BEHAVIOURS, 'guard an area, patrol a route, hunt a unit, goto an area, swarm the nearest enemy, protect a unit.')),
    units: req(ref('unitSelector', 'Which units follow it.')),
    area: opt(area('for guard and goto')),
    route: opt(list(ref('pos'), 'For patrol: the tiles walked in turn.', 64, 1)),
    target: opt(id('For hunt and protect: a unit id.')),
  }),
  ai: object<AiSettings>('How the computer plays this side (the rules ignore it).', {
    aggression: opt(number(0, 1, '0..1: how much it values damage dealt over damage taken (default 0.5).')),
    caution: opt(number(0, 1, '0..1: how much it avoids tiles enemies can strike (default 0.5).')),
    behaviours: opt(list(ref('aiBehaviour'), 'Standing orders; units without one fight freely.', 64)),
  }),
  side: object<SideDef>('A side: the Avengers, Ultron, a third force, civilians.', {
    id: req(id('Its id, by which units, objectives and triggers name it.')),
    name: req(text('The name shown in the game.', 80)),
    enemies: req(list(sideRef('A side id.'), 'Side ids it fights (hostility is made mutual).', 16)),
    playable: opt(boolean('A person may control it (default: only the first side).')),
    passive: opt(boolean('Never takes a turn of its own (default false).')),
    color: opt({ type: 'string', pattern: COLOR_PATTERN, description: "Its colour on the map, like '#2f6fdb'." }),
    ai: opt(ref('ai')),
  }),
  statusInstance: object<StatusInstance>('A status a unit starts with.', {
    id: req(statusId),
    turns: req({ type: ['integer', 'null'], minimum: 1, maximum: 99, description: 'Turns of the owner\'s side it lasts; null: until removed.' }),
    amount: opt(integer(1, 999, 'shielded: the damage it absorbs.')),
    side: opt(sideRef('controlled: the side the unit serves while it lasts.')),
  }),
  unit: object<UnitFile>('A unit on the map at the start.', {
    id: req(id('Its id, by which objectives and triggers name it.')),
    type: req(id('Its unit type id (the roster\'s or this scenario\'s).')),
    side: req(sideRef('Its side.')),
    x: req(coordinate('x', 'Column')), y: req(coordinate('y', 'Row')),
    name: opt(text('Its name, when not the type\'s.', 80)),
    hp: opt(integer(1, 999, 'Starting hp, when below the type\'s maximum.')),
    statuses: opt(list(ref('statusInstance'), 'Statuses it starts with.', 8)),
  }),
  item: object<ItemFile>('An item: lying on a tile (`at`) or carried by a unit (`carrier`), one or the other.', {
    id: req(id('Its id.')), name: req(text('The name shown in the game.', 80)),
    at: opt(ref('pos', 'The tile it lies on.')), carrier: opt(id('The unit id that carries it from the start.')),
  }),
  objective: { description: 'Typed data the rules evaluate; `type` says which.', oneOf: Object.values(OBJECTIVE_BRANCHES) },
  triggerWhen: { description: 'The event that fires the trigger; `event` says which.', oneOf: Object.values(WHEN_BRANCHES) },
  triggerDo: { description: 'One thing the trigger does; `do` says which.', oneOf: Object.values(DO_BRANCHES) },
  trigger: object<TriggerDef>('When something happens, do something. Cascades are bounded.', {
    id: req(id('Its id.')),
    when: req(ref('triggerWhen')),
    repeat: opt(boolean('Fires every time its event happens (default: once).')),
    do: req(list(ref('triggerDo'), 'What it does, in order.', 64, 1)),
  }),
};

export function scenarioFileSchema(): Schema {
  return object<ScenarioFile>('An Ultron Offensive scenario: one battle.', {
    $schema: opt({ type: 'string', maxLength: 500, description: 'The schema this file follows, for editors (e.g. "./schema.json").' }),
    id: req(id('The scenario id (also its file name in the campaign).')),
    name: req(text('The title shown in the game.', 120)),
    briefing: req(text('What the player reads before the battle.')),
    debrief: req(object<ScenarioFile['debrief']>('What the player reads after it.', {
      victory: req(text('After a victory.')), defeat: req(text('After a defeat.')),
    })),
    turnLimit: req(integer(1, 999, 'After this many rounds the battle ends: the first side\'s unmet primary objectives fail.')),
    map: req({ description: 'The battlefield: rows of characters (`rows`), or a map drawn in Tiled (`tiled`).', oneOf: [ref('map'), ref('tiledMap')] }),
    areas: opt({ type: 'object', description: 'Named sets of tiles: exits, vaults, spawn points.', propertyNames: id('An area id.'), additionalProperties: ref('area'), maxProperties: 256 }),
    sides: req(list(ref('side'), 'The sides, in turn order; the first is the player\'s.', 16, 2)),
    abilities: opt(list(ref('ability'), 'Abilities this scenario adds, shared by id like the roster\'s.', 512)),
    unitTypes: opt(list(ref('unitType'), 'Unit types this scenario adds or changes.', 256)),
    units: req(list(ref('unit'), 'The units on the map at the start, at least one (a Tiled map\'s unit objects are added to these).', 512, 1)),
    items: opt(list(ref('item'), 'Items lying on the map or carried.', 256)),
    objectives: req(list(ref('objective'), 'What each side must do.', 64, 1)),
    triggers: opt(list(ref('trigger'), 'Story and surprises.', 256)),
  });
}

export function rosterFileSchema(): Schema {
  return object<RosterFile>('The roster: unit types and abilities shared by every scenario.', {
    $schema: opt({ type: 'string', maxLength: 500, description: 'The schema this file follows, for editors.' }),
    abilities: req(list(ref('ability'), 'Shared abilities, named by id in unit types.', 512)),
    unitTypes: req(list(ref('rosterUnitType'), 'The unit types.', 256)),
  });
}
