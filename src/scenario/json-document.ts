// A JSON parser that remembers where every value starts, so a scenario error can name its line and
// column. One pass over the text (linear time), recursion bounded by MAX_DEPTH, and the limits that
// keep a hostile file from costing memory or time: forbidden prototype keys, huge numbers and strings.

export interface Location {
  /** 1-based. */
  line: number;
  /** 1-based, counted in UTF-16 code units like most editors. */
  column: number;
}

/** `bad`: the parser already reported this value (too long, too large); checks skip it quietly. */
export type JsonNode = Location & { bad?: true } &
  (
    | { kind: 'object'; entries: Map<string, JsonEntry> }
    | { kind: 'array'; items: JsonNode[] }
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'null' }
  );

/** A field of an object: where its name is written, and its value. */
export interface JsonEntry extends Location {
  value: JsonNode;
}

/** A problem the parser found; `path` is a list of keys and indices from the root. */
export interface JsonProblem extends Location {
  code: string;
  path: (string | number)[];
  message: string;
}

export const MAX_DEPTH = 64;
export const MAX_STRING_LENGTH = 10_000;
export const MAX_NUMBER = 1e9;
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Keys that could reach an object's prototype if the data were ever merged carelessly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParsedDocument = { root: JsonNode | null; problems: JsonProblem[] };

/** Thrown only inside this module to stop at the first syntax error; never escapes parseJsonDocument. */
class SyntaxStop extends Error {}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Reader {
  pos = 0;
  line = 1;
  /** Whether the last string read was over the length limit (its node is marked bad). */
  lastStringBad = false;
  lineStart = 0;
  readonly problems: JsonProblem[] = [];
  readonly path: (string | number)[] = [];

  constructor(readonly text: string) {}

  here(): Location {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }

  report(code: string, at: Location, message: string): void {
    this.problems.push({ code, ...at, path: [...this.path], message });
  }

  fail(message: string, at: Location = this.here()): never {
    this.report('json-syntax', at, message);
    throw new SyntaxStop();
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x0a) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) this.pos++;
      else break;
    }
  }

  describeHere(): string {
    if (this.pos >= this.text.length) return 'the end of the file';
    return `'${this.text[this.pos]}'`;
  }

  // Nodes are built as literals with one field order per kind (no spreads, no temporary location
  // objects): a big file makes hundreds of thousands of them, and garbage is what costs time.
  value(depth: number): JsonNode {
    this.skipSpace();
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    if (depth > MAX_DEPTH) {
      this.report('json-too-deep', { line, column }, `nesting deeper than ${MAX_DEPTH} levels`);
      throw new SyntaxStop();
    }
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b) return this.object(line, column, depth);
    if (c === 0x5b) return this.array(line, column, depth);
    if (c === 0x22) {
      const value = this.string();
      return this.lastStringBad ? { kind: 'string', value, line, column, bad: true } : { kind: 'string', value, line, column };
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number(line, column);
    if (this.text.startsWith('true', this.pos)) return this.word(4, { kind: 'boolean', value: true, line, column });
    if (this.text.startsWith('false', this.pos)) return this.word(5, { kind: 'boolean', value: false, line, column });
    if (this.text.startsWith('null', this.pos)) return this.word(4, { kind: 'null', line, column });
    return this.fail(`expected a value, found ${this.describeHere()}`);
  }

  word(length: number, node: JsonNode): JsonNode {
    this.pos += length;
    return node;
  }

  object(line: number, column: number, depth: number): JsonNode {
    this.pos++;
    const entries = new Map<string, JsonEntry>();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries, line, column };
    }
    for (;;) {
      this.skipSpace();
      const keyAt = this.here();
      if (this.text[this.pos] !== '"') this.fail(`expected a field name in double quotes, found ${this.describeHere()}`);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the field name "${key}", found ${this.describeHere()}`);
      this.pos++;
      this.path.push(key);
      const value = this.value(depth + 1);
      this.path.pop();
      this.addEntry(entries, key, keyAt, value);
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return { kind: 'object', entries, line, column };
      if (c !== ',') this.fail(`expected ',' or '}' after a field, found ${c === undefined ? 'the end of the file' : `'${c}'`}`, this.back());
    }
  }

  addEntry(entries: Map<string, JsonEntry>, key: string, keyAt: Location, value: JsonNode): void {
    if (FORBIDDEN_KEYS.has(key)) {
      this.path.push(key);
      this.report('forbidden-key', keyAt, `the field name '${key}' is not allowed (it could tamper with objects)`);
      this.path.pop();
      return;
    }
    if (entries.has(key)) {
      this.path.push(key);
      this.report('duplicate-key', keyAt, `the field '${key}' appears twice in this object`);
      this.path.pop();
      return;
    }
    entries.set(key, { line: keyAt.line, column: keyAt.column, value });
  }

  /** The location of the character just consumed (for "found X" messages). */
  back(): Location {
    return { line: this.line, column: this.pos - this.lineStart };
  }

  array(line: number, column: number, depth: number): JsonNode {
    this.pos++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items, line, column };
    }
    for (;;) {
      this.path.push(items.length);
      items.push(this.value(depth + 1));
      this.path.pop();
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return { kind: 'array', items, line, column };
      if (c !== ',') this.fail(`expected ',' or ']' in a list, found ${c === undefined ? 'the end of the file' : `'${c}'`}`, this.back());
    }
  }

  string(): string {
    const start = this.here();
    const t = this.text;
    this.pos++;
    let out = '';
    let chunk = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('a string is not closed (missing \'"\')', start);
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) break;
      if (c < 0x20) this.fail('a string contains a raw control character or line break (write \\n instead)');
      if (c === 0x5c) {
        out += t.slice(chunk, this.pos);
        out += this.escape();
        chunk = this.pos;
      } else this.pos++;
    }
    out += t.slice(chunk, this.pos);
    this.pos++;
    if (out.length > MAX_STRING_LENGTH) {
      this.report('string-too-long', start, `a string of ${out.length} characters (the limit is ${MAX_STRING_LENGTH})`);
      this.lastStringBad = true;
      return out.slice(0, MAX_STRING_LENGTH);
    }
    this.lastStringBad = false;
    return out;
  }

  escape(): string {
    const at = this.here();
    const e = this.text[this.pos + 1];
    if (e === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('a \\u escape needs four hex digits', at);
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const plain = e === undefined ? undefined : ESCAPES[e];
    if (plain === undefined) this.fail(`unknown escape '\\${e ?? ''}' in a string`, at);
    this.pos += 2;
    return plain;
  }

  number(line: number, column: number): JsonNode {
    const at = { line, column };
    // Find the number's extent first (linear), then check its grammar on that slice alone.
    const t = this.text;
    let end = this.pos;
    while (end < t.length && isNumberChar(t.charCodeAt(end))) end++;
    const source = t.slice(this.pos, end);
    if (source.length > MAX_NUMBER_TEXT) {
      this.pos = end;
      this.report('number-too-large', at, `a number written with ${source.length} characters is beyond ±${MAX_NUMBER}`);
      return { kind: 'number', value: 0, line, column, bad: true };
    }
    if (!NUMBER.test(source)) this.fail(`a malformed number '${source}'`);
    this.pos = end;
    const value = Number(source);
    if (!Number.isFinite(value) || Math.abs(value) > MAX_NUMBER) {
      this.report('number-too-large', at, `the number ${source.length > 24 ? `${source.slice(0, 20)}…` : source} is beyond ±${MAX_NUMBER}`);
      return { kind: 'number', value: Math.sign(value) * MAX_NUMBER, line, column, bad: true };
    }
    return { kind: 'number', value, line, column };
  }
}


// JSON's number grammar, matched against a number's whole (already delimited) text.
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const isNumberChar = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45;
/** Longer number texts are refused without converting them. */
const MAX_NUMBER_TEXT = 64;

/** The size of the text as a UTF-8 file, counted without encoding it (and without reading past the limit). */
function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 bytes (a surrogate pair makes 4 from 2 units), so short texts need no count.
  if (text.length * 3 <= MAX_TEXT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= MAX_TEXT_BYTES; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** Parses JSON text into located nodes, with every non-fatal problem and at most one syntax error. */
export function parseJsonDocument(text: string): ParsedDocument {
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    const problem = { code: 'file-too-large', line: 1, column: 1, path: [], message: `the file is ${bytes} bytes long (the limit is ${MAX_TEXT_BYTES}, 2 MB)` };
    return { root: null, problems: [problem] };
  }
  const reader = new Reader(text);
  // A byte-order mark is not JSON, but editors on some systems add one.
  if (text.charCodeAt(0) === 0xfeff) reader.pos = 1;
  try {
    const root = reader.value(0);
    reader.skipSpace();
    if (reader.pos < text.length) reader.fail(`unexpected ${reader.describeHere()} after the end of the document`);
    return { root, problems: reader.problems };
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    return { root: null, problems: reader.problems };
  }
}

/** The plain value of a node, built key by key (forbidden keys never reach here). */
export function nodeValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of node.entries) out[key] = nodeValue(entry.value);
      return out;
    }
    case 'array':
      return node.items.map(nodeValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** The node at a path of keys and indices, or the deepest node on the way (for locating errors). */
export function nodeAt(root: JsonNode, path: readonly (string | number)[]): { node: JsonNode; key?: Location } {
  let node = root;
  let key: Location | undefined;
  for (const step of path) {
    if (node.kind === 'object' && typeof step === 'string' && node.entries.has(step)) {
      const entry = node.entries.get(step)!;
      key = entry;
      node = entry.value;
    } else if (node.kind === 'array' && typeof step === 'number' && node.items[step]) {
      key = undefined;
      node = node.items[step];
    } else break;
  }
  return { node, key };
}

/** The node at exactly this path, or undefined when the document has nothing there. */
export function exactNodeAt(root: JsonNode, path: readonly (string | number)[]): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const step of path) {
    if (node?.kind === 'object' && typeof step === 'string') node = node.entries.get(step)?.value;
    else if (node?.kind === 'array' && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node;
}
