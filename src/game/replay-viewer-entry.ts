// Where replays enter and leave the browser game: the Download / Open buttons, drag and drop, the
// `#replay=…` link, and the hand-over to a new battle ("take over from here"). Every replay is
// verified before it is shown; one that fails shows the verifier's own message instead.
import type * as Phaser from 'phaser';
import type { Scenario } from '../engine';
import { decodeReplay, decodeReplayLink, encodeReplay, encodeReplayLink, LINK_PREFIX, recordReplay, verifyReplay, type Replay } from '../replay';
import type { BattleScene } from './battle-scene';
import { DIFFICULTIES, type BattleSession, type BattleSetup, type Difficulty } from './battle-session';
import { loadBattleSave, storeBattleSave } from './browser-storage';
import { button, el } from './dom';
import { replayErrorPanel } from './replay-viewer-panel';
import { unrollReplay } from './replay-viewer-timeline';
import { ReplayViewer, verdictLine } from './replay-viewer';
import { findScenario } from './scenario-catalog';

export interface ReplayHost {
  game: Phaser.Game;
  ui: HTMLElement;
  battleScene(): BattleScene;
  /** Ends any battle and shows the backdrop. */
  leaveBattle(): void;
  showScreen(node: HTMLElement | null): void;
  showTitle(notices?: string[]): void;
  currentSession(): BattleSession | null;
  /** Starts the battle `setup` from its autosave. */
  resumeBattle(setup: BattleSetup): void;
  difficulty(): Difficulty;
}

export interface ReplayHooks {
  readonly open: boolean;
  readonly index: number;
  readonly total: number;
  readonly busy: boolean;
  readonly playing: boolean;
  readonly error: string | null;
  hash(): string | null;
}

declare global {
  interface Window { __ultronReplay: ReplayHooks }
}

/** The scenario of this game a replay was recorded on, if it is here with the same content. */
function catalogScenario(replay: Replay): Scenario | null {
  const scenario = findScenario(replay.scenario.id)?.scenario ?? null;
  return scenario && verifyScenarioHash(scenario, replay) ? scenario : null;
}

function verifyScenarioHash(scenario: Scenario, replay: Replay): boolean {
  return verifyReplay({ ...replay, actions: [], checkpoints: [], result: null }, { scenario }).ok;
}

/** The replay of a battle in progress or just finished: every action, the AI's included. */
export function sessionReplay(session: BattleSession): Replay | string {
  const sides = session.scenario.sides;
  const human = (id: string) => sides.find((s) => s.id === id)?.playable ?? sides[0].id === id;
  const controllers = Object.fromEntries(sides.map((s) => [s.id, human(s.id) ? 'human' : session.setup.difficulty]));
  const recorded = recordReplay(session.scenario, session.setup.seed, session.actions, { difficulty: session.setup.difficulty, controllers });
  return recorded.ok ? recorded.replay : `the battle's own actions do not replay (${recorded.message})`;
}

function saveFile(name: string, text: string) {
  const link = el('a', '', undefined, { download: name, href: URL.createObjectURL(new Blob([text], { type: 'application/json' })) });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function toast(ui: HTMLElement, text: string) {
  const node = el('div', 'notice floating', text, { 'data-testid': 'replay-notice' });
  ui.append(node);
  window.setTimeout(() => node.remove(), 6000);
}

export function installReplayTools(host: ReplayHost): { openFromLocation(): boolean } {
  let viewer: ReplayViewer | null = null;
  let errorNode: HTMLElement | null = null;
  let error: string | null = null;
  let lastSession: BattleSession | null = null;
  const picker = el('input', '', undefined, { type: 'file', accept: '.json,application/json', hidden: '', 'data-testid': 'replay-file' });

  const current = () => {
    lastSession = host.currentSession() ?? lastSession;
    return lastSession;
  };

  function closeViewer() {
    if (viewer) host.battleScene().insets = savedInsets;
    viewer?.dispose();
    viewer = null;
    errorNode?.remove();
    errorNode = null;
    error = null;
  }
  let savedInsets = { left: 12, top: 64, right: 312, bottom: 150 };

  function leaveToTitle() {
    closeViewer();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    host.showTitle();
  }

  function showError(source: string, message: string) {
    closeViewer();
    host.leaveBattle();
    host.showScreen(null);
    error = message;
    errorNode = replayErrorPanel(source, message, leaveToTitle);
    host.ui.append(errorNode);
  }

  async function openReplay(replay: Replay, source: string) {
    closeViewer();
    const verified = verifyReplay(replay);
    if (!verified.ok) return showError(source, verified.error.message);
    host.leaveBattle();
    host.showScreen(null);
    const scene = host.battleScene();
    host.game.scene.stop('backdrop');
    await new Promise<void>((resolve) => {
      scene.events.once('battle-ready', () => resolve());
      host.game.scene.start('battle');
    });
    savedInsets = { ...scene.insets };
    const blocked = catalogScenario(replay) ? null : `"${replay.scenario.id}" is not one of this game's scenarios (or its content differs), so it can be watched but not taken over.`;
    viewer = new ReplayViewer(scene, unrollReplay(replay), {
      takeOver: (r, count) => takeOver(r, count),
      download: (r) => saveFile(`${r.scenario.id}-${r.seed}.replay.json`, encodeReplay(r)),
      copyLink: (r) => void copyLink(r),
      close: leaveToTitle,
      takeOverBlocked: blocked,
    }, verdictLine(replay, verified.value.finalHash, verified.value.engineNote));
    viewer.mount(host.ui);
  }

  async function openText(text: string, source: string) {
    const decoded = decodeReplay(text);
    if (!decoded.ok) return showError(source, decoded.error.message);
    await openReplay(decoded.value, source);
  }

  function takeOver(replay: Replay, count: number) {
    const difficulty = DIFFICULTIES.includes(replay.difficulty as Difficulty) ? (replay.difficulty as Difficulty) : host.difficulty();
    const setup: BattleSetup = { scenarioId: replay.scenario.id, seed: replay.seed, difficulty };
    // The battle starts from its autosave, which is these actions: the same path as a reload.
    storeBattleSave(setup, replay.actions.slice(0, count));
    const stored = loadBattleSave(setup.scenarioId);
    if (stored.kind !== 'ok' || stored.save.actions.length !== count) {
      return toast(host.ui, 'Taking over needs the browser storage to hold the battle, and it could not (storage full or disabled).');
    }
    closeViewer();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    host.resumeBattle(setup);
  }

  async function copyLink(replay: Replay) {
    const fragment = await encodeReplayLink(replay, { embedScenario: catalogScenario(replay) === null });
    history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
    try {
      await navigator.clipboard.writeText(location.href);
      toast(host.ui, `Link copied (${location.href.length} characters).`);
    } catch {
      toast(host.ui, 'The link is in the address bar (the clipboard was not available).');
    }
  }

  function downloadCurrent() {
    const session = current();
    if (!session) return toast(host.ui, 'There is no battle to download yet.');
    const replay = sessionReplay(session);
    if (typeof replay === 'string') return toast(host.ui, `The replay could not be made: ${replay}.`);
    saveFile(`${replay.scenario.id}-${replay.seed}.replay.json`, encodeReplay(replay));
  }

  async function openFile(file: File) {
    await openText(await file.text(), file.name);
  }

  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void openFile(file);
  });
  const tools = el('div', 'replay-tools');
  const download = button('hud-btn', 'Download replay', downloadCurrent, { title: 'Save the current (or last) battle as a replay file', 'data-testid': 'download-replay' });
  tools.append(download, button('hud-btn', 'Open replay…', () => picker.click(), { title: 'Watch a replay file (or drop one on the page)', 'data-testid': 'open-replay' }), picker);
  document.body.append(tools);
  // The viewer has its own Download; elsewhere the button shows whenever there is a battle to save.
  window.setInterval(() => {
    download.hidden = viewer !== null || current() === null;
    tools.hidden = viewer !== null;
  }, 500);

  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) void openFile(file);
  });
  window.addEventListener('hashchange', () => void openFromLink());

  async function openFromLink(): Promise<void> {
    const fragment = location.hash.replace(/^#/, '');
    if (!fragment.startsWith(LINK_PREFIX)) return;
    const decoded = await decodeReplayLink(fragment, (id) => findScenario(id)?.scenario ?? undefined);
    if (!decoded.ok) return showError('the replay link', decoded.error.message);
    await openReplay(decoded.value, 'the replay link');
  }

  window.__ultronReplay = {
    get open() { return viewer !== null; },
    get index() { return viewer?.index ?? -1; },
    get total() { return viewer?.total ?? -1; },
    get busy() { return viewer?.busy ?? false; },
    get playing() { return viewer?.playing ?? false; },
    get error() { return error; },
    hash: () => viewer?.hash() ?? null,
  };

  return {
    openFromLocation() {
      if (!location.hash.replace(/^#/, '').startsWith(LINK_PREFIX)) return false;
      void openFromLink();
      return true;
    },
  };
}
