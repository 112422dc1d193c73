// What the AI's judgement reads from the objectives against the clock: fetching an item the enemy
// holds, hunting a unit it must defeat, and spreading out when every enemy must fall. Each is the
// owner's concern only: the other side's judgement of the same position does not move.
import { describe, expect, it } from 'vitest';
import { cloneState, type GameState } from '../../src/engine';
import { evaluateState } from '../../src/ai';
import { FieldCache } from '../../src/ai/distance-fields';
import { edit, endTurnsUntil, newGame } from '../campaign/campaign-fixture';

const worth = (state: GameState, side: string) => evaluateState(state, side, new FieldCache());

/** The same position with one unit placed elsewhere. */
function placed(state: GameState, id: string, x: number, y: number): GameState {
  return edit(state, (_, unit) => Object.assign(unit(id), { x, y }));
}

function atRound(state: GameState, turn: number): GameState {
  const copy = cloneState(state);
  copy.turn = turn;
  return copy;
}

describe('Seoul: the Cradle held by a sentry that wandered off', () => {
  // sentry-5 has the Cradle at the west end of the street. The others able to take it stay by the
  // jet, so Captain America is the nearest one (and no objective names him: only his distance to
  // the Cradle changes).
  const base = edit(newGame('seoul', 'clock'), (draft, unit) => {
    Object.assign(unit('sentry-5'), { x: 4, y: 12 });
    draft.items.find((i) => i.id === 'cradle')!.carrier = 'sentry-5';
    Object.assign(unit('black-widow'), { x: 30, y: 8 });
    Object.assign(unit('hawkeye'), { x: 30, y: 9 });
  });
  const near = placed(base, 'captain-america', 7, 12);
  const far = placed(base, 'captain-america', 16, 12);

  it('the heroes value the one who can take it closing on its holder, more when the rounds are short', () => {
    const ample = (state: GameState) => ({ ...state, scenario: { ...state.scenario, turnLimit: 30 } });
    const unhurried = worth(ample(near), 'avengers') - worth(ample(far), 'avengers');
    const pressed = worth(atRound(near, 4), 'avengers') - worth(atRound(far, 4), 'avengers');
    expect(unhurried).toBeGreaterThan(0);
    expect(pressed).toBeGreaterThan(unhurried);
  });

  it("Ultron's judgement does not count how near the heroes are to taking it", () => {
    expect(worth(atRound(near, 4), 'ultron')).toBe(worth(atRound(far, 4), 'ultron'));
  });
});

describe('Novi Grad: Ultron must be destroyed before the last round', () => {
  // A limit long enough that the first rounds are unhurried whatever Ultron's health.
  const base = { ...newGame('novi-grad', 'clock') };
  base.scenario = { ...base.scenario, turnLimit: 14 };
  const heroes = ['thor', 'iron-man', 'hawkeye'];
  const around = edit(base, (_, unit) => {
    Object.assign(unit('ultron'), { x: 30, y: 20 });
    heroes.forEach((id, i) => Object.assign(unit(id), { x: 27 + i, y: 18 }));
  });
  const away = edit(around, (_, unit) => heroes.forEach((id, i) => Object.assign(unit(id), { x: 12 + i, y: 8 })));

  it('hunters near him count for little at the start and for much more near the end', () => {
    const gain = (turn: number) => worth(atRound(around, turn), 'avengers') - worth(atRound(away, turn), 'avengers');
    expect(gain(1)).toBeGreaterThanOrEqual(0);
    expect(gain(12)).toBeGreaterThan(10);
    expect(gain(12)).toBeGreaterThan(2 * gain(1));
  });
});

describe('Avengers Tower: every drone must fall', () => {
  // The drones wake (turn from dormant props into fighters) when Ultron's first turn starts.
  const base = endTurnsUntil(newGame('avengers-tower', 'clock'), 'ultron', 1).state;

  it('the heroes value one of them going after a drone nobody covers', () => {
    // legion-4 starts alone on the east side; Thor goes from the west group towards it
    const covered = placed(atRound(base, 4), 'thor', 17, 4);
    const bunched = placed(atRound(base, 4), 'thor', 5, 9);
    expect(worth(covered, 'avengers')).toBeGreaterThan(worth(bunched, 'avengers'));
  });

  it("Ultron's judgement does not reward its drones for scattering", () => {
    const scattered = placed(atRound(base, 4), 'legion-5', 24, 15);
    expect(worth(scattered, 'ultron')).toBe(worth(atRound(base, 4), 'ultron'));
  });
});

describe('Salvage Yard: the vibranium lying in the hold', () => {
  // sentry-1 is the only one of Ultron's units near the cache (20,13); it stands 2 or 7 tiles off.
  const base = edit(newGame('salvage-yard', 'clock'), (_, unit) => {
    const others = ['ultron', 'scarlet-witch', 'quicksilver', 'sentry-2', 'sentry-3', 'sentry-4', 'sentry-5'];
    others.forEach((id, i) => Object.assign(unit(id), { x: 2 + i, y: 18 }));
  });
  const near = placed(base, 'sentry-1', 20, 11);
  const far = placed(base, 'sentry-1', 20, 6);

  it('Ultron values a sentry near enough to fetch it, more as the rounds run out', () => {
    const gain = (turn: number) => worth(atRound(near, turn), 'ultron') - worth(atRound(far, turn), 'ultron');
    expect(gain(1)).toBeGreaterThan(0);
    expect(gain(8)).toBeGreaterThan(1.5 * gain(1));
  });
});
