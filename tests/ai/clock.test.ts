// What the AI's judgement reads from the objectives against the clock: fetching an item the enemy
// holds, hunting a unit it must defeat, and spreading out when every enemy must fall. Each is the
// owner's concern only: the other side's judgement of the same position does not move.
import { describe, expect, it } from 'vitest';
import { cloneState, type GameState } from '../../src/engine';
import { chooseAction, evaluateState } from '../../src/ai';
import { FieldCache } from '../../src/ai/distance-fields';
import { edit, endTurnsUntil, newGame } from '../campaign/campaign-fixture';

const worth = (state: GameState, side: string) => evaluateState(state, side, new FieldCache());

/** The same position with one unit placed elsewhere. */
function placed(state: GameState, id: string, x: number, y: number): GameState {
  return edit(state, (_, unit) => Object.assign(unit(id), { x, y }));
}

/** The same position with rounds enough that the clock does not press. */
const ample = (state: GameState): GameState => ({ ...state, scenario: { ...state.scenario, turnLimit: 30 } });

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
    const unhurried = worth(ample(near), 'avengers') - worth(ample(far), 'avengers');
    const pressed = worth(atRound(near, 4), 'avengers') - worth(atRound(far, 4), 'avengers');
    expect(unhurried).toBeGreaterThan(0);
    expect(pressed).toBeGreaterThan(unhurried);
  });

  it("Ultron's judgement does not count how near the heroes are to taking it", () => {
    expect(worth(atRound(near, 4), 'ultron')).toBe(worth(atRound(far, 4), 'ultron'));
  });

  it('the heroes count a holder near the ramp as closer to their goal', () => {
    // The same sentry with the Cradle, at the west end of the street or just short of the ramp;
    // Captain America as far from either, and rounds enough that the clock does not press.
    const heroesFar = ample(placed(far, 'captain-america', 14, 14));
    const heroesNearRamp = ample(placed(placed(far, 'sentry-5', 24, 12), 'captain-america', 14, 14));
    expect(worth(heroesNearRamp, 'avengers')).toBeGreaterThan(worth(heroesFar, 'avengers'));
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
  // The cache lies in the middle of the hold (20,13), whose only door is on its east side (23,14).
  // sentry-1 is the only one of Ultron's units near it; the others wait on the far deck.
  const base = edit(newGame('salvage-yard', 'clock'), (_, unit) => {
    const others = ['ultron', 'scarlet-witch', 'quicksilver', 'sentry-2', 'sentry-3', 'sentry-4', 'sentry-5'];
    others.forEach((id, i) => Object.assign(unit(id), { x: 2 + i, y: 15 }));
  });
  const atTheDoor = placed(base, 'sentry-1', 24, 14);
  const inTheYard = placed(base, 'sentry-1', 20, 6);
  // Three tiles from the cache as the crow flies, but north of the hold's wall.
  const overTheWall = placed(base, 'sentry-1', 19, 10);

  it('Ultron values a sentry near enough to fetch it, more as the rounds run out', () => {
    const gain = (turn: number) => worth(atRound(atTheDoor, turn), 'ultron') - worth(atRound(inTheYard, turn), 'ultron');
    expect(gain(1)).toBeGreaterThan(0);
    expect(gain(8)).toBeGreaterThan(1.5 * gain(1));
  });

  it('Ultron counts the way round the walls, not the tiles as the crow flies', () => {
    expect(worth(atTheDoor, 'ultron')).toBeGreaterThan(worth(overTheWall, 'ultron'));
  });
});

describe('Seoul: the Cradle a step from the ramp', () => {
  // Round 4 of a hard-against-normal match: Captain America has just wrested the Cradle from
  // sentry-1 beside him and has one action point left; the ramp (x 28-31, y 8-10) is three tiles
  // away. The sentry is worn to 2 hp, so a shield throw would most likely fell it.
  const where: [string, number, number, number][] = [
    ['captain-america', 25, 8, 16], ['hawkeye', 26, 8, 11], ['black-widow', 15, 10, 11], ['ultron', 16, 11, 18],
    ['scarlet-witch', 11, 6, 12], ['quicksilver', 8, 18, 7], ['sentry-1', 24, 8, 2], ['sentry-2', 14, 8, 5],
    ['sentry-3', 14, 9, 4], ['sentry-4', 12, 7, 4], ['sentry-5', 11, 9, 5], ['sentry-6', 9, 17, 5],
    ['sentry-7', 16, 7, 4], ['sentry-8', 14, 10, 5], ['sentry-9', 12, 8, 5], ['sentry-10', 15, 9, 2],
  ];
  const scene = edit(endTurnsUntil(newGame('seoul', 'ramp'), 'avengers', 4).state, (draft, unit) => {
    for (const [id, x, y, hp] of where) Object.assign(unit(id), { x, y, hp });
    unit('captain-america').ap = 1;
    draft.items.find((i) => i.id === 'cradle')!.carrier = 'captain-america';
    unit('truck').carrying = null;
    unit('captain-america').carrying = 'cradle';
  });

  it('standing on the ramp with it is worth as much as the objective met', () => {
    const onRamp = placed(scene, 'captain-america', 28, 8);
    const met = edit(onRamp, (draft) => { draft.objectives['cradle-to-quinjet'].status = 'met'; });
    expect(worth(onRamp, 'avengers')).toBe(worth(met, 'avengers'));
    expect(worth(onRamp, 'ultron')).toBe(worth(met, 'ultron'));
  });

  it('the carrier walks it onto the ramp rather than strike the sentry beside him', () => {
    const action = chooseAction(scene, { level: 'hard', seed: 'ramp' });
    expect(action).toMatchObject({ type: 'move', unit: 'captain-america' });
    const to = (action as { to: { x: number; y: number } }).to;
    expect(to.x >= 28 && to.y >= 8 && to.y <= 10).toBe(true);
  });
});
