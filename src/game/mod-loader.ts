// Getting a mod into the game without a rebuild: files from the picker or a drop (a scenario and the
// Tiled maps it names), or a link (?scenario-url=) to a file this site serves. Everything is read as
// text and parsed: nothing in a mod is ever run, and its text is only ever shown as text.
import type { ScenarioError } from '../scenario';
import { tiledReference } from '../scenario/tiled-scenario';
import type { CatalogEntry } from './scenario-catalog';
import { checkMod, errorLine, findMod, MAX_MOD_BYTES, modScenarioId, type ModCheck, type StoredMod, type StoreResult } from './mod-library';

const isMap = (name: string) => /\.(tmj|tmx)$/i.test(name);

/** Reads a chosen or dropped set of files: each .json is a scenario; .tmj files are the maps they name. */
export async function modsFromFiles(files: readonly File[]): Promise<ModCheck[]> {
  const tooBig = files.find((f) => f.size > MAX_MOD_BYTES);
  if (tooBig) return [{ ok: false, errors: [], message: `${tooBig.name} is ${Math.round(tooBig.size / 1024)} KB; a mod may be at most ${MAX_MOD_BYTES / 1024} KB` }];
  const maps = files.filter((f) => isMap(f.name));
  const scenarios = files.filter((f) => !isMap(f.name));
  if (scenarios.length === 0) return [{ ok: false, errors: [], message: 'Choose the scenario (.json) too, together with its Tiled maps.' }];
  const mapTexts = new Map<string, string>();
  for (const map of maps) mapTexts.set(map.name, await map.text());
  const results: ModCheck[] = [];
  for (const file of scenarios.slice(0, 10)) {
    const text = await file.text();
    results.push(checkMod(text, file.name, mapsNamedBy(text, (reference) => mapTexts.get(baseName(reference)))));
  }
  return results;
}

const baseName = (path: string) => path.replace(/^.*[\\/]/, '');

function mapsNamedBy(text: string, lookup: (reference: string) => string | undefined): Record<string, string> {
  const reference = tiledReference(text);
  const map = reference === undefined ? undefined : lookup(reference);
  return reference !== undefined && map !== undefined ? { [reference]: map } : {};
}

/** A link's scenario: only from this site (a mod is data, but a link must not reach anywhere else). */
export async function modFromUrl(address: string): Promise<ModCheck> {
  let url: URL;
  try {
    url = new URL(address, window.location.href);
  } catch {
    return { ok: false, errors: [], message: `"${address}" is not a web address` };
  }
  if (url.origin !== window.location.origin) {
    return { ok: false, errors: [], message: `Scenarios load only from this site (${window.location.origin}); "${url.href}" is elsewhere. Download it and load the file instead.` };
  }
  const text = await fetchText(url);
  if (!text.ok) return { ok: false, errors: [], message: text.message };
  const reference = tiledReference(text.text);
  const maps: Record<string, string> = {};
  if (reference !== undefined) {
    const map = await fetchText(new URL(reference, url));
    if (map.ok) maps[reference] = map.text;
  }
  // The site path is the mod's source: the dev server's reload names files the same way.
  return checkMod(text.text, url.pathname, maps);
}

async function fetchText(url: URL): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { ok: false, message: `${url.pathname}: the site answered ${response.status} ${response.statusText}` };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_MOD_BYTES) return { ok: false, message: `${url.pathname} is ${Math.round(length / 1024)} KB; a mod may be at most ${MAX_MOD_BYTES / 1024} KB` };
    const text = await response.text();
    if (text.length > MAX_MOD_BYTES) return { ok: false, message: `${url.pathname} is too large; a mod may be at most ${MAX_MOD_BYTES / 1024} KB` };
    return { ok: true, text };
  } catch (error) {
    return { ok: false, message: `${url.pathname} could not be fetched: ${(error as Error).message}` };
  }
}

/** A stored mod as the catalog offers scenarios (parsed afresh: the rules may have changed since). */
export function modCatalogEntry(id: string): CatalogEntry | undefined {
  const mod = findMod(id);
  if (!mod) return undefined;
  const checked = checkMod(mod.text, mod.source, mod.tiledMaps);
  const scenarioId = modScenarioId(id);
  if (checked.ok) return { id: scenarioId, name: checked.scenario.name, scenario: checked.scenario, errors: [] };
  return { id: scenarioId, name: mod.name, scenario: null, errors: checked.errors.length ? checked.errors.map(errorLine) : [checked.message] };
}

export interface ModsAccepted {
  problems: { message: string; errors: ScenarioError[] }[];
  notices: string[];
  /** Ids of the mods now in the library. */
  kept: string[];
}

/** Keeps the good mods in the library; the broken ones become problems to show, touching nothing. */
export function acceptMods(results: readonly ModCheck[], store: (mod: StoredMod) => StoreResult): ModsAccepted {
  const out: ModsAccepted = { problems: [], notices: [], kept: [] };
  for (const result of results) {
    if (!result.ok) {
      out.problems.push({ message: result.message, errors: result.errors });
      continue;
    }
    const stored = store(result.mod);
    if (!stored.ok) out.notices.push(stored.message);
    else {
      out.kept.push(result.mod.id);
      out.notices.push(`${stored.replaced ? 'Updated' : 'Loaded'} "${result.mod.name}" from ${result.mod.source}.`);
    }
  }
  return out;
}
