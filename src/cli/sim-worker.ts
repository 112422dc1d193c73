// A worker thread of `ultron sim`: takes the job once, then plays the games it is handed one at a
// time (so fast and slow games balance across workers) and posts each result back.
import { parentPort } from 'node:worker_threads';
import type { GameSlot } from '../sim/batch';
import { loadAiLevels } from './ai-levels';
import { messageOf } from './errors';
import { runGame, type SimJob } from './sim-runner';

export type ToWorker = { type: 'job'; job: SimJob } | { type: 'game'; slot: GameSlot } | { type: 'stop' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; output: ReturnType<typeof runGame> }
  | { type: 'error'; message: string };

const port = parentPort;
if (!port) throw new Error('sim-worker runs only as a worker thread');
let job: SimJob | undefined;

port.on('message', async (message: ToWorker) => {
  try {
    if (message.type === 'job') {
      await loadAiLevels();
      job = message.job;
      post({ type: 'ready' });
    } else if (message.type === 'game') {
      if (!job) throw new Error('game before job');
      post({ type: 'result', output: runGame(job, message.slot) });
    } else {
      port.close();
    }
  } catch (error) {
    post({ type: 'error', message: messageOf(error) });
  }
});

function post(message: FromWorker): void {
  port!.postMessage(message);
}
