// The page's side of the AI worker: one request at a time, answered as a promise.
import type { Action, GameState } from '../engine';
import type { AiRequest, AiResponse, ThreatTile } from './ai-worker';

type Pending = { resolve: (r: AiResponse) => void };
type Ask = AiRequest extends infer R ? (R extends AiRequest ? Omit<R, 'id'> : never) : never;

export class AiClient {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    this.worker = new Worker(new URL('./ai-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<AiResponse>) => {
      const waiting = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      waiting?.resolve(e.data);
    };
  }

  private ask(request: Ask): Promise<AiResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** The AI's pick for the side to move; a failure falls back to ending the turn, so play goes on. */
  async choose(state: GameState, level: string, seed: string): Promise<Action> {
    const response = await this.ask({ kind: 'choose', state, level, seed });
    if (response.kind === 'choose') return response.action;
    console.warn(`AI failed: ${response.kind === 'error' ? response.message : 'no answer'}; ending its turn`);
    return { type: 'endTurn' };
  }

  /** Tiles the enemies of `side` can strike on their next turn, with the hardest hit on each. */
  async threats(state: GameState, side: string): Promise<ThreatTile[] | null> {
    const response = await this.ask({ kind: 'threats', state, side });
    return response.kind === 'threats' ? response.tiles : null;
  }

  dispose() {
    this.worker.terminate();
    for (const p of this.pending.values()) p.resolve({ id: 0, kind: 'error', message: 'worker stopped' });
    this.pending.clear();
  }
}
