// The working context of one action: the state being changed and the events it produced so far.
import type { GameEvent, GameState } from './types';

export interface Ctx {
  state: GameState;
  events: GameEvent[];
}

export const emit = (ctx: Ctx, event: GameEvent): void => {
  ctx.events.push(event);
};
