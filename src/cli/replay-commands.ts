// `ultron replay verify` and `ultron replay show`.
import { decodeReplay, describeResult, encodeReplayLink, replayText, verifyReplay, type Replay } from '../replay';
import { campaignIds } from './scenario-files';
import { parseCommandArgs } from './args';
import { CommandFailure, UsageError } from './errors';
import { REPLAY_HELP } from './help';
import { loadScenario, readTextFile } from './scenario-files';

function readReplay(file: string): Replay {
  const decoded = decodeReplay(readTextFile(file));
  if (!decoded.ok) throw new CommandFailure(`${file}: ${decoded.error.message}`);
  return decoded.value;
}

async function verify(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('replay verify', argv, { scenario: { type: 'string' } });
  if (values.help) return out(REPLAY_HELP), 0;
  if (positionals.length === 0) throw new UsageError('replay verify: give at least one FILE; see ultron replay --help');
  const scenario = values.scenario === undefined ? undefined : (await loadScenario(values.scenario)).scenario;
  let failures = 0;
  for (const file of positionals) {
    try {
      const verified = verifyReplay(readReplay(file), { scenario });
      if (!verified.ok) throw new CommandFailure(`${file}: ${verified.error.message}`);
      const { result, actions, finalHash, engineNote } = verified.value;
      out(`ok ${file}: ${describeResult(result)}, ${actions} actions, final hash ${finalHash}${engineNote ? ` (${engineNote})` : ''}\n`);
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error;
      failures++;
      out(`${error.message}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

async function show(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('replay show', argv, {});
  if (values.help) return out(REPLAY_HELP), 0;
  if (positionals.length !== 1) throw new UsageError('replay show: give exactly one FILE; see ultron replay --help');
  out(`${replayText(readReplay(positionals[0])).join('\n')}\n`);
  return 0;
}

async function link(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs('replay link', argv, { base: { type: 'string' } });
  if (values.help) return out(REPLAY_HELP), 0;
  if (positionals.length !== 1) throw new UsageError('replay link: give exactly one FILE; see ultron replay --help');
  const replay = readReplay(positionals[0]);
  // A campaign scenario is found by id on the other end; a mod travels inside the link.
  const embedScenario = !campaignIds().includes(replay.scenario.id);
  const fragment = await encodeReplayLink(replay, { embedScenario });
  out(`${values.base ?? 'http://127.0.0.1:5173/'}#${fragment}\n`);
  return 0;
}

export async function replayCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') return out(REPLAY_HELP), sub === undefined ? 2 : 0;
  if (sub === 'verify') return verify(rest, out);
  if (sub === 'show') return show(rest, out);
  if (sub === 'link') return link(rest, out);
  throw new UsageError(`replay: unknown subcommand "${sub}" (verify, show or link)`);
}
