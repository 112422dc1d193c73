// A replay as plain text, turn by turn: what each action was and what came of it. Used by
// `ultron replay show`; the words come from the scenario's own names.
import { applyAction, createGame } from '../engine';
import type { Action, GameEvent, GameState, Pos } from '../engine/types';
import type { Replay } from './format';
import { describeResult } from './verify';

const at = (p: Pos) => `(${p.x},${p.y})`;

/** The unit's name, with its id when other units share the name (five "Civilian"s read alike). */
function nameOf(state: GameState, id: string): string {
  const unit = state.units.find((u) => u.id === id);
  if (!unit) return id;
  const shared = state.units.some((u) => u !== unit && u.name === unit.name);
  return shared ? `${unit.name} [${unit.id}]` : unit.name;
}

function abilityName(state: GameState, unitId: string, abilityId: string): string {
  const unit = state.units.find((u) => u.id === unitId);
  const type = unit && state.scenario.unitTypes[unit.type];
  return type?.abilities.find((a) => a.id === abilityId)?.name ?? abilityId;
}

export function describeAction(before: GameState, action: Action): string {
  if (action.type === 'endTurn') return 'ends the turn';
  if (action.type === 'move') return `${nameOf(before, action.unit)} moves to ${at(action.to)}`;
  return `${nameOf(before, action.unit)} uses ${abilityName(before, action.unit, action.ability)} on ${at(action.target)}`;
}

/** One short phrase per event worth reading; the rest (turn starts, trigger bookkeeping) say nothing. */
export function describeEvent(state: GameState, event: GameEvent): string | null {
  const n = (id: string) => nameOf(state, id);
  switch (event.type) {
    case 'attackRolled':
      return event.hit ? null : `misses ${n(event.target)} (${event.chance}%)`;
    case 'damaged':
      return `${n(event.unit)} takes ${event.amount}${event.absorbed ? ` (+${event.absorbed} absorbed)` : ''}, hp ${event.hp}`;
    case 'healed':
      return `${n(event.unit)} heals ${event.amount}, hp ${event.hp}`;
    case 'pushed':
      return `${n(event.unit)} pushed to ${at(event.to)}${event.blockedBy ? ` against ${event.blockedBy}` : ''}`;
    case 'defeated':
      return `${n(event.unit)} ${event.how}`;
    case 'statusApplied':
      return `${n(event.unit)} ${event.status}`;
    case 'spawned':
      return `${n(event.unit)} appears at ${at(event.at)}`;
    case 'sideChanged':
      return `${n(event.unit)} joins ${event.to}`;
    case 'evacuated':
      return `${n(event.unit)} evacuated`;
    case 'uploaded':
      return `${n(event.unit)} uploads into a new body at ${at(event.to)}`;
    case 'itemPickedUp':
      return `${n(event.unit)} picks up ${event.item}`;
    case 'message':
      return `"${event.speaker ? `${event.speaker}: ` : ''}${event.text}"`;
    case 'objectiveChanged':
      return event.status === 'active' ? null : `objective ${event.objective} ${event.status}`;
    default:
      return null;
  }
}

/** The whole replay as lines of text; stops with a note at the first action that does not apply. */
export function replayText(replay: Replay): string[] {
  const lines: string[] = [];
  const controllers = Object.entries(replay.controllers).map(([side, who]) => `${side}: ${who}`).join(', ');
  lines.push(`${replay.scenario.content.name} (${replay.scenario.id}), seed "${replay.seed}", engine ${replay.engine}`);
  if (controllers) lines.push(`played by ${controllers}${replay.difficulty ? `, difficulty ${replay.difficulty}` : ''}`);
  let state = createGame(replay.scenario.content, replay.seed);
  let heading = '';
  for (const [index, action] of replay.actions.entries()) {
    const turnHeading = `Round ${state.turn}, ${state.side}`;
    if (turnHeading !== heading) {
      heading = turnHeading;
      lines.push('', turnHeading);
    }
    const applied = applyAction(state, action);
    if (!applied.ok) {
      lines.push(`  ${index + 1}. ${describeAction(state, action)}: cannot be applied (${applied.error.message})`);
      return lines;
    }
    const outcome = applied.events.map((e) => describeEvent(applied.state, e)).filter((t) => t !== null);
    lines.push(`  ${index + 1}. ${describeAction(state, action)}${outcome.length ? `: ${outcome.join('; ')}` : ''}`);
    state = applied.state;
  }
  lines.push('', `Result: ${describeResult(replay.result)}`);
  return lines;
}
