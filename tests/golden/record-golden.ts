// Records the golden replays: one full match of each campaign scenario (or of the ids given), with a
// fixed seed, written to tests/golden/<id>.replay.json. Re-run after a deliberate change to a
// scenario or to the rules:  npx tsx tests/golden/record-golden.ts [ID...]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { campaignIds, loadScenario } from '../../src/cli/scenario-files';
import { encodeReplay } from '../../src/replay';
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';

export const GOLDEN_SEED = 'golden-1';

export function goldenPath(id: string): string {
  return fileURLToPath(new URL(`./${id}.replay.json`, import.meta.url));
}

async function record(id: string): Promise<void> {
  const { scenario } = await loadScenario(id);
  const controllers = sideControllers(scenario, { avengers: 'random', ultron: 'random' });
  const match = playMatch(scenario, GOLDEN_SEED, playersFor(controllers, GOLDEN_SEED), { replay: true });
  writeFileSync(goldenPath(id), encodeReplay(match.replay!));
  process.stdout.write(`${id}: ${match.actions.length} actions, ${match.winner ?? 'no winner'} (${match.reason}), hash ${match.hash}\n`);
}

const ids = process.argv.slice(2);
for (const id of ids.length ? ids : campaignIds()) await record(id);
