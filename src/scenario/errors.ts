// Scenario errors: where (file, line, column, JSON path) and what, in plain words; and the
// "did you mean" suggestion for misspelt names.

export interface ScenarioError {
  /** A stable kebab-case code for tests and tools (e.g. 'unknown-field', 'unit-off-map'). */
  code: string;
  file: string;
  /** 1-based; 0 when the problem has no place in the text (an imported value). */
  line: number;
  column: number;
  /** Where in the document, like `$.units[3].x`. */
  path: string;
  message: string;
}

export type PathStep = string | number;

/** A problem found before locating: the path is turned into line, column and `$...` text later. */
export interface PendingError {
  code: string;
  path: readonly PathStep[];
  message: string;
  /** Point at the field's name rather than its value (unknown fields). */
  atKey?: boolean;
  /** An exact place when the path alone is too coarse (a character inside a map row). */
  at?: { line: number; column: number };
}

/** A problem of the JSON text itself: it already knows its line and column. */
export function fromJsonProblem(p: { code: string; line: number; column: number; path: PathStep[]; message: string }): PendingError {
  return { code: p.code, path: p.path, message: p.message, at: { line: p.line, column: p.column } };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.units[3].x`; keys that are not identifiers in brackets: `$.areas["drop zone"]`. */
export function formatPath(path: readonly PathStep[]): string {
  let out = '$';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (IDENTIFIER.test(step)) out += `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** `FILE:LINE:COL JSON-PATH message`, the form `ultron validate` prints. */
export function formatScenarioError(error: ScenarioError, file?: string): string {
  return `${error.file || file || '<scenario>'}:${error.line}:${error.column} ${error.path} ${error.message}`;
}

/**
 * Edit distance, computed only within `cap` of the diagonal (anything further counts as cap + 1),
 * so comparing against many names stays cheap.
 */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const far = cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= cap ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(far);
    if (i <= cap) row[0] = i;
    let best = row[0];
    for (let j = Math.max(1, i - cap); j <= Math.min(b.length, i + cap); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost, far);
      best = Math.min(best, row[j]);
    }
    if (best > cap) return far;
    previous = row;
  }
  return previous[b.length];
}

/**
 * Suggestions cost a comparison with every known name, so one parse gets a limited number of them:
 * a file with thousands of bad names is refused just as fast (its later errors simply suggest nothing).
 */
const SUGGESTIONS_PER_PARSE = 300;
let suggestionsLeft = SUGGESTIONS_PER_PARSE;

/** Called at the start of each parse (parsing is synchronous, so parses never interleave). */
export function resetSuggestions(): void {
  suggestionsLeft = SUGGESTIONS_PER_PARSE;
}

/** The closest known name, when it is close enough to be a likely typo. */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  // Long unknown names are not typos worth comparing (and comparing them costs time).
  if (name.length > 64 || suggestionsLeft <= 0) return undefined;
  suggestionsLeft--;
  const cap = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = cap + 1;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase(), cap);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A known id that has the name as one of its hyphenated parts ('sentry' → 'ultron-sentry'). */
function containingName(name: string, known: Iterable<string>): string | undefined {
  if (name.length < 3) return undefined;
  for (const candidate of known) {
    if (candidate.startsWith(`${name}-`) || candidate.endsWith(`-${name}`) || candidate.includes(`-${name}-`)) return candidate;
  }
  return undefined;
}

/** " (did you mean 'hp'?)" or "". */
export function didYouMean(name: string, known: Iterable<string>): string {
  const names = [...known];
  const near = nearestName(name, names) ?? containingName(name, names);
  return near === undefined ? '' : ` (did you mean '${near}'?)`;
}
