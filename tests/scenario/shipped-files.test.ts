// Every scenario the game ships (scenarios/*.json, scenarios/examples/*.json) parses against the real
// roster, the roster parses with located errors, and the engine can start each one.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { defaultRoster, formatScenarioError, parseRoster, parseScenario } from '../../src/scenario';

/** Files in scenarios/ that are not battles. */
const NOT_SCENARIOS = new Set(['roster.json', 'campaign.json', 'schema.json']);

function jsonFiles(dir: string): string[] {
  const url = new URL(`../../scenarios/${dir}`, import.meta.url);
  return readdirSync(url).filter((f) => f.endsWith('.json') && !NOT_SCENARIOS.has(f)).map((f) => `scenarios/${dir}${f}`);
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const files = [...jsonFiles(''), ...jsonFiles('examples/')];

describe('shipped scenario files', () => {
  it('include the example and at least one campaign scenario', () => {
    expect(files).toContain('scenarios/examples/first-contact.json');
    expect(files.length).toBeGreaterThan(1);
  });

  it('the roster parses from its text, with positions', () => {
    const parsed = parseRoster(read('scenarios/roster.json'), 'scenarios/roster.json');
    expect(parsed.ok ? [] : parsed.errors.map((e) => formatScenarioError(e))).toEqual([]);
    if (parsed.ok) expect(Object.keys(parsed.roster.unitTypes)).toEqual(Object.keys(defaultRoster().unitTypes));
  });

  it.each(files)('%s parses and starts a game', (file) => {
    const parsed = parseScenario(read(file), { file });
    expect(parsed.ok ? [] : parsed.errors.map((e) => formatScenarioError(e))).toEqual([]);
    if (!parsed.ok) return;
    const state = createGame(parsed.scenario, 1);
    expect(state.units.length).toBe(parsed.scenario.units.length);
    expect(JSON.parse(JSON.stringify(parsed.scenario))).toEqual(parsed.scenario);
  });
});
