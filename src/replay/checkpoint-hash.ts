// The hash a replay checks after every action. It covers what the engine's hashState covers
// (everything in the state but the static scenario, whose own hash is a field of the state) and,
// like it, ignores the order in which an object's keys were written. It is built for speed, since a
// replay hashes the state once per action and that is most of the cost of verifying one:
// - no canonical JSON text is built: values stream into two 32-bit multiply-xor lanes;
// - an object's entries are hashed one by one and summed, which is order-independent without
//   sorting keys (each entry binds its key to its value, so moving a value between keys shows);
// - a string's hash is memoised (the same ids, names and sides recur in every state).
// Pure and platform-independent (floats are read as little-endian bits), so Node and browsers agree.
import type { GameState } from '../engine/types';

const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193 ^ 0x5bd1e995;
const floatView = new DataView(new ArrayBuffer(8));
const MAX_MEMO = 50_000;
const memoA = new Map<string, number>();
const memoB = new Map<string, number>();

// The lanes being fed; module state keeps the hot path free of allocations.
let A = SEED_A;
let B = SEED_B;

function feed(word: number): void {
  A = Math.imul(A ^ word, 0x01000193);
  B = Math.imul(B ^ word, 0x5bd1e995) ^ (B >>> 15);
}

function feedString(text: string): void {
  let a = memoA.get(text);
  let b = memoB.get(text);
  if (a === undefined || b === undefined) {
    const savedA = A;
    const savedB = B;
    A = SEED_A;
    B = SEED_B;
    feed(text.length);
    for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
    a = A;
    b = B;
    A = savedA;
    B = savedB;
    if (memoA.size >= MAX_MEMO) {
      memoA.clear();
      memoB.clear();
    }
    memoA.set(text, a);
    memoB.set(text, b);
  }
  feed(a);
  feed(b);
}

function feedNumber(value: number): void {
  if ((value | 0) === value) {
    feed(1);
    feed(value);
    return;
  }
  floatView.setFloat64(0, value, true);
  feed(2);
  feed(floatView.getUint32(0, true));
  feed(floatView.getUint32(4, true));
}

function feedValue(value: unknown): void {
  if (value === null) return feed(3);
  switch (typeof value) {
    case 'string':
      feed(4);
      return feedString(value);
    case 'number':
      return feedNumber(value);
    case 'boolean':
      return feed(value ? 5 : 6);
    case 'object':
      if (Array.isArray(value)) {
        feed(7);
        feed(value.length);
        for (let i = 0; i < value.length; i++) feedValue(value[i]);
        return;
      }
      return feedObject(value as Record<string, unknown>, null);
    default:
      // undefined (an omitted optional field) counts as absent, as in JSON.
      return;
  }
}

function feedObject(obj: Record<string, unknown>, skip: string | null): void {
  const savedA = A;
  const savedB = B;
  let sumA = 0;
  let sumB = 0;
  let count = 0;
  for (const key of Object.keys(obj)) {
    const entry = obj[key];
    if (entry === undefined || key === skip) continue;
    A = SEED_A;
    B = SEED_B;
    feedString(key);
    feedValue(entry);
    sumA = (sumA + A) | 0;
    sumB = (sumB + B) | 0;
    count++;
  }
  A = savedA;
  B = savedB;
  feed(8);
  feed(count);
  feed(sumA);
  feed(sumB);
}

/** 16 hex characters over the whole state except the static scenario. */
export function checkpointHash(state: GameState): string {
  A = SEED_A;
  B = SEED_B;
  feedObject(state as unknown as Record<string, unknown>, 'scenario');
  return (A >>> 0).toString(16).padStart(8, '0') + (B >>> 0).toString(16).padStart(8, '0');
}
