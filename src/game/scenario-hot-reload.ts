// Dev mode only (`npm start`): a scenario or Tiled map saved in the editor reloads in the open game.
// The dev server sends the file's new text (scripts/vite-scenario-reload.ts); if it is the open
// battle's, the battle restarts from its own actions on the new file, or the errors are shown and
// the battle goes on as it was.
import { parseScenario } from '../scenario';
import type { BattleSession, BattleSetup } from './battle-session';
import { checkMod, findMod, modIdOf, storeMod, type StoredMod } from './mod-library';
import { errorView, type ModProblem } from './mod-screen';
import { replaceScenarioText } from './scenario-catalog';

export const SCENARIO_CHANGED_EVENT = 'ultron:scenario-changed';

export interface ScenarioChange {
  /** The file's path from the site's root, like /scenarios/seoul.json. */
  path: string;
  text: string;
}

export function installScenarioHotReload(current: () => BattleSession | null, restart: (setup: BattleSetup) => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(SCENARIO_CHANGED_EVENT, (change: ScenarioChange) => {
    const session = current();
    if (!session) return;
    const problem = reloadInto(session.setup.scenarioId, change);
    if (problem === null) return;
    if (problem === 'ok') return restart(session.setup);
    showProblem(problem);
  });
}

/** 'ok' when the open battle's scenario took the change, a problem when it is broken, null when not ours. */
export function reloadInto(scenarioId: string, change: ScenarioChange): 'ok' | ModProblem | null {
  const modId = modIdOf(scenarioId);
  if (modId === null) {
    if (change.path !== `/scenarios/${scenarioId}.json`) return null;
    const result = parseScenario(change.text, { file: change.path.slice(1) });
    if (!result.ok) return { message: `${change.path} was saved with ${result.errors.length} problem(s); the battle goes on with the last good version`, errors: result.errors };
    replaceScenarioText(scenarioId, change.text);
    return 'ok';
  }
  const mod = findMod(modId);
  const updated = mod && changedMod(mod, change);
  if (!updated) return null;
  const checked = checkMod(updated.text, updated.source, updated.tiledMaps);
  if (!checked.ok) return { message: `${change.path} was saved with problems; the battle goes on with the last good version`, errors: checked.errors };
  storeMod({ ...updated, name: checked.mod.name });
  return 'ok';
}

/** The mod with the changed file in place of its old text, or null when the file is not one of its. */
function changedMod(mod: StoredMod, change: ScenarioChange): StoredMod | null {
  if (mod.source === change.path) return { ...mod, text: change.text };
  const base = new URL(mod.source, window.location.origin);
  for (const reference of Object.keys(mod.tiledMaps)) {
    if (new URL(reference, base).pathname === change.path) return { ...mod, tiledMaps: { ...mod.tiledMaps, [reference]: change.text } };
  }
  return null;
}

function showProblem(problem: ModProblem): void {
  const box = errorView(problem);
  box.classList.add('floating-errors');
  box.addEventListener('click', () => box.remove());
  document.getElementById('ui')?.append(box);
  window.setTimeout(() => box.remove(), 15000);
}
