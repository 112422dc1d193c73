// Hard holds a captor back while the prisoner its side must take is not yet ready, so the blows
// that ready him come first; once he is ready, the captor takes him.
import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../src/ai';
import { edit, newGame } from '../campaign/campaign-fixture';
import { applyAction, unitById, type Action, type GameState, type Unit } from '../../src/engine';

const actor = (action: Action) => ('unit' in action ? action.unit : null);

/** Sokovia, the heroes to move: Black Widow beside Baron Strucker, Hawkeye in bow range, the rest far back. */
function besideStrucker(change: (strucker: Unit) => void = () => {}): GameState {
  return edit(newGame('sokovia-raid', 'captor'), (draft, unit) => {
    const strucker = unit('baron-strucker');
    Object.assign(unit('black-widow'), { x: strucker.x - 1, y: strucker.y + 1 });
    Object.assign(unit('hawkeye'), { x: strucker.x - 5, y: strucker.y + 1 });
    change(strucker);
  });
}

describe('a captor waits for the prisoner to be readied (hard)', () => {
  it('lets another hero act first while Strucker is healthy and awake', () => {
    const state = besideStrucker();
    expect(state.side).toBe('avengers');
    // Normal, without the rule, starts with the hero nearest an enemy: the Widow.
    expect(actor(chooseAction(state, { level: 'normal', seed: 's' }))).toBe('black-widow');
    expect(actor(chooseAction(state, { level: 'hard', seed: 's' }))).not.toBe('black-widow');
  });

  it('takes him in its first moves once he is stunned', () => {
    let state = besideStrucker((strucker) => {
      strucker.statuses.push({ id: 'stunned', turns: 1 });
    });
    const first = chooseAction(state, { level: 'hard', seed: 's' });
    expect(actor(first)).toBe('black-widow');
    // The Widow may step to a better tile first; within her two action points Strucker is taken.
    for (let i = 0; i < 2 && unitById(state, 'baron-strucker')!.out === null; i++) {
      const applied = applyAction(state, chooseAction(state, { level: 'hard', seed: 's' }));
      if (!applied.ok) throw new Error(applied.error.message);
      state = applied.state;
    }
    expect(unitById(state, 'baron-strucker')!.out).toBe('captured');
  });
});
