// One game of a batch, as the main thread or a worker plays it: the match, boiled down to a record
// small enough to post between threads, with its replay as text when asked for.
import type { Scenario } from '../engine/types';
import { encodeReplay } from '../replay';
import type { GameRecord, GameSlot } from '../sim/batch';
import { playersFor } from '../sim/controllers';
import { playMatch } from '../sim/match';

export interface SimJob {
  scenario: Scenario;
  /** side → level */
  controllers: Record<string, string>;
  maxTurns?: number;
  replay: boolean;
}

export interface GameOutput {
  record: GameRecord;
  replayText?: string;
}

export function runGame(job: SimJob, slot: GameSlot): GameOutput {
  const match = playMatch(job.scenario, slot.seed, playersFor(job.controllers, slot.seed), {
    maxTurns: job.maxTurns,
    replay: job.replay,
  });
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
    replayText: match.replay && encodeReplay(match.replay),
  };
}
