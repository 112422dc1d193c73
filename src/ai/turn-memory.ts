// What the AI works out once per turn and reuses for each action of it: distance fields, the enemy
// threat map, and which units have chosen to stay put. Only a cache: a fresh one gives the same
// choices, just slower (except that a unit which chose to stay is asked again).
import { type GameState } from '../engine';
import { FieldCache } from './distance-fields';
import { threatGrid, type ThreatGrid } from './threats';

export class TurnMemory {
  private turnKey = '';
  private fieldsKey = '';
  fields = new FieldCache();
  passed = new Set<string>();
  private threatKey = '';
  private threat: ThreatGrid | null = null;

  /** Starts afresh when the turn or the side to move changes. */
  sync(state: GameState): void {
    const key = `${state.seed}:${state.turn}:${state.side}`;
    if (key === this.turnKey) return;
    this.turnKey = key;
    // Travel distances depend on the terrain alone: rebuilt when it changes (wrecks, triggers).
    const fieldsKey = `${state.scenarioHash}:${JSON.stringify(state.terrain)}`;
    if (fieldsKey !== this.fieldsKey) {
      this.fieldsKey = fieldsKey;
      this.fields = new FieldCache(fieldsKey);
    }
    this.passed = new Set();
    this.threat = null;
    this.threatKey = '';
  }

  /** The enemy threat map, rebuilt only when a unit moved, fell or changed (pushes, kills). */
  threatFor(state: GameState): ThreatGrid {
    let key = `${state.charges.length}`;
    for (const u of state.units) if (u.side !== state.side) key += `|${u.id}${u.x},${u.y},${u.out ?? ''}${u.side}${u.statuses.length}`;
    if (!this.threat || key !== this.threatKey) {
      // Line of sight skipped for speed: the AI errs on the side of seeing more danger.
      this.threat = threatGrid(state, state.side, { lineOfSight: false });
      this.threatKey = key;
    }
    return this.threat;
  }
}
