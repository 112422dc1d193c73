// The opponent thinks here, off the page's thread, so animation and input never freeze. It uses
// src/ai's createAiPlayer when that module is in the build, else a seeded random legal action.
import { legalActions, type Action, type GameState, type Pos } from '../engine';

export type AiRequest =
  | { id: number; kind: 'choose'; state: GameState; level: string; seed: string }
  | { id: number; kind: 'threats'; state: GameState };

export type AiResponse =
  | { id: number; kind: 'choose'; action: Action; thinker: 'ai' | 'random' }
  | { id: number; kind: 'threats'; tiles: Pos[] | null }
  | { id: number; kind: 'error'; message: string };

interface AiModule {
  createAiPlayer?: (level: string, seed: string) => { choose(state: GameState): Action };
  threats?: (state: GameState) => unknown;
}

// Looked up rather than imported so the game builds before src/ai exists.
const AI_MODULES = import.meta.glob('/src/ai/index.ts', { eager: true }) as Record<string, AiModule>;
const aiModule: AiModule = Object.values(AI_MODULES)[0] ?? {};

/** mulberry32: a small seeded generator for the stand-in opponent. */
function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (let i = 0; i < seedText.length; i++) seed = Math.imul(seed ^ seedText.charCodeAt(i), 2654435761);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stand-in: attacks when it can, otherwise moves, and ends the turn when nothing is left. */
function randomAction(state: GameState, seed: string): Action {
  const random = seededRandom(`${seed}:${state.actionCount}`);
  const actions = legalActions(state);
  const pick = (list: Action[]) => list[Math.floor(random() * list.length)];
  const abilities = actions.filter((a) => a.type === 'ability');
  if (abilities.length) return pick(abilities);
  const moves = actions.filter((a) => a.type === 'move');
  if (moves.length && random() < 0.85) return pick(moves);
  return { type: 'endTurn' };
}

const players = new Map<string, { choose(state: GameState): Action }>();

function choose(state: GameState, level: string, seed: string): { action: Action; thinker: 'ai' | 'random' } {
  if (!aiModule.createAiPlayer) return { action: randomAction(state, seed), thinker: 'random' };
  const key = `${level}:${seed}`;
  let player = players.get(key);
  if (!player) players.set(key, (player = aiModule.createAiPlayer(level, seed)));
  return { action: player.choose(state), thinker: 'ai' };
}

function threatTiles(state: GameState): Pos[] | null {
  if (!aiModule.threats) return null;
  const raw = aiModule.threats(state);
  const list = raw instanceof Map || raw instanceof Set ? [...raw.values()] : Array.isArray(raw) ? raw : null;
  if (!list) return null;
  const tiles: Pos[] = [];
  for (const entry of list) {
    const p = (entry as { tile?: Pos; at?: Pos })?.tile ?? (entry as { at?: Pos })?.at ?? (entry as Pos);
    if (p && Number.isInteger(p.x) && Number.isInteger(p.y)) tiles.push({ x: p.x, y: p.y });
  }
  return tiles;
}

self.onmessage = (event: MessageEvent<AiRequest>) => {
  const request = event.data;
  try {
    const response: AiResponse = request.kind === 'choose'
      ? { id: request.id, kind: 'choose', ...choose(request.state, request.level, request.seed) }
      : { id: request.id, kind: 'threats', tiles: threatTiles(request.state) };
    self.postMessage(response);
  } catch (e) {
    self.postMessage({ id: request.id, kind: 'error', message: (e as Error).message } satisfies AiResponse);
  }
};
