// One headless match from start to finish: the players pick, the engine applies. Pure (no Node, no
// clock), so the CLI's workers, the browser and the tests all play matches the same way.
import { applyAction, createGame, hashState } from '../engine';
import type { Action, GameState, Scenario } from '../engine/types';
import { recordAction, startReplay, stopReplay, type Replay } from '../replay';
import type { Player } from './players';

export interface MatchStats {
  /** Units tagged `hero` that left the battle other than by evacuating. */
  heroesLost: number;
  heroes: number;
  /** Units tagged `civilian` still standing or evacuated at the end. */
  civiliansSaved: number;
  civilians: number;
}

export interface MatchResult {
  seed: string;
  /** The winning side; null when the match stopped undecided (turn cap or action cap). */
  winner: string | null;
  reason: string;
  /** The round the match ended in. */
  turns: number;
  actions: Action[];
  /** hashState of the final state. */
  hash: string;
  stats: MatchStats;
  /** Only with `replay: true`: the match's replay, checkpoints included. */
  replay?: Replay;
  finalState: GameState;
}

export interface MatchOptions {
  /** Stop undecided once this round is over (default: play until the scenario's own turn limit). */
  maxTurns?: number;
  /** Record the replay (costs a state hash per action). */
  replay?: boolean;
  /** A guard against players that never end their turn (default 200 actions per round on average). */
  maxActions?: number;
  /**
   * Called after each applied action; may hand back a state to go on from instead (the soak test
   * continues from a JSON round trip of the state). Must return an equal state, not a different game.
   */
  afterAction?: (state: GameState, action: Action) => GameState | void;
}

/** Plays `scenario` with `seed`; `players` maps each side that takes turns to its player. */
export function playMatch(
  scenario: Scenario,
  seed: string,
  players: Record<string, Player>,
  options: MatchOptions = {},
): MatchResult {
  let state = createGame(scenario, seed);
  const maxTurns = options.maxTurns ?? Infinity;
  const maxActions = options.maxActions ?? 200 * Math.min(maxTurns, scenario.turnLimit + 1);
  const actions: Action[] = [];
  const controllers = Object.fromEntries(Object.entries(players).map(([side, p]) => [side, p.level]));
  const replay = options.replay ? startReplay(state, { controllers }) : undefined;
  let stopped: string | null = null;
  while (state.result === null) {
    if (state.turn > maxTurns) {
      stopped = `turn cap: round ${maxTurns} ended undecided`;
      break;
    }
    if (actions.length >= maxActions) {
      stopped = `action cap: ${maxActions} actions without a result`;
      break;
    }
    const player = players[state.side];
    if (!player) throw new Error(`no player for side "${state.side}"`);
    const action = player.choose(state);
    const applied = applyAction(state, action);
    if (!applied.ok) {
      // A player that offers an illegal action is a bug in the player, not a game outcome.
      throw new Error(
        `${player.level} player for "${state.side}" chose an illegal action ${JSON.stringify(action)}: ${applied.error.message}`,
      );
    }
    state = options.afterAction?.(applied.state, action) ?? applied.state;
    actions.push(action);
    if (replay) recordAction(replay, action, state);
  }
  if (replay && stopped) stopReplay(replay, state, stopped);
  return {
    seed,
    winner: state.result?.winner ?? null,
    reason: state.result?.reason ?? stopped ?? 'undecided',
    turns: state.turn,
    actions,
    hash: hashState(state),
    stats: matchStats(state),
    replay,
    finalState: state,
  };
}

function tagsOf(state: GameState, type: string): string[] {
  return state.scenario.unitTypes[type]?.tags ?? [];
}

export function matchStats(state: GameState): MatchStats {
  const stats: MatchStats = { heroesLost: 0, heroes: 0, civiliansSaved: 0, civilians: 0 };
  for (const unit of state.units) {
    const tags = tagsOf(state, unit.type);
    const safe = unit.out === null || unit.out === 'evacuated';
    if (tags.includes('hero')) {
      stats.heroes += 1;
      if (!safe) stats.heroesLost += 1;
    }
    if (tags.includes('civilian')) {
      stats.civilians += 1;
      if (safe) stats.civiliansSaved += 1;
    }
  }
  return stats;
}
