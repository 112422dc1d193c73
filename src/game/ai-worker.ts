// The opponent thinks here, off the page's thread, so animation and input never freeze: src/ai's
// player for the battle's difficulty, and its threat map for the overlay.
import { legalActions, type Action, type GameState, type Pos } from '../engine';
import { createAiPlayer, isAiLevel, threats, type AiPlayer } from '../ai';

export type AiRequest =
  | { id: number; kind: 'choose'; state: GameState; level: string; seed: string }
  | { id: number; kind: 'threats'; state: GameState; side: string };

export interface ThreatTile extends Pos {
  maxDamage: number;
}

export type AiResponse =
  | { id: number; kind: 'choose'; action: Action; thinker: 'ai' | 'random' }
  | { id: number; kind: 'threats'; tiles: ThreatTile[] | null }
  | { id: number; kind: 'error'; message: string };

/** The hard level searches deeper; in the page it stops after this long so a turn never drags. */
const THINK_BUDGET_MS = 1500;

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

/** The stand-in for an unknown level: attacks when it can, otherwise moves, and ends the turn when nothing is left. */
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

const players = new Map<string, AiPlayer>();

function choose(state: GameState, level: string, seed: string): { action: Action; thinker: 'ai' | 'random' } {
  // An unknown level (an old save, a hand-edited link) still gets an opponent: the seeded stand-in.
  if (!isAiLevel(level)) return { action: randomAction(state, seed), thinker: 'random' };
  const key = `${level}:${seed}`;
  let player = players.get(key);
  if (!player) players.set(key, (player = createAiPlayer(level, { seed, budgetMs: THINK_BUDGET_MS, clock: () => performance.now() })));
  return { action: player.choose(state), thinker: 'ai' };
}

function threatTiles(state: GameState, side: string): ThreatTile[] {
  return threats(state, side).map((t) => ({ x: t.x, y: t.y, maxDamage: t.maxDamage }));
}

self.onmessage = (event: MessageEvent<AiRequest>) => {
  const request = event.data;
  try {
    const response: AiResponse = request.kind === 'choose'
      ? { id: request.id, kind: 'choose', ...choose(request.state, request.level, request.seed) }
      : { id: request.id, kind: 'threats', tiles: threatTiles(request.state, request.side) };
    self.postMessage(response);
  } catch (e) {
    self.postMessage({ id: request.id, kind: 'error', message: (e as Error).message } satisfies AiResponse);
  }
};
