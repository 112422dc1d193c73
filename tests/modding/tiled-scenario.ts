// A small scenario around tests/modding/fixtures/tiny.tmj, the Tiled map embedded or referenced.
import { readFileSync } from 'node:fs';

export const TINY_TMJ = readFileSync(new URL('./fixtures/tiny.tmj', import.meta.url), 'utf8');

export type TiledJson = Record<string, any>;
export const tinyMap = (): TiledJson => JSON.parse(TINY_TMJ);

/** The scenario's text, with `tiled` either the map object or a path. */
export function scenarioWith(tiled: TiledJson | string): string {
  return JSON.stringify({
    $schema: '../../scenarios/schema.json',
    id: 'tiny-tiled',
    name: 'Tiny Tiled',
    briefing: 'A map drawn in Tiled.',
    debrief: { victory: 'Won.', defeat: 'Lost.' },
    turnLimit: 4,
    map: { tiled },
    sides: [
      { id: 'heroes', name: 'Heroes', enemies: ['ultron'], playable: true },
      { id: 'ultron', name: 'Ultron', enemies: ['heroes'] },
    ],
    units: [{ id: 'sentry-2', type: 'ultron-sentry', side: 'ultron', x: 3, y: 2 }],
    objectives: [
      { id: 'win', type: 'defeatAll', text: 'Wreck the drones.' },
      { id: 'out', type: 'evacuate', tag: 'hero', area: 'exit', count: 1, primary: false, text: 'Get out.' },
    ],
  }, null, 2);
}
