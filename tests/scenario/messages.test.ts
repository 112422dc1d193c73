// Error messages in plain words, with the nearest known name when a name is misspelt.
import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from '../../src/scenario';
import { didYouMean } from '../../src/scenario/errors';
import { fixture, testRoster } from './test-roster';

const roster = testRoster();

describe('error messages', () => {
  it.each([
    ['17-unknown-field-typo.json', "unknown field 'hpp' (did you mean 'hp'?)"],
    ['25-unknown-status.json', "'stuned' is not a known value for 'status' (did you mean 'stunned'?)"],
    ['26-unknown-effect-type.json', "unknown type 'damge' (did you mean 'damage'?)"],
    ['37-unknown-unit-type.json', "unknown unit type 'sentri' (did you mean 'sentry'?)"],
    ['40-unknown-ability.json', "unknown ability 'puncj' (did you mean 'punch'?)"],
    ['43-unknown-area.json', "unknown area 'exits' (did you mean 'exit'?)"],
    ['34-map-unknown-char.json', "unknown map character 'X' at x 4, y 2"],
    ['51-unit-on-wall.json', "'cap' stands on wall at x 2, y 1, where a walking unit cannot stand"],
    ['53-two-units-one-tile.json', "'s1' stands on x 0, y 0, where 'cap' already stands"],
    ['15-wrong-type-fraction.json', 'expected a whole number, found 4.5'],
    ['22-out-of-range-accuracy.json', 'must be from 0 to 100, found 150'],
    ['19-missing-field.json', "missing the field 'name'"],
  ])('%s says: %s', (file, words) => {
    const parsed = parseScenario(fixture(`broken/${file}`), { roster, file });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.message)).toContainEqual(expect.stringContaining(words));
  });

  it.each([
    ['hpp', ['hp', 'move', 'armour'], " (did you mean 'hp'?)"],
    ['Avengers', ['avengers', 'ultron'], " (did you mean 'avengers'?)"],
    ['sentry', ['ultron-sentry', 'iron-legion'], " (did you mean 'ultron-sentry'?)"],
    ['thor', ['cap', 'tony'], ''],
    ['x'.repeat(100), ['x'.repeat(99)], ''],
  ])('didYouMean(%j) → %j', (name, known, hint) => {
    expect(didYouMean(name, known)).toBe(hint);
  });

  it('formats as FILE:LINE:COL JSON-PATH message', () => {
    const parsed = parseScenario(fixture('broken/41-unknown-side.json'), { roster, file: 'mods/raid.json' });
    expect(parsed.ok ? [] : parsed.errors.map((e) => formatScenarioError(e))).toEqual([
      "mods/raid.json:28:45 $.units[2].side unknown side 'ultorn' (did you mean 'ultron'?)",
    ]);
  });

  it('quotes keys that are not identifiers in the path', () => {
    const text = fixture('fixtures/base.json').replace('"exit": { "rect": { "x": 0, "y": 0, "w": 2, "h": 1 } }', '"exit": { "rect": { "x": 0, "y": 0, "w": 2, "h": 1 } }, "drop-zone": { "rect": { "x": 0, "y": 0, "w": 20, "h": 1 } }');
    const parsed = parseScenario(text, { roster });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['$.areas["drop-zone"].rect']);
  });
});
