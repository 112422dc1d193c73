// The map as the engine receives it: rows read through the legend into terrain, elevation digits
// into numbers, and named areas into tile lists, with every ragged row, unknown character and
// off-map tile reported where it is.
import type { MapDef, Pos, Terrain } from '../engine/types';
import { DEFAULT_LEGEND, type AreaFile, type MapFile } from './format';
import type { Location } from './json-document';
import { hasOwn, type Reporter } from './report';

/** Where a map row's text starts in the file, to point at one character of it. */
export type RowLocator = (field: 'rows' | 'elevation', row: number) => Location | undefined;

const inMap = (map: MapDef, x: number, y: number): boolean => x >= 0 && y >= 0 && x < map.width && y < map.height;

export function resolveMap(file: MapFile | undefined, locate: RowLocator, report: Reporter): MapDef | null {
  if (!file) return null;
  const rows = file.rows;
  // A hole is a row the schema refused (not text): the map's shape is unknown, so stop here.
  if (rows.length === 0 || rows.some((r) => r === undefined) || rows.length !== Object.keys(rows).length) return null;
  const width = rows[0].length;
  const legend = { ...DEFAULT_LEGEND, ...(file.legend ?? {}) };
  let ok = true;
  rows.forEach((row, y) => {
    if (row.length !== width) {
      report('map-ragged', ['map', 'rows', y], `row ${y} has ${row.length} tiles but row 0 has ${width}; every row must be as long as the first`);
      ok = false;
    }
  });
  const terrain: Terrain[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      const ch = row[x];
      if (hasOwn(legend, ch)) terrain.push(legend[ch]);
      else {
        ok = false;
        // The column assumes the row has no escape sequences before this character (map rows never need them).
        const start = locate('rows', y);
        const at = start ? { line: start.line, column: start.column + 1 + x } : undefined;
        report('map-unknown-char', ['map', 'rows', y], `unknown map character '${ch}' at x ${x}, y ${y}; the legend knows: ${Object.keys(legend).join(' ')}`, at);
      }
    }
  });
  const elevation = resolveElevation(file, width, rows.length, report);
  if (!ok || !elevation) return null;
  return { width, height: rows.length, terrain, elevation };
}

function resolveElevation(file: MapFile, width: number, height: number, report: Reporter): number[] | null {
  const rows = file.elevation;
  if (rows === undefined) return new Array<number>(width * height).fill(0);
  if (rows.some((r) => r === undefined) || rows.length !== Object.keys(rows).length) return null;
  let ok = true;
  if (rows.length !== height) {
    report('elevation-size', ['map', 'elevation'], `has ${rows.length} rows but the map has ${height}`);
    ok = false;
  }
  rows.forEach((row, y) => {
    if (row.length !== width) {
      report('elevation-size', ['map', 'elevation', y], `elevation row ${y} has ${row.length} digits but the map is ${width} wide`);
      ok = false;
    }
  });
  return ok ? rows.join('').split('').map(Number) : null;
}

/** Areas as tile lists; an area with a tile off the map is reported and left out. */
export function resolveAreas(files: Record<string, AreaFile | undefined> | undefined, map: MapDef | null, report: Reporter): Record<string, Pos[]> {
  const areas: Record<string, Pos[]> = {};
  for (const [name, area] of Object.entries(files ?? {})) {
    if (!area) continue;
    const tiles = 'rect' in area ? rectTiles(area.rect) : [...area.tiles.filter((t) => t !== undefined)];
    if (map && !checkAreaInMap(name, area, map, report)) continue;
    areas[name] = dedupe(tiles);
  }
  return areas;
}

function rectTiles(rect: { x: number; y: number; w: number; h: number }): Pos[] {
  const tiles: Pos[] = [];
  for (let y = rect.y; y < rect.y + rect.h; y++) for (let x = rect.x; x < rect.x + rect.w; x++) tiles.push({ x, y });
  return tiles;
}

function checkAreaInMap(name: string, area: AreaFile, map: MapDef, report: Reporter): boolean {
  if ('rect' in area) {
    const { x, y, w, h } = area.rect;
    if (inMap(map, x, y) && inMap(map, x + w - 1, y + h - 1)) return true;
    report('area-off-map', ['areas', name, 'rect'], `the rectangle x ${x}..${x + w - 1}, y ${y}..${y + h - 1} reaches past the ${map.width}×${map.height} map`);
    return false;
  }
  let ok = true;
  area.tiles.forEach((t, i) => {
    if (t && !inMap(map, t.x, t.y)) {
      report('area-off-map', ['areas', name, 'tiles', i], `the tile x ${t.x}, y ${t.y} is outside the ${map.width}×${map.height} map`);
      ok = false;
    }
  });
  return ok;
}

function dedupe(tiles: Pos[]): Pos[] {
  const seen = new Set<string>();
  return tiles.filter((t) => {
    const key = `${t.x},${t.y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { inMap };
