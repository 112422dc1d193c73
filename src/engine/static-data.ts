// The scenario inside a state never changes. Giving it a class prototype makes immer treat it as
// a value rather than drafting it on every read, which keeps each action cheap. It stays plain
// JSON: own enumerable fields only.
import type { GameState, Scenario } from './types';

class StaticScenario {}

export function asStatic(scenario: Scenario): Scenario {
  if (scenario instanceof StaticScenario) return scenario;
  return Object.assign(Object.create(StaticScenario.prototype) as Scenario, scenario);
}

/** The same state with its scenario marked static (a shallow copy only when it was not). */
export function withStaticScenario(state: GameState): GameState {
  return state.scenario instanceof StaticScenario ? state : { ...state, scenario: asStatic(state.scenario) };
}
