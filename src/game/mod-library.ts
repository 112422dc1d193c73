// The player's library of loaded mods in localStorage: one key per mod (so a bad entry is removed
// alone, never taking saves or other mods with it), an id prefix that keeps them apart from the
// campaign, and size limits so storage cannot be filled by one careless file.
import type { Scenario } from '../engine';
import { formatScenarioError, parseScenario, type ScenarioError } from '../scenario';

const MOD_KEY_PREFIX = 'ultron-offensive.mod.';
/** Scenario ids of mods in the game (battles, saves, URLs) carry this prefix. */
export const MOD_ID_PREFIX = 'mod:';
/** A scenario file and its Tiled maps together; the parser has its own, finer limits. */
export const MAX_MOD_BYTES = 1024 * 1024;
export const MAX_MODS = 30;

/** What is stored: the texts exactly as loaded, so a mod is parsed by the current rules every time. */
export interface StoredMod {
  /** The scenario's own id. */
  id: string;
  name: string;
  /** Where it came from: a file name or a URL, shown in the library and in error messages. */
  source: string;
  text: string;
  /** Texts of referenced Tiled maps, by the reference the scenario writes. */
  tiledMaps: Record<string, string>;
  addedAt: string;
}

export type ModCheck =
  | { ok: true; scenario: Scenario; mod: StoredMod }
  | { ok: false; errors: ScenarioError[]; message: string };

/** Bytes of a mod as stored, counted like the size limit means it. */
export function modBytes(text: string, tiledMaps: Record<string, string>): number {
  return [text, ...Object.values(tiledMaps)].reduce((sum, t) => sum + t.length, 0);
}

/** Parses a mod's texts; the result carries a storable mod or every located error. */
export function checkMod(text: string, source: string, tiledMaps: Record<string, string> = {}): ModCheck {
  const bytes = modBytes(text, tiledMaps);
  if (bytes > MAX_MOD_BYTES) {
    return { ok: false, errors: [], message: `${source} is ${Math.round(bytes / 1024)} KB; a mod may be at most ${MAX_MOD_BYTES / 1024} KB` };
  }
  let result: ReturnType<typeof parseScenario>;
  try {
    result = parseScenario(text, { file: source, tiledMaps });
  } catch (error) {
    // The parser returns values; should it break anyway, the game goes on and says so.
    return { ok: false, errors: [], message: `${source} could not be read: ${(error as Error).message}` };
  }
  if (!result.ok) return { ok: false, errors: result.errors, message: `${source} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}` };
  const scenario = result.scenario;
  return { ok: true, scenario, mod: { id: scenario.id, name: scenario.name, source, text, tiledMaps, addedAt: new Date().toISOString() } };
}

export const errorLine = (e: ScenarioError): string => formatScenarioError(e);

function keys(): string[] {
  const out: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(MOD_KEY_PREFIX)) out.push(key);
    }
  } catch {
    // storage disabled: an empty library
  }
  return out.sort();
}

function isStoredMod(v: unknown): v is StoredMod {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  const mapsOk = typeof m.tiledMaps === 'object' && m.tiledMaps !== null && Object.values(m.tiledMaps).every((t) => typeof t === 'string');
  return typeof m.id === 'string' && typeof m.name === 'string' && typeof m.source === 'string' && typeof m.text === 'string' && typeof m.addedAt === 'string' && mapsOk;
}

export interface LibraryRead {
  mods: StoredMod[];
  /** Entries that could not be read; each was removed, alone. */
  discarded: string[];
}

export function listMods(): LibraryRead {
  const mods: StoredMod[] = [];
  const discarded: string[] = [];
  for (const key of keys()) {
    let value: unknown;
    try {
      value = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      value = null;
    }
    if (isStoredMod(value) && MOD_KEY_PREFIX + value.id === key) mods.push(value);
    else {
      discarded.push(key.slice(MOD_KEY_PREFIX.length));
      removeKey(key);
    }
  }
  return { mods: mods.sort((a, b) => a.name.localeCompare(b.name)), discarded };
}

export function findMod(id: string): StoredMod | undefined {
  return listMods().mods.find((m) => m.id === id);
}

export type StoreResult = { ok: true; replaced: boolean } | { ok: false; message: string };

/** Keeps a mod (a mod with the same id is replaced, as a newer version of it). */
export function storeMod(mod: StoredMod): StoreResult {
  const existing = keys();
  const replaced = existing.includes(MOD_KEY_PREFIX + mod.id);
  if (!replaced && existing.length >= MAX_MODS) return { ok: false, message: `The library is full (${MAX_MODS} mods); remove one first.` };
  try {
    localStorage.setItem(MOD_KEY_PREFIX + mod.id, JSON.stringify(mod));
    return { ok: true, replaced };
  } catch {
    return { ok: false, message: `"${mod.name}" could not be kept: the browser's storage is full or disabled. It can still be played now.` };
  }
}

export function removeMod(id: string): void {
  removeKey(MOD_KEY_PREFIX + id);
}

function removeKey(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing to remove
  }
}

/** The game-wide scenario id of a mod, and back. */
export const modScenarioId = (id: string): string => MOD_ID_PREFIX + id;
export const modIdOf = (scenarioId: string): string | null => (scenarioId.startsWith(MOD_ID_PREFIX) ? scenarioId.slice(MOD_ID_PREFIX.length) : null);
