// The screens around the battles, in DOM over the backdrop: title, campaign (story order, briefing,
// difficulty, unlocks) and the victory or defeat screen with the debrief and the match's figures.
import { objectiveList, terrainAt, elevationAt, createGame, type GameState, type Scenario, type Terrain } from '../engine';
import { DIFFICULTIES, type BattleSession, type Difficulty } from './battle-session';
import { loadBattleSave, loadProgress, type Settings } from './browser-storage';
import { button, el } from './dom';
import type { CatalogEntry } from './scenario-catalog';

export interface CampaignChoice { entry: CatalogEntry; difficulty: Difficulty; resume: boolean }

export interface ResumeOffer { name: string; onResume(): void }

export function titleScreen(onCampaign: () => void, onToggleSound: () => void, settings: Settings, notices: string[], resume: ResumeOffer | null, onMods?: () => void): HTMLElement {
  const root = el('div', 'screen title-screen');
  const logo = el('div', 'logo');
  logo.append(el('div', 'logo-kicker', 'The Avengers vs. a rogue AI'), el('h1', 'logo-title', 'Ultron Offensive'), el('div', 'logo-sub', 'A turn-based tactics campaign in six battles'));
  const menu = el('div', 'title-menu');
  const sound = button('menu-btn secondary', settings.muted ? 'Sound: off' : 'Sound: on', () => {
    onToggleSound();
    sound.textContent = settings.muted ? 'Sound: off' : 'Sound: on';
  });
  if (resume) menu.append(button('menu-btn primary', `Continue: ${resume.name}`, resume.onResume, { 'data-test': 'resume' }));
  menu.append(button(`menu-btn ${resume ? 'secondary' : 'primary'}`, 'Play the campaign', onCampaign, { 'data-test': 'play' }), sound);
  if (onMods) menu.insertBefore(button('menu-btn secondary', 'Load a scenario', onMods, { 'data-test': 'mods' }), sound);
  root.append(logo, menu);
  for (const notice of notices) root.append(el('div', 'notice', notice));
  root.append(el('div', 'title-foot', 'Mouse or touch to play · Tab next unit · 1–4 abilities · E end turn · Z undo · H hint · T threats · Esc cancel'));
  return root;
}

const MINIMAP: Record<Terrain, string> = {
  open: '#3a4350', rough: '#4d4a3d', 'low-cover': '#8c7f63', 'high-cover': '#9aa5b1', wall: '#1d2025',
  water: '#1d4f7a', chasm: '#000000', building: '#5d6f86', debris: '#6b5d4f',
};

function minimap(scenario: Scenario): HTMLCanvasElement {
  const state = createGame(scenario, 1);
  const { width, height } = scenario.map;
  const cell = Math.max(3, Math.floor(Math.min(300 / width, 200 / height)));
  const canvas = el('canvas', 'minimap', undefined, { width: String(width * cell), height: String(height * cell) });
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      ctx.fillStyle = MINIMAP[terrainAt(state, x, y)];
      ctx.fillRect(x * cell, y * cell, cell, cell);
      const level = elevationAt(state, x, y);
      if (level) {
        ctx.fillStyle = `rgba(255,255,255,${level * 0.08})`;
        ctx.fillRect(x * cell, y * cell, cell, cell);
      }
    }
  }
  const colors = ['#3b82f6', '#e5484d', '#a855f7', '#f5c542', '#22a06b'];
  for (const u of scenario.units) {
    const i = scenario.sides.findIndex((s) => s.id === u.side);
    ctx.fillStyle = colors[i % colors.length];
    ctx.beginPath();
    ctx.arc(u.x * cell + cell / 2, u.y * cell + cell / 2, Math.max(1.5, cell * 0.42), 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas;
}

function briefing(entry: CatalogEntry, settings: Settings, locked: boolean, onStart: (c: CampaignChoice) => void): HTMLElement {
  const panel = el('div', 'briefing panel');
  panel.append(el('h2', '', entry.name));
  if (!entry.scenario) {
    panel.append(el('p', 'error-title', 'This scenario file has problems and cannot be played:'));
    const list = el('ul', 'error-list');
    list.append(...entry.errors.slice(0, 30).map((e) => el('li', '', e)));
    panel.append(list);
    return panel;
  }
  const s = entry.scenario;
  const body = el('div', 'briefing-body');
  const text = el('div', 'briefing-text');
  for (const para of s.briefing.split(/\n+/)) text.append(el('p', '', para));
  const objectives = el('ul', 'briefing-objectives');
  const state = createGame(s, 1);
  objectives.append(...objectiveList(state).filter((o) => o.status !== 'inactive').map((o) => el('li', o.primary ? '' : 'optional', `${o.text}${o.primary ? '' : ' (optional)'}`)));
  text.append(el('h3', '', 'Objectives'), objectives, el('p', 'meta', `${s.map.width}×${s.map.height} map · ${s.turnLimit} turns · ${s.units.length} units`));
  body.append(text, minimap(s));
  panel.append(body);

  const controls = el('div', 'briefing-controls');
  const picker = el('div', 'difficulty');
  let difficulty = settings.difficulty;
  const buttons = DIFFICULTIES.map((d) => {
    const b = button(`diff-btn${d === difficulty ? ' selected' : ''}`, d[0].toUpperCase() + d.slice(1), () => {
      difficulty = d;
      settings.difficulty = d;
      buttons.forEach((x) => x.classList.toggle('selected', x === b));
    }, { 'data-difficulty': d });
    return b;
  });
  picker.append(el('span', 'label', 'Difficulty'), ...buttons);
  controls.append(picker);
  const save = loadBattleSave(entry.id);
  if (locked) controls.append(el('div', 'locked-note', 'Win the previous battle to unlock this one.'));
  else {
    if (save.kind === 'ok') {
      controls.append(button('menu-btn secondary', `Continue (turn saved, ${save.save.difficulty})`, () => onStart({ entry, difficulty: save.save.difficulty, resume: true }), { 'data-test': 'continue' }));
    }
    controls.append(button('menu-btn primary', save.kind === 'ok' ? 'Start over' : 'Start battle', () => onStart({ entry, difficulty, resume: false }), { 'data-test': 'start' }));
  }
  if (save.kind === 'corrupt') controls.append(el('div', 'notice', save.message));
  panel.append(controls);
  return panel;
}

export function campaignScreen(entries: CatalogEntry[], settings: Settings, onStart: (c: CampaignChoice) => void, onBack: () => void, preselect?: string): HTMLElement {
  const root = el('div', 'screen campaign-screen');
  const progress = loadProgress();
  const header = el('div', 'campaign-header');
  header.append(button('menu-btn secondary small', '◂ Title', onBack), el('h1', '', 'Campaign'), el('div', 'campaign-progress', `${entries.filter((e) => progress.won[e.id]).length} of ${entries.length} battles won`));
  const list = el('ol', 'scenario-list');
  const detail = el('div', 'scenario-detail');
  const lockedAt = (i: number) => i > 0 && !progress.won[entries[i - 1].id] && loadBattleSave(entries[i].id).kind !== 'ok';
  const show = (i: number) => {
    list.querySelectorAll('li').forEach((li, k) => li.classList.toggle('selected', k === i));
    detail.replaceChildren(briefing(entries[i], settings, lockedAt(i), onStart));
  };
  entries.forEach((entry, i) => {
    const li = el('li', `scenario-item${lockedAt(i) ? ' locked' : ''}${progress.won[entry.id] ? ' won' : ''}${entry.scenario ? '' : ' broken'}`, undefined, { 'data-scenario': entry.id });
    const state = progress.won[entry.id] ? `Won (${progress.won[entry.id]})` : lockedAt(i) ? 'Locked' : entry.scenario ? 'Available' : 'Broken file';
    li.append(el('span', 'scenario-index', String(i + 1)), el('span', 'scenario-name', entry.name), el('span', 'scenario-state', state));
    li.addEventListener('click', () => show(i));
    list.append(li);
  });
  root.append(header);
  const columns = el('div', 'campaign-columns');
  columns.append(list, detail);
  root.append(columns);
  if (entries.length === 0) detail.append(el('p', 'notice', 'No campaign scenarios were found in this build.'));
  else {
    const pre = entries.findIndex((e) => e.id === preselect);
    const firstOpen = entries.findIndex((e, i) => !progress.won[e.id] && !lockedAt(i));
    show(pre >= 0 ? pre : firstOpen >= 0 ? firstOpen : 0);
  }
  return root;
}

function figures(state: GameState): [string, string][] {
  const sides = state.scenario.sides;
  const rows: [string, string][] = [['Rounds', String(state.turn)], ['Actions', String(state.actionCount)]];
  for (const side of sides) {
    const standing = state.units.filter((u) => u.side === side.id && u.out === null).length;
    rows.push([`${side.name}: lost / standing`, `${state.stats.losses[side.id] ?? 0} / ${standing}`]);
    if (state.stats.evacuated[side.id]) rows.push([`${side.name}: evacuated`, String(state.stats.evacuated[side.id])]);
  }
  rows.push(['Terrain wrecked', String(state.stats.terrainWrecked)]);
  return rows;
}

export function resultScreen(session: BattleSession, won: boolean, next: CatalogEntry | null, actions: { next(): void; retry(): void; campaign(): void }): HTMLElement {
  const state = session.state;
  const root = el('div', `screen result-screen ${won ? 'victory' : 'defeat'}`);
  const card = el('div', 'result-card panel');
  card.append(el('div', 'result-kicker', state.scenario.name), el('h1', 'result-title', won ? 'Victory' : 'Defeat'));
  if (state.result?.reason) card.append(el('p', 'result-reason', state.result.reason));
  card.append(el('p', 'debrief', won ? state.scenario.debrief.victory : state.scenario.debrief.defeat));
  const objectives = el('ul', 'result-objectives');
  objectives.append(...objectiveList(state).filter((o) => o.status !== 'inactive').map((o) => el('li', `objective ${o.status}`, `${o.status === 'met' ? '✔' : o.status === 'failed' ? '✖' : '◇'} ${o.text}`)));
  const table = el('table', 'figures');
  for (const [k, v] of figures(state)) {
    const tr = el('tr');
    tr.append(el('th', '', k), el('td', '', v));
    table.append(tr);
  }
  card.append(el('h3', '', 'Objectives'), objectives, el('h3', '', 'Figures'), table);
  card.append(el('div', 'meta', `Difficulty ${session.setup.difficulty} · seed ${session.setup.seed}`));
  const row = el('div', 'result-buttons');
  if (won && next) row.append(button('menu-btn primary', `Next: ${next.name}`, actions.next, { 'data-test': 'next' }));
  row.append(button(`menu-btn ${won && next ? 'secondary' : 'primary'}`, 'Play again', actions.retry, { 'data-test': 'retry' }), button('menu-btn secondary', 'Campaign', actions.campaign, { 'data-test': 'campaign' }));
  card.append(row);
  root.append(card);
  return root;
}
