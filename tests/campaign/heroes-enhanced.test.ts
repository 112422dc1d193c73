// Signature abilities of the archer, the twins, Vision, War Machine and Ultron, on a bare arena.
import { describe, expect, it } from 'vitest';
import { abilityTargets, preview, reachableTiles, unitById } from '../../src/engine';
import { A, arena, C, put, scene, walledAt, whenItLands, X } from './arena';
import { act, endTurnsUntil, moveTo, use } from './campaign-fixture';

const hp = (s: Parameters<typeof unitById>[0], id: string) => unitById(s, id)!.hp;
const at = (s: Parameters<typeof unitById>[0], id: string) => ({ x: unitById(s, id)!.x, y: unitById(s, id)!.y });
const statusIds = (s: Parameters<typeof unitById>[0], id: string) => unitById(s, id)!.statuses.map((st) => st.id);

describe('Hawkeye', () => {
  it('the taser arrow stuns from six tiles away', () => {
    const build = scene({ units: [put('hawkeye', A, 1, 5), put('hydra-trooper', X, 7, 5)] });
    const { state } = whenItLands(build, { type: 'ability', unit: 'hawkeye', ability: 'taser-arrow', target: { x: 7, y: 5 } });
    expect(hp(state, 'hydra-trooper')).toBe(5);
    expect(statusIds(state, 'hydra-trooper')).toEqual(['stunned']);
  });

  it('arrows reach 8 tiles, farther than anyone else', () => {
    const state = arena({ units: [put('hawkeye', A, 1, 5), put('hydra-trooper', X, 9, 5, { id: 'at8' }), put('hydra-trooper', X, 10, 6, { id: 'at9' })] });
    expect(abilityTargets(state, 'hawkeye', 'bow-shot')).toEqual([{ x: 9, y: 5 }]);
  });

  it('the explosive arrow bursts over every enemy within a tile of where it lands', () => {
    const setup = { units: [put('hawkeye', A, 1, 5), put('hydra-heavy', X, 7, 5, { id: 'a' }), put('hydra-heavy', X, 8, 6, { id: 'b' }), put('hydra-heavy', X, 10, 5, { id: 'c' })] };
    const { state } = whenItLands(scene(setup), { type: 'ability', unit: 'hawkeye', ability: 'explosive-arrow', target: { x: 7, y: 5 } });
    expect([hp(state, 'a') < 10, hp(state, 'b') < 10, hp(state, 'c')]).toEqual([true, true, 10]);
  });
});

describe('Scarlet Witch', () => {
  it('visions hex an enemy for two of its turns: it cannot act, then it recovers', () => {
    const build = scene({ units: [put('scarlet-witch', A, 2, 5), put('hydra-trooper', X, 5, 5)] });
    const hexed = whenItLands(build, { type: 'ability', unit: 'scarlet-witch', ability: 'visions', target: { x: 5, y: 5 } });
    expect(unitById(hexed.state, 'hydra-trooper')!.statuses).toEqual([{ id: 'hexed', turns: 2 }]);
    let state = endTurnsUntil(hexed.state, X, 1).state;
    expect(unitById(state, 'hydra-trooper')!.ap).toBe(0);
    state = endTurnsUntil(state, X, 2).state;
    expect(unitById(state, 'hydra-trooper')!.ap).toBe(0);
    state = endTurnsUntil(state, X, 3).state;
    expect(unitById(state, 'hydra-trooper')!.ap).toBe(2);
    expect(statusIds(state, 'hydra-trooper')).toEqual([]);
  });

  it('visions make the victim easier to hit (+20)', () => {
    const state = arena({ units: [put('hawkeye', A, 1, 5), put('hydra-trooper', X, 5, 5, { statuses: [{ id: 'hexed', turns: 2 }] })] });
    const p = preview(state, { type: 'ability', unit: 'hawkeye', ability: 'bow-shot', target: { x: 5, y: 5 } });
    expect(p.ok && p.preview.targets[0].hitChance).toBe(1); // 90 - 10 defence + 20
  });

  it('rips the core only out of Ultron, not out of a mere sentry', () => {
    const state = arena({ units: [put('scarlet-witch', A, 5, 5), put('ultron', X, 7, 5), put('ultron-sentry', X, 5, 7)] });
    expect(abilityTargets(state, 'scarlet-witch', 'core-rip')).toEqual([{ x: 7, y: 5 }]);
    const p = preview(state, { type: 'ability', unit: 'scarlet-witch', ability: 'core-rip', target: { x: 7, y: 5 } });
    expect(p.ok && p.preview.targets[0].damage).toEqual({ min: 7, max: 10 }); // pierces Ultron's armour
  });

  it('wraps a civilian in a shield that soaks a sentry\'s blast', () => {
    const state = arena({ units: [put('scarlet-witch', A, 2, 5), put('civilian', C, 5, 5), put('ultron-sentry', X, 8, 5)] });
    const shielded = use(state, 'scarlet-witch', 'hex-shield', 5, 5).state;
    expect(unitById(shielded, 'civilian')!.statuses).toEqual([{ id: 'shielded', turns: 2, amount: 4 }]);
    const theirTurn = endTurnsUntil(shielded, X, 1).state;
    const shot = whenItLands(() => theirTurn, { type: 'ability', unit: 'ultron-sentry', ability: 'sentry-repulsor', target: { x: 5, y: 5 } });
    expect(hp(shot.state, 'civilian')).toBe(3);
  });
});

describe('Quicksilver', () => {
  it('has three actions a turn and moves eight tiles at a time', () => {
    const state = arena({ units: [put('quicksilver', A, 0, 5), put('ultron-sentry', X, 15, 11)] });
    expect(unitById(state, 'quicksilver')!.ap).toBe(3);
    expect(reachableTiles(state, 'quicksilver').some((r) => r.to.x === 8 && r.to.y === 5)).toBe(true);
    expect(reachableTiles(state, 'quicksilver').some((r) => r.to.x === 9 && r.to.y === 5)).toBe(false);
  });

  it('blur strike hits every enemy on his line, stops before the first in the way, and leaves him actions', () => {
    const setup = { units: [put('quicksilver', A, 1, 5), put('hydra-trooper', X, 3, 5, { id: 'a' }), put('hydra-trooper', X, 6, 5, { id: 'b' })] };
    const { state } = whenItLands(scene(setup), { type: 'ability', unit: 'quicksilver', ability: 'blur-strike', target: { x: 6, y: 5 } });
    expect([hp(state, 'a') < 6, hp(state, 'b') < 6]).toEqual([true, true]);
    expect(at(state, 'quicksilver')).toEqual({ x: 2, y: 5 });
    expect(unitById(state, 'quicksilver')!.ap).toBe(2);
  });

  it('dashes the whole way when the line is clear', () => {
    const state = arena({ units: [put('quicksilver', A, 1, 5), put('ultron-sentry', X, 15, 11)] });
    expect(at(use(state, 'quicksilver', 'blur-strike', 6, 5).state, 'quicksilver')).toEqual({ x: 6, y: 5 });
  });

  it('interpose: a shot at the ally beside him hits him instead', () => {
    const state = arena({ units: [put('quicksilver', A, 5, 5), put('hawkeye', A, 6, 5), put('ultron-sentry', X, 9, 5)] });
    const guarding = use(state, 'quicksilver', 'interpose', 5, 5).state;
    const theirTurn = endTurnsUntil(guarding, X, 1).state;
    const { events, state: after } = act(theirTurn, { type: 'ability', unit: 'ultron-sentry', ability: 'sentry-repulsor', target: { x: 6, y: 5 } });
    expect(events.filter((e) => e.type === 'attackRolled').map((e) => e.type === 'attackRolled' && e.target)).toEqual(['quicksilver']);
    expect(hp(after, 'hawkeye')).toBe(11);
    expect(statusIds(after, 'quicksilver')).not.toContain('guarding');
  });
});

describe('Vision', () => {
  it('passes through a wall that stops even Iron Man', () => {
    const state = arena({ rows: walledAt(3), units: [put('vision', A, 1, 5), put('iron-man', A, 1, 7), put('ultron-sentry', X, 15, 11)] });
    expect(reachableTiles(state, 'vision').some((r) => r.to.x === 5)).toBe(true);
    expect(reachableTiles(state, 'iron-man').some((r) => r.to.x > 3)).toBe(false);
    expect(reachableTiles(state, 'vision').some((r) => r.to.x === 3)).toBe(false);
  });

  it('while he stands within 4 tiles, Ultron\'s dying body cannot upload', () => {
    const units = [put('vision', A, 4, 5), put('ultron', X, 5, 5, { hp: 1 }), put('ultron-sentry', X, 9, 5)];
    const { state, events } = whenItLands(scene({ units }), { type: 'ability', unit: 'vision', ability: 'density-strike', target: { x: 5, y: 5 } });
    expect(events.some((e) => e.type === 'uploadBlocked' && e.by === 'vision')).toBe(true);
    expect(unitById(state, 'ultron')!.out).toBe('killed');
    expect(unitById(state, 'ultron-sentry')!.out).toBeNull();
  });

  it('the Mind Stone beam pierces armour', () => {
    const state = arena({ units: [put('vision', A, 2, 5), put('ultron', X, 5, 5)] });
    const p = preview(state, { type: 'ability', unit: 'vision', ability: 'mind-stone-beam', target: { x: 6, y: 5 } });
    expect(p.ok && p.preview.targets[0].damage).toEqual({ min: 3, max: 5 });
  });
});

describe('War Machine', () => {
  it('the rotary cannon sweeps a cone: enemies side by side ahead of him are all in it', () => {
    const state = arena({ units: [put('war-machine', A, 2, 5), put('ultron-sentry', X, 5, 4, { id: 'a' }), put('ultron-sentry', X, 5, 6, { id: 'b' }), put('ultron-sentry', X, 2, 8, { id: 'off' })] });
    const p = preview(state, { type: 'ability', unit: 'war-machine', ability: 'minigun', target: { x: 5, y: 5 } });
    expect(p.ok && p.preview.targets.map((t) => t.unit).sort()).toEqual(['a', 'b']);
  });
});

describe('Ultron', () => {
  const killShot = { type: 'ability' as const, unit: 'hawkeye', ability: 'bow-shot', target: { x: 5, y: 5 } };

  it('uploads into the nearest sentry within 6 tiles when his body is destroyed', () => {
    const units = [put('hawkeye', A, 1, 5), put('ultron', X, 5, 5, { hp: 1 }), put('ultron-sentry', X, 11, 5, { id: 's-near', hp: 4 }), put('ultron-sentry', X, 15, 5, { id: 's-far' })];
    const { state, events } = whenItLands(scene({ units }), killShot);
    expect(events.some((e) => e.type === 'uploaded' && e.body === 's-near')).toBe(true);
    expect(unitById(state, 'ultron')).toMatchObject({ out: null, x: 11, y: 5, hp: 4, type: 'ultron' });
    expect(unitById(state, 's-near')!.out).toBe('removed');
  });

  it('is destroyed for good when no sentry is within reach', () => {
    const units = [put('hawkeye', A, 1, 5), put('ultron', X, 5, 5, { hp: 1 }), put('ultron-sentry', X, 12, 5)];
    const { state } = whenItLands(scene({ units }), killShot);
    expect(unitById(state, 'ultron')!.out).toBe('killed');
  });

  it('the annihilation beam is marked a turn ahead and lands only on who stays in it', () => {
    let state = arena({ units: [put('hawkeye', A, 15, 11), put('ultron', X, 2, 5), put('thor', A, 6, 5), put('captain-america', A, 8, 5)] });
    state = endTurnsUntil(state, X, 1).state;
    state = use(state, 'ultron', 'annihilation-beam', 9, 5).state;
    expect(state.charges).toHaveLength(1);
    state = endTurnsUntil(state, A, 2).state;
    state = moveTo(state, 'thor', 6, 8).state;
    const { state: after, events } = endTurnsUntil(state, X, 2);
    expect(events.some((e) => e.type === 'chargeResolved')).toBe(true);
    expect(hp(after, 'thor')).toBe(18);
    expect(hp(after, 'captain-america')).toBeLessThanOrEqual(16 - 3);
  });
});
