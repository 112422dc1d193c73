// A move's path as applied (found by a search that stops at the goal and skips tiles that cannot
// lead there) is exactly the path the full search offers for that tile (what the game draws under
// the pointer before the click), over every move of every campaign scenario's golden match.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, reachableTiles, type GameState } from '../../src/engine';
import { decodeReplay } from '../../src/replay';
import { CAMPAIGN, loadScenario } from '../campaign/campaign-fixture';

describe.each(CAMPAIGN)('move paths in the golden match of %s', (id) => {
  it('every applied move follows the path and cost the full search gives', () => {
    const decoded = decodeReplay(readFileSync(new URL(`../golden/${id}.replay.json`, import.meta.url), 'utf8'));
    if (!decoded.ok) throw new Error(`golden replay of ${id} does not decode`);
    let state: GameState = createGame(loadScenario(id), decoded.value.seed);
    let moves = 0;
    for (const action of decoded.value.actions) {
      const offered = action.type === 'move' ? reachableTiles(state, action.unit).find((r) => r.to.x === action.to.x && r.to.y === action.to.y) : undefined;
      const applied = applyAction(state, action);
      if (!applied.ok) throw new Error(applied.error.message);
      if (action.type === 'move') {
        moves += 1;
        expect(offered, `move ${JSON.stringify(action)} is offered`).toBeDefined();
        const moved = applied.events.find((e) => e.type === 'moved' && e.unit === action.unit);
        expect(moved && moved.type === 'moved' ? moved.path : null).toEqual(offered!.path);
      }
      state = applied.state;
    }
    expect(moves).toBeGreaterThan(20);
  });
});
