// Reads field names straight from the TypeScript sources (src/engine/types.ts, src/scenario/format.ts),
// so the drift test fails under vitest alone, without waiting for the typecheck, when a type gains
// or loses a field the schema does not follow.
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
export const ENGINE_TYPES = read('src/engine/types.ts');
export const FORMAT_TYPES = read('src/scenario/format.ts');

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** Keys of `{ a: ...; b?: ... }` text at its top level (nested braces skipped). */
export function keysOfBody(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let token = '';
  for (const ch of withoutComments(body)) {
    if (ch === '{' || ch === '(' || ch === '<' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === '>' || ch === ']') depth--;
    if (depth === 0 && ch === ':') {
      const match = /(\$?\w+)\??\s*$/.exec(token);
      if (match) keys.push(match[1]);
      token = '';
    } else if (depth === 0 && (ch === ';' || ch === '\n' || ch === ',')) token = '';
    else if (depth === 0) token += ch;
  }
  return keys;
}

/** Field names of `interface Name { ... }` in the text. */
export function interfaceKeys(text: string, name: string): string[] {
  const start = new RegExp(`interface ${name}(?: extends [^{]+)? \\{\\n`).exec(text);
  if (!start) throw new Error(`no interface ${name}`);
  const from = start.index + start[0].length;
  const end = text.indexOf('\n}', from);
  return keysOfBody(text.slice(from, end));
}

/** For `type X = | { tag: 'a'; ... } | ...`: each branch's tag value and its keys. */
export function unionBranches(text: string, typeName: string, tag: string): Map<string, string[]> {
  const start = text.indexOf(`export type ${typeName} =`);
  if (start < 0) throw new Error(`no type ${typeName}`);
  const end = text.indexOf(';\n\n', start) >= 0 ? text.indexOf(';\n\n', start) : text.length;
  const block = withoutComments(text.slice(start, end + 1));
  const branches = new Map<string, string[]>();
  const re = new RegExp(`\\{\\s*${tag}: '(\\w+)'`, 'g');
  for (let m = re.exec(block); m; m = re.exec(block)) {
    let depth = 0;
    let i = m.index;
    for (; i < block.length; i++) {
      if (block[i] === '{') depth++;
      if (block[i] === '}' && --depth === 0) break;
    }
    const after = block.slice(i + 1, i + 20);
    const keys = keysOfBody(block.slice(m.index + 1, i));
    if (/^\s*\)?\s*&\s*UnitSelector/.test(after)) keys.push(...interfaceKeys(ENGINE_TYPES, 'UnitSelector'));
    branches.set(m[1], keys);
  }
  return branches;
}
