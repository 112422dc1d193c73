// Preview exactness where effects depend on each other: a capture after damage or a stun, a bump
// that comes before a capture, and a body Ultron's mind would escape into. Checked by hand and
// against what applying the action does on every seed.
import { describe, expect, it } from 'vitest';
import { preview, type AbilityDef, type Effect, type Scenario, type UnitPlacement } from '../../src/engine';
import { ability, act, arena, heroWith, place, start, unitOf, unitType, use } from './fixture';

function scenarioOf(effects: Effect[], targetHp: number, extra: UnitPlacement[] = [], more: Partial<AbilityDef> = {}): Scenario {
  return arena(['.........', '.........'], [
    place('a', 'caster', 'avengers', 0, 0), place('t', 'target', 'ultron', 3, 0, { hp: targetHp }), place('far', 'target', 'ultron', 8, 1), ...extra,
  ], { types: [
    heroWith('caster', [ability('x', { effects, ...more })]),
    unitType('target', { hp: 10, upload: { into: ['sentry'] } }), unitType('sentry', { hp: 3 }), unitType('vision', { blocksUpload: 3 }),
  ] });
}

function predicted(scenario: Scenario): number {
  const r = preview(start(scenario), use('a', 'x', 3, 0));
  if (!r.ok) throw new Error(r.error.message);
  return r.preview.targets.find((t) => t.unit === 't')!.defeatChance;
}

/** The share of seeds after which 't' has left the battle. */
function observed(scenario: Scenario, seeds = 300): number {
  let out = 0;
  for (let seed = 0; seed < seeds; seed++) if (unitOf(act(start(scenario, seed), use('a', 'x', 3, 0)).state, 't').out !== null) out++;
  return out / seeds;
}

describe('preview of effects that depend on each other', () => {
  it.each<[string, Effect[], number, UnitPlacement[], number]>([
    // 6 hp: damage 1-4 leaves 5..2 hp; capture at 30% of 10 takes 2 and 3 (rolls 3, 4).
    ['damage, then a capture at what is left', [{ type: 'damage', min: 1, max: 4 }, { type: 'capture', maxHpPercent: 30 }], 6, [], 0.5],
    ['a capture before the damage judges the hp it finds', [{ type: 'capture', maxHpPercent: 30 }, { type: 'damage', min: 1, max: 4 }], 6, [], 0],
    ['a stun, then a capture', [{ type: 'status', status: 'stunned', turns: 1 }, { type: 'capture', maxHpPercent: 10 }], 10, [], 1],
    ['a blocked push\'s bump, then a capture', [{ type: 'push', distance: 1 }, { type: 'capture', maxHpPercent: 30 }], 4, [place('w', 'sentry', 'ultron', 4, 0)], 1],
    ['a kill Ultron escapes into a sentry', [{ type: 'damage', min: 20, max: 20 }], 10, [place('s', 'sentry', 'ultron', 6, 1)], 0],
    ['a kill Ultron cannot escape: Vision stands by', [{ type: 'damage', min: 20, max: 20 }], 10, [place('s', 'sentry', 'ultron', 6, 1), place('v', 'vision', 'avengers', 1, 1)], 1],
    ['a capture Ultron cannot escape', [{ type: 'capture', maxHpPercent: 100 }], 10, [place('s', 'sentry', 'ultron', 6, 1)], 1],
  ])('%s', (_what, effects, hp, extra, chance) => {
    const scenario = scenarioOf(effects, hp, extra);
    expect(predicted(scenario)).toBeCloseTo(chance, 10);
    expect(Math.abs(observed(scenario) - chance)).toBeLessThan(0.1);
  });
});
