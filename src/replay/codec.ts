// Replay files as text and back. encodeReplay writes one stable layout (a header, then one action
// and one checkpoint per line, so two replays diff well); decodeReplay accepts only a well-formed
// replay and says exactly where one is not.
import type { Action, Pos } from '../engine/types';
import { parseJsonLocated } from './json-location';
import {
  REPLAY_FORMAT,
  REPLAY_VERSIONS,
  type Checkpoint,
  type Replay,
  type ReplayError,
  type ReplayOutcome,
  type ReplayResult,
} from './format';

/** Replays larger than this are refused before parsing: no real match comes near it. */
export const MAX_REPLAY_BYTES = 64 * 1024 * 1024;

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

const TOP_KEYS = [
  'format', 'version', 'engine', 'seed', 'difficulty', 'controllers', 'start', 'result', 'scenario', 'actions', 'checkpoints',
] as const;

/** The action with its keys in one fixed order, so equal actions encode to equal text. */
export function canonicalAction(action: Action): Action {
  if (action.type === 'move') return { type: 'move', unit: action.unit, to: { x: action.to.x, y: action.to.y } };
  if (action.type === 'ability') {
    return { type: 'ability', unit: action.unit, ability: action.ability, target: { x: action.target.x, y: action.target.y } };
  }
  return { type: 'endTurn' };
}

function listLines(items: unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
}

export function encodeReplay(replay: Replay): string {
  const result: ReplayResult | null = replay.result && {
    winner: replay.result.winner,
    reason: replay.result.reason,
    turn: replay.result.turn,
    hash: replay.result.hash,
  };
  const fields: [string, string][] = [
    ['format', JSON.stringify(replay.format)],
    ['version', JSON.stringify(replay.version)],
    ['engine', JSON.stringify(replay.engine)],
    ['seed', JSON.stringify(replay.seed)],
    ['difficulty', JSON.stringify(replay.difficulty)],
    ['controllers', JSON.stringify(replay.controllers)],
    ['start', JSON.stringify(checkpoint(replay.start))],
    ['result', JSON.stringify(result)],
    ['scenario', JSON.stringify({ id: replay.scenario.id, hash: replay.scenario.hash, content: replay.scenario.content })],
    ['actions', listLines(replay.actions.map(canonicalAction))],
    ['checkpoints', listLines(replay.checkpoints.map(checkpoint))],
  ];
  return `{\n${fields.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(',\n')}\n}\n`;
}

function checkpoint(c: Checkpoint): Checkpoint {
  return { hash: c.hash, rngCalls: c.rngCalls };
}

// ---------------------------------------------------------------------------------------------
// Decoding: each check names the JSON path of what is wrong.

class Invalid {
  constructor(readonly error: ReplayError) {}
}

function bad(path: string, message: string): never {
  throw new Invalid({ code: 'bad-field', message: `${path}: ${message}` });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function record(value: unknown, path: string, keys?: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) bad(path, 'expected an object');
  if (keys) {
    const extra = Object.keys(value).find((k) => !keys.includes(k));
    if (extra !== undefined) bad(path, `unknown field "${extra}"`);
  }
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') bad(path, 'expected a string');
  return value;
}

function integer(value: unknown, path: string, min = -Infinity): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) bad(path, 'expected an integer');
  if (value < min) bad(path, `expected at least ${min}`);
  return value;
}

function pos(value: unknown, path: string): Pos {
  const obj = record(value, path, ['x', 'y']);
  return { x: integer(obj.x, `${path}.x`), y: integer(obj.y, `${path}.y`) };
}

function action(value: unknown, path: string): Action {
  const obj = record(value, path);
  if (obj.type === 'endTurn') {
    record(value, path, ['type']);
    return { type: 'endTurn' };
  }
  if (obj.type === 'move') {
    record(value, path, ['type', 'unit', 'to']);
    return { type: 'move', unit: text(obj.unit, `${path}.unit`), to: pos(obj.to, `${path}.to`) };
  }
  if (obj.type === 'ability') {
    record(value, path, ['type', 'unit', 'ability', 'target']);
    return {
      type: 'ability',
      unit: text(obj.unit, `${path}.unit`),
      ability: text(obj.ability, `${path}.ability`),
      target: pos(obj.target, `${path}.target`),
    };
  }
  return bad(`${path}.type`, `expected "move", "ability" or "endTurn", got ${JSON.stringify(obj.type)}`);
}

function hexHash(value: unknown, path: string): string {
  const hash = text(value, path);
  if (!/^[0-9a-f]{16}$/.test(hash)) bad(path, 'expected 16 hexadecimal digits');
  return hash;
}

function checkpointAt(value: unknown, path: string): Checkpoint {
  const obj = record(value, path, ['hash', 'rngCalls']);
  return { hash: hexHash(obj.hash, `${path}.hash`), rngCalls: integer(obj.rngCalls, `${path}.rngCalls`, 0) };
}

function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) bad(path, 'expected an array');
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function resultAt(value: unknown, path: string): ReplayResult | null {
  if (value === null) return null;
  const obj = record(value, path, ['winner', 'reason', 'turn', 'hash']);
  const winner = obj.winner === null ? null : text(obj.winner, `${path}.winner`);
  return {
    winner,
    reason: text(obj.reason, `${path}.reason`),
    turn: integer(obj.turn, `${path}.turn`, 0),
    hash: hexHash(obj.hash, `${path}.hash`),
  };
}

function controllersAt(value: unknown, path: string): Record<string, string> {
  const obj = record(value, path);
  const out: Record<string, string> = {};
  for (const [side, who] of Object.entries(obj)) {
    // A key that would reach an object's prototype is hostile input, never a side id.
    if (FORBIDDEN_KEYS.includes(side)) bad(`${path}`, `forbidden key "${side}"`);
    out[side] = text(who, `${path}.${side}`);
  }
  return out;
}

function header(obj: Record<string, unknown>): void {
  if (obj.format !== REPLAY_FORMAT) {
    const what = obj.format === undefined ? 'it has no "format" field' : `its format is ${JSON.stringify(obj.format)}`;
    throw new Invalid({ code: 'not-a-replay', message: `not an Ultron Offensive replay: ${what}` });
  }
  if (!(REPLAY_VERSIONS as readonly unknown[]).includes(obj.version)) {
    throw new Invalid({
      code: 'unknown-version',
      message: `unknown replay format version ${JSON.stringify(obj.version)} (this build reads version ${REPLAY_VERSIONS.join(', ')})`,
    });
  }
}

/** Deeper than any scenario may nest (its parser allows 64): a hostile file stops here, not in a stack overflow. */
const MAX_CONTENT_DEPTH = 100;

/** The path of the first place `value` nests deeper than `limit`, found without recursion. */
function tooDeep(value: unknown, path: string, limit: number): string | null {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  while (stack.length > 0) {
    const [item, at, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return at;
    if (Array.isArray(item)) item.forEach((v, i) => stack.push([v, `${at}[${i}]`, depth + 1]));
    else for (const [k, v] of Object.entries(item)) stack.push([v, `${at}.${k}`, depth + 1]);
  }
  return null;
}

/** A Replay from a parsed JSON value, or the first thing wrong with it. */
export function replayFromJson(value: unknown): ReplayOutcome<Replay> {
  try {
    const obj = record(value, '$');
    header(obj);
    record(value, '$', TOP_KEYS);
    const scenario = record(obj.scenario, '$.scenario', ['id', 'hash', 'content']);
    const deep = tooDeep(scenario.content, '$.scenario.content', MAX_CONTENT_DEPTH);
    if (deep) bad(deep.length > 80 ? `${deep.slice(0, 80)}…` : deep, `nested deeper than ${MAX_CONTENT_DEPTH} levels`);
    const actions = list(obj.actions, '$.actions', action);
    const checkpoints = list(obj.checkpoints, '$.checkpoints', checkpointAt);
    if (checkpoints.length !== actions.length) {
      bad('$.checkpoints', `${checkpoints.length} checkpoints for ${actions.length} actions (one per action expected)`);
    }
    const replay: Replay = {
      format: REPLAY_FORMAT,
      version: obj.version as Replay['version'],
      engine: text(obj.engine, '$.engine'),
      seed: text(obj.seed, '$.seed'),
      difficulty: obj.difficulty === null ? null : text(obj.difficulty, '$.difficulty'),
      controllers: controllersAt(obj.controllers, '$.controllers'),
      start: checkpointAt(obj.start, '$.start'),
      result: resultAt(obj.result, '$.result'),
      scenario: {
        id: text(scenario.id, '$.scenario.id'),
        hash: text(scenario.hash, '$.scenario.hash'),
        content: record(scenario.content, '$.scenario.content') as unknown as Replay['scenario']['content'],
      },
      actions,
      checkpoints,
    };
    return { ok: true, value: replay };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.error };
    throw error;
  }
}

/** Parses replay text; a truncated or malformed file is reported with the line and column where it broke. */
export function decodeReplay(textIn: string): ReplayOutcome<Replay> {
  if (textIn.length > MAX_REPLAY_BYTES) {
    return { ok: false, error: { code: 'malformed-json', message: `file too large: ${textIn.length} bytes (limit ${MAX_REPLAY_BYTES})` } };
  }
  if (textIn.trim() === '') return { ok: false, error: { code: 'malformed-json', message: 'the file is empty' } };
  const parsed = parseJsonLocated(textIn);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { ok: false, error: { code: 'malformed-json', message: `malformed JSON at line ${line}, column ${column}: ${message}` } };
  }
  return replayFromJson(parsed.value);
}
