// The AI's travel distances: to an area, the way to its nearest tile; to a tile, the way round
// whatever stops the mover (a ship's hull stops flyers as well as walkers).
import { describe, expect, it } from 'vitest';
import { chebyshev } from '../../src/engine';
import { FieldCache, travelTo } from '../../src/ai/distance-fields';
import { newGame } from '../campaign/campaign-fixture';

const game = newGame('salvage-yard', 'fields');
const sentry = game.units.find((u) => u.id === 'sentry-1')!;
const exit = game.scenario.areas['ultron-exit'];

describe('distance to an area', () => {
  it('is the way to the nearest of its tiles, however wide the area', () => {
    // ultron-exit is the whole north edge, 30 tiles by 2: every one of them counts.
    const fields = new FieldCache();
    for (const at of [{ x: 27, y: 13 }, { x: 20, y: 13 }, { x: 3, y: 9 }, { x: 29, y: 5 }, { x: 12, y: 15 }]) {
      const nearest = Math.min(...exit.map((tile) => fields.distanceToTile(game, sentry, tile, at)));
      expect(fields.distanceToArea(game, sentry, 'ultron-exit', at), `from ${at.x},${at.y}`).toBe(nearest);
    }
  });

  it('goes straight north for a flyer with open sky above it', () => {
    // East of the hull, column 27 is open from the deck's edge to the north edge (row 1).
    expect(new FieldCache().distanceToArea(game, sentry, 'ultron-exit', { x: 27, y: 13 })).toBe(12);
  });
});

describe('travel to a tile', () => {
  it('takes a flyer round the walls of the hold, not over them', () => {
    // Just north of the hold's wall, two tiles from the middle of the hold as the crow flies; its
    // only door is on the east side.
    const outside = { ...sentry, x: 19, y: 10 };
    const inHold = { x: 21, y: 12 };
    expect(chebyshev(outside, inHold)).toBe(2);
    expect(travelTo(game, new FieldCache(), outside, inHold)).toBeGreaterThanOrEqual(8);
  });
});
