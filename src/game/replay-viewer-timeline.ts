// A verified replay unrolled into every state it passes through, so the viewer can step back, jump
// to a turn or start a new match from any point without replaying from the start each time. No Phaser.
import { applyAction, hashState, startGame, type Action, type GameEvent, type GameState } from '../engine';
import { describeAction, describeEvent, type Replay } from '../replay';

export interface TimelineStep {
  /** states[i + 1] came from states[i] by this action. */
  action: Action;
  events: GameEvent[];
  /** One readable line: "Round 2, ultron: Ultron Sentry moves to (4,5): …". */
  text: string;
}

export interface Timeline {
  replay: Replay;
  /** states[0] is the opening; states[i] the state after i actions. */
  states: GameState[];
  openingEvents: GameEvent[];
  steps: TimelineStep[];
}

/**
 * Unrolls a replay that verifyReplay accepted. An action the engine refuses here would mean the
 * verifier and the immer path disagree: a bug, so it throws rather than showing half a match.
 */
export function unrollReplay(replay: Replay): Timeline {
  const opening = startGame(replay.scenario.content, replay.seed);
  const states = [opening.state];
  const steps: TimelineStep[] = [];
  for (const [index, action] of replay.actions.entries()) {
    const before = states[index];
    const applied = applyAction(before, action);
    if (!applied.ok) throw new Error(`replay action ${index + 1} refused after verifying: ${applied.error.message}`);
    const outcome = applied.events.map((e) => describeEvent(applied.state, e)).filter((t): t is string => t !== null);
    const head = `Round ${before.turn}, ${sideName(before, before.side)}: ${describeAction(before, action)}`;
    steps.push({ action, events: applied.events, text: outcome.length ? `${head}: ${outcome.join('; ')}` : head });
    states.push(applied.state);
  }
  return { replay, states, openingEvents: opening.events, steps };
}

export function sideName(state: GameState, side: string): string {
  return state.scenario.sides.find((s) => s.id === side)?.name ?? side;
}

/** The first position (number of actions applied) at which round `turn` is under way; clamped. */
export function indexOfTurn(timeline: Timeline, turn: number): number {
  const found = timeline.states.findIndex((s) => s.turn >= turn);
  return found < 0 ? timeline.states.length - 1 : found;
}

export function lastTurn(timeline: Timeline): number {
  return timeline.states[timeline.states.length - 1].turn;
}

export function hashAt(timeline: Timeline, index: number): string {
  return hashState(timeline.states[index]);
}
