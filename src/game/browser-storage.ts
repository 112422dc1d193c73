// What the game keeps in localStorage: settings, campaign progress and one autosave per scenario.
// Every read is checked; a bad entry is reported and removed alone, never taking the others with it.
import type { Action } from '../engine';
import { DIFFICULTIES, type BattleSetup, type Difficulty } from './battle-session';

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

function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the game still plays, it just won't remember.
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDifficulty = (v: unknown): v is Difficulty => DIFFICULTIES.includes(v as Difficulty);

export function loadSettings(): Settings {
  const raw = readJson(SETTINGS_KEY);
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
  }
  return { won };
}

export function recordVictory(scenarioId: string, difficulty: Difficulty): void {
  const progress = loadProgress();
  const before = progress.won[scenarioId];
  if (!before || DIFFICULTIES.indexOf(difficulty) > DIFFICULTIES.indexOf(before)) progress.won[scenarioId] = difficulty;
  writeJson(PROGRESS_KEY, progress);
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
  const ok = isObject(raw) && raw.scenarioId === scenarioId && typeof raw.seed === 'string' &&
    isDifficulty(raw.difficulty) && Array.isArray(raw.actions) && raw.actions.every(isAction);
  if (ok) return { kind: 'ok', save: raw as unknown as SavedBattle };
  discardBattleSave(scenarioId);
  return { kind: 'corrupt', message: `The saved battle for "${scenarioId}" could not be read and was discarded.` };
}

export function storeBattleSave(setup: BattleSetup, actions: Action[]): void {
  const save: SavedBattle = { ...setup, actions, savedAt: new Date().toISOString() };
  writeJson(SAVE_PREFIX + setup.scenarioId, save);
}

export function discardBattleSave(scenarioId: string): void {
  try {
    localStorage.removeItem(SAVE_PREFIX + scenarioId);
  } catch {
    // nothing to do: storage unavailable
  }
}
