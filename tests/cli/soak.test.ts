// The soak check on a small slice (CI runs this every time; `ultron soak --games 2000` is the long run).
import { describe, expect, it } from 'vitest';
import { playBatch } from '../../src/cli/sim-pool';
import { batchSlots } from '../../src/sim/batch';
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { registerPlayerLevel } from '../../src/sim/players';
import { soakGame } from '../../src/sim/soak';
import { campaignIds, loadScenario } from '../../src/cli/scenario-files';
import { tinyScenario } from '../replay/tiny-scenario';

const scenario = tinyScenario();
const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });

describe('soak', () => {
  it('finds nothing wrong in a batch of seeded matches, on worker threads', async () => {
    const outputs = await playBatch({ scenario, controllers, replay: true, mode: 'soak' }, batchSlots('soak-test', 16), 2, () => {});
    expect(outputs).toHaveLength(16);
    expect(outputs.filter((o) => o.finding)).toEqual([]);
    expect(new Set(outputs.map((o) => o.record.hash)).size).toBeGreaterThan(1);
  });

  it('plays the same match as a plain simulation despite the round trips', async () => {
    const [soaked] = await playBatch({ scenario, controllers, replay: true, mode: 'soak' }, batchSlots('same', 1), 1, () => {});
    const [plain] = await playBatch({ scenario, controllers, replay: false }, batchSlots('same', 1), 1, () => {});
    expect(soaked.record).toEqual(plain.record);
  });

  it('reports an exception as a finding with its seed instead of stopping', () => {
    registerPlayerLevel('throws-test-level', () => ({
      level: 'throws-test-level',
      choose: () => {
        throw new Error('player exploded');
      },
    }));
    const players = playersFor({ avengers: 'throws-test-level', ultron: 'random' }, 'boom');
    expect(soakGame(scenario, 'boom', players).finding).toEqual({ seed: 'boom', problem: 'exception: player exploded' });
  });
});

describe('soak slice of the campaign', () => {
  it.each(campaignIds().map((id) => [id]))('%s: a seeded match, saved and reloaded every turn, replays to the same hash', async (id) => {
    const { scenario: campaign } = await loadScenario(id);
    const players = playersFor(sideControllers(campaign, { avengers: 'random', ultron: 'random' }), `ci:${id}`);
    const { match, finding } = soakGame(campaign, `ci:${id}`, players, 4);
    expect(finding).toBeNull();
    expect(match!.actions.length).toBeGreaterThan(0);
  });
});
