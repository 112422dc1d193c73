// docs/MODDING.md: its reference is what `npm run docs` generates from the schema (stale = fail), it
// names every primitive, objective, trigger event and action and AI behaviour, and the tutorial's
// files validate; the final file, taken from the document itself, validates and plays to an end.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_BEHAVIOURS, EFFECT_TYPES, OBJECTIVE_TYPES, TRIGGER_ACTIONS, TRIGGER_EVENTS } from '../../src/engine/types';
import { parseScenario, formatScenarioError, SCENARIO_SCHEMA } from '../../src/scenario';
import { playMatch } from '../../src/sim/match';
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { loadAiLevels } from '../../src/cli/ai-levels';
import { tiledMapsBeside } from '../../src/cli/tiled-files';
import { END_MARKER, referenceMarkdown, START_MARKER } from '../../scripts/modding-docs';

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = readFileSync(join(ROOT, 'docs/MODDING.md'), 'utf8');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function parseFile(path: string) {
  const text = read(path);
  const result = parseScenario(text, { file: path, tiledMaps: tiledMapsBeside(text, join(ROOT, path)) });
  if (!result.ok) throw new Error(result.errors.map((e) => formatScenarioError(e)).join('\n'));
  return result.scenario;
}

/** Every .json under a folder, as paths from the repository's root. */
function jsonUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return jsonUnder(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

describe('the reference in docs/MODDING.md', () => {
  it('is exactly what `npm run docs` writes from the current schema (run it after changing the schema)', () => {
    const start = DOC.indexOf(START_MARKER);
    const end = DOC.indexOf(END_MARKER);
    expect(start).toBeGreaterThan(0);
    expect(DOC.slice(start + START_MARKER.length, end).trim()).toBe(referenceMarkdown().trim());
  });

  it('has a section for every schema definition', () => {
    for (const name of Object.keys(SCENARIO_SCHEMA.$defs)) expect(DOC).toContain(`### ${name}\n`);
  });

  it.each([
    ['effect', EFFECT_TYPES],
    ['objective', OBJECTIVE_TYPES],
    ['triggerWhen', TRIGGER_EVENTS],
    ['triggerDo', TRIGGER_ACTIONS],
  ] as const)('documents every %s the engine knows', (def, names) => {
    for (const name of names) expect(DOC).toContain(`#### ${def}: ${name}\n`);
  });

  it('lists every AI behaviour', () => {
    const line = DOC.split('\n').find((l) => l.startsWith('- **AI behaviours**'))!;
    for (const behaviour of AI_BEHAVIOURS) expect(line).toContain(`\`${behaviour}\``);
  });
});

describe('the tutorial', () => {
  const steps = [1, 2, 3, 4].map((n) => `scenarios/examples/tutorial/step-${n}.json`);

  it.each(steps)('%s validates and is linked from the document', (path) => {
    expect(DOC).toContain(`../${path}`);
    expect(parseFile(path).id).toBe('rooftop-rescue');
  });

  it('each step adds to the one before', () => {
    const texts = steps.map(read);
    for (let i = 1; i < texts.length; i++) expect(texts[i].length).toBeGreaterThan(texts[i - 1].length);
  });

  const finalText = (() => {
    const at = DOC.indexOf('<!-- tutorial:final -->');
    const block = /```json\n([\s\S]*?)```/.exec(DOC.slice(at));
    return block ? block[1] : '';
  })();

  it('shows the final file in full, the same as step-4.json', () => {
    expect(JSON.parse(finalText)).toEqual(JSON.parse(read(steps[3])));
  });

  it('its final file, written only from the document, validates and simulates to an end', async () => {
    const result = parseScenario(finalText, { file: 'from-the-doc.json' });
    expect(result.ok ? [] : result.errors.map((e) => formatScenarioError(e))).toEqual([]);
    if (!result.ok) return;
    expect(await loadAiLevels()).toBeNull();
    const scenario = result.scenario;
    const outcomes = ['1', '2'].map((seed) => playMatch(scenario, seed, playersFor(sideControllers(scenario, { avengers: 'normal', ultron: 'normal' }), seed)));
    for (const outcome of outcomes) {
      expect(outcome.winner).not.toBeNull();
      expect(outcome.turns).toBeLessThanOrEqual(scenario.turnLimit);
    }
    // The story's spawn happens in a game that reaches Ultron's third turn.
    const long = outcomes.find((o) => o.turns >= 3);
    if (long) expect(long.finalState.units.some((u) => u.id === 'sentry-3')).toBe(true);
  }, 60_000);
});

describe('the worked examples', () => {
  const examples = jsonUnder('scenarios/examples');

  it('include a Tiled map with custom and extends units, and the tutorial', () => {
    expect(examples).toEqual(expect.arrayContaining(['scenarios/examples/tiled/foundry.json', 'scenarios/examples/tutorial/step-4.json']));
    const foundry = parseFile('scenarios/examples/tiled/foundry.json');
    expect(foundry.unitTypes['foundry-sentry'].armour).toBe(2);
    expect(foundry.unitTypes['foundry-sentry'].hp).toBe(foundry.unitTypes['ultron-sentry'].hp);
    expect(foundry.unitTypes['arc-welder'].abilities.map((a) => a.id)).toEqual(['arc-weld', 'sentry-repulsor']);
  });

  it.each(examples)('%s validates and plays one game with seed 1', (path) => {
    const scenario = parseFile(path);
    const outcome = playMatch(scenario, '1', playersFor(sideControllers(scenario, { avengers: 'random', ultron: 'random' }), '1'));
    expect(outcome.turns).toBeGreaterThan(0);
  });
});

describe('$schema in every scenario', () => {
  const files = [...readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json') && f !== 'schema.json').map((f) => `scenarios/${f}`), ...jsonUnder('scenarios/examples')];

  it.each(files)('%s names scenarios/schema.json by a path that resolves to it', (path) => {
    const schema = JSON.parse(read(path)).$schema as string;
    if (path.endsWith('campaign.json')) return; // the campaign's order list has no schema of its own
    expect(typeof schema).toBe('string');
    expect(relative(ROOT, resolve(dirname(join(ROOT, path)), schema))).toBe('scenarios/schema.json');
  });
});
