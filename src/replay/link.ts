// A replay small enough for a link: ids go into tables, actions become a flat list of numbers, and
// the JSON is deflated (CompressionStream, built into Node 18+ and every current browser, so no
// library is bundled) and written base64url into the URL's fragment, which never reaches a server.
// Checkpoints are left out and recomputed on opening; the final hash still proves the match.
import { hashScenario } from '../engine';
import type { Action, Scenario } from '../engine/types';
import { type Replay, type ReplayOutcome } from './format';
import { recordReplay, stopReplay } from './record';

export const LINK_PREFIX = 'replay=';

interface LinkBody {
  v: 1;
  id: string;
  h: string;
  /** The scenario itself, for a mod the receiver may not have. */
  c?: Scenario;
  e: string;
  seed: string;
  d: string | null;
  p: Record<string, string>;
  u: string[];
  b: string[];
  /** 0 = endTurn; 1 unit x y = move; 2 unit ability x y = ability (indices into u and b). */
  a: number[];
  f: string;
  r: Replay['result'];
}

function indexIn(table: string[], value: string): number {
  let i = table.indexOf(value);
  if (i < 0) i = table.push(value) - 1;
  return i;
}

function packActions(actions: Action[], units: string[], abilities: string[]): number[] {
  const out: number[] = [];
  for (const a of actions) {
    if (a.type === 'endTurn') out.push(0);
    else if (a.type === 'move') out.push(1, indexIn(units, a.unit), a.to.x, a.to.y);
    else out.push(2, indexIn(units, a.unit), indexIn(abilities, a.ability), a.target.x, a.target.y);
  }
  return out;
}

function unpackActions(list: number[], units: string[], abilities: string[]): Action[] | null {
  const actions: Action[] = [];
  let i = 0;
  const take = () => list[i++];
  while (i < list.length) {
    const op = take();
    if (op === 0) actions.push({ type: 'endTurn' });
    else if (op === 1) actions.push({ type: 'move', unit: units[take()], to: { x: take(), y: take() } });
    else if (op === 2) actions.push({ type: 'ability', unit: units[take()], ability: abilities[take()], target: { x: take(), y: take() } });
    else return null;
    if (i > list.length) return null;
  }
  const whole = actions.every((a) => a.type === 'endTurn' || (typeof a.unit === 'string' && (a.type === 'move' || typeof a.ability === 'string')));
  return whole ? actions : null;
}

async function pipeBytes(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export interface LinkOptions {
  /** Put the scenario itself in the link (needed for a mod; campaign scenarios are found by id). */
  embedScenario?: boolean;
}

/** `replay=…` for a URL's fragment. */
export async function encodeReplayLink(replay: Replay, options: LinkOptions = {}): Promise<string> {
  const units: string[] = [];
  const abilities: string[] = [];
  const body: LinkBody = {
    v: 1,
    id: replay.scenario.id,
    h: replay.scenario.hash,
    ...(options.embedScenario ? { c: replay.scenario.content } : {}),
    e: replay.engine,
    seed: replay.seed,
    d: replay.difficulty,
    p: replay.controllers,
    u: units,
    b: abilities,
    a: packActions(replay.actions, units, abilities),
    f: replay.checkpoints.at(-1)?.hash ?? replay.start.hash,
    r: replay.result,
  };
  const bytes = await pipeBytes(new TextEncoder().encode(JSON.stringify(body)), new CompressionStream('deflate-raw'));
  return `${LINK_PREFIX}${toBase64Url(bytes)}`;
}

function linkError(message: string): ReplayOutcome<Replay> {
  return { ok: false, error: { code: 'bad-field', message: `replay link: ${message}` } };
}

async function readBody(fragment: string): Promise<LinkBody | string> {
  const payload = fragment.replace(/^#/, '');
  if (!payload.startsWith(LINK_PREFIX)) return `expected "${LINK_PREFIX}…"`;
  const bytes = fromBase64Url(payload.slice(LINK_PREFIX.length));
  if (!bytes) return 'not base64url text';
  try {
    const json = new TextDecoder().decode(await pipeBytes(bytes, new DecompressionStream('deflate-raw')));
    const body = JSON.parse(json) as LinkBody;
    if (body?.v !== 1) return `unknown link version ${JSON.stringify(body?.v)}`;
    return body;
  } catch {
    return 'damaged or cut short (it does not decompress)';
  }
}

/**
 * The full replay behind a link. `findScenario` supplies a scenario the link names but does not carry
 * (the campaign's); its content must hash as recorded. The actions are replayed to rebuild the
 * checkpoints, and the match must end on the hash the link recorded.
 */
export async function decodeReplayLink(
  fragment: string,
  findScenario: (id: string) => Scenario | undefined = () => undefined,
): Promise<ReplayOutcome<Replay>> {
  const body = await readBody(fragment);
  if (typeof body === 'string') return linkError(body);
  const scenario = body.c ?? findScenario(body.id);
  if (!scenario) return linkError(`it names scenario "${body.id}", which is not here and not in the link`);
  if (hashScenario(scenario) !== body.h) {
    return { ok: false, error: { code: 'scenario-mismatch', message: `different scenario content: the link was recorded on "${body.id}" hashing to ${body.h}, this one hashes to ${hashScenario(scenario)}` } };
  }
  const actions = Array.isArray(body.a) && Array.isArray(body.u) && Array.isArray(body.b) ? unpackActions(body.a, body.u, body.b) : null;
  if (!actions) return linkError('its action list is damaged');
  const recorded = recordReplay(scenario, String(body.seed), actions, { difficulty: body.d ?? null, controllers: body.p ?? {} });
  if (!recorded.ok) return { ok: false, error: { code: 'illegal-action', action: recorded.action, message: `replay link: ${recorded.message}` } };
  const replay = { ...recorded.replay, engine: String(body.e) };
  const finalHash = replay.checkpoints.at(-1)?.hash ?? replay.start.hash;
  if (finalHash !== body.f) {
    return { ok: false, error: { code: 'desync', message: `desync: the link's match ends on ${body.f}, replaying it gives ${finalHash}` } };
  }
  if (recorded.state.result === null && body.r) stopReplay(replay, recorded.state, body.r.reason);
  return { ok: true, value: replay };
}

