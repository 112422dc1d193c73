// Turns problems found by path into located ScenarioErrors: the line and column of the value (or
// of the field's name), in the order they appear in the file.
import { formatPath, type PendingError, type ScenarioError } from './errors';
import { nodeAt, type JsonNode } from './json-document';
import { MAX_ERRORS } from './limits';

export function locateErrors(pending: readonly PendingError[], root: JsonNode | null, file: string): ScenarioError[] {
  const located = pending.map((e, order) => {
    let at = e.at;
    if (!at && root) {
      const { node, key } = nodeAt(root, e.path);
      at = e.atKey && key ? key : node;
    }
    const error: ScenarioError = { code: e.code, file, line: at?.line ?? 0, column: at?.column ?? 0, path: formatPath(e.path), message: e.message };
    return { error, order };
  });
  located.sort((a, b) => a.error.line - b.error.line || a.error.column - b.error.column || a.order - b.order);
  const errors = located.map((l) => l.error);
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  const last = errors[MAX_ERRORS - 1];
  return [...errors.slice(0, MAX_ERRORS), { ...last, code: 'too-many-errors', message: `and ${rest} more problems` }];
}
