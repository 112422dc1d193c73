// Many matches of one scenario: which seeds a batch (or one shard of it) plays, and what its results
// add up to. A game's seed depends only on the batch seed and the game's number, so shards run on
// different machines add up to the same batch as one run, and the job count never changes a result.
import type { MatchStats } from './match';

export interface GameSlot {
  /** 0-based position in the whole batch. */
  index: number;
  seed: string;
}

export function gameSeed(batchSeed: string, index: number): string {
  return `${batchSeed}:${index + 1}`;
}

/** The games of shard `shard` (1-based) of `count` shards: a contiguous run of the batch. */
export function batchSlots(batchSeed: string, games: number, shard = 1, count = 1): GameSlot[] {
  const from = Math.floor(((shard - 1) * games) / count);
  const to = Math.floor((shard * games) / count);
  const slots: GameSlot[] = [];
  for (let index = from; index < to; index++) slots.push({ index, seed: gameSeed(batchSeed, index) });
  return slots;
}

/** What a worker sends back per game: small and plain, the actions only counted. */
export interface GameRecord {
  index: number;
  seed: string;
  winner: string | null;
  reason: string;
  turns: number;
  actions: number;
  hash: string;
  stats: MatchStats;
}

export interface SimJson {
  scenario: string;
  seed: string;
  games: number;
  results: { seed: string; winner: string | null; turns: number; actions: number; hash: string }[];
  wins: Record<string, number>;
}

/** The key undecided games are counted under in `wins`. */
export const NO_WINNER = 'none';

/** Wins per side, every playing side listed (in scenario order) even at 0, undecided last. */
export function countWins(records: GameRecord[], sides: string[]): Record<string, number> {
  const wins: Record<string, number> = Object.fromEntries(sides.map((s) => [s, 0]));
  for (const r of records) {
    const key = r.winner ?? NO_WINNER;
    wins[key] = (wins[key] ?? 0) + 1;
  }
  if (NO_WINNER in wins) {
    const undecided = wins[NO_WINNER];
    delete wins[NO_WINNER];
    wins[NO_WINNER] = undecided;
  }
  return wins;
}

/** The `--json` object; records in batch order, so the text is the same for any job count. */
export function simJson(scenarioId: string, batchSeed: string, records: GameRecord[], sides: string[]): SimJson {
  const ordered = [...records].sort((a, b) => a.index - b.index);
  return {
    scenario: scenarioId,
    seed: batchSeed,
    games: ordered.length,
    results: ordered.map((r) => ({ seed: r.seed, winner: r.winner, turns: r.turns, actions: r.actions, hash: r.hash })),
    wins: countWins(ordered, sides),
  };
}

/** The 95% Wilson score interval for `wins` successes in `games` trials, as fractions. */
export function wilsonInterval(wins: number, games: number, z = 1.959964): { low: number; high: number } {
  if (games === 0) return { low: 0, high: 1 };
  const p = wins / games;
  const z2 = z * z;
  const denominator = 1 + z2 / games;
  const centre = (p + z2 / (2 * games)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / games + z2 / (4 * games * games))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface SimSummary {
  games: number;
  sides: { side: string; wins: number; rate: number; low: number; high: number }[];
  undecided: number;
  meanTurns: number;
  meanActions: number;
  meanHeroesLost: number;
  heroes: number;
  meanCiviliansSaved: number;
  civilians: number;
}

export function summarize(records: GameRecord[], sides: string[]): SimSummary {
  const n = records.length;
  const mean = (f: (r: GameRecord) => number) => (n === 0 ? 0 : records.reduce((sum, r) => sum + f(r), 0) / n);
  const wins = countWins(records, sides);
  return {
    games: n,
    sides: Object.entries(wins)
      .filter(([side]) => side !== NO_WINNER)
      .map(([side, count]) => ({ side, wins: count, rate: n === 0 ? 0 : count / n, ...wilsonInterval(count, n) })),
    undecided: wins[NO_WINNER] ?? 0,
    meanTurns: mean((r) => r.turns),
    meanActions: mean((r) => r.actions),
    meanHeroesLost: mean((r) => r.stats.heroesLost),
    heroes: records[0]?.stats.heroes ?? 0,
    meanCiviliansSaved: mean((r) => r.stats.civiliansSaved),
    civilians: records[0]?.stats.civilians ?? 0,
  };
}
