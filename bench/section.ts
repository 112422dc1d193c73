// What a benchmark section is: a named set of measured figures, each with its unit in its key
// (`engine.<scenario>.medianUs`) and, where the project set one, its target. bench/run.ts runs the
// sections; adding a figure means adding a section file and one line to SECTIONS in run.ts.
import type { Scenario } from '../src/engine/types';

export interface Target {
  /** The figure must be at most (`max`) or at least (`min`) this. */
  max?: number;
  min?: number;
  /** `<` rather than `≤` for max (a strict target such as "under 50 ms"). */
  strict?: boolean;
}

export interface Figure {
  /** Dotted key whose last part names the unit: medianUs, p95Ms, verifyMs, bytes, gamesPerS. */
  key: string;
  value: number;
  /** Shown in the table: µs, ms, B, KiB, /s. */
  unit: string;
  /** Words for the table's row. */
  label: string;
  target?: Target;
}

export interface BenchScenario {
  id: string;
  scenario: Scenario;
}

export interface BenchContext {
  /** Every campaign scenario (or the test scenario when the campaign is not there yet). */
  scenarios: BenchScenario[];
  /** Fewer repetitions, for CI and for a quick look. */
  quick: boolean;
  /** A note for the table's foot (a missing scenario, a stand-in). */
  note(text: string): void;
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<Figure[]> | Figure[];
}

export function meetsTarget(figure: Figure): boolean | null {
  const t = figure.target;
  if (!t) return null;
  if (t.max !== undefined && (t.strict ? figure.value >= t.max : figure.value > t.max)) return false;
  if (t.min !== undefined && figure.value < t.min) return false;
  return true;
}

export function targetText(figure: Figure): string {
  const t = figure.target;
  if (!t) return '';
  if (t.max !== undefined) return `${t.strict ? '<' : '≤'} ${t.max} ${figure.unit}`;
  if (t.min !== undefined) return `≥ ${t.min} ${figure.unit}`;
  return '';
}

/** The q-quantile (0..1) of numbers, by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Microseconds elapsed since `start` (a process.hrtime.bigint() reading). */
export function microsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}
