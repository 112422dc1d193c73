// Memory: bytes of a saved state and of a replay per action on each scenario, and the process's
// peak resident memory after simulating a batch.
import { serializeState } from '../src/engine';
import { encodeReplay } from '../src/replay';
import { playersFor, sideControllers } from '../src/sim/controllers';
import { playMatch } from '../src/sim/match';
import type { BenchSection, Figure } from './section';

export const section: BenchSection = {
  name: 'memory',
  run({ scenarios, quick }) {
    const figures: Figure[] = [];
    for (const { id, scenario } of scenarios) {
      const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
      let savedBytes = 0;
      const middle = Math.ceil(scenario.turnLimit / 2);
      const match = playMatch(scenario, 'bench-memory', playersFor(controllers, 'bench-memory'), {
        replay: true,
        afterAction: (state) => {
          if (state.turn === middle && savedBytes === 0) savedBytes = serializeState(state).length;
        },
      });
      const replay = match.replay!;
      const withoutActions = encodeReplay({ ...replay, actions: [], checkpoints: [] }).length;
      const perAction = (encodeReplay(replay).length - withoutActions) / Math.max(1, replay.actions.length);
      figures.push(
        { key: `memory.${id}.savedStateBytes`, value: savedBytes || serializeState(match.finalState).length, unit: 'B', label: `${id}: a saved state mid-match (scenario included)` },
        { key: `memory.${id}.replayBytesPerAction`, value: perAction, unit: 'B', label: `${id}: replay bytes per action (action + checkpoint)` },
      );
      for (let i = 0; i < (quick ? 5 : 20); i++) playMatch(scenario, `bench-memory:${i}`, playersFor(controllers, `bench-memory:${i}`));
    }
    figures.push({ key: 'memory.simBatchPeakRssMiB', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB', label: 'peak resident memory of the bench process after simulating batches' });
    return figures;
  },
};
