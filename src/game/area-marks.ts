// Which named areas the map marks: those objectives point at (exits, zones to hold or deny, where
// an item must go), each in its own colour.
import type { GameState } from '../engine';
import type { AreaMark } from './battle-scene';

const LOOK: Record<string, { color: number; label: string }> = {
  evacuate: { color: 0x4ade80, label: 'Exit' },
  carryItem: { color: 0xfbbf24, label: 'Delivery' },
  holdArea: { color: 0x22d3ee, label: 'Hold' },
  denyArea: { color: 0xf87171, label: 'Deny' },
};

export function areaMarks(state: GameState): AreaMark[] {
  const marks: AreaMark[] = [];
  for (const o of state.scenario.objectives) {
    const look = LOOK[o.type];
    const area = 'area' in o ? o.area : undefined;
    const tiles = area ? state.scenario.areas[area] : undefined;
    if (look && tiles) marks.push({ tiles, ...look });
  }
  return marks;
}
