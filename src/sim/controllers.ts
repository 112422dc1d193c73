// Which level plays which side: the `--avengers` level takes the heroes' side, the `--ultron` level
// every other side that takes turns (Ultron's forces, Klaue's mercenaries). Passive sides get none.
import type { Scenario } from '../engine/types';
import { createPlayer, type Player } from './players';

export interface SideLevels {
  avengers: string;
  ultron: string;
}

/** The heroes' side: the one named `avengers`, else the first side (the player's by default). */
export function heroSide(scenario: Scenario): string {
  return scenario.sides.find((s) => s.id === 'avengers')?.id ?? scenario.sides[0].id;
}

/** side id → level, for every side that may take a turn, in scenario order. */
export function sideControllers(scenario: Scenario, levels: SideLevels): Record<string, string> {
  const heroes = heroSide(scenario);
  const controllers: Record<string, string> = {};
  for (const side of scenario.sides) {
    if (side.passive) continue;
    controllers[side.id] = side.id === heroes ? levels.avengers : levels.ultron;
  }
  return controllers;
}

/** One fresh player per side for the match with this seed. */
export function playersFor(controllers: Record<string, string>, seed: string): Record<string, Player> {
  const players: Record<string, Player> = {};
  for (const [side, level] of Object.entries(controllers)) players[side] = createPlayer(level, { side, seed });
  return players;
}
