// The browser game's entry: boots Phaser, moves between the title, the campaign, the battle and
// the result screens, reads ?scenario=&seed=&difficulty=, and exposes window.__ultron for tests.
import * as Phaser from 'phaser';
import { BackdropScene } from './backdrop-scene';
import { BattleController } from './battle-controller';
import { BattleScene } from './battle-scene';
import { BattleSession, DIFFICULTIES, type BattleSetup, type Difficulty } from './battle-session';
import { discardBattleSave, loadBattleSave, loadSettings, recordVictory, saveSettings, storeBattleSave, type SavedBattle } from './browser-storage';
import { campaignScreen, resultScreen, titleScreen, type CampaignChoice, type ResumeOffer } from './menu-screens';
import { campaignEntries, campaignIds, findScenario } from './scenario-catalog';
import { sounds } from './sound-effects';
import { chooseRenderer } from './renderer-choice';
import { installTestHooks } from './test-hooks';
import { modIdOf, modScenarioId, removeMod, storeMod } from './mod-library';
import { acceptMods, modFromUrl, modsFromFiles } from './mod-loader';
import { modScreen, type ModProblem } from './mod-screen';
import { installScenarioHotReload } from './scenario-hot-reload';
import { installReplayTools } from './replay-viewer-entry';
import './styles.css';
import { freezeStates } from '../engine';

// The development server freezes every game state, so a write to a state outside the engine
// throws at once; the built game skips it for speed.
if (import.meta.env.DEV) freezeStates(true);

performance.mark('ultron:script');
const settings = loadSettings();
sounds.muted = settings.muted;
const ui = document.getElementById('ui')!;
let battle: BattleController | null = null;

const renderer = chooseRenderer(window.location.search);
const game = new Phaser.Game({
  type: renderer === 'canvas' ? Phaser.CANVAS : Phaser.WEBGL,
  parent: 'game',
  backgroundColor: '#070a0f',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: [BackdropScene, BattleScene],
  banner: false,
  // The sound effects make their own WebAudio context on first use (sound-effects.ts); Phaser's
  // would be unused, and opening it took 0.4-0.5 s of the main thread in headless Chromium.
  audio: { noAudio: true },
});

function battleScene(): BattleScene {
  return game.scene.getScene('battle') as BattleScene;
}

function setUrl(params: Record<string, string> | null) {
  const url = new URL(window.location.href);
  url.search = params ? new URLSearchParams(params).toString() : '';
  window.history.replaceState(null, '', url);
}

function showScreen(node: HTMLElement | null) {
  ui.querySelectorAll('.screen').forEach((s) => s.remove());
  if (node) ui.append(node);
}

function leaveBattle() {
  battle?.dispose();
  battle = null;
  if (game.scene.isActive('battle')) game.scene.stop('battle');
  if (!game.scene.isActive('backdrop')) game.scene.start('backdrop');
}

function toggleSound() {
  settings.muted = !settings.muted;
  sounds.muted = settings.muted;
  saveSettings(settings);
}

function showTitle(earlier: string[] = []) {
  const notices = [...earlier];
  leaveBattle();
  setUrl(null);
  const resume = latestSave();
  showScreen(titleScreen(() => showCampaign(), toggleSound, settings, notices, resume, () => showMods()));
}

/** Mods: the loader, the errors of a broken file, and the library. */
function showMods(problems: ModProblem[] = [], notices: string[] = []) {
  leaveBattle();
  setUrl(null);
  showScreen(modScreen({
    back: () => showTitle(),
    load: (files) => void loadModFiles(files),
    play: (mod) => void startBattle({ scenarioId: modScenarioId(mod.id), seed: String(Math.floor(Math.random() * 1e9)), difficulty: settings.difficulty }, false),
    remove: (mod) => {
      removeMod(mod.id);
      discardBattleSave(modScenarioId(mod.id));
      showMods([], [`Removed "${mod.name}".`]);
    },
  }, problems, notices));
}

async function loadModFiles(files: File[]) {
  const accepted = acceptMods(await modsFromFiles(files), storeMod);
  showMods(accepted.problems, accepted.notices);
}

/** ?scenario-url=URL: a mod served by this site, kept in the library and started at once. */
async function openModLink(address: string, seed: string, difficulty: Difficulty) {
  const accepted = acceptMods([await modFromUrl(address)], storeMod);
  if (accepted.kept.length === 0) return showMods(accepted.problems, accepted.notices);
  await startBattle({ scenarioId: modScenarioId(accepted.kept[0]), seed, difficulty }, false);
}

/** Back from a battle: mods to the mod screen, the campaign's to the campaign. */
function backToMenu(scenarioId: string) {
  if (modIdOf(scenarioId) !== null) showMods();
  else showCampaign(scenarioId);
}

/** The most recently saved battle in progress, offered on the title screen (unreadable ones are reported by storage-health). */
function latestSave(): ResumeOffer | null {
  let best: SavedBattle | null = null;
  for (const id of campaignIds()) {
    const read = loadBattleSave(id);
    if (read.kind === 'ok' && (!best || read.save.savedAt > best.savedAt)) best = read.save;
  }
  if (!best) return null;
  const { scenarioId, seed, difficulty } = best;
  return { name: findScenario(scenarioId)?.name ?? scenarioId, onResume: () => void startBattle({ scenarioId, seed, difficulty }, true) };
}

function showCampaign(preselect?: string) {
  leaveBattle();
  setUrl(null);
  showScreen(campaignScreen(campaignEntries(), settings, (choice) => startFromCampaign(choice), () => showTitle(), preselect));
}

function startFromCampaign(choice: CampaignChoice) {
  saveSettings(settings);
  sounds.play('click');
  if (choice.resume) {
    const save = loadBattleSave(choice.entry.id);
    if (save.kind === 'ok') return void startBattle({ scenarioId: save.save.scenarioId, seed: save.save.seed, difficulty: save.save.difficulty }, true);
  }
  discardBattleSave(choice.entry.id);
  void startBattle({ scenarioId: choice.entry.id, seed: String(Math.floor(Math.random() * 1e9)), difficulty: choice.difficulty }, false);
}

/** Starts (or, with `resume`, rebuilds from the autosave) a battle; problems go back to a menu with a message. */
async function startBattle(setup: BattleSetup, resume: boolean, earlierNotices: string[] = []) {
  const entry = findScenario(setup.scenarioId);
  if (!entry?.scenario) {
    const why = entry ? `Scenario "${setup.scenarioId}" has errors: ${entry.errors.slice(0, 3).join('; ')}` : `There is no scenario "${setup.scenarioId}".`;
    return modIdOf(setup.scenarioId) !== null ? showMods([], [why]) : showTitle([why]);
  }
  performance.mark('ultron:scenario-parsed');
  let session = BattleSession.start(setup, entry.scenario);
  const notices = [...earlierNotices];
  if (resume) {
    const save = loadBattleSave(setup.scenarioId);
    if (save.kind === 'ok') {
      const rebuilt = BattleSession.replay(setup, entry.scenario, save.save.actions);
      if (rebuilt.ok) session = rebuilt.session;
      else {
        discardBattleSave(setup.scenarioId);
        notices.push(`The saved battle could not be restored (${rebuilt.message}); a new one has started.`);
        resume = false;
      }
    } else resume = false;
  }
  leaveBattle();
  showScreen(null);
  setUrl({ scenario: setup.scenarioId, seed: setup.seed, difficulty: setup.difficulty });
  storeBattleSave(setup, session.actions);
  game.scene.stop('backdrop');
  const scene = battleScene();
  await new Promise<void>((resolve) => {
    scene.events.once('battle-ready', () => resolve());
    game.scene.start('battle');
  });
  performance.mark('ultron:scene-ready');
  battle = new BattleController(scene, session, settings, { exit: () => backToMenu(setup.scenarioId), ended: (s) => showResult(s) });
  for (const n of notices) console.warn(n);
  await battle.start(ui, resume);
  performance.mark('ultron:battle-ready');
  for (const n of notices) battle && ui.append(noticeToast(n));
}

function noticeToast(text: string): HTMLElement {
  const node = document.createElement('div');
  node.className = 'notice floating';
  node.textContent = text;
  window.setTimeout(() => node.remove(), 6000);
  return node;
}

function showResult(session: BattleSession) {
  const state = session.state;
  const sides = state.scenario.sides;
  const winner = state.result?.winner ?? '';
  const won = (sides.find((s) => s.id === winner)?.playable ?? sides[0].id === winner) === true;
  discardBattleSave(session.setup.scenarioId);
  if (won) recordVictory(session.setup.scenarioId, session.setup.difficulty);
  const entries = campaignEntries();
  const index = entries.findIndex((e) => e.id === session.setup.scenarioId);
  const next = index >= 0 ? entries[index + 1] ?? null : null;
  showScreen(resultScreen(session, won, next, {
    next: () => next && void startBattle({ scenarioId: next.id, seed: String(Math.floor(Math.random() * 1e9)), difficulty: session.setup.difficulty }, false),
    retry: () => void startBattle({ ...session.setup, seed: String(Math.floor(Math.random() * 1e9)) }, false),
    campaign: () => backToMenu(session.setup.scenarioId),
  }));
}

/** ?scenario=ID&seed=N&difficulty=LEVEL: straight into that battle, resuming its autosave when it matches. */
function startFromUrl(): boolean {
  const params = new URLSearchParams(window.location.search);
  const modUrl = params.get('scenario-url');
  if (modUrl) {
    const level = params.get('difficulty') as Difficulty | null;
    void openModLink(modUrl, params.get('seed') ?? String(Math.floor(Math.random() * 1e9)), level && DIFFICULTIES.includes(level) ? level : settings.difficulty);
    return true;
  }
  const scenarioId = params.get('scenario');
  if (!scenarioId) return false;
  const level = params.get('difficulty') as Difficulty | null;
  const difficulty: Difficulty = level && DIFFICULTIES.includes(level) ? level : settings.difficulty;
  const seed = params.get('seed') ?? String(Math.floor(Math.random() * 1e9));
  const save = loadBattleSave(scenarioId);
  const resume = save.kind === 'ok' && save.save.seed === seed && save.save.difficulty === difficulty;
  // An unreadable save was already reported by storage-health (browser-storage.ts) when it was read.
  void startBattle({ scenarioId, seed, difficulty }, resume);
  return true;
}

installTestHooks(() => battle, () => battleScene());
installScenarioHotReload(() => battle?.session ?? null, (setup) => void startBattle(setup, true));
const replays = installReplayTools({
  game, ui, battleScene, leaveBattle, showScreen, showTitle, currentSession: () => battle?.session ?? null,
  resumeBattle: (setup) => void startBattle(setup, true), difficulty: () => settings.difficulty,
});
game.events.once('ready', () => {
  performance.mark('ultron:phaser-ready');
  if (!replays.openFromLocation() && !startFromUrl()) showTitle();
});
