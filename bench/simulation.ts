// Whole matches per second, on one core and on all cores (worker threads), at the strongest level
// the build has ('normal' once the AI is in, 'random' before), on the Novi Grad scenario or the
// first one there is.
import { availableParallelism } from 'node:os';
import { loadAiLevels } from '../src/cli/ai-levels';
import { playBatch } from '../src/cli/sim-pool';
import { batchSlots } from '../src/sim/batch';
import { sideControllers } from '../src/sim/controllers';
import { hasPlayerLevel } from '../src/sim/players';
import type { BenchSection, Figure } from './section';

export const section: BenchSection = {
  name: 'simulation',
  async run({ scenarios, quick, note }) {
    await loadAiLevels();
    const level = hasPlayerLevel('normal') ? 'normal' : 'random';
    const subject = scenarios.find((s) => s.id === 'novi-grad') ?? scenarios[0];
    const job = { scenario: subject.scenario, controllers: sideControllers(subject.scenario, { avengers: level, ultron: level }), replay: false };
    const cores = availableParallelism();
    const rate = async (jobs: number, games: number) => {
      const started = performance.now();
      await playBatch(job, batchSlots('bench-sim', games), jobs, () => {});
      return games / ((performance.now() - started) / 1000);
    };
    const one = await rate(1, quick ? 8 : 24);
    // Enough games for a few seconds of work on every core, so starting the workers (about half a
    // second each, tsx compiling in each) does not dominate the figure.
    const all = await rate(cores, Math.min(2000, Math.max(8 * cores, Math.ceil(one * cores * (quick ? 2 : 5)))));
    if (level === 'random') note('simulation: no AI levels in this build; matches are random against random');
    const figures: Figure[] = [
      { key: `simulation.${subject.id}.${level}.gamesPerSOneCore`, value: one, unit: '/s', label: `${subject.id}: ${level} vs ${level} matches per second, one core` },
      { key: `simulation.${subject.id}.${level}.gamesPerSAllCores`, value: all, unit: '/s', label: `${subject.id}: ${level} vs ${level} matches per second, ${cores} cores (worker start-up included)` },
    ];
    return figures;
  },
};
