// Collecting problems while checking: every check reports through one function, by path.
import type { PathStep, PendingError } from './errors';

export type Reporter = (code: string, path: readonly PathStep[], message: string, at?: { line: number; column: number }) => void;

/** Past this many problems a file is hopeless; more would only cost memory. */
export const MAX_PENDING_ERRORS = 10_000;

export function collector(errors: PendingError[]): Reporter {
  return (code, path, message, at) => {
    if (errors.length >= MAX_PENDING_ERRORS) return;
    errors.push({ code, path, message, ...(at ? { at } : {}) });
  };
}

/** Own keys only: ids such as 'toString' must never find an inherited member. */
export const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The entries of a checked list (holes are entries the schema refused), with their original index. */
export function present<T>(list: readonly T[] | undefined): [Exclude<T, undefined>, number][] {
  const out: [Exclude<T, undefined>, number][] = [];
  list?.forEach((item, i) => {
    if (item !== undefined) out.push([item as Exclude<T, undefined>, i]);
  });
  return out;
}
