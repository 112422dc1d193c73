// A recorded match of the tiny scenario, for the replay tests.
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';
import type { Replay } from '../../src/replay';
import { tinyScenario } from './tiny-scenario';

export function recordedMatch(seed = 'replay-test'): Replay {
  const scenario = tinyScenario();
  const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
  const match = playMatch(scenario, seed, playersFor(controllers, seed), { replay: true });
  if (!match.replay) throw new Error('playMatch recorded no replay');
  return match.replay;
}

/** A deep copy to tamper with. */
export function copyOf(replay: Replay): Replay {
  return JSON.parse(JSON.stringify(replay)) as Replay;
}
