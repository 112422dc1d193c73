// One game of a batch, as the main thread or a worker plays it: the match, boiled down to a record
// small enough to post between threads, with its replay as text when asked for.
import type { Scenario } from '../engine/types';
import { encodeReplay } from '../replay';
import type { GameRecord, GameSlot } from '../sim/batch';
import { playersFor } from '../sim/controllers';
import { playMatch, type MatchResult } from '../sim/match';
import { soakGame, type SoakFinding } from '../sim/soak';

export interface SimJob {
  scenario: Scenario;
  /** side → level */
  controllers: Record<string, string>;
  maxTurns?: number;
  replay: boolean;
  /** 'soak' also round-trips states and re-verifies the replay (see src/sim/soak.ts). */
  mode?: 'sim' | 'soak';
}

export interface GameOutput {
  record: GameRecord;
  replayText?: string;
  /** Soak mode: what went wrong in this game, if anything. */
  finding?: SoakFinding;
}

export function runGame(job: SimJob, slot: GameSlot): GameOutput {
  const players = playersFor(job.controllers, slot.seed);
  if (job.mode === 'soak') {
    const { match, finding } = soakGame(job.scenario, slot.seed, players, job.maxTurns);
    return { ...(match ? output(slot, match, false) : failed(slot)), ...(finding ? { finding } : {}) };
  }
  return output(slot, playMatch(job.scenario, slot.seed, players, { maxTurns: job.maxTurns, replay: job.replay }), job.replay);
}

function failed(slot: GameSlot): GameOutput {
  const stats = { heroesLost: 0, heroes: 0, civiliansSaved: 0, civilians: 0 };
  return { record: { index: slot.index, seed: slot.seed, winner: null, reason: 'failed', turns: 0, actions: 0, hash: '', stats } };
}

function output(slot: GameSlot, match: MatchResult, withReplay: boolean): GameOutput {
  return {
    record: {
      index: slot.index,
      seed: slot.seed,
      winner: match.winner,
      reason: match.reason,
      turns: match.turns,
      actions: match.actions.length,
      hash: match.hash,
      stats: match.stats,
    },
    replayText: withReplay && match.replay ? encodeReplay(match.replay) : undefined,
  };
}
