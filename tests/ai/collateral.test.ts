// A limit on wrecked terrain in the AI's judgement (Johannesburg: no more than 16 tiles of the city
// wrecked): the side that must keep the limit loses by every crack, the rampaging Hulk gains by it,
// and a limit on units alone reads no terrain.
import { describe, expect, it } from 'vitest';
import { type GameState } from '../../src/engine';
import { evaluateState } from '../../src/ai';
import { FieldCache } from '../../src/ai/distance-fields';
import { edit, newGame } from '../campaign/campaign-fixture';

const worth = (state: GameState, side: string) => evaluateState(state, side, new FieldCache());

/** Johannesburg with `wrecked` tiles wrecked and the building tile at (0,0) cracked by `cracks`. */
function city(wrecked: number, cracks = 0): GameState {
  return edit(newGame('johannesburg', 'collateral'), (draft) => {
    draft.stats.terrainWrecked = wrecked;
    if (cracks > 0) draft.terrainDamage['0'] = cracks;
  });
}

describe('collateral against a limit on wrecked terrain', () => {
  it('costs the heroes and pays the Hulk for each tile wrecked', () => {
    const whole = city(0);
    const wrecked = city(4);
    expect(worth(wrecked, 'avengers')).toBeLessThan(worth(whole, 'avengers'));
    expect(worth(wrecked, 'ultron')).toBeGreaterThan(worth(whole, 'ultron'));
  });

  it('counts a cracked building as part of a tile, less than a wrecked one', () => {
    const whole = worth(city(0), 'ultron');
    const cracked = worth(city(0, 2), 'ultron');
    expect(cracked).toBeGreaterThan(whole);
    expect(cracked).toBeLessThan(worth(city(1), 'ultron'));
  });

  it('reads no terrain where no objective limits it', () => {
    const quiet = newGame('novi-grad', 'collateral');
    const scarred = edit(quiet, (draft) => { draft.stats.terrainWrecked = 10; });
    expect(worth(scarred, 'ultron')).toBe(worth(quiet, 'ultron'));
    expect(worth(scarred, 'avengers')).toBe(worth(quiet, 'avengers'));
  });
});
