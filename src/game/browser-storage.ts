// What the game keeps in localStorage: settings, campaign progress and one autosave per scenario.
// Every read is checked; a bad entry is reported and removed alone, never taking the others with it.
import type { Action } from '../engine';
import { DIFFICULTIES, type BattleSetup, type Difficulty } from './battle-session';
import { autosaveProblem, reportStorageProblem, reportWriteFailure } from './storage-health';

const PREFIX = 'ultron-offensive.';
const SETTINGS_KEY = `${PREFIX}settings`;
const PROGRESS_KEY = `${PREFIX}progress`;
const SAVE_PREFIX = `${PREFIX}save.`;

export interface Settings {
  muted: boolean;
  /** Multiplier on animation speed: 1 normal, 2 fast, 4 very fast. */
  speed: number;
  difficulty: Difficulty;
}

export interface Progress {
  /** Scenario ids won, with the best difficulty they were won on. */
  won: Record<string, Difficulty>;
}

export interface SavedBattle extends BattleSetup {
  actions: Action[];
  savedAt: string;
}

const DEFAULT_SETTINGS: Settings = { muted: false, speed: 2, difficulty: 'normal' };

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return null; // unparsable: the caller treats it as corrupt
  }
}

function writeJson(key: string, value: unknown, what = 'your settings'): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch (error) {
    // Storage full or disabled (private mode): the game still plays, and says it won't remember.
    reportWriteFailure(key, what, error);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDifficulty = (v: unknown): v is Difficulty => DIFFICULTIES.includes(v as Difficulty);

export function loadSettings(): Settings {
  const raw = readJson(SETTINGS_KEY);
  if (raw !== undefined && !isObject(raw)) {
    reportStorageProblem({ kind: 'corrupt', key: SETTINGS_KEY, message: 'Your settings could not be read; the defaults are used until you change them.' });
  }
  if (!isObject(raw)) return { ...DEFAULT_SETTINGS };
  return {
    muted: typeof raw.muted === 'boolean' ? raw.muted : DEFAULT_SETTINGS.muted,
    speed: [1, 2, 4].includes(raw.speed as number) ? (raw.speed as number) : DEFAULT_SETTINGS.speed,
    difficulty: isDifficulty(raw.difficulty) ? raw.difficulty : DEFAULT_SETTINGS.difficulty,
  };
}

export function saveSettings(settings: Settings): void {
  writeJson(SETTINGS_KEY, settings);
}

export function loadProgress(): Progress {
  const raw = readJson(PROGRESS_KEY);
  const won: Record<string, Difficulty> = {};
  if (isObject(raw) && isObject(raw.won)) {
    for (const [id, level] of Object.entries(raw.won)) if (isDifficulty(level)) won[id] = level;
    const dropped = Object.keys(raw.won).length - Object.keys(won).length;
    if (dropped > 0) {
      reportStorageProblem({ kind: 'corrupt', key: PROGRESS_KEY, message: `${dropped} entr${dropped === 1 ? 'y' : 'ies'} of your campaign progress could not be read and ${dropped === 1 ? 'was' : 'were'} left out; the rest is kept.` });
    }
  } else if (raw !== undefined) {
    // Kept aside before anything overwrites it, so it can still be recovered by hand.
    preserveUnreadable(PROGRESS_KEY);
    reportStorageProblem({ kind: 'corrupt', key: PROGRESS_KEY, message: 'Your campaign progress could not be read; it was set aside and progress starts afresh.' });
  }
  return { won };
}

export function recordVictory(scenarioId: string, difficulty: Difficulty): void {
  const progress = loadProgress();
  const before = progress.won[scenarioId];
  if (!before || DIFFICULTIES.indexOf(difficulty) > DIFFICULTIES.indexOf(before)) progress.won[scenarioId] = difficulty;
  writeJson(PROGRESS_KEY, progress, 'your campaign progress');
}

/** Copies an unreadable entry to KEY.unreadable (once), so a later write does not erase it. */
function preserveUnreadable(key: string): void {
  try {
    const text = localStorage.getItem(key);
    if (text !== null && localStorage.getItem(`${key}.unreadable`) === null) localStorage.setItem(`${key}.unreadable`, text);
  } catch {
    // full or unavailable: nothing more can be done here
  }
}

function isAction(v: unknown): v is Action {
  if (!isObject(v)) return false;
  if (v.type === 'endTurn') return true;
  const at = v.type === 'move' ? v.to : v.target;
  const posOk = isObject(at) && Number.isInteger(at.x) && Number.isInteger(at.y);
  if (v.type === 'move') return typeof v.unit === 'string' && posOk;
  return v.type === 'ability' && typeof v.unit === 'string' && typeof v.ability === 'string' && posOk;
}

export type SaveRead = { kind: 'none' } | { kind: 'ok'; save: SavedBattle } | { kind: 'corrupt'; message: string };

/** Reads the autosave of one scenario; a corrupt one is removed (others stay) and reported. */
export function loadBattleSave(scenarioId: string): SaveRead {
  const key = SAVE_PREFIX + scenarioId;
  const raw = readJson(key);
  if (raw === undefined) return { kind: 'none' };
  const problem = autosaveProblem(raw, scenarioId, isAction);
  if (!problem) return { kind: 'ok', save: raw as unknown as SavedBattle };
  discardBattleSave(scenarioId);
  const message = `The saved battle for "${scenarioId}" could not be used (${problem.reason}) and was discarded; other saves are untouched.`;
  reportStorageProblem({ kind: problem.kind, key, message });
  return { kind: 'corrupt', message };
}

export function storeBattleSave(setup: BattleSetup, actions: Action[]): void {
  const save: SavedBattle = { ...setup, actions, savedAt: new Date().toISOString() };
  writeJson(SAVE_PREFIX + setup.scenarioId, save, `the autosave of "${setup.scenarioId}"`);
}

export function discardBattleSave(scenarioId: string): void {
  try {
    localStorage.removeItem(SAVE_PREFIX + scenarioId);
  } catch {
    // nothing to do: storage unavailable
  }
}
