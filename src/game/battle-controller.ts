// Runs one battle in the page: turns the player's clicks and keys into engine actions (only ones the
// engine lists as legal), lets the AI worker play the other sides, animates, and autosaves.
import {
  abilityTiles, legalActions, objectiveList, preview, reachableTiles, standingUnits, unitAt, unitById, unitTypeOf,
  type Action, type GameEvent, type GameState, type Pos, type Unit,
} from '../engine';
import { AiClient } from './ai-client';
import type { ThreatTile } from './ai-worker';
import type { BattleScene, MapOverlays } from './battle-scene';
import { BattleHud, type AbilityButton } from './battle-hud';
import type { BattleSession } from './battle-session';
import { saveSettings, storeBattleSave, type Settings } from './browser-storage';
import { EventAnimator } from './event-animator';
import { abilityDetail, previewLines } from './preview-text';
import { cssColor } from './side-style';
import { sounds } from './sound-effects';
import { areaMarks } from './area-marks';
import { forcesLegend, objectiveLines, unitCard } from './hud-content';
import { handleBattleKey } from './battle-keys';

type Reach = { to: Pos; cost: number; path: Pos[] };
const same = (a: Pos, b: Pos) => a.x === b.x && a.y === b.y;
const MAX_AI_ACTIONS_PER_TURN = 400;

export interface BattleCallbacks {
  exit(): void;
  ended(session: BattleSession): void;
}

export class BattleController {
  busy = true;
  private ai = new AiClient();
  private hud: BattleHud;
  private animator: EventAnimator;
  private selected: string | null = null;
  private ability: string | null = null;
  private legal: Action[] = [];
  private reach: Reach[] = [];
  private hover: Pos | null = null;
  private threatsAvailable = false;
  private threatsOn = false;
  private threatTiles: ThreatTile[] | null = null;
  private hint: { from: Pos; to: Pos } | null = null;
  private disposed = false;
  private keyHandler = (e: KeyboardEvent) => this.onKey(e);

  constructor(private scene: BattleScene, readonly session: BattleSession, private settings: Settings, private callbacks: BattleCallbacks) {
    this.animator = new EventAnimator(scene);
    this.animator.speed = settings.speed;
    this.hud = new BattleHud({
      ability: (id) => this.chooseAbility(id), endTurn: () => this.endTurn(), undo: () => this.undo(), hint: () => void this.showHint(),
      threats: () => void this.toggleThreats(), speed: () => this.cycleSpeed(), mute: () => this.toggleMute(),
      skip: () => (this.animator.skipping = true), menu: () => this.callbacks.exit(), nextUnit: () => this.nextUnit(),
    });
  }

  get state(): GameState {
    return this.session.state;
  }

  get ready(): boolean {
    return !this.busy && !this.disposed && this.isHuman(this.state.side) && !this.state.result;
  }

  async start(hudParent: HTMLElement, resumed: boolean) {
    hudParent.append(this.hud.root);
    this.scene.setHandlers({ tileClicked: (t, touch) => this.tileClicked(t, touch), tileHovered: (t) => this.tileHovered(t), cancelled: () => this.cancel() });
    this.scene.showBattle(this.state, areaMarks(this.state));
    window.addEventListener('keydown', this.keyHandler);
    if (!resumed) for (const e of this.session.openingEvents) this.announce(e);
    else this.hud.pushMessage('Battle resumed from the autosave.', 'System');
    this.threatsAvailable = true;
    this.busy = false;
    this.refresh();
    if (this.state.result) return this.finish(); // a save of a finished battle: straight to its result
    await this.continueIfAiTurn();
  }

  dispose() {
    this.disposed = true;
    this.ai.dispose();
    window.removeEventListener('keydown', this.keyHandler);
    this.hud.root.remove();
  }

  // --- whose turn ----------------------------------------------------------------------------

  private isHuman(side: string): boolean {
    const sides = this.state.scenario.sides;
    const def = sides.find((s) => s.id === side);
    return def ? (def.playable ?? sides[0].id === side) : false;
  }

  /** The side the player controls (the first playable one), for the threat overlay. */
  private humanSide(): string {
    return this.state.scenario.sides.find((s) => this.isHuman(s.id))?.id ?? this.state.scenario.sides[0].id;
  }

  private myUnits(): Unit[] {
    return standingUnits(this.state).filter((u) => u.side === this.state.side && !unitTypeOf(this.state, u).structure);
  }

  // --- selection -----------------------------------------------------------------------------

  private select(unitId: string | null) {
    this.selected = unitId;
    this.ability = null;
    this.hint = null;
    this.legal = unitId ? legalActions(this.state, unitId) : [];
    const dests = this.legal.filter((a): a is Extract<Action, { type: 'move' }> => a.type === 'move');
    this.reach = unitId && dests.length ? reachableTiles(this.state, unitId).filter((r) => dests.some((d) => same(d.to, r.to))) : [];
    if (unitId) sounds.play('select');
    this.refresh();
  }

  private targetsOf(abilityId: string): Pos[] {
    return this.legal.flatMap((a) => (a.type === 'ability' && a.ability === abilityId ? [a.target] : []));
  }

  private chooseAbility(id: string) {
    if (!this.ready || !this.selected) return;
    if (this.targetsOf(id).length === 0) {
      sounds.play('error');
      return;
    }
    this.ability = this.ability === id ? null : id;
    sounds.play('click');
    this.refresh();
  }

  private cancel() {
    if (this.ability) this.ability = null;
    else this.selected = null;
    this.hint = null;
    this.refresh();
  }

  private nextUnit() {
    if (!this.ready) return;
    const units = this.myUnits().filter((u) => legalActions(this.state, u.id).length > 0);
    if (!units.length) return;
    const i = units.findIndex((u) => u.id === this.selected);
    const next = units[(i + 1) % units.length];
    this.select(next.id);
    this.scene.centreOn(next.x * 48 + 24, next.y * 48 + 24);
  }

  /** The ability a click on this tile would use: the chosen one, else the first that can target it. */
  private abilityFor(tile: Pos): string | null {
    if (this.ability) return this.targetsOf(this.ability).some((t) => same(t, tile)) ? this.ability : null;
    const target = unitAt(this.state, tile.x, tile.y);
    if (!target || target.side === this.state.side) return null;
    const hit = this.legal.find((a) => a.type === 'ability' && same(a.target, tile));
    return hit && hit.type === 'ability' ? hit.ability : null;
  }

  private tileClicked(tile: Pos, touch = false) {
    if (!this.ready) return;
    const unit = unitAt(this.state, tile.x, tile.y);
    const abilityId = this.selected ? this.abilityFor(tile) : null;
    const previewed = this.hover !== null && same(this.hover, tile);
    if (touch && !previewed && this.selected && (abilityId || this.reach.some((r) => same(r.to, tile)))) {
      // A finger cannot hover: the first tap shows the path or the outcome, a second tap commits.
      this.tileHovered(tile);
      return;
    }
    if (this.selected && abilityId) {
      void this.perform({ type: 'ability', unit: this.selected, ability: abilityId, target: tile });
    } else if (unit && unit.side === this.state.side) {
      if (unit.id !== this.selected || this.ability) this.select(unit.id);
    } else if (this.selected && !this.ability && this.reach.some((r) => same(r.to, tile))) {
      void this.perform({ type: 'move', unit: this.selected, to: tile });
    } else if (this.ability) {
      this.ability = null;
      this.refresh();
    } else {
      this.select(null);
    }
  }

  private tileHovered(tile: Pos | null) {
    this.hover = tile;
    this.refresh();
  }

  // --- acting --------------------------------------------------------------------------------

  private async perform(action: Action) {
    if (!this.ready) return;
    this.busy = true;
    this.hint = null;
    const keep = action.type === 'endTurn' ? null : action.unit;
    await this.applyAndShow(action);
    const unit = keep ? unitById(this.state, keep) : undefined;
    this.busy = false;
    if (unit && unit.out === null && unit.ap > 0 && this.isHuman(this.state.side)) this.select(unit.id);
    else this.select(null);
    if (this.state.result) return this.finish();
    await this.continueIfAiTurn();
  }

  /**
   * Applies the action, then (while `whileAnimating` runs, e.g. the AI thinking about its next move)
   * plays its events and syncs the map. False when the engine refused the action.
   */
  private async applyAndShow(action: Action, whileAnimating?: () => void): Promise<boolean> {
    const result = this.session.apply(action);
    if (!result.ok) {
      sounds.play('error');
      this.hud.pushMessage(`That action was refused (${result.message}).`, 'System');
      return false;
    }
    storeBattleSave(this.session.setup, this.session.actions);
    whileAnimating?.();
    this.refresh();
    await this.animator.play(result.events, this.state, (e) => this.announce(e));
    if (this.disposed) return true;
    this.scene.sync(this.state);
    if (this.threatsOn && this.isHuman(this.state.side)) this.threatTiles = await this.ai.threats(this.state, this.state.side);
    this.refresh();
    return true;
  }

  private endTurn() {
    if (!this.ready) return;
    void this.perform({ type: 'endTurn' });
  }

  private undo() {
    if (!this.ready || !this.session.canUndo) return;
    this.session.undo();
    storeBattleSave(this.session.setup, this.session.actions);
    this.scene.sync(this.state);
    sounds.play('click');
    const last = this.selected;
    this.select(last && unitById(this.state, last)?.out === null ? last : null);
  }

  private aiTurnGoesOn(): boolean {
    return !this.disposed && !this.state.result && !this.isHuman(this.state.side);
  }

  private askAi(): Promise<Action> {
    return this.ai.choose(this.state, this.session.setup.difficulty, this.session.setup.seed);
  }

  /** Plays the AI sides until a human side is to move; the AI thinks about each next action while the last one animates. */
  private async continueIfAiTurn() {
    if (!this.aiTurnGoesOn()) return;
    this.busy = true;
    this.select(null);
    let count = 0;
    let next: Promise<Action> | null = this.askAi();
    while (next && this.aiTurnGoesOn()) {
      let action = await next;
      next = null;
      if (this.disposed) return;
      if (++count > MAX_AI_ACTIONS_PER_TURN) action = { type: 'endTurn' };
      const applied = await this.applyAndShow(action, () => {
        if (this.aiTurnGoesOn()) next = this.askAi();
      });
      if (!applied) {
        await this.applyAndShow({ type: 'endTurn' });
        if (this.aiTurnGoesOn()) next = this.askAi();
      }
    }
    this.animator.skipping = false;
    this.busy = false;
    this.refresh();
    if (this.state.result) this.finish();
  }

  private finish() {
    this.busy = true;
    this.refresh();
    const won = this.isHuman(this.state.result?.winner ?? '');
    sounds.play(won ? 'victory' : 'loss');
    window.setTimeout(() => !this.disposed && this.callbacks.ended(this.session), 900 / this.settings.speed);
  }

  private announce(e: GameEvent) {
    if (e.type === 'message') this.hud.pushMessage(e.text, e.speaker);
    else if (e.type === 'objectiveChanged') {
      const o = objectiveList(this.state).find((x) => x.id === e.objective);
      if (o && e.status !== 'active') this.hud.pushMessage(`${o.text}: ${e.status === 'met' ? 'complete' : e.status}`, 'Objective');
      else if (o) this.hud.pushMessage(`New objective: ${o.text}`, 'Objective');
    } else if (e.type === 'turnStarted') {
      const side = this.state.scenario.sides.find((s) => s.id === e.side);
      this.hud.showBanner(`${side?.name ?? e.side} — turn ${e.turn}`, this.scene.sideColorCss(e.side));
    }
  }

  // --- help ----------------------------------------------------------------------------------

  private async showHint() {
    if (!this.ready) return;
    this.busy = true;
    this.refresh();
    const action = await this.ai.choose(this.state, 'hard', `${this.session.setup.seed}:hint`);
    this.busy = false;
    if (action.type === 'endTurn') {
      this.hud.pushMessage('Suggestion: end the turn.', 'Hint');
      this.hint = null;
    } else {
      const unit = unitById(this.state, action.unit)!;
      const to = action.type === 'move' ? action.to : action.target;
      const what = action.type === 'move' ? `move ${unit.name} to ${to.x},${to.y}` : `${unit.name}: ${unitTypeOf(this.state, unit).abilities.find((a) => a.id === action.ability)?.name ?? action.ability} at ${to.x},${to.y}`;
      this.hud.pushMessage(`Suggestion: ${what}.`, 'Hint');
      this.select(unit.id);
      if (action.type === 'ability') this.ability = action.ability;
      this.hint = { from: { x: unit.x, y: unit.y }, to };
    }
    this.refresh();
  }

  private async toggleThreats() {
    if (!this.threatsAvailable) return;
    this.threatsOn = !this.threatsOn;
    this.threatTiles = this.threatsOn ? await this.ai.threats(this.state, this.humanSide()) : null;
    this.refresh();
  }

  private cycleSpeed() {
    this.settings.speed = this.settings.speed === 1 ? 2 : this.settings.speed === 2 ? 4 : 1;
    this.animator.speed = this.settings.speed;
    saveSettings(this.settings);
    this.refresh();
  }

  private toggleMute() {
    this.settings.muted = !this.settings.muted;
    sounds.muted = this.settings.muted;
    saveSettings(this.settings);
    this.refresh();
  }

  private onKey(e: KeyboardEvent) {
    handleBattleKey(e, {
      nextUnit: () => this.nextUnit(),
      ability: (slot) => {
        const unit = this.selected ? unitById(this.state, this.selected) : undefined;
        const a = unit && unitTypeOf(this.state, unit).abilities[slot];
        if (a) this.chooseAbility(a.id);
      },
      endTurn: () => this.endTurn(), undo: () => this.undo(), hint: () => void this.showHint(), threats: () => void this.toggleThreats(),
      cancel: () => this.cancel(), skip: () => this.busy && (this.animator.skipping = true),
      pan: (dx, dy) => this.scene.panBy(dx, dy), zoom: (f) => this.scene.zoomBy(f),
    });
  }

  // --- drawing the HUD and overlays ------------------------------------------------------------

  private refresh() {
    if (this.disposed) return;
    const state = this.state;
    const human = this.isHuman(state.side);
    const sideDef = state.scenario.sides.find((s) => s.id === state.side);
    const style = this.scene.styles.get(state.side);
    this.hud.setHeader(state.scenario.name, state.turn, state.scenario.turnLimit, sideDef?.name ?? state.side, cssColor(style?.color ?? 0xffffff), style?.shape ?? 'circle', human);
    this.hud.setObjectives(objectiveLines(state));
    this.hud.setLegend(forcesLegend(state, this.scene.styles));
    this.refreshUnitCard();
    this.hud.setButtons({
      canUndo: this.session.canUndo && human, canEndTurn: human && !state.result, busy: this.busy, over: state.result !== null, threatsAvailable: this.threatsAvailable,
      threatsOn: this.threatsOn, speed: this.settings.speed, muted: this.settings.muted,
    });
    this.refreshOverlays();
  }

  private refreshUnitCard() {
    const focus = this.selected ?? (this.hover ? unitAt(this.state, this.hover.x, this.hover.y)?.id : undefined);
    const unit = focus ? unitById(this.state, focus) : undefined;
    if (!unit || unit.out !== null) return this.hud.setUnit(null, []);
    const type = unitTypeOf(this.state, unit);
    const style = this.scene.styles.get(unit.side);
    const own = unit.id === this.selected;
    const abilities: AbilityButton[] = own ? type.abilities.map((a) => ({
      id: a.id, name: a.name, description: a.description, detail: abilityDetail(a), cooldown: unit.cooldowns[a.id] ?? 0,
      usable: this.targetsOf(a.id).length > 0, selected: this.ability === a.id,
    })) : [];
    this.hud.setUnit(unitCard(this.state, unit, style, own), abilities);
  }

  private refreshOverlays() {
    const o: MapOverlays = { threats: this.threatsOn ? this.threatTiles : null, hint: this.hint };
    const unit = this.selected ? unitById(this.state, this.selected) : undefined;
    let previewAction: Action | null = null;
    if (unit && this.ready) {
      o.selected = { x: unit.x, y: unit.y };
      if (this.ability) o.targets = this.targetsOf(this.ability);
      else {
        o.reachable = this.reach.map((r) => r.to);
        // Without a chosen ability, mark only enemies a click would strike (see abilityFor).
        o.targets = this.legal.flatMap((a) => {
          const target = a.type === 'ability' ? unitAt(this.state, a.target.x, a.target.y) : undefined;
          return a.type === 'ability' && target && target.side !== this.state.side ? [a.target] : [];
        });
      }
      const h = this.hover;
      const abilityId = h ? this.abilityFor(h) : null;
      if (h && abilityId) {
        o.area = abilityTiles(this.state, unit.id, abilityId, h);
        previewAction = { type: 'ability', unit: unit.id, ability: abilityId, target: h };
      } else if (h && !this.ability) {
        const r = this.reach.find((x) => same(x.to, h));
        if (r) {
          o.path = r.path;
          o.pathCost = r.cost;
        }
      }
    }
    this.showPreview(previewAction, o);
    this.scene.setOverlays(this.state, o);
  }

  private showPreview(action: Action | null, o: MapOverlays) {
    if (!action || action.type !== 'ability' || !this.hover) return this.hud.showPreview('', [], null);
    const result = preview(this.state, action);
    if (!result.ok) return this.hud.showPreview('', [], null);
    o.pushes = result.preview.targets.flatMap((t) => {
      const u = unitById(this.state, t.unit);
      return t.push && u ? [{ from: { x: u.x, y: u.y }, to: t.push.to, lethal: t.push.lethal }] : [];
    });
    const caster = unitById(this.state, action.unit)!;
    const name = unitTypeOf(this.state, caster).abilities.find((a) => a.id === action.ability)?.name ?? action.ability;
    const canvas = this.scene.game.canvas.getBoundingClientRect();
    const p = this.scene.tileToScreen(this.hover.x, this.hover.y);
    this.hud.showPreview(name, previewLines(this.state, result.preview), { x: canvas.left + p.x, y: canvas.top + p.y });
  }
}
