// The "Load a scenario" screen: a file picker and a drop zone, the errors of a broken file (each with
// its line and column, as text), and the library of kept mods to play or remove.
import type { ScenarioError } from '../scenario';
import { button, el } from './dom';
import './mod-screen.css';
import { listMods, MAX_MOD_BYTES, type StoredMod } from './mod-library';

export interface ModProblem {
  /** One line on what went wrong ("broken.json has 3 problems"). */
  message: string;
  errors: ScenarioError[];
}

export interface ModScreenActions {
  back(): void;
  /** Files chosen in the picker or dropped on the screen. */
  load(files: File[]): void;
  play(mod: StoredMod): void;
  remove(mod: StoredMod): void;
}

export function modScreen(actions: ModScreenActions, problems: ModProblem[], notices: string[]): HTMLElement {
  const root = el('div', 'screen mod-screen', undefined, { 'data-test': 'mod-screen' });
  const header = el('div', 'campaign-header');
  header.append(button('menu-btn secondary small', '◂ Title', actions.back), el('h1', '', 'Load a scenario'));
  root.append(header);
  const body = el('div', 'mod-columns');
  body.append(loadPanel(actions, problems, notices), libraryPanel(actions));
  root.append(body);
  // A file dropped anywhere on this screen is a mod; elsewhere in the game a drop opens a replay, so
  // the drop stops here.
  root.addEventListener('dragover', (event) => event.preventDefault());
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) actions.load(files);
  });
  return root;
}

function loadPanel(actions: ModScreenActions, problems: ModProblem[], notices: string[]): HTMLElement {
  const panel = el('div', 'panel mod-load');
  const input = el('input', 'mod-file-input', undefined, { type: 'file', multiple: '', accept: '.json,.tmj,application/json', 'data-test': 'mod-file' });
  input.addEventListener('change', () => {
    if (input.files?.length) actions.load([...input.files]);
    input.value = '';
  });
  const drop = el('div', 'mod-drop', undefined, { 'data-test': 'mod-drop' });
  drop.append(
    el('p', '', 'Drop a scenario file here (with the Tiled .tmj maps it names), or'),
    button('menu-btn primary', 'Choose files…', () => input.click(), { 'data-test': 'mod-choose' }),
    input,
    el('p', 'meta', `A mod is data: nothing in it runs. Up to ${MAX_MOD_BYTES / 1024} KB. Write one with docs/MODDING.md, check it with "npx ultron validate".`),
  );
  for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, () => drop.classList.add('hover'));
  for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('hover'));
  panel.append(el('h2', '', 'From a file'), drop);
  for (const notice of notices) panel.append(el('div', 'notice mod-notice', notice));
  for (const problem of problems) panel.append(errorView(problem));
  return panel;
}

/** A broken file's problems: where (line, column, JSON path) and what, all as plain text. */
export function errorView(problem: ModProblem): HTMLElement {
  const box = el('div', 'mod-errors', undefined, { 'data-test': 'mod-errors', role: 'alert' });
  box.append(el('p', 'error-title', `${problem.message}. It was not loaded; nothing else changed.`));
  if (problem.errors.length) {
    const list = el('ul', 'error-list');
    for (const e of problem.errors.slice(0, 50)) {
      const item = el('li', 'mod-error');
      item.append(
        el('span', 'mod-error-place', e.line > 0 ? `line ${e.line}, column ${e.column}` : 'file'),
        el('span', 'mod-error-path', e.path),
        el('span', 'mod-error-message', e.message),
      );
      list.append(item);
    }
    if (problem.errors.length > 50) list.append(el('li', 'meta', `and ${problem.errors.length - 50} more`));
    box.append(list);
  }
  return box;
}

function libraryPanel(actions: ModScreenActions): HTMLElement {
  const panel = el('div', 'panel mod-library', undefined, { 'data-test': 'mod-library' });
  const { mods, discarded } = listMods();
  panel.append(el('h2', '', `Your mods (${mods.length})`));
  for (const id of discarded) panel.append(el('div', 'notice', `The stored mod "${id}" could not be read and was removed; nothing else was touched.`));
  if (mods.length === 0) panel.append(el('p', 'meta', 'Mods you load are kept here, in this browser, until you remove them.'));
  const list = el('ul', 'mod-list');
  for (const mod of mods) {
    const item = el('li', 'mod-item', undefined, { 'data-mod': mod.id });
    const text = el('div', 'mod-item-text');
    text.append(el('span', 'mod-name', mod.name), el('span', 'meta', `${mod.source} · ${mod.id}`));
    item.append(
      text,
      button('menu-btn primary small', 'Play', () => actions.play(mod), { 'data-test': 'play-mod' }),
      button('menu-btn secondary small', 'Remove', () => actions.remove(mod), { 'data-test': 'remove-mod' }),
    );
    list.append(item);
  }
  panel.append(list);
  return panel;
}
