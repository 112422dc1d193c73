// The small subset of JSON Schema (draft 2020-12) the scenario schema uses, and builders whose types
// tie each object schema to its TypeScript interface: `fields<T>()` must name every key of T, and
// mark a key required exactly when T requires it, or the project does not compile.

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface Schema {
  $ref?: string;
  type?: JsonType | JsonType[];
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  maxProperties?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  enum?: readonly (string | number | boolean)[];
  const?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  oneOf?: Schema[];
  anyOf?: Schema[];
  default?: unknown;
}

/** A field of an object schema: its schema, and whether the TypeScript type requires it. */
export interface Field<R extends boolean> {
  schema: Schema;
  required: R;
}

export const req = (schema: Schema): Field<true> => ({ schema, required: true });
export const opt = (schema: Schema): Field<false> => ({ schema, required: false });

/** Every key of T, each marked required or optional exactly as T has it. */
export type Fields<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? Field<false> : Field<true> };

/** A closed object schema (unknown fields are errors) built from a complete field map. */
export function object<T>(description: string, fields: Fields<T>): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(fields) as [string, Field<boolean>][]) {
    properties[key] = field.schema;
    if (field.required) required.push(key);
  }
  return { type: 'object', description, properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

export const ref = (name: string, description?: string): Schema => ({ $ref: `#/$defs/${name}`, ...(description ? { description } : {}) });

export const integer = (minimum: number, maximum: number, description: string): Schema => ({ type: 'integer', minimum, maximum, description });

export const number = (minimum: number, maximum: number, description: string): Schema => ({ type: 'number', minimum, maximum, description });

export const boolean = (description: string): Schema => ({ type: 'boolean', description });

export const text = (description: string, maxLength = 10_000): Schema => ({ type: 'string', minLength: 1, maxLength, description });

export const list = (items: Schema, description: string, maxItems: number, minItems = 0): Schema => ({
  type: 'array',
  description,
  items,
  ...(minItems ? { minItems } : {}),
  maxItems,
});

export const oneOfTuple = (values: readonly string[], description: string): Schema => ({ type: 'string', enum: values, description });

/** Ids: safe in file names, URLs and HTML attributes; the pattern's plain words are in ID_WORDS. */
// 'constructor' and 'prototype' are refused as ids: looked up in a plain object they name
// inherited members, and ids become keys (unitTypes, areas).
export const ID_PATTERN = '^(?!(?:constructor|prototype)$)[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
export const ID_WORDS = "up to 64 letters, digits, '-' or '_', starting with a letter or digit (and not 'constructor' or 'prototype')";
export const COLOR_PATTERN = '^#(?:[0-9a-fA-F]{3}){1,2}$';
export const COLOR_WORDS = "a colour like '#2f6fdb'";

/** Plain words for each pattern the schema uses, for error messages. */
export const PATTERN_WORDS: Record<string, string> = { [ID_PATTERN]: ID_WORDS, [COLOR_PATTERN]: COLOR_WORDS };

export const id = (description: string): Schema => ({ type: 'string', pattern: ID_PATTERN, description });

/** A value that may take one of several JSON types (an id or a whole definition; a tile or an area id). */
export const anyTypeOf = (branches: Schema[], description: string): Schema => ({ description, anyOf: branches });
