// What went wrong with the browser's storage, told to the player in words: full, switched off, an
// entry that cannot be read, or one written by an older version of the game. Each problem is shown
// once (a toast) and kept in a list the tests and the title screen can read. No rules, no Phaser.

export type StorageProblemKind = 'full' | 'unavailable' | 'corrupt' | 'old-version';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The localStorage key concerned. */
  key: string;
  message: string;
}

const problems: StorageProblem[] = [];

export function storageProblems(): readonly StorageProblem[] {
  return problems;
}

/** Records a problem and shows it, unless the same kind on the same key was already shown. */
export function reportStorageProblem(problem: StorageProblem): void {
  if (problems.some((p) => p.kind === problem.kind && p.key === problem.key)) return;
  problems.push(problem);
  console.warn(`storage: ${problem.message}`);
  if (typeof document !== 'undefined') showNotice(problem);
}

function noticeStack(): HTMLElement {
  let stack = document.getElementById('storage-notices');
  if (!stack) {
    stack = document.createElement('div');
    stack.id = 'storage-notices';
    stack.style.cssText = 'position:fixed;top:76px;left:50%;transform:translateX(-50%);display:flex;flex-direction:column;gap:6px;z-index:60;';
    document.body.append(stack);
  }
  return stack;
}

function showNotice(problem: StorageProblem) {
  const node = document.createElement('div');
  node.className = 'notice';
  node.dataset.testid = 'storage-notice';
  node.dataset.kind = problem.kind;
  node.textContent = problem.message; // text, never markup: a key may hold anything
  noticeStack().append(node);
  window.setTimeout(() => node.remove(), 12_000);
}

/** What a failed localStorage write means for the player. */
export function describeWriteFailure(error: unknown): 'full' | 'unavailable' {
  const name = error instanceof DOMException ? error.name : '';
  const code = error instanceof DOMException ? error.code : 0;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 ? 'full' : 'unavailable';
}

export function reportWriteFailure(key: string, what: string, error: unknown): void {
  const kind = describeWriteFailure(error);
  const message = kind === 'full'
    ? `The browser's storage for this game is full: ${what} could not be saved. The game goes on, but it will not be remembered after a reload; clearing this site's stored data makes room.`
    : `The browser's storage is not available (${error instanceof Error ? error.message : String(error)}): ${what} could not be saved.`;
  reportStorageProblem({ kind, key, message });
}

/**
 * Why an autosave entry cannot be used, in words; null when it can. An entry that has the shape of
 * an autosave but lacks what this version writes is called old rather than corrupt.
 */
export function autosaveProblem(raw: unknown, scenarioId: string, isAction: (v: unknown) => boolean): { kind: 'corrupt' | 'old-version'; reason: string } | null {
  if (raw === null) return { kind: 'corrupt', reason: 'it is not valid JSON' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'corrupt', reason: 'it is not an object' };
  const save = raw as Record<string, unknown>;
  if (save.scenarioId !== scenarioId) return { kind: 'corrupt', reason: `it names scenario ${JSON.stringify(save.scenarioId)}` };
  if (typeof save.seed !== 'string') return { kind: 'corrupt', reason: 'its seed is missing' };
  if (!Array.isArray(save.actions)) return { kind: 'corrupt', reason: 'its list of actions is missing' };
  const bad = save.actions.findIndex((a) => !isAction(a));
  if (bad >= 0) return { kind: 'corrupt', reason: `action ${bad + 1} of ${save.actions.length} is not an action` };
  if (!['easy', 'normal', 'hard'].includes(save.difficulty as string)) {
    return { kind: 'old-version', reason: 'it was written by an older version of the game, without a difficulty' };
  }
  return null;
}
