// `ultron sim`: plays a batch of headless matches of one scenario and reports who wins how often.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { batchSlots, simJson, summarize, type GameRecord, type SimSummary } from '../sim/batch';
import { sideControllers } from '../sim/controllers';
import { hasPlayerLevel, playerLevels } from '../sim/players';
import { intOption, parseCommandArgs, shardOption } from './args';
import { loadAiLevels } from './ai-levels';
import { CommandFailure, UsageError } from './errors';
import { SIM_HELP } from './help';
import { progressBar } from './progress';
import { loadScenario } from './scenario-files';
import { effectiveJobs, playBatch, type OnGame } from './sim-pool';
import type { GameOutput } from './sim-runner';

const OPTIONS = {
  seed: { type: 'string' },
  games: { type: 'string' },
  avengers: { type: 'string' },
  ultron: { type: 'string' },
  'max-turns': { type: 'string' },
  json: { type: 'boolean' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  'replay-out': { type: 'string' },
} as const;

const DEFAULT_SEED = '1';

async function checkLevel(flag: string, level: string): Promise<void> {
  if (hasPlayerLevel(level)) return;
  const why = await loadAiLevels();
  if (hasPlayerLevel(level)) return;
  throw new UsageError(`--${flag}: unknown level "${level}" (available: ${playerLevels().join(', ')}${why ? `; ${why}` : ''})`);
}

export async function simCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('sim', argv, OPTIONS);
  if (values.help) {
    out(SIM_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('sim: give exactly one SCENARIO (a file or a campaign id); see ultron sim --help');
  const games = intOption('games', values.games, 1, 1, 1_000_000);
  const maxTurns = values['max-turns'] === undefined ? undefined : intOption('max-turns', values['max-turns'], 0, 1, 10_000);
  const jobs = intOption('jobs', values.jobs, availableParallelism(), 1, 256);
  const shard = shardOption(values.shard);
  const seed = values.seed ?? DEFAULT_SEED;
  const levels = { avengers: values.avengers ?? 'random', ultron: values.ultron ?? 'random' };
  await loadAiLevels();
  await checkLevel('avengers', levels.avengers);
  await checkLevel('ultron', levels.ultron);

  const { scenario } = await loadScenario(positionals[0]);
  const controllers = sideControllers(scenario, levels);
  const slots = batchSlots(seed, games, shard.index, shard.count);
  const replayOut = values['replay-out'];
  const job = { scenario, controllers, maxTurns, replay: replayOut !== undefined };

  const progress = progressBar(slots.length, scenario.id);
  const onGame: OnGame = (_output, done) => progress.update(done);
  const started = performance.now();
  let outputs: GameOutput[];
  try {
    outputs = await playBatch(job, slots, jobs, onGame);
  } finally {
    progress.finish();
  }
  const seconds = (performance.now() - started) / 1000;
  const records = outputs.map((o) => o.record).sort((a, b) => a.index - b.index);
  const sides = Object.keys(controllers);
  if (replayOut !== undefined) writeReplays(replayOut, scenario.id, outputs, games);
  if (values.json) out(`${JSON.stringify(simJson(scenario.id, seed, records, sides))}\n`);
  else out(humanSummary(scenario.id, seed, controllers, summarize(records, sides), seconds, effectiveJobs(jobs, slots.length), records));
  return 0;
}

function writeReplays(target: string, scenarioId: string, outputs: GameOutput[], games: number): void {
  try {
    if (games === 1 && outputs.length === 1) {
      writeFileSync(target, outputs[0].replayText ?? '');
      return;
    }
    mkdirSync(target, { recursive: true });
    const digits = String(games).length;
    for (const { record, replayText } of outputs) {
      writeFileSync(join(target, `${scenarioId}-${String(record.index + 1).padStart(digits, '0')}.replay.json`), replayText ?? '');
    }
  } catch (error) {
    throw new CommandFailure(`--replay-out ${target}: cannot write: ${(error as Error).message}`);
  }
}

const percent = (f: number) => `${(f * 100).toFixed(1)}%`;

export function humanSummary(
  scenarioId: string,
  seed: string,
  controllers: Record<string, string>,
  s: SimSummary,
  seconds: number,
  jobs: number,
  records: GameRecord[],
): string {
  const who = Object.entries(controllers).map(([side, level]) => `${side} ${level}`).join(' vs ');
  const lines = [`${scenarioId}: ${s.games} game${s.games === 1 ? '' : 's'} from seed "${seed}", ${who}`];
  const width = Math.max(9, ...s.sides.map((x) => x.side.length));
  for (const side of s.sides) {
    lines.push(`  ${side.side.padEnd(width)}  ${String(side.wins).padStart(5)} wins  ${percent(side.rate).padStart(6)}  (95% CI ${percent(side.low)}–${percent(side.high)})`);
  }
  if (s.undecided > 0) lines.push(`  ${'undecided'.padEnd(width)}  ${String(s.undecided).padStart(5)}`);
  lines.push(`  mean turns ${s.meanTurns.toFixed(1)}, mean actions ${s.meanActions.toFixed(1)}`);
  if (s.heroes > 0) lines.push(`  heroes lost ${s.meanHeroesLost.toFixed(2)} of ${s.heroes} per game`);
  if (s.civilians > 0) lines.push(`  civilians saved ${s.meanCiviliansSaved.toFixed(2)} of ${s.civilians} per game`);
  if (records.length === 1) lines.push(`  result: ${records[0].reason}; final hash ${records[0].hash}`);
  lines.push(`  ${seconds.toFixed(2)} s on ${jobs} job${jobs === 1 ? '' : 's'} (${(s.games / Math.max(seconds, 1e-9)).toFixed(1)} games/s)`);
  return `${lines.join('\n')}\n`;
}
