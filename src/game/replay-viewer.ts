// The replay viewer: the game's own battle scene in a read-only mode. Clicks on the map do nothing;
// the panel moves a cursor along the replay's timeline. Forward steps play the action's events with
// the game's EventAnimator; backward steps and jumps redraw the stored state at once.
import type { GameEvent } from '../engine';
import { describeResult, type Replay } from '../replay';
import { areaMarks } from './area-marks';
import type { BattleScene } from './battle-scene';
import { EventAnimator } from './event-animator';
import { ReplayPanel } from './replay-viewer-panel';
import { hashAt, indexOfTurn, lastTurn, sideName, type Timeline } from './replay-viewer-timeline';

const SPEEDS = [1, 2, 4, 8] as const;
/** Pause between actions while playing, at speed 1. */
const PLAY_GAP_MS = 450;

export interface ViewerCallbacks {
  takeOver(replay: Replay, actionCount: number): void;
  download(replay: Replay): void;
  copyLink(replay: Replay): void;
  close(): void;
  /** Why taking over is impossible (the scenario is not in this game), or null. */
  takeOverBlocked: string | null;
}

export class ReplayViewer {
  index = 0;
  playing = false;
  busy = false;
  speed: number = 2;
  private animator: EventAnimator;
  private panel: ReplayPanel;
  private disposed = false;
  private keyHandler = (e: KeyboardEvent) => this.onKey(e);

  constructor(private scene: BattleScene, readonly timeline: Timeline, private callbacks: ViewerCallbacks, verdict: string) {
    this.animator = new EventAnimator(scene);
    this.panel = new ReplayPanel({
      playPause: () => this.playPause(),
      step: (d) => void this.step(d),
      jumpToTurn: (t) => this.show(indexOfTurn(this.timeline, t)),
      jumpTo: (i) => this.show(i),
      speed: () => this.cycleSpeed(),
      takeOver: () => this.takeOver(),
      download: () => callbacks.download(timeline.replay),
      copyLink: () => callbacks.copyLink(timeline.replay),
      close: () => callbacks.close(),
    });
    const replay = timeline.replay;
    const who = Object.entries(replay.controllers).map(([side, c]) => `${sideName(timeline.states[0], side)}: ${c}`).join(', ');
    this.panel.setHeader(replay.scenario.content.name, `Seed ${replay.seed}${who ? ` · ${who}` : ''}`, verdict);
    if (callbacks.takeOverBlocked) this.panel.setTakeOverNote(callbacks.takeOverBlocked);
    const opening = timeline.openingEvents.map((e) => this.eventText(e)).filter((t) => t).join(' ');
    this.panel.setLog([`Opening: ${opening || 'the battle begins'}`, ...timeline.steps.map((s, i) => `${i + 1}. ${s.text}`)]);
  }

  get total(): number {
    return this.timeline.steps.length;
  }

  hash(): string {
    return hashAt(this.timeline, this.index);
  }

  mount(parent: HTMLElement) {
    parent.append(this.panel.root);
    // The panel takes the right-hand side; the map frames itself in what is left.
    this.scene.insets = { left: 12, top: 12, right: 364, bottom: 12 };
    this.scene.setHandlers({ tileClicked: () => undefined, tileHovered: () => undefined, cancelled: () => undefined });
    this.scene.showBattle(this.timeline.states[0], areaMarks(this.timeline.states[0]));
    this.scene.setOverlays(this.timeline.states[0], {});
    window.addEventListener('keydown', this.keyHandler);
    this.refresh();
  }

  dispose() {
    this.disposed = true;
    this.playing = false;
    this.animator.skipping = true;
    window.removeEventListener('keydown', this.keyHandler);
    this.panel.root.remove();
  }

  /** Redraws position `index` at once (no animation). */
  show(index: number) {
    if (this.disposed) return;
    this.playing = false;
    this.index = Math.max(0, Math.min(this.total, index));
    this.scene.sync(this.timeline.states[this.index]);
    this.refresh();
  }

  /** One action forward (animated) or back (at once). */
  async step(delta: 1 | -1) {
    if (this.busy || this.disposed) return;
    if (delta < 0) return this.show(this.index - 1);
    if (this.index >= this.total) return;
    this.busy = true;
    this.refresh();
    const step = this.timeline.steps[this.index];
    const after = this.timeline.states[this.index + 1];
    this.animator.speed = this.speed;
    this.animator.skipping = false;
    await this.animator.play(step.events, after, (e) => this.announce(e));
    if (this.disposed) return;
    this.index++;
    this.scene.sync(after);
    this.busy = false;
    this.refresh();
  }

  playPause() {
    if (this.playing) {
      this.playing = false;
      this.refresh();
      return;
    }
    if (this.index >= this.total) this.show(0);
    this.playing = true;
    void this.playLoop();
  }

  private async playLoop() {
    this.refresh();
    while (this.playing && !this.disposed && this.index < this.total) {
      await this.step(1);
      if (!this.playing) break;
      await new Promise((resolve) => window.setTimeout(resolve, PLAY_GAP_MS / this.speed));
    }
    this.playing = false;
    this.refresh();
  }

  private cycleSpeed() {
    const i = SPEEDS.indexOf(this.speed as (typeof SPEEDS)[number]);
    this.speed = SPEEDS[(i + 1) % SPEEDS.length];
    this.animator.speed = this.speed;
    this.refresh();
  }

  private takeOver() {
    if (this.callbacks.takeOverBlocked || this.busy) return;
    this.playing = false;
    this.callbacks.takeOver(this.timeline.replay, this.index);
  }

  private eventText(e: GameEvent): string {
    return e.type === 'message' ? `${e.speaker ? `${e.speaker}: ` : ''}${e.text}` : '';
  }

  /** Messages and outcomes are already in the log; the map's animation is all a step adds. */
  private announce(_e: GameEvent) {}

  private refresh() {
    if (this.disposed) return;
    const state = this.timeline.states[this.index];
    this.panel.setStatus({
      index: this.index, total: this.total, turn: state.turn, lastTurn: lastTurn(this.timeline), sideName: sideName(state, state.side),
      playing: this.playing, speed: this.speed, busy: this.busy, canTakeOver: this.callbacks.takeOverBlocked === null && !state.result,
    });
  }

  private onKey(e: KeyboardEvent) {
    if (e.target instanceof HTMLInputElement) return;
    if (e.key === ' ') {
      e.preventDefault();
      this.playPause();
    } else if (e.key === 'ArrowRight') void this.step(1);
    else if (e.key === 'ArrowLeft') void this.step(-1);
    else if (e.key === '+' || e.key === '=') this.scene.zoomBy(1.15);
    else if (e.key === '-') this.scene.zoomBy(1 / 1.15);
  }
}

/** The line under the title: what verification found. */
export function verdictLine(replay: Replay, finalHash: string, engineNote: string | null): string {
  return `Verified: ${describeResult(replay.result)}, final hash ${finalHash}${engineNote ? ` (${engineNote})` : ''}`;
}
