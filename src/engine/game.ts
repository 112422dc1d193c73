// Starting a match from a scenario and a seed, and saving or loading a state as text.
import { unitTypeOf } from './board';
import type { Ctx } from './context';
import { settle } from './apply';
import { hashScenario } from './hash';
import { seedRng } from './rng';
import { asStatic } from './static-data';
import { startSideTurn, turnSides } from './turns';
import type { GameEvent, GameState, Scenario, Unit } from './types';

export const ENGINE_VERSION = '1.0.0';

function placeUnits(scenario: Scenario): Unit[] {
  return scenario.units.map((p) => ({
    id: p.id,
    type: p.type,
    name: p.name ?? scenario.unitTypes[p.type]?.name ?? p.id,
    side: p.side,
    x: p.x,
    y: p.y,
    hp: p.hp ?? scenario.unitTypes[p.type]?.hp ?? 1,
    ap: 0,
    cooldowns: {},
    statuses: (p.statuses ?? []).map((s) => ({ ...s })),
    carrying: null,
    out: null,
    baseSide: p.side,
  }));
}

/** The opening state and what happened as the first side's turn began (scripted messages). */
export function startGame(scenario: Scenario, seed: string | number): { state: GameState; events: GameEvent[] } {
  const units = placeUnits(scenario);
  const state: GameState = {
    format: 1,
    scenario: asStatic(scenario),
    scenarioHash: hashScenario(scenario),
    seed: String(seed),
    turn: 1,
    side: scenario.sides[0].id,
    units,
    terrain: {},
    terrainDamage: {},
    items: scenario.items.map((i) => ({ id: i.id, name: i.name, x: i.at?.x ?? null, y: i.at?.y ?? null, carrier: i.carrier ?? null })),
    objectives: Object.fromEntries(scenario.objectives.map((o) => [o.id, { status: o.hidden ? 'inactive' : 'active', progress: 0 }])),
    fired: {},
    charges: [],
    rng: seedRng(String(seed)),
    rngCalls: 0,
    nextId: 1,
    actionCount: 0,
    stats: { losses: {}, evacuated: {}, terrainWrecked: 0, lostByTag: {} },
    result: null,
  };
  for (const item of state.items) {
    const carrier = units.find((u) => u.id === item.carrier);
    if (carrier) carrier.carrying = item.id;
  }
  for (const unit of units) unitTypeOf(state, unit); // a unit of unknown type is a broken invariant
  const ctx: Ctx = { state, events: [] };
  startSideTurn(ctx, turnSides(state)[0] ?? scenario.sides[0].id);
  settle(ctx);
  return { state, events: ctx.events };
}

export function createGame(scenario: Scenario, seed: string | number): GameState {
  return startGame(scenario, seed).state;
}

/** A deep copy of plain JSON data. */
function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

/** A mutable deep copy of what changes; the static scenario is shared. */
export function cloneState(state: GameState): GameState {
  const { scenario, ...dynamic } = state;
  const copy = cloneJson(dynamic);
  return { ...copy, scenario: asStatic(scenario) } as GameState;
}

export function serializeState(state: GameState): string {
  return JSON.stringify(state);
}

const REQUIRED: (keyof GameState)[] = ['scenario', 'scenarioHash', 'seed', 'turn', 'side', 'units', 'items', 'objectives', 'rng', 'stats'];

export function deserializeState(text: string): { ok: true; state: GameState } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the saved game is not valid JSON (${(e as Error).message})` };
  }
  const state = parsed as GameState;
  if (!state || typeof state !== 'object') return { ok: false, error: 'the saved game is not an object' };
  if (state.format !== 1) return { ok: false, error: `unknown saved-game format ${JSON.stringify(state.format)}` };
  const missing = REQUIRED.filter((k) => state[k] === undefined);
  if (missing.length) return { ok: false, error: `the saved game lacks ${missing.join(', ')}` };
  if (hashScenario(state.scenario) !== state.scenarioHash) return { ok: false, error: 'the saved game\'s scenario does not match its hash' };
  return { ok: true, state: { ...state, scenario: asStatic(state.scenario) } };
}
