// `ultron new NAME [--dir DIR]`: a new scenario file from a template that validates and plays, so a
// modder starts from something that works and changes one thing at a time. Never overwrites a file.
import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseCommandArgs } from './args';
import { CommandFailure, UsageError } from './errors';
import { NEW_HELP } from './help';
import { SCENARIO_DIR } from './scenario-files';

const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** The template, filled in with the scenario's id and the schema path for editors. */
export function scenarioTemplate(id: string, schemaPath: string): string {
  const title = id.split(/[-_]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  const scenario = {
    $schema: schemaPath,
    id,
    name: title,
    briefing: `A new battle. Captain America and Iron Man must wreck the two Ultron sentries guarding the yard. Change anything here, then run: npx ultron validate ${id}.json`,
    debrief: { victory: 'The sentries are scrap.', defeat: 'The sentries hold the yard.' },
    turnLimit: 8,
    map: {
      rows: ['##########', '#........#', '#..n...N.#', '#........#', '#.,,..~~.#', '#........#', '##########'],
    },
    areas: { yard: { rect: { x: 6, y: 1, w: 3, h: 2 } } },
    sides: [
      { id: 'avengers', name: 'Avengers', enemies: ['ultron'], playable: true, color: '#2f6fdb' },
      {
        id: 'ultron', name: "Ultron's sentries", enemies: ['avengers'], color: '#a0a4ad',
        ai: { aggression: 0.5, caution: 0.5, behaviours: [{ behaviour: 'guard', units: { side: 'ultron' }, area: 'yard' }] },
      },
    ],
    units: [
      { id: 'cap', type: 'captain-america', side: 'avengers', x: 2, y: 4 },
      { id: 'iron-man', type: 'iron-man', side: 'avengers', x: 2, y: 5 },
      { id: 'sentry-1', type: 'ultron-sentry', side: 'ultron', x: 7, y: 1 },
      { id: 'sentry-2', type: 'ultron-sentry', side: 'ultron', x: 8, y: 3 },
    ],
    objectives: [{ id: 'wreck-sentries', type: 'defeatAll', sides: ['ultron'], text: 'Destroy both sentries.' }],
    triggers: [
      {
        id: 'opening', when: { event: 'turnStart', turn: 1, side: 'avengers' },
        do: [{ do: 'message', speaker: 'Iron Man', text: 'Two sentries in the yard. Easy.' }],
      },
    ],
  };
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The schema's path as the new file should name it: relative when it can be, so the folder can move. */
function schemaPathFrom(dir: string): string {
  const schema = join(SCENARIO_DIR, 'schema.json');
  const path = relative(dir, schema).split('\\').join('/');
  return isAbsolute(path) ? schema : path;
}

export async function newCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', argv, { dir: { type: 'string' } });
  if (values.help) return out(NEW_HELP), 0;
  if (positionals.length !== 1) throw new UsageError('new: give exactly one NAME; see ultron new --help');
  const name = positionals[0].replace(/\.json$/i, '');
  if (!NAME.test(name)) throw new UsageError(`new: "${positionals[0]}" is not a usable name: up to 64 letters, digits, '-' or '_', starting with a letter or digit`);
  const dir = resolve(values.dir ?? '.');
  const file = join(dir, `${name}.json`);
  try {
    // 'wx': fails if the file exists, in the same call that creates it (no check-then-write race).
    writeFileSync(file, scenarioTemplate(name, schemaPathFrom(dir)), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CommandFailure(`new: ${file} already exists; it was left as it was (choose another NAME or --dir)`);
    if (code === 'ENOENT') throw new CommandFailure(`new: no folder ${dir}`);
    throw new CommandFailure(`new: cannot write ${file}: ${(error as Error).message}`);
  }
  out(`wrote ${file}\nnext: npx ultron validate ${relative(process.cwd(), file) || file}, then npx ultron sim ${relative(process.cwd(), file) || file} --games 20\n`);
  return 0;
}
