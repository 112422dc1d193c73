// Schema definitions for abilities (built from the engine's effect primitives) and unit types.
import {
  AREA_SHAPES, STATUSES, TARGET_KINDS, TERRAINS,
  type AbilityDef, type AreaDef, type Effect, type EffectType, type TargetFilter, type UploadRule,
} from '../engine/types';
import type { UnitTypeFile } from './format';
import {
  anyTypeOf, boolean, id, integer, list, object, oneOfTuple, opt, ref, req, text, type Schema,
} from './schema-builders';

const statusId = oneOfTuple(STATUSES, 'A status: ' + STATUSES.join(', ') + '.');
const sideRef = id('A side id from `sides`.');

type EffectOf<K extends EffectType> = Extract<Effect, { type: K }>;
const effectType = (type: EffectType, description: string) => req({ type: 'string', const: type, description });

/** One branch per effect primitive; the `satisfies` makes the compiler demand every EFFECT_TYPES entry. */
const EFFECT_BRANCHES = {
  damage: object<EffectOf<'damage'>>('Damage: a whole number from min to max, less the target\'s armour.', {
    type: effectType('damage', 'Deal damage.'),
    min: req(integer(0, 999, 'Least damage before armour.')),
    max: req(integer(0, 999, 'Most damage before armour (at least `min`).')),
    pierce: opt(boolean('Ignores the target\'s armour (default false).')),
  }),
  push: object<EffectOf<'push'>>('Push each hit unit away from the caster (a blast pushes from its centre).', {
    type: effectType('push', 'Push or pull.'),
    distance: req(integer(-16, 16, 'Tiles to push; negative pulls towards the caster.')),
  }),
  dash: object<EffectOf<'dash'>>('The caster moves in a straight line to the target tile, or the last free tile before it.', {
    type: effectType('dash', 'Dash to the target.'),
  }),
  teleport: object<EffectOf<'teleport'>>('The caster appears on the target tile (it must be empty and standable).', {
    type: effectType('teleport', 'Teleport to the target.'),
  }),
  heal: object<EffectOf<'heal'>>('Restore hp, up to the unit type\'s maximum.', {
    type: effectType('heal', 'Heal or repair.'),
    amount: req(integer(1, 999, 'Hp restored.')),
  }),
  shield: object<EffectOf<'shield'>>('A shield that absorbs damage before hp.', {
    type: effectType('shield', 'Shield the target.'),
    amount: req(integer(1, 999, 'Damage the shield absorbs.')),
    turns: req(integer(1, 99, 'Turns of the owner\'s side it lasts.')),
  }),
  status: object<EffectOf<'status'>>('Apply a status for some turns.', {
    type: effectType('status', 'Apply a status.'),
    status: req(statusId),
    turns: req(integer(1, 99, 'Turns of the owner\'s side it lasts.')),
    side: opt({ ...sideRef, description: 'For `controlled`: the side the unit serves while it lasts (default: the caster\'s).' }),
  }),
  cleanse: object<EffectOf<'cleanse'>>('Remove statuses from the target.', {
    type: effectType('cleanse', 'Remove statuses.'),
    statuses: req(list(statusId, 'The statuses removed.', 16, 1)),
  }),
  spawn: object<EffectOf<'spawn'>>('A new unit on the target tile (or the nearest free tile to it).', {
    type: effectType('spawn', 'Create a unit.'),
    unitType: req(id('The new unit\'s type id.')),
    side: opt({ ...sideRef, description: 'Its side (default: the caster\'s).' }),
  }),
  pickup: object<EffectOf<'pickup'>>('The caster takes the item lying on the target tile, or carried by the target unit.', {
    type: effectType('pickup', 'Take an item.'),
  }),
  drop: object<EffectOf<'drop'>>('The caster puts down what it carries on the target tile.', {
    type: effectType('drop', 'Put an item down.'),
  }),
  changeSide: object<EffectOf<'changeSide'>>('The hit unit joins another side.', {
    type: effectType('changeSide', 'Change the target\'s side.'),
    side: opt({ ...sideRef, description: 'The side it joins (default: the caster\'s).' }),
    turns: opt(integer(1, 99, 'How long; omitted: for good.')),
  }),
  capture: object<EffectOf<'capture'>>('Capture the hit unit if it is weak enough, stunned or hexed; it leaves the battle.', {
    type: effectType('capture', 'Take the target prisoner.'),
    maxHpPercent: req(integer(0, 100, 'Captures when its hp is at most this percentage of its maximum.')),
  }),
  transform: object<EffectOf<'transform'>>('The hit unit becomes another unit type (keeps id, side and position).', {
    type: effectType('transform', 'Change the target\'s unit type.'),
    into: req(id('The unit type id it becomes.')),
  }),
  terrain: object<EffectOf<'terrain'>>('Every tile of the area becomes this terrain.', {
    type: effectType('terrain', 'Change terrain.'),
    into: req(oneOfTuple(TERRAINS, 'The new terrain.')),
  }),
  wreck: object<EffectOf<'wreck'>>('Damage destructible terrain in the area; wrecked tiles become debris or open ground.', {
    type: effectType('wreck', 'Damage terrain.'),
    amount: req(integer(1, 999, 'Damage to each tile.')),
  }),
} satisfies Record<EffectType, Schema>;

const filter = object<TargetFilter>('Which units the ability may target; every given condition must hold.', {
  tags: opt(list(id('A tag.'), 'The target has at least one of these tags.', 32, 1)),
  notTags: opt(list(id('A tag.'), 'The target has none of these tags.', 32, 1)),
  types: opt(list(id('A unit type id.'), 'The target\'s unit type is one of these.', 64, 1)),
  statuses: opt(list(statusId, 'The target has at least one of these statuses.', 16, 1)),
  maxHpPercent: opt(integer(0, 100, 'The target\'s hp is at most this percentage of its maximum.')),
});

const area = object<AreaDef>('The tiles the ability strikes around its target (default: the single target tile).', {
  shape: req(oneOfTuple(AREA_SHAPES, 'single: the target tile; line: from the caster towards the target; cone: widening from the caster; blast: every tile within `size` of the target; adjacent: the 8 tiles around the caster; chain: the target, then `chain` more units each near the last.')),
  size: opt(integer(0, 128, 'line and cone: length (default: the ability\'s range); blast: radius (default 1).')),
  chain: opt(integer(0, 64, 'chain: how many more units it jumps to (default 2).')),
  chainRange: opt(integer(0, 128, 'chain: how far each jump reaches (default 3).')),
});

export const ABILITY_DEFS: Record<string, Schema> = {
  effect: { description: 'One effect primitive; `type` says which.', oneOf: Object.values(EFFECT_BRANCHES) },
  targetFilter: filter,
  abilityArea: area,
  ability: object<AbilityDef>('An ability composed from effect primitives: a signature move is data.', {
    id: req(id('Its id, by which unit types list it.')),
    name: req(text('The name shown in the game.', 80)),
    description: req(text('Plain words for the tooltip: what it does on the grid.', 1000)),
    ap: opt(integer(0, 10, 'Action points it costs (default 1).')),
    endsTurn: opt(boolean('Using it spends all the unit\'s remaining action points (default true).')),
    cooldown: opt(integer(0, 99, 'Turns before it can be used again (default 0).')),
    range: opt(integer(0, 128, 'Farthest target, in tiles counted like a king moves (default 1).')),
    minRange: opt(integer(0, 128, 'Nearest target (default 0 for `self`, else 1).')),
    los: opt(boolean('Needs line of sight to the target tile (default true).')),
    target: req(oneOfTuple(TARGET_KINDS, 'What it is aimed at: enemy, ally, unit (any), tile, empty (a free tile), self or item.')),
    filter: opt(ref('targetFilter')),
    area: opt(ref('abilityArea')),
    accuracy: opt(integer(0, 100, 'Base chance to hit, before cover, defence and elevation; omitted: it always lands.')),
    friendlyFire: opt(boolean('Area effects also strike the caster\'s allies (default false).')),
    charged: opt(boolean('Marks its tiles now and strikes at the start of its side\'s next turn, if the caster still stands and is not stunned or hexed (default false).')),
    effects: req(list(ref('effect'), 'What happens to each target it lands on, in order.', 16, 1)),
  }),
  abilityOrId: anyTypeOf([id('The id of a shared ability (the roster\'s or this scenario\'s `abilities`).'), ref('ability')], 'An ability: the id of a shared one, or a whole definition.'),
  upload: object<UploadRule>('When the unit is destroyed, its mind moves into another unit of its side (Ultron).', {
    into: req(list(id('A unit type id.'), 'Unit types the mind can move into.', 32, 1)),
    range: opt(integer(0, 256, 'How far (tiles) from the destroyed body it reaches; 0 or omitted: anywhere.')),
  }),
};

/** A unit type: in a scenario, `extends` a roster type and gives only what changes. */
export function unitTypeSchema(required: boolean): Schema {
  const base = object<UnitTypeFile>(
    required
      ? 'A unit type of the roster: every stat given.'
      : 'A unit type. A new one gives name, hp and move at least; one that `extends` another (or has the id of a roster type) gives only what it changes.',
    {
      id: req(id('Its id; units name it as their `type`.')),
      extends: opt(id('The id of a roster (or earlier) unit type this one copies and changes; abilities, when given, replace the list.')),
      name: opt(text('The name shown in the game.', 80)),
      description: opt(text('A line about it for the unit panel.', 1000)),
      icon: opt(id('A short key the renderer maps to a sprite (e.g. iron-man, sentry).')),
      tags: opt(list(id('A tag.'), 'Kinds it belongs to (hero, civilian, sentry, structure, ...), used by objectives, triggers and filters (default none).', 32)),
      hp: opt(integer(1, 999, 'Hit points.')),
      armour: opt(integer(0, 99, 'Subtracted from each hit (default 0).')),
      defence: opt(integer(0, 100, 'Subtracted from attackers\' hit chance (default 0).')),
      move: opt(integer(0, 50, 'Movement points per move action.')),
      ap: opt(integer(0, 10, 'Action points each turn (default 2: move, then act).')),
      flying: opt(boolean('Crosses water, chasm and cover and gets no cover; not walls or buildings (default false).')),
      phasing: opt(boolean('Also passes through walls and buildings (default false).')),
      structure: opt(boolean('A structure or device: never moves or acts (default false).')),
      upload: opt(ref('upload')),
      blocksUpload: opt(integer(0, 128, 'Stops any upload from a body within this many tiles of it (Vision).')),
      abilities: opt(list(ref('abilityOrId'), 'Its abilities, in the order the game lists them (default none).', 32)),
    },
  );
  if (!required) return base;
  return { ...base, required: [...(base.required ?? []), ...ROSTER_REQUIRED] };
}

/** Fields every roster unit type gives (those the engine's UnitType requires). */
export const ROSTER_REQUIRED = ['name', 'tags', 'hp', 'armour', 'defence', 'move', 'ap', 'abilities'] as const satisfies readonly (keyof UnitTypeFile)[];
