// Records the golden replays: one full match of each campaign scenario (or of the ids given), with a
// fixed seed, written to tests/golden/<id>.replay.json. Re-run after a deliberate change to a
// scenario or to the rules:  npx tsx tests/golden/record-golden.ts [ID...]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAiLevels } from '../../src/cli/ai-levels';
import { campaignIds, loadScenario } from '../../src/cli/scenario-files';
import { hasPlayerLevel } from '../../src/sim/players';
import { encodeReplay } from '../../src/replay';
import { playersFor, sideControllers } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';

export const GOLDEN_SEED = 'golden-1';

export function goldenPath(id: string): string {
  return fileURLToPath(new URL(`./${id}.replay.json`, import.meta.url));
}

async function record(id: string): Promise<void> {
  const { scenario } = await loadScenario(id);
  // The AI's normal level plays matches like real ones; the replay keeps only the actions, so a
  // golden stays valid however the AI changes later.
  const level = hasPlayerLevel('normal') ? 'normal' : 'random';
  const controllers = sideControllers(scenario, { avengers: level, ultron: level });
  const match = playMatch(scenario, GOLDEN_SEED, playersFor(controllers, GOLDEN_SEED), { replay: true });
  writeFileSync(goldenPath(id), encodeReplay(match.replay!));
  process.stdout.write(`${id} (${level}): ${match.actions.length} actions, ${match.winner ?? 'no winner'} (${match.reason}), hash ${match.hash}\n`);
}

await loadAiLevels();
const ids = process.argv.slice(2);
for (const id of ids.length ? ids : campaignIds()) await record(id);
