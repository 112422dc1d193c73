// AI speed: milliseconds each side spends choosing a whole turn's actions, per level and scenario
// (median and 95th percentile over the turns of a few AI-vs-AI matches, every side at that level).
// Time is this thread's CPU time, so other work on a busy machine does not inflate it: one core.
// Target (issue 4): Ultron's side at `normal` on novi-grad, p95 ≤ 100 ms.
import { applyActionInPlace, cloneState, createGame, isHostile, type Scenario } from '../src/engine';
import { createAiPlayer, type AiLevel } from '../src/ai';
import { heroSide } from '../src/sim/controllers';
import { quantile, type BenchContext, type BenchSection, type Figure } from './section';

const TARGET_SCENARIO = 'novi-grad';
const TARGET_P95_MS = 100;

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export interface TurnTimes {
  /** Turn times of the sides hostile to the heroes (neutral sides such as civilians not counted). */
  opponent: number[];
  heroes: number[];
}

/** Plays matches with every side at `level`; returns each side-turn's total choosing time. */
export function measureTurns(scenario: Scenario, level: AiLevel, games: number, maxTurns: number): TurnTimes {
  const times: TurnTimes = { opponent: [], heroes: [] };
  const heroes = heroSide(scenario);
  for (let g = 0; g < games; g++) {
    const seed = `bench-ai:${g + 1}`;
    const state = cloneState(createGame(scenario, seed));
    const players = new Map(scenario.sides.map((s) => [s.id, createAiPlayer(level, { seed, side: s.id })]));
    let turnKey = '';
    let spent = 0;
    const flush = () => {
      const side = turnKey.split('@')[0];
      if (side === heroes) times.heroes.push(spent);
      else if (side && isHostile(state, heroes, side)) times.opponent.push(spent);
    };
    for (let n = 0; state.result === null && state.turn <= maxTurns && n < 5000; n++) {
      const key = `${state.side}@${state.turn}`;
      if (key !== turnKey) {
        flush();
        turnKey = key;
        spent = 0;
      }
      const start = cpuMs();
      const action = players.get(state.side)!.choose(state);
      spent += cpuMs() - start;
      if (!applyActionInPlace(state, action).ok) throw new Error(`${level} AI chose an illegal action in ${scenario.id}`);
    }
    flush();
  }
  return times;
}

function figures(id: string, level: AiLevel, times: TurnTimes): Figure[] {
  const rows: Figure[] = [];
  for (const [who, list] of [['ultron', times.opponent], ['avengers', times.heroes]] as const) {
    if (list.length === 0) continue;
    const target = id === TARGET_SCENARIO && level === 'normal' && who === 'ultron' ? { max: TARGET_P95_MS } : undefined;
    rows.push({ key: `ai.${id}.${level}.${who}.turnMedianMs`, value: quantile(list, 0.5), unit: 'ms', label: `${id} ${level}: ${who} turn, median` });
    rows.push({ key: `ai.${id}.${level}.${who}.turnP95Ms`, value: quantile(list, 0.95), unit: 'ms', label: `${id} ${level}: ${who} turn, p95`, target });
  }
  return rows;
}

export const section: BenchSection = {
  name: 'ai',
  run(context: BenchContext): Figure[] {
    const levels: AiLevel[] = ['easy', 'normal', 'hard'];
    const rows: Figure[] = [];
    for (const { id, scenario } of context.scenarios) {
      for (const level of levels) {
        const games = context.quick || level === 'hard' ? 1 : 3;
        const maxTurns = context.quick ? 4 : level === 'hard' ? 6 : scenario.turnLimit;
        rows.push(...figures(id, level, measureTurns(scenario, level, games, maxTurns)));
      }
    }
    context.note('ai: CPU time of this thread per side-turn (all sides at the level; hard: 1 match of 6 rounds)');
    return rows;
  },
};
