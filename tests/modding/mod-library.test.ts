// The game's mod library and loader logic, against an in-memory localStorage: mods are kept one key
// each, a corrupt entry is removed alone, saves are never touched, and limits give messages.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkMod, listMods, MAX_MOD_BYTES, MAX_MODS, modIdOf, modScenarioId, removeMod, storeMod, type StoredMod } from '../../src/game/mod-library';
import { acceptMods } from '../../src/game/mod-loader';

class MemoryStorage {
  private data = new Map<string, string>();
  full = false;
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new Error('QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) { this.data.delete(k); }
  entries() { return [...this.data.entries()].sort(); }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});

const FOUNDRY = readFileSync('scenarios/examples/tiled/foundry.json', 'utf8');
const FOUNDRY_MAP = readFileSync('scenarios/examples/tiled/foundry.tmj', 'utf8');
const BROKEN = readFileSync('tests/modding/fixtures/broken-mod.json', 'utf8');
const good = () => {
  const checked = checkMod(FOUNDRY, 'foundry.json', { 'foundry.tmj': FOUNDRY_MAP });
  if (!checked.ok) throw new Error(checked.message);
  return checked.mod;
};

describe('checkMod', () => {
  it('parses a mod with its referenced Tiled map', () => {
    const checked = checkMod(FOUNDRY, 'foundry.json', { 'foundry.tmj': FOUNDRY_MAP });
    expect(checked.ok && checked.scenario.units.map((u) => u.id)).toEqual(['cap', 'iron-man', 'welder-1', 'sentry-1', 'sentry-2']);
  });

  it('without the map, says which file is missing', () => {
    const checked = checkMod(FOUNDRY, 'foundry.json');
    expect(!checked.ok && checked.errors[0].message).toContain("the Tiled map 'foundry.tmj' was not found");
  });

  it('gives every located error of a broken file', () => {
    const checked = checkMod(BROKEN, 'broken.json');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.message).toBe('broken.json has 3 problems');
    expect(checked.errors.map((e) => [e.line, e.column])).toEqual([[14, 33], [17, 83], [18, 5]]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const checked = checkMod(`{"id": "${'x'.repeat(MAX_MOD_BYTES)}"}`, 'huge.json');
    expect(!checked.ok && checked.message).toMatch(/^huge\.json is \d+ KB; a mod may be at most 1024 KB$/);
  });
});

describe('the library', () => {
  it('keeps, lists, replaces and removes mods, one key each, leaving saves alone', () => {
    storage.setItem('ultron-offensive.save.seoul', '{"a save": true}');
    expect(storeMod(good())).toEqual({ ok: true, replaced: false });
    expect(storeMod({ ...good(), name: 'Foundry v2' })).toEqual({ ok: true, replaced: true });
    expect(listMods().mods.map((m) => m.name)).toEqual(['Foundry v2']);
    removeMod('tiled-foundry');
    expect(listMods().mods).toEqual([]);
    expect(storage.entries()).toEqual([['ultron-offensive.save.seoul', '{"a save": true}']]);
  });

  it('removes a corrupt entry alone and says so', () => {
    storeMod(good());
    storage.setItem('ultron-offensive.mod.bad', '{"id": "bad", "name": ');
    storage.setItem('ultron-offensive.mod.wrong-key', JSON.stringify({ ...good(), id: 'other' }));
    const read = listMods();
    expect(read.mods.map((m) => m.id)).toEqual(['tiled-foundry']);
    expect(read.discarded.sort()).toEqual(['bad', 'wrong-key']);
    expect(storage.getItem('ultron-offensive.mod.bad')).toBeNull();
  });

  it('refuses a new mod when full, and reports a storage failure without throwing', () => {
    const base = good();
    for (let i = 0; i < MAX_MODS; i++) expect(storeMod({ ...base, id: `m${i}` }).ok).toBe(true);
    expect(storeMod({ ...base, id: 'one-more' })).toEqual({ ok: false, message: expect.stringContaining('The library is full') });
    expect(storeMod({ ...base, id: 'm0' }).ok).toBe(true); // replacing stays possible
    storage.full = true;
    expect(storeMod({ ...base, id: 'm1' })).toEqual({ ok: false, message: expect.stringContaining('could not be kept') });
  });

  it('gives mods game-wide ids apart from the campaign', () => {
    expect(modScenarioId('seoul')).toBe('mod:seoul');
    expect(modIdOf('mod:seoul')).toBe('seoul');
    expect(modIdOf('seoul')).toBeNull();
  });
});

describe('acceptMods', () => {
  it('keeps the good ones and turns the broken ones into problems', () => {
    const results = [checkMod(BROKEN, 'broken.json'), checkMod(FOUNDRY, 'foundry.json', { 'foundry.tmj': FOUNDRY_MAP })];
    const stored: StoredMod[] = [];
    const accepted = acceptMods(results, (mod) => (stored.push(mod), { ok: true, replaced: false }));
    expect(accepted.kept).toEqual(['tiled-foundry']);
    expect(accepted.notices).toEqual(['Loaded "The Foundry (a Tiled map)" from foundry.json.']);
    expect(accepted.problems.map((p) => p.errors.length)).toEqual([3]);
    expect(stored.map((m) => m.id)).toEqual(['tiled-foundry']);
  });
});
