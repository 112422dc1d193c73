// The `ultron` command's entry: dispatches to a subcommand and turns every failure into one clear
// line on stderr and an exit code (1 failure, 2 bad usage), never a stack trace.
import { CommandFailure, messageOf, UsageError } from './errors';
import { MAIN_HELP } from './help';
import { newCommand } from './new-scenario';
import { replayCommand } from './replay-commands';
import { simCommand } from './sim';
import { soakCommand } from './soak';
import { validateCommand } from './validate';

type Command = (argv: string[], out: (text: string) => void) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  sim: simCommand,
  soak: soakCommand,
  replay: replayCommand,
  new: newCommand,
};

const write = (text: string) => void process.stdout.write(text);

// `ultron sim ... | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const writeError = (text: string) => void process.stderr.write(text);

/** Runs the command; `out` and `err` default to stdout and stderr (tests pass their own). */
export async function main(argv: string[], out: (text: string) => void = write, err: (text: string) => void = writeError): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      err(MAIN_HELP);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') return out(MAIN_HELP), 0;
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}" (validate, sim, soak, replay, new); see ultron --help`);
    return await command(rest, out);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`ultron: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CommandFailure) {
      err(`ultron: ${error.message}\n`);
      return 1;
    }
    // A bug: still one line, with what a report needs.
    err(`ultron: internal error: ${messageOf(error)}\n`);
    return 1;
  }
}
