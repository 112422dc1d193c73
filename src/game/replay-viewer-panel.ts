// The replay viewer's DOM: the controls (play, step, jump to a turn, speed, take over) and the event
// log beside the map. All text goes in through textContent (dom.ts), so a mod's names stay text.
import { button, el } from './dom';
import './replay-viewer.css';

export interface ReplayPanelActions {
  playPause(): void;
  step(delta: 1 | -1): void;
  jumpToTurn(turn: number): void;
  jumpTo(index: number): void;
  speed(): void;
  takeOver(): void;
  download(): void;
  copyLink(): void;
  close(): void;
}

export interface PanelStatus {
  index: number;
  total: number;
  turn: number;
  lastTurn: number;
  sideName: string;
  playing: boolean;
  speed: number;
  busy: boolean;
  canTakeOver: boolean;
}

export class ReplayPanel {
  readonly root = el('div', 'replay-viewer panel', undefined, { 'data-testid': 'replay-viewer' });
  private title = el('div', 'replay-title');
  private meta = el('div', 'replay-meta');
  private verdict = el('div', 'replay-verdict');
  private position = el('div', 'replay-position', '', { 'data-testid': 'replay-position' });
  private turnInput = el('input', 'replay-turn', undefined, { type: 'number', min: '1', 'aria-label': 'Round to jump to' });
  private log = el('ol', 'replay-log', undefined, { 'data-testid': 'replay-log' });
  private entries: HTMLLIElement[] = [];
  private buttons: Record<'play' | 'back' | 'forward' | 'speed' | 'takeOver', HTMLButtonElement>;

  constructor(private actions: ReplayPanelActions) {
    this.buttons = {
      back: button('hud-btn', '◀ Step', () => actions.step(-1), { title: 'One action back (←)', 'data-testid': 'replay-back' }),
      play: button('hud-btn replay-play', 'Play', () => actions.playPause(), { title: 'Play or pause (space)', 'data-testid': 'replay-play' }),
      forward: button('hud-btn', 'Step ▶', () => actions.step(1), { title: 'One action forward (→)', 'data-testid': 'replay-forward' }),
      speed: button('hud-btn', 'Speed 1×', () => actions.speed(), { title: 'Playback speed', 'data-testid': 'replay-speed' }),
      takeOver: button('hud-btn replay-takeover', 'Take over from here', () => actions.takeOver(), {
        title: 'Start a new match from this point, playing the Avengers', 'data-testid': 'replay-takeover',
      }),
    };
    const jump = el('form', 'replay-jump');
    jump.append(el('label', '', 'Round'), this.turnInput, button('hud-btn', 'Go', () => this.submitTurn(), { 'data-testid': 'replay-jump' }));
    jump.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitTurn();
    });
    const transport = el('div', 'replay-transport');
    transport.append(this.buttons.back, this.buttons.play, this.buttons.forward, this.buttons.speed);
    const files = el('div', 'replay-files');
    files.append(
      button('hud-btn', 'Download', () => actions.download(), { title: 'Save this replay as a file', 'data-testid': 'replay-download' }),
      button('hud-btn', 'Copy link', () => actions.copyLink(), { title: 'A link that opens this replay', 'data-testid': 'replay-copy-link' }),
      button('hud-btn', 'Close', () => actions.close(), { 'data-testid': 'replay-close' }),
    );
    this.log.addEventListener('click', (e) => {
      const item = (e.target as HTMLElement).closest('li');
      if (item?.dataset.index) actions.jumpTo(Number(item.dataset.index));
    });
    this.root.append(el('div', 'replay-kicker', 'Replay'), this.title, this.meta, this.verdict, this.position, transport, jump,
      this.buttons.takeOver, el('h3', '', 'Event log'), this.log, files);
  }

  private submitTurn() {
    const turn = Number(this.turnInput.value);
    if (Number.isInteger(turn) && turn > 0) this.actions.jumpToTurn(turn);
  }

  /** Says why "take over" is unavailable, under its button. */
  setTakeOverNote(text: string) {
    this.buttons.takeOver.after(el('div', 'replay-note', text, { 'data-testid': 'replay-takeover-note' }));
  }

  setHeader(title: string, meta: string, verdict: string) {
    this.title.textContent = title;
    this.meta.textContent = meta;
    this.verdict.textContent = verdict;
  }

  /** `lines[0]` describes the opening; lines[i] the i-th action. */
  setLog(lines: string[]) {
    this.log.replaceChildren();
    this.entries = lines.map((text, i) => {
      const item = el('li', 'replay-entry', text, { 'data-index': String(i) });
      this.log.append(item);
      return item;
    });
  }

  setStatus(s: PanelStatus) {
    this.position.textContent = `Action ${s.index} of ${s.total} · round ${s.turn} of ${s.lastTurn} · ${s.sideName}`;
    this.buttons.play.textContent = s.playing ? 'Pause' : 'Play';
    this.buttons.back.disabled = s.index === 0 || s.busy;
    this.buttons.forward.disabled = s.index === s.total || s.busy;
    this.buttons.speed.textContent = `Speed ${s.speed}×`;
    this.buttons.takeOver.disabled = !s.canTakeOver || s.busy;
    this.turnInput.max = String(s.lastTurn);
    if (document.activeElement !== this.turnInput) this.turnInput.value = String(s.turn);
    // Entries after the current point are hidden: the log is the match so far, as it would have been read.
    this.entries.forEach((item, i) => {
      item.hidden = i > s.index;
      item.classList.toggle('current', i === s.index);
    });
    const current = this.entries[s.index];
    if (current) current.scrollIntoView({ block: 'nearest' });
  }
}

/** A panel for a replay that could not be opened: the reason, verbatim, and a way back. */
export function replayErrorPanel(source: string, message: string, close: () => void): HTMLElement {
  const root = el('div', 'replay-error panel', undefined, { 'data-testid': 'replay-error' });
  root.append(
    el('h2', '', 'This replay cannot be played'),
    el('div', 'replay-error-source', source),
    el('pre', 'replay-error-message', message, { 'data-testid': 'replay-error-message' }),
    button('menu-btn small', 'Back', close),
  );
  return root;
}
