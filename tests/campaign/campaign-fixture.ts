// Shared setup for the campaign tests: load the shipped scenarios through the real parser, build
// small arenas from the roster, edit states, and drive turns and random play.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import seedrandom from 'seedrandom';
import {
  applyAction, cloneState, createGame, legalActions, unitById,
  type Action, type GameEvent, type GameState, type Scenario, type Unit,
} from '../../src/engine';
import { parseScenario } from '../../src/scenario';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function readScenarioText(name: string): string {
  return readFileSync(join(SCENARIO_DIR, `${name}.json`), 'utf8');
}

export const CAMPAIGN: string[] = JSON.parse(readScenarioText('campaign')).scenarios;

/** Parses scenario text with the real parser; a failure lists every error so a broken file says why. */
export function parseText(text: string, file: string): Scenario {
  const parsed = parseScenario(text, { file }) as
    | { ok: true; value?: Scenario; scenario?: Scenario }
    | { ok: false; errors?: unknown[]; error?: unknown };
  if (!parsed.ok) throw new Error(`${file} does not parse:\n${JSON.stringify(parsed.errors ?? parsed.error, null, 1)}`);
  return (parsed.value ?? parsed.scenario)!;
}

const cache = new Map<string, Scenario>();
export function loadScenario(id: string): Scenario {
  if (!cache.has(id)) cache.set(id, parseText(readScenarioText(id), `scenarios/${id}.json`));
  return cache.get(id)!;
}

export const newGame = (id: string, seed: string | number = 1): GameState => createGame(loadScenario(id), seed);

export interface Step {
  state: GameState;
  events: GameEvent[];
}

/** Applies an action that must be legal. */
export function act(state: GameState, action: Action): Step {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`${JSON.stringify(action)} refused: ${result.error.code}: ${result.error.message}`);
  return { state: result.state, events: result.events };
}

export const use = (state: GameState, unit: string, ability: string, x: number, y: number): Step =>
  act(state, { type: 'ability', unit, ability, target: { x, y } });

export const moveTo = (state: GameState, unit: string, x: number, y: number): Step =>
  act(state, { type: 'move', unit, to: { x, y } });

/** Ends turns until it is `side`'s turn in round `turn` (or the game ends); returns every event on the way. */
export function endTurnsUntil(state: GameState, side: string, turn: number): Step {
  const events: GameEvent[] = [];
  let guard = 0;
  while (!state.result && !(state.side === side && state.turn === turn)) {
    if (++guard > 500) throw new Error(`never reached ${side}'s turn in round ${turn}`);
    const step = act(state, { type: 'endTurn' });
    state = step.state;
    events.push(...step.events);
  }
  return { state, events };
}

/** A mutable copy to set a scene in: move units, change hp, drop units out. */
export function edit(state: GameState, change: (draft: GameState, unit: (id: string) => Unit) => void): GameState {
  const draft = cloneState(state);
  change(draft, (id) => {
    const found = unitById(draft, id);
    if (!found) throw new Error(`no unit ${id}`);
    return found;
  });
  return draft;
}

export const firedTriggers = (events: GameEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'triggerFired' ? [e.trigger] : []));

export const objective = (state: GameState, id: string) => state.objectives[id].status;

/** Plays random legal actions chosen by a seeded generator until the game ends. */
export function playRandomly(scenario: Scenario, seed: number, maxActions = 20_000): { state: GameState; actions: number } {
  let state = createGame(scenario, seed);
  const pick = seedrandom.alea(`campaign-random-${seed}`);
  let actions = 0;
  while (!state.result && actions < maxActions) {
    const legal = legalActions(state);
    state = act(state, legal[Math.floor(pick() * legal.length)]).state;
    actions += 1;
  }
  return { state, actions };
}

/** Did every to-hit roll among these events land? */
export const allLanded = (events: GameEvent[]): boolean =>
  events.every((e) => e.type !== 'attackRolled' || e.hit);

/**
 * Runs a scene under seeds 1, 2, ... until `run` returns something (it returns undefined when the
 * dice went the other way): a fixed, reproducible seed for a scene that needs its attacks to land.
 */
export function firstSeedWhere<T>(run: (seed: number) => T | undefined, tries = 300): T {
  for (let seed = 1; seed <= tries; seed++) {
    const result = run(seed);
    if (result !== undefined) return result;
  }
  throw new Error(`no seed in 1..${tries} plays the scene out`);
}

/** Applies actions in order; undefined as soon as one of them misses. */
export function landing(state: GameState, ...actions: Action[]): Step | undefined {
  const events: GameEvent[] = [];
  for (const action of actions) {
    const step = act(state, action);
    if (!allLanded(step.events)) return undefined;
    state = step.state;
    events.push(...step.events);
  }
  return { state, events };
}

export const ability = (unit: string, id: string, x: number, y: number): Action =>
  ({ type: 'ability', unit, ability: id, target: { x, y } });
