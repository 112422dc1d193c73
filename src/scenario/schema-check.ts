// Checks a located JSON document against the scenario schema (the same object published as
// scenarios/schema.json) and reports each problem in plain words. It also hands back a cleaned
// value: invalid parts dropped (array holes keep the other entries' indices), so the reference
// checks that follow only see well-typed data and still report on everything that is sound.
import { didYouMean, type PathStep, type PendingError } from './errors';
import type { JsonNode } from './json-document';
import { PATTERN_WORDS, type JsonType, type Schema } from './schema-builders';
import { MAX_PENDING_ERRORS } from './report';
import type { RootSchema } from './schema';

export const INVALID: unique symbol = Symbol('invalid');
export type Checked = unknown;

const TYPE_WORDS: Record<JsonType, string> = {
  object: 'an object { ... }',
  array: 'a list [ ... ]',
  string: 'a text in double quotes',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function describeNode(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the text ${JSON.stringify(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value)}`;
    case 'null':
      return 'null';
    default:
      return String(node.value);
  }
}

function typeMatches(node: JsonNode, type: JsonType): boolean {
  if (type === 'integer') return node.kind === 'number';
  return node.kind === type;
}

const has = (record: Record<string, unknown> | undefined, key: string): boolean =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key);

class SchemaWalker {
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    private readonly root: RootSchema,
    private readonly errors: PendingError[],
  ) {}

  private report(code: string, path: readonly PathStep[], message: string, atKey = false): void {
    if (this.errors.length >= MAX_PENDING_ERRORS) return;
    this.errors.push({ code, path, message, ...(atKey ? { atKey } : {}) });
  }

  resolve(schema: Schema): Schema {
    let s = schema;
    // $refs here only point into $defs and never at another bare $ref chain longer than the defs.
    for (let hops = 0; s.$ref && hops < 8; hops++) s = this.root.$defs[s.$ref.replace('#/$defs/', '')];
    return s;
  }

  walk(node: JsonNode, schema: Schema, path: PathStep[]): Checked {
    if (node.bad) return INVALID;
    const s = this.resolve(schema);
    if (s.anyOf) return this.walkAnyOf(node, s.anyOf, path);
    if (s.oneOf) return this.walkOneOf(node, s.oneOf, path);
    const types = s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type];
    if (types && !types.some((t) => typeMatches(node, t))) {
      this.report('wrong-type', path, `expected ${types.map((t) => TYPE_WORDS[t]).join(' or ')}, found ${describeNode(node)}`);
      return INVALID;
    }
    switch (node.kind) {
      case 'object':
        return this.walkObject(node, s, path);
      case 'array':
        return this.walkArray(node, s, path);
      case 'string':
        return this.checkString(node.value, s, path);
      case 'number':
        return this.checkNumber(node.value, s, types, path);
      case 'boolean':
        return node.value;
      case 'null':
        return null;
    }
  }

  private kindsOf(schema: Schema): JsonType[] {
    const s = this.resolve(schema);
    if (s.oneOf) return ['object'];
    return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  }

  /** Branches of different JSON types (an id or a definition): the value's type picks the branch. */
  private walkAnyOf(node: JsonNode, branches: Schema[], path: PathStep[]): Checked {
    const branch = branches.find((b) => this.kindsOf(b).some((t) => typeMatches(node, t)));
    if (branch) return this.walk(node, branch, path);
    const expected = branches.flatMap((b) => this.kindsOf(b)).map((t) => TYPE_WORDS[t]);
    this.report('wrong-type', path, `expected ${expected.join(' or ')}, found ${describeNode(node)}`);
    return INVALID;
  }

  /** Object branches told apart by a constant field (`type`, `event`, `do`) or by which fields they require. */
  private walkOneOf(node: JsonNode, branches: Schema[], path: PathStep[]): Checked {
    if (node.kind !== 'object') {
      this.report('wrong-type', path, `expected ${TYPE_WORDS.object}, found ${describeNode(node)}`);
      return INVALID;
    }
    const resolved = branches.map((b) => this.resolve(b));
    const key = discriminator(resolved);
    if (key === undefined) return this.walkByRequired(node, resolved, path);
    const names = resolved.map((b) => b.properties![key].const!);
    const entry = node.entries.get(key);
    if (!entry) {
      this.report('missing-field', path, `missing the field '${key}' (one of: ${names.join(', ')})`);
      return INVALID;
    }
    const value = entry.value;
    if (value.kind !== 'string') {
      this.report('wrong-type', [...path, key], `expected ${TYPE_WORDS.string}, found ${describeNode(value)}`);
      return INVALID;
    }
    const index = names.indexOf(value.value);
    if (index < 0) {
      this.report('unknown-value', [...path, key], `unknown ${key} '${value.value}'${didYouMean(value.value, names)}; expected one of: ${names.join(', ')}`);
      return INVALID;
    }
    return this.walkObject(node, resolved[index], path);
  }

  private walkByRequired(node: JsonNode & { kind: 'object' }, branches: Schema[], path: PathStep[]): Checked {
    const branch = branches.find((b) => (b.required ?? []).every((r) => node.entries.has(r)));
    if (branch) return this.walkObject(node, branch, path);
    const options = branches.map((b) => `'${(b.required ?? []).join("' and '")}'`).join(' or ');
    this.report('missing-field', path, `needs the field ${options}`);
    return INVALID;
  }

  private walkObject(node: JsonNode & { kind: 'object' }, s: Schema, path: PathStep[]): Checked {
    const { out, ok } = this.objectFields(node, s, path);
    return ok ? out : INVALID;
  }

  /** The object's sound fields, and whether every required one is among them. */
  objectFields(node: JsonNode & { kind: 'object' }, s: Schema, path: PathStep[]): { out: Record<string, unknown>; ok: boolean } {
    const out: Record<string, unknown> = {};
    let ok = true;
    const required = s.required ?? [];
    for (const [key, entry] of node.entries) {
      const keyPath = [...path, key];
      let fieldSchema: Schema | undefined;
      if (has(s.properties, key)) fieldSchema = s.properties![key];
      // An open object (a Tiled map embedded whole): its own reader checks it, node by node.
      else if (s.additionalProperties === true) continue;
      else if (typeof s.additionalProperties === 'object') {
        if (s.propertyNames && this.walk({ kind: 'string', value: key, line: entry.line, column: entry.column }, s.propertyNames, keyPath) === INVALID) continue;
        fieldSchema = s.additionalProperties;
      } else {
        const known = Object.keys(s.properties ?? {});
        this.report('unknown-field', keyPath, `unknown field '${key}'${didYouMean(key, known)}`, true);
        continue;
      }
      const value = this.walk(entry.value, fieldSchema, keyPath);
      if (value === INVALID) ok = ok && !required.includes(key);
      else out[key] = value;
    }
    for (const key of required) {
      if (!node.entries.has(key)) {
        this.report('missing-field', path, `missing the field '${key}'`);
        ok = false;
      }
    }
    if (s.maxProperties !== undefined && node.entries.size > s.maxProperties) {
      this.report('too-many', path, `has ${node.entries.size} entries (at most ${s.maxProperties})`);
    }
    return { out, ok };
  }

  private walkArray(node: JsonNode & { kind: 'array' }, s: Schema, path: PathStep[]): Checked {
    const count = node.items.length;
    if (s.maxItems !== undefined && count > s.maxItems) {
      this.report('too-many', path, `has ${count} entries (at most ${s.maxItems})`);
    }
    if (s.minItems !== undefined && count < s.minItems) {
      this.report('too-few', path, s.minItems === 1 ? 'must not be empty' : `has ${count} entries (at least ${s.minItems})`);
    }
    // Entries past the limit are neither checked nor kept: the file is already refused.
    const kept = Math.min(count, s.maxItems ?? count);
    const out: unknown[] = new Array(kept);
    for (let i = 0; i < kept; i++) {
      const value = s.items ? this.walk(node.items[i], s.items, [...path, i]) : INVALID;
      if (value !== INVALID) out[i] = value;
    }
    return out;
  }

  private checkString(value: string, s: Schema, path: PathStep[]): Checked {
    const allowed = s.enum ?? (s.const !== undefined ? [s.const] : undefined);
    if (allowed && !allowed.includes(value)) {
      const names = allowed.map(String);
      const field = typeof path[path.length - 1] === 'string' ? ` for '${path[path.length - 1]}'` : '';
      this.report('unknown-value', path, `'${value}' is not a known value${field}${didYouMean(value, names)}; expected one of: ${names.join(', ')}`);
      return INVALID;
    }
    if (s.minLength !== undefined && value.length < s.minLength) {
      this.report('empty', path, 'must not be empty');
      return INVALID;
    }
    if (s.maxLength !== undefined && value.length > s.maxLength) {
      this.report('too-long', path, `is ${value.length} characters long (at most ${s.maxLength})`);
      return INVALID;
    }
    if (s.pattern !== undefined && !this.pattern(s.pattern).test(value)) {
      this.report('bad-format', path, `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} must be ${PATTERN_WORDS[s.pattern] ?? `text matching ${s.pattern}`}`);
      return INVALID;
    }
    return value;
  }

  private pattern(source: string): RegExp {
    let re = this.patterns.get(source);
    if (!re) this.patterns.set(source, (re = new RegExp(source)));
    return re;
  }

  private checkNumber(value: number, s: Schema, types: JsonType[] | undefined, path: PathStep[]): Checked {
    if (types && !types.includes('number') && !Number.isInteger(value)) {
      this.report('wrong-type', path, `expected ${TYPE_WORDS.integer}, found ${value}`);
      return INVALID;
    }
    const tooLow = s.minimum !== undefined && value < s.minimum;
    const tooHigh = s.maximum !== undefined && value > s.maximum;
    if (tooLow || tooHigh) {
      const range = s.maximum === undefined ? `at least ${s.minimum}` : s.minimum === undefined ? `at most ${s.maximum}` : `from ${s.minimum} to ${s.maximum}`;
      this.report('out-of-range', path, `must be ${range}, found ${value}`);
      return INVALID;
    }
    return value;
  }
}

/** The field every branch fixes with `const`, if there is one. */
function discriminator(branches: Schema[]): string | undefined {
  const first = branches[0]?.properties ?? {};
  return Object.keys(first).find((key) => branches.every((b) => b.properties?.[key]?.const !== undefined));
}

/**
 * Checks a document against the root's `$defs[def]`, an object schema. The cleaned fields come back
 * even when some required ones are missing (the later checks still report on the rest); INVALID
 * only when the document is not an object at all.
 */
export function checkAgainstSchema(root: RootSchema, def: string, node: JsonNode, errors: PendingError[]): Checked {
  const walker = new SchemaWalker(root, errors);
  const schema = walker.resolve({ $ref: `#/$defs/${def}` });
  if (node.kind !== 'object') {
    walker.walk(node, schema, []); // reports what the document is instead of an object
    return INVALID;
  }
  return walker.objectFields(node, schema, []).out;
}
