// One battle in progress: the engine state, the list of actions that led to it (the save and the
// replay are that list), and the moves the player may still take back. No Phaser in here.
import {
  applyAction, hashState, startGame,
  type Action, type ApplyResult, type GameEvent, type GameState, type Scenario,
} from '../engine';

export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export interface BattleSetup {
  scenarioId: string;
  seed: string;
  difficulty: Difficulty;
}

interface UndoStep {
  state: GameState;
  actionCount: number;
}

export type SessionApply = { ok: true; events: GameEvent[]; undoable: boolean } | { ok: false; message: string };

export class BattleSession {
  state: GameState;
  readonly actions: Action[] = [];
  /** Opening events (scripted messages as the first turn begins). */
  readonly openingEvents: GameEvent[];
  private undoSteps: UndoStep[] = [];

  private constructor(readonly setup: BattleSetup, readonly scenario: Scenario, start: { state: GameState; events: GameEvent[] }) {
    this.state = start.state;
    this.openingEvents = start.events;
  }

  static start(setup: BattleSetup, scenario: Scenario): BattleSession {
    return new BattleSession(setup, scenario, startGame(scenario, setup.seed));
  }

  /** Rebuilds a battle by replaying its actions; an action the engine refuses means the save is bad. */
  static replay(setup: BattleSetup, scenario: Scenario, actions: Action[]): { ok: true; session: BattleSession } | { ok: false; message: string } {
    const session = BattleSession.start(setup, scenario);
    for (let i = 0; i < actions.length; i++) {
      const result = session.apply(actions[i]);
      if (!result.ok) return { ok: false, message: `action ${i + 1} of ${actions.length} was refused: ${result.message}` };
    }
    session.undoSteps = [];
    return { ok: true, session };
  }

  apply(action: Action): SessionApply {
    const before = this.state;
    const result: ApplyResult = applyAction(this.state, action);
    if (!result.ok) return { ok: false, message: `${result.error.code}: ${result.error.message}` };
    this.state = result.state;
    this.actions.push(action);
    // Only a run of take-back-able actions can be taken back: a roll or a revealed outcome ends it.
    if (result.undoable && action.type === 'move') this.undoSteps.push({ state: before, actionCount: this.actions.length - 1 });
    else this.undoSteps = [];
    return { ok: true, events: result.events, undoable: result.undoable };
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  undo(): boolean {
    const step = this.undoSteps.pop();
    if (!step) return false;
    this.state = step.state;
    this.actions.length = step.actionCount;
    return true;
  }

  hash(): string {
    return hashState(this.state);
  }
}
