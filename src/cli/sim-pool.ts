// Plays a batch on several worker threads (one per core by default). Games are handed out one at a
// time as workers free up; results are keyed by game number, so the output never depends on
// which worker finished first.
import { Worker } from 'node:worker_threads';
import type { GameSlot } from '../sim/batch';
import { loadAiLevels } from './ai-levels';
import { CommandFailure } from './errors';
import { runGame, type GameOutput, type SimJob } from './sim-runner';
import type { FromWorker, ToWorker } from './sim-worker';

const GAMES_PER_WORKER_AT_LEAST = 4;

/**
 * A worker costs about half a second to start (tsx compiles the code again in it): give each at
 * least a few games, and play tiny batches on this thread.
 */
export function effectiveJobs(jobs: number, games: number): number {
  return Math.max(1, Math.min(jobs, Math.ceil(games / GAMES_PER_WORKER_AT_LEAST)));
}

export type OnGame = (output: GameOutput, done: number) => void;

/** Plays every slot; `onGame` hears of each game as it finishes (in finishing order). */
export async function playBatch(job: SimJob, slots: GameSlot[], jobs: number, onGame: OnGame): Promise<GameOutput[]> {
  // Workers load the AI's levels; this thread must know the same levels for the same results.
  await loadAiLevels();
  const workers = effectiveJobs(jobs, slots.length);
  if (workers <= 1) return playInline(job, slots, onGame);
  return playOnWorkers(job, slots, workers, onGame);
}

async function playInline(job: SimJob, slots: GameSlot[], onGame: OnGame): Promise<GameOutput[]> {
  const outputs: GameOutput[] = [];
  for (const slot of slots) {
    const output = runGame(job, slot);
    outputs.push(output);
    onGame(output, outputs.length);
    // Let a TTY progress bar repaint and Ctrl-C through between games.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return outputs;
}

function playOnWorkers(job: SimJob, slots: GameSlot[], count: number, onGame: OnGame): Promise<GameOutput[]> {
  const entry = new URL('./sim-worker-entry.mjs', import.meta.url);
  const outputs: GameOutput[] = [];
  const queue = [...slots];
  const workers: Worker[] = [];
  return new Promise((resolve, reject) => {
    let failed = false;
    const stopAll = () => workers.forEach((w) => void w.terminate());
    const fail = (message: string) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(new CommandFailure(message));
    };
    const feed = (worker: Worker) => {
      const slot = queue.shift();
      if (slot) worker.postMessage({ type: 'game', slot } satisfies ToWorker);
      else worker.postMessage({ type: 'stop' } satisfies ToWorker);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(entry, { execArgv: [] });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if (failed) return;
        if (message.type === 'error') return fail(`a simulation worker failed: ${message.message}`);
        if (message.type === 'result') {
          outputs.push(message.output);
          onGame(message.output, outputs.length);
          if (outputs.length === slots.length) {
            stopAll();
            return resolve(outputs);
          }
        }
        feed(worker);
      });
      worker.on('error', (error) => fail(`a simulation worker crashed: ${error.message}`));
      worker.on('exit', (code) => {
        if (code !== 0 && outputs.length < slots.length) fail(`a simulation worker exited with code ${code}`);
      });
      worker.postMessage({ type: 'job', job } satisfies ToWorker);
    }
  });
}
