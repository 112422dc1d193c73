// The scenarios the game can offer: the campaign's JSON files, bundled at build time and parsed by
// src/scenario. A file that fails to parse is kept with its errors so the campaign screen can show them.
import type { Scenario } from '../engine';
import { formatScenarioError, parseScenario } from '../scenario';
import { modIdOf } from './mod-library';
import { modCatalogEntry } from './mod-loader';
import { trainingScenario } from './training-scenario';

export interface CatalogEntry {
  id: string;
  /** Display name (the file's id when it did not parse). */
  name: string;
  scenario: Scenario | null;
  /** Located problems, as plain text lines, when the file did not parse. */
  errors: string[];
}

// The schema and the roster are not scenarios (the parser brings the roster itself): leaving them out
// keeps about 30 KB of gzipped text out of the page.
const FILES = import.meta.glob(['/scenarios/*.json', '!/scenarios/schema.json', '!/scenarios/roster.json'], {
  query: '?raw', import: 'default', eager: true,
}) as Record<string, string>;
const NOT_SCENARIOS = new Set(['campaign', 'roster', 'schema']);

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');

/** Reads the campaign order from scenarios/campaign.json, whatever reasonable shape it takes. */
function campaignOrder(): string[] {
  const text = FILES['/scenarios/campaign.json'];
  if (!text) return [];
  try {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data) ? data : (data as { scenarios?: unknown[] }).scenarios ?? [];
    return list
      .map((entry) => (typeof entry === 'string' ? entry : (entry as { id?: unknown })?.id))
      .filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/** The campaign's own titles ("1. The HYDRA Base"), used when a file cannot be parsed. */
function campaignTitle(id: string): string | undefined {
  try {
    const titles = (JSON.parse(FILES['/scenarios/campaign.json'] ?? '{}') as { titles?: Record<string, unknown> }).titles;
    const title = titles?.[id];
    return typeof title === 'string' ? title.replace(/^\d+\.\s*/, '') : undefined;
  } catch {
    return undefined;
  }
}

function parseEntry(id: string, text: string): CatalogEntry {
  const file = `scenarios/${id}.json`;
  try {
    const result = parseScenario(text, { file });
    if (result.ok) return { id, name: result.scenario.name, scenario: result.scenario, errors: [] };
    return { id, name: campaignTitle(id) ?? id, scenario: null, errors: result.errors.map((e) => formatScenarioError(e)) };
  } catch (e) {
    // The parser promises values, not throws; should it break anyway, the campaign screen still opens.
    return { id, name: campaignTitle(id) ?? id, scenario: null, errors: [`${file}: the parser failed: ${(e as Error).message}`] };
  }
}

const parsed = new Map<string, CatalogEntry>();

function entryFor(id: string): CatalogEntry | undefined {
  if (id === 'training') {
    // A small built-in battle for tests and for trying the controls; not part of the campaign.
    const training = trainingScenario();
    return { id, name: training.name, scenario: training, errors: [] };
  }
  const text = FILES[`/scenarios/${id}.json`];
  if (text === undefined || NOT_SCENARIOS.has(id)) return undefined;
  // Parsed on first use: opening one battle from a link should not wait for every other file.
  if (!parsed.has(id)) parsed.set(id, parseEntry(id, text));
  return parsed.get(id);
}

/** Every scenario, the campaign's first in story order, then any others by id. */
export function scenarioCatalog(): CatalogEntry[] {
  const ids = Object.keys(FILES).map(idOf);
  const order = campaignOrder().filter((id) => ids.includes(id));
  const rest = ids.filter((id) => !NOT_SCENARIOS.has(id) && !order.includes(id)).sort();
  return [...order, ...rest].map((id) => entryFor(id)!);
}

/** Ids of the campaign's scenarios in story order, without parsing any. */
export function campaignIds(): string[] {
  const ids = Object.keys(FILES).map(idOf).filter((id) => !NOT_SCENARIOS.has(id));
  const order = campaignOrder().filter((id) => ids.includes(id));
  return order.length ? order : ids.sort();
}

/** The campaign's scenarios in story order (only those named by campaign.json, or all when it is missing). */
export function campaignEntries(): CatalogEntry[] {
  const order = campaignOrder();
  const all = scenarioCatalog();
  return order.length ? all.filter((e) => order.includes(e.id)) : all;
}

/** Dev mode: a campaign file saved while the game runs (src/game/scenario-hot-reload.ts). */
export function replaceScenarioText(id: string, text: string): void {
  FILES[`/scenarios/${id}.json`] = text;
  parsed.delete(id);
}

export function findScenario(id: string): CatalogEntry | undefined {
  const mod = modIdOf(id);
  if (mod !== null) return modCatalogEntry(mod);
  return entryFor(id);
}
