// Fuzzing the browser's autosave: a real save of a played battle, mutated as a disk error, a half
// write or a hand edit would, and read back through the game's own loadBattleSave and BattleSession
// rebuild. Every outcome is a save that plays or a clear message; never a throw, and the other
// saves in storage are never touched.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { legalActions, startGame, applyAction, type Action } from '../../src/engine';
import { BattleSession, type BattleSetup } from '../../src/game/battle-session';
import { loadBattleSave, storeBattleSave } from '../../src/game/browser-storage';
import { trainingScenario } from '../../src/game/training-scenario';

/** A Map behind the Storage interface: the browser's localStorage, for Node. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) { this.items.set(k, String(v)); }
  removeItem(k: string) { this.items.delete(k); }
  clear() { this.items.clear(); }
}

const storage = new MemoryStorage();
(globalThis as { localStorage?: unknown }).localStorage = storage;

const SAVE_KEY = 'ultron-offensive.save.training';
const OTHER_KEY = 'ultron-offensive.save.seoul';
const OTHER = JSON.stringify({ scenarioId: 'seoul', seed: '1', difficulty: 'hard', actions: [{ type: 'endTurn' }], savedAt: 'x' });
const scenario = trainingScenario();
const setup: BattleSetup = { scenarioId: 'training', seed: '17', difficulty: 'normal' };

/** A battle played with legal actions picked by index (the AI's side too), as the game would store it. */
function playedActions(picks: number[]): Action[] {
  let state = startGame(scenario, setup.seed).state;
  const actions: Action[] = [];
  for (const pick of picks) {
    if (state.result) break;
    const legal = legalActions(state);
    const action = legal[pick % legal.length];
    const applied = applyAction(state, action);
    if (!applied.ok) throw new Error(applied.error.message);
    state = applied.state;
    actions.push(action);
  }
  return actions;
}

const validSaveText = (picks: number[]) => {
  storeBattleSave(setup, playedActions(picks));
  return storage.getItem(SAVE_KEY)!;
};

/** Text-level damage: cut short, a character changed, garbage inserted. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: fc.string({ minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, m: TextMutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'truncate') return text.slice(0, at);
  if (m.kind === 'replace') return text.slice(0, at) + m.ch + text.slice(at + 1);
  return text.slice(0, at) + m.text + text.slice(at);
}

/** Structure-level edits: a value anywhere in the save replaced by any JSON value, or a key deleted. */
function mutateJson(value: unknown, path: number[], replacement: unknown, remove: boolean): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0] % keys.length];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  if (remove && path.length === 1) {
    if (Array.isArray(copy)) (copy as unknown as unknown[]).splice(Number(key), 1);
    else delete copy[key];
  } else copy[key] = mutateJson(copy[key], path.slice(1), replacement, remove);
  return copy;
}

/** Reads the save as the game does; the answer must be a save that rebuilds, or a message. */
function readAsGame(): string {
  const read = loadBattleSave('training');
  if (read.kind === 'none') return 'none';
  if (read.kind === 'corrupt') {
    expect(read.message).toMatch(/^The saved battle for "training" could not be used \(.+\)/);
    expect(storage.getItem(SAVE_KEY)).toBeNull(); // the bad entry alone is removed
    return 'corrupt';
  }
  const rebuilt = BattleSession.replay({ ...setup, seed: read.save.seed, difficulty: read.save.difficulty }, scenario, read.save.actions);
  if (!rebuilt.ok) expect(rebuilt.message).toMatch(/^action \d+ of \d+ was refused: \S/);
  return rebuilt.ok ? 'plays' : 'refused';
}

describe('fuzzed autosaves', () => {
  beforeEach(() => {
    storage.clear();
    storage.setItem(OTHER_KEY, OTHER);
  });

  const picks = fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 });

  it('text damage: a playable save or a clear message, never a throw; other saves untouched', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(picks, textMutation, (p, m) => {
        storage.setItem(SAVE_KEY, mutateText(validSaveText(p), m));
        seen.add(readAsGame());
        expect(storage.getItem(OTHER_KEY)).toBe(OTHER);
      }),
      { numRuns: 120, seed: 8 },
    );
    // The fuzzing reached both kinds of answer, so the checks above were exercised.
    expect(seen.has('corrupt')).toBe(true);
    expect(seen.has('plays')).toBe(true);
  });

  it('structural edits: a playable save, a refused action or a clear message, never a throw', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(picks, fc.array(fc.nat(50), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (p, path, replacement, remove) => {
        const save = JSON.parse(validSaveText(p)) as unknown;
        storage.setItem(SAVE_KEY, JSON.stringify(mutateJson(save, path, replacement, remove)));
        seen.add(readAsGame());
        expect(storage.getItem(OTHER_KEY)).toBe(OTHER);
      }),
      { numRuns: 150, seed: 9 },
    );
    expect(seen.has('corrupt')).toBe(true);
  });

  it('an action edited to another well-formed one is replayed or refused with its number', () => {
    fc.assert(
      fc.property(picks, fc.nat(), fc.integer({ min: -3, max: 20 }), fc.integer({ min: -3, max: 20 }), (p, which, x, y) => {
        const save = JSON.parse(validSaveText(p)) as { actions: Action[] };
        const i = which % save.actions.length;
        const a = save.actions[i];
        save.actions[i] = a.type === 'endTurn' ? { type: 'move', unit: 'iron-man', to: { x, y } } : a.type === 'move' ? { ...a, to: { x, y } } : { ...a, target: { x, y } };
        storage.setItem(SAVE_KEY, JSON.stringify(save));
        expect(['plays', 'refused']).toContain(readAsGame());
      }),
      { numRuns: 80, seed: 10 },
    );
  });
});
