// The battle's keyboard: which key does what. Kept as data so the help line and the handler agree.
export interface BattleKeyActions {
  nextUnit(): void;
  ability(slot: number): void;
  endTurn(): void;
  undo(): void;
  hint(): void;
  threats(): void;
  cancel(): void;
  skip(): void;
  pan(dx: number, dy: number): void;
  zoom(factor: number): void;
}

const PAN = 60;

/** Runs the action bound to the key; true when the key was the battle's (the caller stops it there). */
export function handleBattleKey(e: KeyboardEvent, act: BattleKeyActions): boolean {
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return false;
  const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (k >= '1' && k <= '9') {
    act.ability(Number(k) - 1);
    return true;
  }
  const bound: Record<string, () => void> = {
    Tab: () => act.nextUnit(),
    e: () => act.endTurn(),
    z: () => act.undo(),
    h: () => act.hint(),
    t: () => act.threats(),
    Escape: () => act.cancel(),
    ' ': () => act.skip(),
    ArrowLeft: () => act.pan(-PAN, 0), a: () => act.pan(-PAN, 0),
    ArrowRight: () => act.pan(PAN, 0), d: () => act.pan(PAN, 0),
    ArrowUp: () => act.pan(0, -PAN), w: () => act.pan(0, -PAN),
    ArrowDown: () => act.pan(0, PAN), s: () => act.pan(0, PAN),
    '+': () => act.zoom(1.15), '=': () => act.zoom(1.15), '-': () => act.zoom(1 / 1.15),
  };
  const run = bound[k];
  if (!run) return false;
  if (k === 'Tab' || k === ' ') e.preventDefault(); // keep focus and page scroll where they are
  run();
  return true;
}
