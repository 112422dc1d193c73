// `npm run bench`: measures the figures each issue sets a target for and prints a table (or, with
// --json, one object of unit-named keys to compare over time). Options: --json, --quick,
// --only a,b (section names). A benchmark, not a test: a missed target is flagged, not failed.
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { campaignIds, loadScenario } from '../src/cli/scenario-files';
import { tinyScenario } from '../tests/replay/tiny-scenario';
import { engineSection } from './engine';
import { replaySection } from './replay';
import { meetsTarget, targetText, type BenchContext, type BenchScenario, type BenchSection, type Figure } from './section';

const SECTIONS: BenchSection[] = [engineSection, replaySection];
/** Sections other modules own; each file exports `section: BenchSection` and is run when present. */
const OPTIONAL_SECTIONS = ['ai', 'simulation', 'memory', 'browser'];

async function optionalSections(): Promise<BenchSection[]> {
  const found: BenchSection[] = [];
  for (const name of OPTIONAL_SECTIONS) {
    const url = new URL(`./${name}.ts`, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    const mod = (await import(url.href)) as { section?: BenchSection };
    if (mod.section) found.push(mod.section);
  }
  return found;
}

async function benchScenarios(note: (t: string) => void): Promise<BenchScenario[]> {
  const found: BenchScenario[] = [];
  for (const id of campaignIds()) {
    try {
      found.push({ id, scenario: (await loadScenario(id)).scenario });
    } catch (error) {
      note(`scenario ${id} skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  if (found.length > 0) return found;
  note('no campaign scenario loads yet: measured on the test scenario tests/replay/tiny-scenario.ts');
  return [{ id: 'tiny-skirmish', scenario: tinyScenario() }];
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  // The load average says how far other work on the machine may have inflated the figures.
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}, load average ${loadavg()[0].toFixed(1)}`;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function table(rows: { section: string; figure: Figure }[], notes: string[]): string {
  const cells = rows.map(({ section, figure }) => {
    const met = meetsTarget(figure);
    return [section, figure.label, `${format(figure.value)} ${figure.unit}`, targetText(figure), met === null ? '' : met ? 'ok' : 'MISSED'];
  });
  const header = ['section', 'figure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 2 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const missed = rows.filter(({ figure }) => meetsTarget(figure) === false).length;
  return [
    `Ultron Offensive bench on ${machine()}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    '',
    missed ? `${missed} figure${missed === 1 ? '' : 's'} MISSED ${missed === 1 ? 'its target' : 'their targets'}.` : 'Every figure with a target meets it.',
    ...notes.map((n) => `note: ${n}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' } },
    strict: true,
  });
  const notes: string[] = [];
  const note = (t: string) => void notes.push(t);
  const only = values.only?.split(',').map((s) => s.trim());
  const sections = [...SECTIONS, ...(await optionalSections())].filter((s) => !only || only.includes(s.name));
  const context: BenchContext = { scenarios: await benchScenarios(note), quick: values.quick ?? false, note };
  const rows: { section: string; figure: Figure }[] = [];
  for (const section of sections) {
    if (!values.json) process.stderr.write(`bench: ${section.name}…\n`);
    for (const figure of await section.run(context)) rows.push({ section: section.name, figure });
  }
  if (values.json) {
    const object: Record<string, number | string | string[]> = { machine: machine() };
    for (const { figure } of rows) object[figure.key] = Number(figure.value.toFixed(3));
    if (notes.length) object.notes = notes;
    process.stdout.write(`${JSON.stringify(object, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(rows, notes)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
