// AI-against-AI matches for the ladder test and the balance script: one level for the heroes (and
// the sides friendly to them, the civilians), another for every side hostile to the heroes.
import { isHostile, type Scenario } from '../../src/engine';
import { createAiPlayer } from '../../src/ai';
import { heroSide } from '../../src/sim/controllers';
import { playMatch } from '../../src/sim/match';
import { randomPlayer, type Player } from '../../src/sim/players';

export interface Pairing {
  heroes: string;
  opponents: string;
}

export function playersFor(scenario: Scenario, pairing: Pairing, seed: string): Record<string, Player> {
  const heroes = heroSide(scenario);
  const players: Record<string, Player> = {};
  for (const side of scenario.sides) {
    if (side.passive) continue;
    const hostile = scenario.sides.find((s) => s.id === heroes)!.enemies.includes(side.id) ||
      side.enemies.includes(heroes);
    const level = hostile ? pairing.opponents : pairing.heroes;
    players[side.id] = level === 'random' ? randomPlayer({ side: side.id, seed }) : createAiPlayer(level, { seed, side: side.id });
  }
  return players;
}

export interface Outcome {
  seed: string;
  winner: string | null;
  heroesWon: boolean;
  turns: number;
  reason: string;
}

export function playPairing(scenario: Scenario, pairing: Pairing, seed: string): Outcome {
  const result = playMatch(scenario, seed, playersFor(scenario, pairing, seed));
  const heroes = heroSide(scenario);
  return { seed, winner: result.winner, heroesWon: result.winner === heroes, turns: result.turns, reason: result.reason };
}

/** Did `side` of the pairing win? A draw or a third side's win counts as not. */
export function wonBy(scenario: Scenario, outcome: Outcome, who: 'heroes' | 'opponents'): boolean {
  if (who === 'heroes') return outcome.heroesWon;
  const heroes = heroSide(scenario);
  return outcome.winner !== null && outcome.winner !== heroes && isHostileIn(scenario, heroes, outcome.winner);
}

function isHostileIn(scenario: Scenario, a: string, b: string): boolean {
  // isHostile reads only the scenario's sides.
  return isHostile({ scenario } as never, a, b);
}
