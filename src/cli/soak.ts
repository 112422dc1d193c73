// `ultron soak`: determinism at scale. Many seeded matches of every campaign scenario (or the ones
// named), each state round-tripped through JSON at every turn's end and each match replayed from its
// log on both engine paths: any hash mismatch or exception is listed and fails the command.
import { availableParallelism } from 'node:os';
import { batchSlots } from '../sim/batch';
import { sideControllers } from '../sim/controllers';
import { hasPlayerLevel, playerLevels } from '../sim/players';
import { loadAiLevels } from './ai-levels';
import { intOption, parseCommandArgs } from './args';
import { CommandFailure, UsageError } from './errors';
import { SOAK_HELP } from './help';
import { progressBar } from './progress';
import { campaignIds, loadScenario } from './scenario-files';
import { playBatch } from './sim-pool';

const OPTIONS = {
  games: { type: 'string' },
  seed: { type: 'string' },
  avengers: { type: 'string' },
  ultron: { type: 'string' },
  'max-turns': { type: 'string' },
  jobs: { type: 'string' },
} as const;

export async function soakCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('soak', argv, OPTIONS);
  if (values.help) return out(SOAK_HELP), 0;
  const games = intOption('games', values.games, 20, 1, 1_000_000);
  const jobs = intOption('jobs', values.jobs, availableParallelism(), 1, 256);
  const maxTurns = values['max-turns'] === undefined ? undefined : intOption('max-turns', values['max-turns'], 0, 1, 10_000);
  const seed = values.seed ?? 'soak';
  const levels = { avengers: values.avengers ?? 'random', ultron: values.ultron ?? 'random' };
  const aiProblem = await loadAiLevels();
  for (const [flag, level] of Object.entries(levels)) {
    if (!hasPlayerLevel(level)) throw new UsageError(`--${flag}: unknown level "${level}" (available: ${playerLevels().join(', ')}${aiProblem ? `; ${aiProblem}` : ''})`);
  }
  const names = positionals.length ? positionals : campaignIds();
  if (names.length === 0) throw new CommandFailure('soak: no scenarios to play (none named, none in scenarios/)');
  let played = 0;
  let findings = 0;
  for (const name of names) {
    const { scenario } = await loadScenario(name);
    const job = { scenario, controllers: sideControllers(scenario, levels), maxTurns, replay: true, mode: 'soak' as const };
    const progress = progressBar(games, scenario.id);
    const started = performance.now();
    const outputs = await playBatch(job, batchSlots(`${seed}:${scenario.id}`, games), jobs, (_o, done) => progress.update(done)).finally(() => progress.finish());
    const found = outputs.flatMap((o) => (o.finding ? [o.finding] : [])).sort((a, b) => a.seed.localeCompare(b.seed));
    played += outputs.length;
    findings += found.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    out(`${scenario.id}: ${outputs.length} games, ${found.length} finding${found.length === 1 ? '' : 's'} (${seconds} s)\n`);
    for (const f of found) out(`  seed ${f.seed}: ${f.problem}\n`);
  }
  out(`soak: ${played} games over ${names.length} scenario${names.length === 1 ? '' : 's'}: ${findings === 0 ? 'no hash mismatch, no exception' : `${findings} FINDINGS`}\n`);
  return findings === 0 ? 0 : 1;
}
