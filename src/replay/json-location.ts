// Where a JSON text breaks. JSON.parse's messages differ between engines and often give no
// position, so on failure this small scanner walks the text again and names the line and column.

export interface JsonBreak {
  line: number;
  column: number;
  message: string;
}

/** A character as a message shows it: control characters escaped, so the message stays one line. */
function shown(c: string | undefined): string {
  if (c === undefined) return 'the end';
  return c < ' ' || c === '\u007f' ? JSON.stringify(c) : `'${c}'`;
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string, private readonly maxDepth: number) {}

  fail(message: string): never {
    throw new ScanStop(this.pos, message);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  expect(char: string): void {
    this.skipSpace();
    if (this.peek() === undefined) this.fail(`unexpected end of input, expected '${char}'`);
    if (this.peek() !== char) this.fail(`expected '${char}', found ${shown(this.peek())}`);
    this.pos++;
  }

  value(depth: number): void {
    if (depth > this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth} levels`);
    this.skipSpace();
    const c = this.peek();
    if (c === undefined) this.fail('unexpected end of input, expected a value');
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`unexpected ${shown(c)}, expected a value`);
  }

  object(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') this.fail(this.peek() === undefined ? 'unexpected end of input in an object' : `expected a property name in double quotes, found ${shown(this.peek())}`);
      this.string();
      this.expect(':');
      this.value(depth + 1);
      this.skipSpace();
      const c = this.peek();
      if (c === ',') { this.pos++; continue; }
      if (c === '}') { this.pos++; return; }
      this.fail(c === undefined ? 'unexpected end of input in an object' : `expected ',' or '}', found ${shown(c)}`);
    }
  }

  array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.skipSpace();
      const c = this.peek();
      if (c === ',') { this.pos++; continue; }
      if (c === ']') { this.pos++; return; }
      this.fail(c === undefined ? 'unexpected end of input in an array' : `expected ',' or ']', found ${shown(c)}`);
    }
  }

  string(): void {
    this.pos++;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unexpected end of input in a string');
      if (c === '"') { this.pos++; return; }
      if (c < ' ') this.fail('a control character inside a string');
      this.pos += c === '\\' ? 2 : 1;
    }
  }

  number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) this.fail('a malformed number');
    this.pos += match[0].length;
  }

  document(): void {
    this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${shown(this.peek())} after the end of the JSON value`);
  }
}

class ScanStop {
  constructor(readonly pos: number, readonly message: string) {}
}

function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}

/** Where and why `text` is not JSON; null when the scanner finds nothing wrong. */
export function findJsonBreak(text: string, maxDepth = 1000): JsonBreak | null {
  try {
    new Scanner(text, maxDepth).document();
    return null;
  } catch (stop) {
    if (!(stop instanceof ScanStop)) throw stop;
    return { ...lineColumn(text, stop.pos), message: stop.message };
  }
}

/** JSON.parse with a located error instead of an engine-specific exception. */
export function parseJsonLocated(text: string): { ok: true; value: unknown } | { ok: false; error: JsonBreak } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // Only a broken text pays for the second, slower walk that finds the place.
    const broken = findJsonBreak(text);
    if (broken) return { ok: false, error: broken };
    return { ok: false, error: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}
