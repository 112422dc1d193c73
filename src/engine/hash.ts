// A state's fingerprint: 64 bits (two 32-bit FNV-1a lanes) over a canonical text of everything
// that changes, plus the scenario's own hash. Equal states hash equal in Node and in the browser.
import type { GameState } from './types';

/** JSON with object keys sorted, so key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function hashState(state: GameState): string {
  const { scenario: _static, ...dynamic } = state;
  return hashText(canonicalJson(dynamic));
}

export function hashScenario(scenario: unknown): string {
  return hashText(canonicalJson(scenario));
}
