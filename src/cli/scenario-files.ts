// Finding and loading scenario files for the commands: a path, or a campaign id that names
// scenarios/ID.json in this package. Parsing and validation belong to src/scenario.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../engine/types';
import { formatScenarioError, parseScenario } from '../scenario';
import { CommandFailure } from './errors';
import { tiledMapsBeside } from './tiled-files';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCENARIO_DIR = join(PACKAGE_ROOT, 'scenarios');

/** Scenario files larger than this are refused unread (the parser has its own, finer limits). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The file SCENARIO names: an existing path, else a campaign id. */
export function resolveScenarioPath(name: string): string {
  if (existsSync(name)) return name;
  if (/^[a-z0-9][a-z0-9-]*$/i.test(name)) {
    const campaign = join(SCENARIO_DIR, `${name}.json`);
    if (existsSync(campaign)) return campaign;
  }
  throw new CommandFailure(`${name}: no such file, and no campaign scenario "${name}" in scenarios/ (try: ${campaignIds().join(', ') || 'none found'})`);
}

/** Files in scenarios/ that are not battles: the shared roster, the schema, the campaign's order. */
const NOT_SCENARIOS = ['roster', 'schema', 'campaign'];

/**
 * Ids of the scenarios shipped in scenarios/ (every .json but the roster, schema and campaign list),
 * in campaign order as scenarios/campaign.json gives it, any others after in name order.
 */
export function campaignIds(): string[] {
  let ids: string[];
  try {
    ids = listJson(SCENARIO_DIR).filter((id) => !NOT_SCENARIOS.includes(id) && !id.endsWith('.schema'));
  } catch {
    return [];
  }
  const order = campaignOrder();
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function campaignOrder(): string[] {
  try {
    const list = (JSON.parse(readFileSync(join(SCENARIO_DIR, 'campaign.json'), 'utf8')) as { scenarios?: unknown }).scenarios;
    return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function listJson(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export function readTextFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CommandFailure(`${path}: is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    throw new CommandFailure(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_FILE_BYTES) throw new CommandFailure(`${path}: file too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CommandFailure(`${path}: cannot read: ${(error as Error).message}`);
  }
}

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

/** Parses a scenario text: the Scenario, or every problem as `FILE:LINE:COL JSON-PATH message` lines. */
export async function checkScenarioText(text: string, file: string): Promise<ScenarioCheck> {
  // async so a later parser that loads rosters or mods from disk fits without changing callers.
  const parsed = parseScenario(text, { file, tiledMaps: tiledMapsBeside(text, file) });
  if (parsed.ok) return { ok: true, scenario: parsed.scenario };
  return { ok: false, lines: parsed.errors.map((e) => formatScenarioError(e, file)) };
}

/** Resolves, reads and parses SCENARIO; an invalid one fails the command with its error lines. */
export async function loadScenario(name: string): Promise<{ path: string; scenario: Scenario }> {
  const path = resolveScenarioPath(name);
  const checked = await checkScenarioText(readTextFile(path), path);
  if (!checked.ok) throw new CommandFailure(`${path} is not a valid scenario:\n${checked.lines.join('\n')}`);
  return { path, scenario: checked.scenario };
}
