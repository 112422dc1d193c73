// The campaign's files: every scenario in campaign.json parses with the roster, is in story order,
// and keeps to the size and content the campaign promises.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGame, turnSides } from '../../src/engine';
import { CAMPAIGN, loadScenario, readScenarioText } from './campaign-fixture';

const STORY_ORDER = ['sokovia-raid', 'avengers-tower', 'salvage-yard', 'johannesburg', 'seoul', 'novi-grad'];
const roster = JSON.parse(readScenarioText('roster'));

describe('campaign.json', () => {
  it('lists the six scenarios in story order', () => {
    expect(CAMPAIGN).toEqual(STORY_ORDER);
  });
});

describe('roster.json', () => {
  const heroes = ['iron-man', 'hulkbuster', 'captain-america', 'thor', 'hulk', 'black-widow', 'hawkeye',
    'scarlet-witch', 'quicksilver', 'vision', 'war-machine'];
  const others = ['hulk-rampage', 'banner', 'hydra-trooper', 'hydra-heavy', 'baron-strucker', 'list', 'ultron',
    'ultron-mk1', 'ultron-sentry', 'iron-legion', 'klaue', 'klaue-merc', 'civilian', 'helen-cho',
    'doomsday-drill', 'lifeboat', 'quinjet', 'cradle-truck', 'subway-train'];
  const byId = new Map<string, { icon: string; abilities: unknown[]; structure: boolean }>(
    roster.unitTypes.map((t: { id: string }) => [t.id, t]),
  );

  it('names everyone issue 3 asks for, each with an icon key equal to its id', () => {
    for (const id of [...heroes, ...others]) {
      expect(byId.has(id), id).toBe(true);
      expect(byId.get(id)!.icon, id).toBe(id);
    }
  });

  it('gives every hero and fighter at least one ability, and structures none', () => {
    for (const [id, type] of byId) {
      if (type.structure) expect(type.abilities, id).toEqual([]);
      else if (id !== 'civilian' && id !== 'helen-cho') expect(type.abilities.length, id).toBeGreaterThan(0);
    }
  });
});

describe.each(STORY_ORDER)('%s', (id) => {
  it('parses with the roster and starts a game', () => {
    const scenario = loadScenario(id);
    expect(scenario.id).toBe(id);
    const state = createGame(scenario, 1);
    expect(state.side).toBe('avengers');
    expect(turnSides(state)).toContain('avengers');
  });

  it('keeps to the campaign limits: map 16x12 to 40x30, 10-40 units, a turn limit, AI settings for the opponents', () => {
    const scenario = loadScenario(id);
    expect(scenario.map.width).toBeGreaterThanOrEqual(16);
    expect(scenario.map.height).toBeGreaterThanOrEqual(12);
    expect(scenario.map.width).toBeLessThanOrEqual(40);
    expect(scenario.map.height).toBeLessThanOrEqual(30);
    expect(scenario.units.length).toBeGreaterThanOrEqual(10);
    expect(scenario.units.length).toBeLessThanOrEqual(40);
    expect(scenario.turnLimit).toBeGreaterThan(0);
    expect(scenario.sides[0].id).toBe('avengers');
    const opponent = scenario.sides.find((s) => s.id === 'ultron' || s.id === 'hydra');
    expect(opponent?.ai?.behaviours?.length).toBeGreaterThan(0);
  });

  it('gives civilians no enemies of their own', () => {
    const civilians = loadScenario(id).sides.find((s) => s.id === 'civilians');
    if (civilians) expect(civilians.enemies).toEqual([]);
  });

  it('has a briefing, debriefs and at least one primary objective for the Avengers', () => {
    const scenario = loadScenario(id);
    expect(scenario.briefing.length).toBeGreaterThan(100);
    expect(scenario.debrief.victory.length).toBeGreaterThan(20);
    expect(scenario.debrief.defeat.length).toBeGreaterThan(20);
    expect(scenario.objectives.some((o) => (o.side ?? 'avengers') === 'avengers' && o.primary !== false)).toBe(true);
  });
});

describe('the cast grows with the story', () => {
  /** Unit types a scenario places or spawns, with the side they serve. */
  const cast = (id: string) => {
    const s = loadScenario(id);
    const placed = s.units.map((u) => `${u.type}@${u.side}`);
    const spawned = s.triggers.flatMap((t) => t.do.flatMap((d) => (d.do === 'spawn' ? [`${d.unitType}@${d.side}`] : [])));
    return new Set([...placed, ...spawned]);
  };
  const firstAppearance = (entry: string) => STORY_ORDER.find((id) => cast(id).has(entry));

  it('the twins fight for HYDRA first, and Ultron until Seoul, where they come over', () => {
    expect(firstAppearance('scarlet-witch@hydra')).toBe('sokovia-raid');
    expect(firstAppearance('scarlet-witch@ultron')).toBe('salvage-yard');
    expect(firstAppearance('scarlet-witch@avengers')).toBe('novi-grad');
    const seoul = loadScenario('seoul').triggers.find((t) => t.id === 'wanda-reads-ultron')!;
    expect(seoul.do).toContainEqual({ do: 'changeSide', unit: 'scarlet-witch', side: 'avengers' });
  });

  it('Ultron wears the broken Legion shell at the Tower, his own body after, and his best in Novi Grad', () => {
    expect(STORY_ORDER.filter((id) => cast(id).has('ultron-mk1@ultron'))).toEqual(['avengers-tower']);
    expect(STORY_ORDER.filter((id) => cast(id).has('ultron@ultron'))).toEqual(['salvage-yard', 'seoul']);
    expect(STORY_ORDER.filter((id) => cast(id).has('ultron-prime@ultron'))).toEqual(['novi-grad']);
  });

  it('the Hulkbuster drops only in Johannesburg, Vision is born only for the last battle, War Machine joins there', () => {
    expect(STORY_ORDER.filter((id) => cast(id).has('hulkbuster@avengers'))).toEqual(['johannesburg']);
    expect(STORY_ORDER.filter((id) => cast(id).has('vision@avengers'))).toEqual(['novi-grad']);
    expect(STORY_ORDER.filter((id) => cast(id).has('war-machine@avengers'))).toEqual(['avengers-tower', 'novi-grad']);
  });
});

describe('every scripted beat has a test', () => {
  const testText = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
    .filter((f) => f.endsWith('.test.ts') && f !== 'campaign-files.test.ts')
    .map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8'))
    .join('\n');

  it.each(STORY_ORDER)('%s: each trigger is named in a test that shows it firing', (id) => {
    const untested = loadScenario(id).triggers.map((t) => t.id).filter((t) => !testText.includes(`'${t}'`));
    expect(untested).toEqual([]);
  });
});
