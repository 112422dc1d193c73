// Pushes and pulls: how far, what stops them, who takes the bump, falls, and what cannot be moved.
import { describe, expect, it } from 'vitest';
import { type AbilityDef, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, eventsOf, heroWith, place, start, unitOf, unitType, use } from './fixture';

const shove = (distance: number, more: Partial<AbilityDef> = {}) =>
  ability('shove', { los: false, range: 6, effects: [{ type: 'push', distance }], ...more });

const types = (a: AbilityDef) => [
  heroWith('gunner', [a]), unitType('drone', { flying: true }), unitType('pylon', { structure: true }), unitType('tank', { hp: 5 }),
];

interface Case {
  what: string;
  row: string;
  target: { x: number; type?: string };
  distance: number;
  other?: { x: number; type?: string };
  to: number;
  lost: number;
  otherLost?: number;
  out?: string | null;
  blockedBy?: string | null;
}

const cases: Case[] = [
  { what: 'a push on open ground', row: '.........', target: { x: 2 }, distance: 2, to: 4, lost: 0, blockedBy: null },
  { what: 'a push into a wall', row: '....#....', target: { x: 2 }, distance: 3, to: 3, lost: 1, blockedBy: 'terrain' },
  { what: 'a push into a building', row: '...B.....', target: { x: 2 }, distance: 1, to: 2, lost: 1, blockedBy: 'terrain' },
  { what: 'a push into high cover', row: '...N.....', target: { x: 2 }, distance: 2, to: 2, lost: 1, blockedBy: 'terrain' },
  { what: 'a push over low cover and rough', row: '...n,....', target: { x: 2 }, distance: 2, to: 4, lost: 0, blockedBy: null },
  { what: 'a push off the map\'s edge', row: '....', target: { x: 2 }, distance: 3, to: 3, lost: 1, blockedBy: 'edge' },
  { what: 'a push into another unit', row: '.........', target: { x: 2 }, other: { x: 4 }, distance: 3, to: 3, lost: 1, otherLost: 1, blockedBy: 'o' },
  { what: 'a push into a chasm', row: '..._.....', target: { x: 2 }, distance: 3, to: 3, lost: 0, out: 'fell', blockedBy: null },
  { what: 'a push into water', row: '....~....', target: { x: 2 }, distance: 3, to: 4, lost: 0, out: 'fell', blockedBy: null },
  { what: 'a flyer pushed over water', row: '...~~....', target: { x: 2, type: 'drone' }, distance: 3, to: 5, lost: 0, out: null, blockedBy: null },
  { what: 'a flyer pushed into a wall', row: '...#.....', target: { x: 2, type: 'drone' }, distance: 3, to: 2, lost: 1, blockedBy: 'terrain' },
  { what: 'a structure', row: '.........', target: { x: 2, type: 'pylon' }, distance: 3, to: 2, lost: 0 },
  { what: 'a pull towards the caster', row: '.........', target: { x: 5 }, distance: -2, to: 3, lost: 0, blockedBy: null },
  { what: 'a pull stopped by the caster, without a bump', row: '.........', target: { x: 3 }, distance: -5, to: 1, lost: 0, blockedBy: 'a' },
  { what: 'a pull stopped by a wall, without a bump', row: '..#......', target: { x: 4 }, distance: -4, to: 3, lost: 0, blockedBy: 'terrain' },
  { what: 'a pull into a chasm', row: '..._.....', target: { x: 5 }, distance: -3, to: 3, lost: 0, out: 'fell' },
];

describe('push and pull along a row (caster at x=0)', () => {
  it.each(cases)('$what', (c) => {
    const units: UnitPlacement[] = [place('a', 'gunner', 'avengers', 0, 0), place('t', c.target.type ?? 'tank', 'ultron', c.target.x, 0)];
    if (c.other) units.push(place('o', c.other.type ?? 'tank', 'ultron', c.other.x, 0));
    if (!units.some((u) => u.type === 'tank' || u.type === 'drone')) units.push(place('spare', 'tank', 'ultron', c.row.length - 1, 0));
    const state = start(arena([c.row], units, { types: types(shove(c.distance)) }));
    const { state: after, events } = act(state, use('a', 'shove', c.target.x, 0));
    const t = unitOf(after, 't');
    expect({ x: t.x, lost: 5 - t.hp, out: t.out }).toEqual({ x: c.to, lost: c.lost, out: c.out ?? null });
    if (c.other) expect(5 - unitOf(after, 'o').hp).toBe(c.otherLost ?? 0);
    const pushed = eventsOf(events, 'pushed');
    if (c.blockedBy !== undefined) expect(pushed[0]?.blockedBy ?? null).toBe(c.blockedBy);
    if (c.to === c.target.x && !c.blockedBy) expect(pushed).toEqual([]);
    if (c.out === 'fell') expect(after.stats.losses.ultron).toBe(1);
  });
});

describe('push directions', () => {
  const field = ['.......', '.......', '.......', '.......', '.......', '.......'];

  it('pushes diagonally away from the caster', () => {
    const state = start(arena(field, [place('a', 'gunner', 'avengers', 0, 0), place('t', 'tank', 'ultron', 1, 1)], { types: types(shove(2)) }));
    const t = unitOf(act(state, use('a', 'shove', 1, 1)).state, 't');
    expect([t.x, t.y]).toEqual([3, 3]);
  });

  it('a blast pushes away from its centre; a unit on the centre is pushed away from the caster', () => {
    const boom = shove(1, { target: 'tile', area: { shape: 'blast', size: 1 } });
    const state = start(arena(field, [
      place('a', 'gunner', 'avengers', 0, 3), place('c', 'tank', 'ultron', 3, 3), place('e', 'tank', 'ultron', 4, 3),
      place('n', 'tank', 'ultron', 3, 2), place('sw', 'tank', 'ultron', 2, 4),
    ], { types: types(boom) }));
    const after = act(state, use('a', 'shove', 3, 3)).state;
    const at = (id: string) => [unitOf(after, id).x, unitOf(after, id).y];
    // Tile order: n first, then c (bumps into e, which has not moved yet), then e, then sw.
    expect({ c: at('c'), e: at('e'), n: at('n'), sw: at('sw') }).toEqual({ c: [3, 3], e: [5, 3], n: [3, 1], sw: [1, 5] });
    expect([unitOf(after, 'c').hp, unitOf(after, 'e').hp]).toEqual([4, 4]);
  });

  it('a walker pushed into a chasm drops what it carries there', () => {
    const state = start(arena(['..._..'], [place('a', 'gunner', 'avengers', 0, 0), place('t', 'tank', 'ultron', 2, 0)], {
      types: types(shove(2)), items: [{ id: 'core', name: 'Core', carrier: 't' }],
    }));
    const after = act(state, use('a', 'shove', 2, 0)).state;
    expect(unitOf(after, 't').out).toBe('fell');
    expect(after.items[0]).toMatchObject({ carrier: null, x: 3, y: 0 });
  });
});
