// `ultron validate FILE...`: every problem in every file, located, and an exit code for scripts.
import { parseCommandArgs } from './args';
import { CommandFailure, UsageError } from './errors';
import { VALIDATE_HELP } from './help';
import { checkScenarioText, readTextFile } from './scenario-files';

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
    const checked = await checkScenarioText(text, file);
    if (checked.ok) out(`ok ${file}\n`);
    else {
      failures++;
      out(`${checked.lines.join('\n')}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}
