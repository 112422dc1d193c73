// Maps drawn in Tiled: terrain from tile properties, units and areas from objects, and every mistake
// reported at its tile or object with a line and column.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGame, terrainAt, elevationAt } from '../../src/engine';
import { parseScenario, type ScenarioError } from '../../src/scenario';
import { noStackTrace, scratchDir, ultron } from '../cli/run-ultron';
import { scenarioWith, tinyMap, TINY_TMJ, type TiledJson } from './tiled-scenario';

function parsed(text: string, tiledMaps?: Record<string, string>) {
  const result = parseScenario(text, { file: 'tiny.json', tiledMaps });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('\n'));
  return result.scenario;
}

function errorsOf(map: TiledJson | string, tiledMaps?: Record<string, string>): ScenarioError[] {
  const result = parseScenario(scenarioWith(map), { file: 'tiny.json', tiledMaps });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('a Tiled map embedded in the scenario', () => {
  const scenario = parsed(scenarioWith(tinyMap()));

  it('reads terrain and elevation from the tiles, the top-most tile with a property deciding', () => {
    const state = createGame(scenario, 1);
    const rows = [0, 1, 2].map((y) => [0, 1, 2, 3].map((x) => terrainAt(state, x, y)));
    expect(rows).toEqual([
      ['open', 'open', 'open', 'wall'],
      ['open', 'open', 'open', 'wall'],
      ['open', 'open', 'open', 'open'],
    ]);
    expect(elevationAt(state, 1, 1)).toBe(2);
    expect(elevationAt(state, 0, 1)).toBe(0);
  });

  it('places units from objects (a point, and a tile object anchored at its bottom) after the scenario\'s own', () => {
    expect(scenario.units.map((u) => [u.id, u.type, u.side, u.x, u.y])).toEqual([
      ['sentry-2', 'ultron-sentry', 'ultron', 3, 2],
      ['hero', 'captain-america', 'heroes', 0, 2],
      ['drone', 'ultron-sentry', 'ultron', 2, 0],
    ]);
  });

  it('makes a rectangle with an `area` property every tile it covers, and ignores objects with no property of ours', () => {
    expect(scenario.areas.exit).toEqual([{ x: 0, y: 0 }, { x: 1, y: 0 }]);
    expect(Object.keys(scenario.areas)).toEqual(['exit']);
  });
});

describe('a Tiled map referenced by path', () => {
  it('gives the same scenario as the embedded map when the caller supplies the file', () => {
    const embedded = parsed(scenarioWith(tinyMap()));
    const referenced = parsed(scenarioWith('maps/tiny.tmj'), { 'maps/tiny.tmj': TINY_TMJ });
    expect(referenced).toEqual(embedded);
  });

  it('says which file is missing when nobody supplied it', () => {
    const [error] = errorsOf('maps/tiny.tmj');
    expect(error.code).toBe('tiled-file-missing');
    expect(error.path).toBe('$.map.tiled');
    expect(error.message).toContain("'maps/tiny.tmj'");
  });

  it('locates a problem inside the .tmj by its own line and column', () => {
    const text = TINY_TMJ.replace('"value": "wall"', '"value": "lava"');
    const [error] = errorsOf('maps/tiny.tmj', { 'maps/tiny.tmj': text });
    const line = text.split('\n').findIndex((l) => l.includes('"lava"')) + 1;
    expect(error.code).toBe('tiled-bad-terrain');
    expect(error.message).toMatch(new RegExp(`^maps/tiny\\.tmj:${line}:\\d+: tile 1 of the tileset has terrain "lava"`));
  });

  it('reports a .tmj that is not JSON at its place', () => {
    const [error] = errorsOf('maps/tiny.tmj', { 'maps/tiny.tmj': '{ "width": 4,, }' });
    expect(error.message).toMatch(/^maps\/tiny\.tmj:1:\d+: /);
  });
});

describe('mistakes in a Tiled map name the tile or the object', () => {
  it('a tile without a terrain property: its x and y, at its place in the layer data', () => {
    const map = tinyMap();
    map.layers[0].data[6] = 4; // x 2, y 1: the tile that only has a colour
    map.layers.splice(1, 1);
    const errors = errorsOf(map);
    expect(errors.map((e) => e.code)).toEqual(['tiled-missing-terrain']);
    expect(errors[0].path).toBe('$.map.tiled.layers[0].data[6]');
    expect(errors[0].message).toContain('the tile at x 2, y 1');
    expect(errors[0].line).toBeGreaterThan(1);
  });

  it('an empty cell in every layer', () => {
    const map = tinyMap();
    map.layers[0].data[0] = 0;
    const [error] = errorsOf(map);
    expect(error.message).toContain('the tile at x 0, y 0: no tile in any layer has');
  });

  it('a terrain that does not exist, listing the ones that do', () => {
    const map = tinyMap();
    map.tilesets[0].tiles[1].properties[0].value = 'lava';
    const [error] = errorsOf(map);
    expect(error.path).toBe('$.map.tiled.tilesets[0].tiles[1].properties[0].value');
    expect(error.message).toContain('open, rough, low-cover');
  });

  it('an elevation out of 0-3', () => {
    const map = tinyMap();
    map.tilesets[0].tiles[2].properties[1].value = 7;
    expect(errorsOf(map)[0].code).toBe('tiled-bad-elevation');
  });

  it('a unit object missing its side names the object', () => {
    const map = tinyMap();
    map.layers[2].objects[0].properties.pop();
    const [error] = errorsOf(map);
    expect(error.path).toBe('$.map.tiled.layers[2].objects[0]');
    expect(error.message).toBe("the object 'Hero' (id 1): a unit object needs the string properties 'unit' (its id), 'type' and 'side'; 'side' is missing");
  });

  it("a unit of an unknown type: the scenario's own check, reported at the object", () => {
    const map = tinyMap();
    map.layers[2].objects[1].properties[1].value = 'sentri';
    const [error] = errorsOf(map);
    expect(error.code).toBe('unknown-unit-type');
    expect(error.path).toBe('$.map.tiled.layers[2].objects[1]');
    expect(error.message).toMatch(/^the object 'Drone' \(id 2\): .*sentri/);
  });

  it('two units on one tile, one from the scenario and one from the map', () => {
    const map = tinyMap();
    map.layers[2].objects[0].x = 56; // onto x 3, y 2 where sentry-2 stands
    const [error] = errorsOf(map);
    expect(error.code).toBe('tile-occupied');
    expect(error.message).toContain("the object 'Hero' (id 1)");
  });

  it('an area drawn as an ellipse', () => {
    const map = tinyMap();
    map.layers[2].objects[2].ellipse = true;
    const errors = errorsOf(map);
    expect(errors.some((e) => e.message.includes("the object 'Exit' (id 3): an area must be a rectangle or a point"))).toBe(true);
  });

  it.each([
    ['isometric', (m: TiledJson) => (m.orientation = 'isometric'), 'tiled-orientation'],
    ['infinite', (m: TiledJson) => (m.infinite = true), 'tiled-infinite'],
    ['base64 data', (m: TiledJson) => { m.layers[0].data = 'AQAAAA=='; m.layers[0].encoding = 'base64'; }, 'tiled-layer-encoding'],
    ['a short layer', (m: TiledJson) => m.layers[0].data.pop(), 'tiled-layer-size'],
    ['an external tileset', (m: TiledJson) => (m.tilesets[0] = { firstgid: 1, source: 'ground.tsj' }), 'tiled-external-tileset'],
    ['a map too wide', (m: TiledJson) => (m.width = 500), 'tiled-bad-size'],
  ])('%s is refused with a clear reason', (_name, change, code) => {
    const map = tinyMap();
    change(map);
    expect(errorsOf(map).map((e) => e.code)).toContain(code);
  });
});

describe('the ultron command reads a referenced map beside the scenario', () => {
  const dir = scratchDir();
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'maps/tiny.tmj'), TINY_TMJ);
  writeFileSync(join(dir, 'tiny.json'), scenarioWith('maps/tiny.tmj'));

  it('validates and simulates it', () => {
    const validate = ultron(['validate', join(dir, 'tiny.json')]);
    expect(validate.stdout).toContain('ok ');
    expect(validate.code).toBe(0);
    const sim = ultron(['sim', join(dir, 'tiny.json'), '--seed', '1', '--jobs', '1']);
    expect(sim.code).toBe(0);
    expect(noStackTrace(sim)).toBe(true);
  });

  it('names the tile when the map file is broken', () => {
    const map = tinyMap();
    map.layers[0].data[5] = 0;
    map.layers.splice(1, 1);
    writeFileSync(join(dir, 'maps/tiny.tmj'), JSON.stringify(map, null, 1));
    const run = ultron(['validate', join(dir, 'tiny.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/tiny\.json:\d+:\d+ \$\.map\.tiled maps\/tiny\.tmj:\d+:\d+: the tile at x 1, y 1: no tile in any layer has a 'terrain' property/);
    writeFileSync(join(dir, 'maps/tiny.tmj'), TINY_TMJ);
  });
});
