// `ultron validate FILE...`: every problem in every file, located, and an exit code for scripts.
import { parseCommandArgs } from './args';
import { CommandFailure, UsageError } from './errors';
import { VALIDATE_HELP } from './help';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatScenarioError, parseRoster } from '../scenario';
import { checkScenarioText, readTextFile } from './scenario-files';

type FileKind = 'scenario' | 'roster' | 'campaign' | 'schema';

/** A roster has unit types and no map; the campaign list is campaign.json naming scenario ids. */
function kindOf(text: string, file: string): FileKind {
  let top: unknown;
  try {
    top = JSON.parse(text);
  } catch {
    return 'scenario'; // the scenario parser locates the syntax error
  }
  if (typeof top !== 'object' || top === null || Array.isArray(top) || 'map' in top) return 'scenario';
  // scenarios/schema.json itself: well-formed JSON is all `validate` can say of it.
  if (String((top as { $schema?: unknown }).$schema).startsWith('https://json-schema.org/')) return 'schema';
  if (basename(file) === 'campaign.json' && Array.isArray((top as { scenarios?: unknown }).scenarios)) return 'campaign';
  return 'unitTypes' in top && !('units' in top) ? 'roster' : 'scenario';
}

/** Every id the campaign list names must be a scenario file beside it. */
function checkCampaign(text: string, file: string): string[] {
  const ids = (JSON.parse(text) as { scenarios: unknown[] }).scenarios;
  return ids.flatMap((id, i) =>
    typeof id === 'string' && existsSync(join(dirname(file), `${id}.json`))
      ? []
      : [`${file}:1:1 $.scenarios[${i}] no scenario file ${JSON.stringify(id)}.json beside the campaign list`],
  );
}

async function problemsIn(text: string, file: string): Promise<string[]> {
  const kind = kindOf(text, file);
  if (kind === 'schema') return [];
  if (kind === 'campaign') return checkCampaign(text, file);
  if (kind === 'roster') {
    const roster = parseRoster(text, file);
    return roster.ok ? [] : roster.errors.map((e) => formatScenarioError(e, file));
  }
  const checked = await checkScenarioText(text, file);
  return checked.ok ? [] : checked.lines;
}

export async function validateCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, {});
  if (values.help) {
    out(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('validate: give at least one FILE; see ultron validate --help');
  let failures = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error;
      out(`${error.message}\n`);
      failures++;
      continue;
    }
    const problems = await problemsIn(text, file);
    if (problems.length === 0) out(`ok ${file}\n`);
    else {
      failures++;
      out(`${problems.join('\n')}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}
