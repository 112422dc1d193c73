// Signature abilities of the original team, on a bare arena: what each does on the grid.
import { describe, expect, it } from 'vitest';
import { abilityTargets, abilityTiles, legalActions, preview, terrainAt, unitById } from '../../src/engine';
import { A, arena, put, scene, whenItLands, X } from './arena';
import { endTurnsUntil, use } from './campaign-fixture';

const hp = (s: Parameters<typeof unitById>[0], id: string) => unitById(s, id)!.hp;
const at = (s: Parameters<typeof unitById>[0], id: string) => ({ x: unitById(s, id)!.x, y: unitById(s, id)!.y });

describe('Iron Man', () => {
  it('repulsor: 80 accuracy less a sentry\'s 10 defence, 3-4 less its 1 armour', () => {
    const state = arena({ units: [put('iron-man', A, 2, 5), put('ultron-sentry', X, 6, 5)] });
    const p = preview(state, { type: 'ability', unit: 'iron-man', ability: 'repulsor', target: { x: 6, y: 5 } });
    expect(p.ok && p.preview.targets[0]).toMatchObject({ unit: 'ultron-sentry', hitChance: 0.7, damage: { min: 2, max: 3 } });
  });

  it('unibeam burns every enemy along six tiles, and nothing beyond', () => {
    const setup = { units: [put('iron-man', A, 2, 5), put('ultron-sentry', X, 4, 5, { id: 's1' }),
      put('hydra-heavy', X, 7, 5, { id: 'h1' }), put('ultron-sentry', X, 9, 5, { id: 'far' })] };
    const { state } = whenItLands(scene(setup), { type: 'ability', unit: 'iron-man', ability: 'unibeam', target: { x: 8, y: 5 } });
    expect(abilityTiles(arena(setup), 'iron-man', 'unibeam', { x: 8, y: 5 })).toHaveLength(6);
    expect(hp(state, 's1')).toBeLessThanOrEqual(5 - 3);
    expect(hp(state, 'h1')).toBeLessThanOrEqual(10 - 3);
    expect(hp(state, 'far')).toBe(5);
  });

  it('unibeam then cools down for three turns', () => {
    const setup = { units: [put('iron-man', A, 2, 5), put('ultron-sentry', X, 15, 11)] };
    const hasBeam = (s: ReturnType<typeof arena>) => legalActions(s, 'iron-man').some((a) => a.type === 'ability' && a.ability === 'unibeam');
    let state = use(arena(setup), 'iron-man', 'unibeam', 8, 5).state;
    for (const round of [2, 3, 4]) {
      state = endTurnsUntil(state, A, round).state;
      expect(hasBeam(state), `round ${round}`).toBe(false);
    }
    expect(hasBeam(endTurnsUntil(state, A, 5).state)).toBe(true);
  });
});

describe('Captain America', () => {
  it('shield throw bounces from the first enemy to the two nearest within 3 tiles, and no further', () => {
    const setup = { units: [put('captain-america', A, 1, 5), put('hydra-heavy', X, 5, 5, { id: 'a' }),
      put('hydra-heavy', X, 8, 5, { id: 'b' }), put('hydra-heavy', X, 10, 7, { id: 'c' }), put('hydra-heavy', X, 14, 10, { id: 'd' })] };
    expect(abilityTiles(arena(setup), 'captain-america', 'shield-throw', { x: 5, y: 5 }))
      .toEqual([{ x: 5, y: 5 }, { x: 8, y: 5 }, { x: 10, y: 7 }]);
    const { state } = whenItLands(scene(setup), { type: 'ability', unit: 'captain-america', ability: 'shield-throw', target: { x: 5, y: 5 } });
    for (const id of ['a', 'b', 'c']) expect(hp(state, id)).toBeLessThan(10);
    expect(hp(state, 'd')).toBe(10);
  });

  it('rally shields the allies beside him and wakes one from a vision', () => {
    const state = arena({ units: [put('captain-america', A, 5, 5), put('hawkeye', A, 6, 5, { statuses: [{ id: 'hexed', turns: 2 }] }),
      put('black-widow', A, 4, 4), put('thor', A, 9, 9), put('ultron-sentry', X, 15, 11)] });
    const after = use(state, 'captain-america', 'rally', 6, 5).state;
    expect(unitById(after, 'hawkeye')!.statuses).toEqual([{ id: 'shielded', turns: 2, amount: 2 }]);
    expect(unitById(after, 'black-widow')!.statuses.map((s) => s.id)).toEqual(['shielded']);
    expect(unitById(after, 'thor')!.statuses).toEqual([]);
  });
});

describe('Thor', () => {
  it('Mjolnir flies down the line: every enemy on it is hit and shoved one tile back', () => {
    const setup = { units: [put('thor', A, 2, 5), put('hydra-heavy', X, 4, 5, { id: 'a' }), put('hydra-heavy', X, 6, 5, { id: 'b' })] };
    const { state } = whenItLands(scene(setup), { type: 'ability', unit: 'thor', ability: 'mjolnir-throw', target: { x: 7, y: 5 } });
    expect(at(state, 'a')).toEqual({ x: 5, y: 5 });
    expect(at(state, 'b')).toEqual({ x: 7, y: 5 });
    expect(hp(state, 'a')).toBeLessThanOrEqual(8);
    expect(hp(state, 'b')).toBeLessThanOrEqual(8);
  });

  it('lightning leaps from the first enemy to three more', () => {
    const units = [put('thor', A, 0, 5), ...[3, 5, 7, 9, 11].map((x, i) => put('hydra-heavy', X, x, 5, { id: `h${i}` }))];
    const { state } = whenItLands(scene({ units }), { type: 'ability', unit: 'thor', ability: 'lightning', target: { x: 3, y: 5 } });
    expect([0, 1, 2, 3].map((i) => hp(state, `h${i}`) < 10)).toEqual([true, true, true, true]);
    expect(hp(state, 'h4')).toBe(10);
  });
});

describe('Hulk', () => {
  const rows = Array.from({ length: 12 }, (_, y) => (y === 6 ? '......n.........' : '.'.repeat(16)));

  it('smash hits everyone around him, shoves them a tile, and breaks the cover beside him', () => {
    const setup = { rows, units: [put('hulk', A, 5, 5), put('hydra-heavy', X, 4, 5, { id: 'w' }), put('hydra-heavy', X, 5, 4, { id: 'n' })] };
    const { state, events } = whenItLands(scene(setup), { type: 'ability', unit: 'hulk', ability: 'hulk-smash', target: { x: 5, y: 5 } });
    expect(at(state, 'w')).toEqual({ x: 3, y: 5 });
    expect(at(state, 'n')).toEqual({ x: 5, y: 3 });
    expect(hp(state, 'w')).toBeLessThanOrEqual(7);
    expect(terrainAt(state, 6, 6)).toBe('rough');
    expect(events.some((e) => e.type === 'terrainChanged')).toBe(true);
  });

  it('leaps over a wall to a tile 5 away and can still act', () => {
    const rows = Array.from({ length: 12 }, () => '...#............');
    const state = arena({ rows, units: [put('hulk', A, 1, 5), put('hydra-heavy', X, 7, 5)] });
    const after = use(state, 'hulk', 'hulk-leap', 6, 5).state;
    expect(at(after, 'hulk')).toEqual({ x: 6, y: 5 });
    expect(unitById(after, 'hulk')!.ap).toBe(1);
    expect(abilityTargets(after, 'hulk', 'hulk-punch')).toEqual([{ x: 7, y: 5 }]);
  });
});

describe('Hulkbuster', () => {
  it('knocks out the rampaging Hulk only once he is worn down (30%) or caged', () => {
    const fresh = arena({ units: [put('hulkbuster', A, 5, 5), put('hulk-rampage', X, 6, 5)] });
    const full = preview(fresh, { type: 'ability', unit: 'hulkbuster', ability: 'knockout', target: { x: 6, y: 5 } });
    expect(full.ok && full.preview.targets[0].defeatChance).toBe(0);
    const worn = arena({ units: [put('hulkbuster', A, 5, 5), put('hulk-rampage', X, 6, 5, { hp: 9 })] });
    const p = preview(worn, { type: 'ability', unit: 'hulkbuster', ability: 'knockout', target: { x: 6, y: 5 } });
    expect(p.ok && p.preview.targets[0].defeatChance).toBe(0.8);
  });

  it('cage then knock out in one turn takes a healthy Hulk out of the fight, captured', () => {
    const build = scene({ units: [put('hulkbuster', A, 5, 5), put('hulk-rampage', X, 6, 5)] });
    const caged = whenItLands(build, { type: 'ability', unit: 'hulkbuster', ability: 'restraint-cage', target: { x: 6, y: 5 } });
    expect(unitById(caged.state, 'hulk-rampage')!.statuses.map((s) => s.id)).toContain('stunned');
    expect(unitById(caged.state, 'hulkbuster')!.ap).toBe(1);
    const out = whenItLands(() => caged.state, { type: 'ability', unit: 'hulkbuster', ability: 'knockout', target: { x: 6, y: 5 } });
    expect(unitById(out.state, 'hulk-rampage')!.out).toBe('captured');
  });

  it('piston punch throws its target two tiles', () => {
    const build = scene({ units: [put('hulkbuster', A, 5, 5), put('hulk-rampage', X, 6, 5)] });
    const { state } = whenItLands(build, { type: 'ability', unit: 'hulkbuster', ability: 'hulkbuster-punch', target: { x: 6, y: 5 } });
    expect(at(state, 'hulk-rampage')).toEqual({ x: 8, y: 5 });
  });
});

describe('Black Widow', () => {
  it('the Widow\'s Bite stuns: the victim has no action points on its next turn', () => {
    const build = scene({ units: [put('black-widow', A, 5, 5), put('hydra-trooper', X, 6, 5)] });
    const bitten = whenItLands(build, { type: 'ability', unit: 'black-widow', ability: 'widows-bite', target: { x: 6, y: 5 } });
    const theirTurn = endTurnsUntil(bitten.state, X, 1).state;
    expect(unitById(theirTurn, 'hydra-trooper')!.ap).toBe(0);
    expect(legalActions(theirTurn, 'hydra-trooper')).toEqual([]);
  });

  it('the lullaby turns a rampaging Hulk back into Banner, on her side', () => {
    const build = scene({ units: [put('black-widow', A, 5, 5), put('hulk-rampage', X, 6, 5, { id: 'hulk', hp: 15 })] });
    const { state } = whenItLands(build, { type: 'ability', unit: 'black-widow', ability: 'lullaby', target: { x: 6, y: 5 } });
    const banner = unitById(state, 'hulk')!;
    expect([banner.type, banner.side, banner.baseSide, banner.hp]).toEqual(['banner', A, A, 3]);
  });

  it('vanish: only an enemy beside her can pick her out', () => {
    const state = arena({ units: [put('black-widow', A, 5, 5), put('ultron-sentry', X, 9, 5, { id: 'far' }), put('ultron-sentry', X, 6, 6, { id: 'near' })] });
    const hidden = use(state, 'black-widow', 'vanish', 5, 5).state;
    expect(unitById(hidden, 'black-widow')!.ap).toBe(1);
    const theirTurn = endTurnsUntil(hidden, X, 1).state;
    expect(abilityTargets(theirTurn, 'far', 'sentry-repulsor')).toEqual([]);
    expect(abilityTargets(theirTurn, 'near', 'sentry-repulsor')).toEqual([{ x: 5, y: 5 }]);
  });
});

describe('Bruce Banner', () => {
  it('lets the Hulk out: same place, hp scaled to the Hulk\'s', () => {
    const state = arena({ units: [put('banner', A, 5, 5, { id: 'hulk', hp: 3 }), put('ultron-sentry', X, 15, 11)] });
    const after = use(state, 'hulk', 'hulk-out', 5, 5).state;
    expect(unitById(after, 'hulk')).toMatchObject({ type: 'hulk', hp: 12, x: 5, y: 5 });
  });
});
