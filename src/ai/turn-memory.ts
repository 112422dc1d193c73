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
    let key = `${state.side}|${state.charges.length}`;
    for (const u of state.units) if (u.side !== state.side) key += `|${u.id}${u.x},${u.y},${u.out ?? ''}${u.side}${u.statuses.length}`;
    if (!this.threat || key !== this.threatKey) {
      let grid = this.imagined?.get(key);
      if (!grid) {
        // Line of sight skipped for speed: the AI errs on the side of seeing more danger.
        grid = threatGrid(state, state.side, { lineOfSight: false });
        if (this.imagined && this.imagined.size < IMAGINED_THREATS) this.imagined.set(key, grid);
      }
      this.threat = grid;
      this.threatKey = key;
    }
    return this.threat;
  }

  /** Threat maps of imagined positions, shared by every fork of one decision (kills repeat across play-outs). */
  private imagined: Map<string, ThreatGrid> | null = null;

  /** Shares one decision's cache of imagined threat maps (a fresh memory for another side's reply). */
  shareThreats(shared: Map<string, ThreatGrid>): void {
    this.imagined = shared;
  }

  /**
   * A copy for playing a turn out in the AI's head (hard): the same turn, fields and threat maps,
   * its own list of units that have passed, so the real memory is left as it was.
   */
  fork(shared: Map<string, ThreatGrid>): TurnMemory {
    const copy = new TurnMemory();
    copy.turnKey = this.turnKey;
    copy.fieldsKey = this.fieldsKey;
    copy.fields = this.fields;
    copy.passed = new Set(this.passed);
    copy.threat = this.threat;
    copy.threatKey = this.threatKey;
    copy.imagined = shared;
    return copy;
  }
}

const IMAGINED_THREATS = 64;
