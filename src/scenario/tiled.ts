// Maps drawn in Tiled (https://www.mapeditor.org), read from its JSON format (.tmj, orthogonal).
// Terrain comes from a `terrain` property on the tiles of an embedded tileset (`elevation`, 0-3,
// optional); units and areas come from objects with `unit`/`type`/`side` or `area` properties.
// It reads the located JSON tree, so every problem names its tile (x, y) or object and its place.
import { TERRAINS, type Pos, type Terrain } from '../engine/types';
import type { PathStep } from './errors';
import { DEFAULT_LEGEND, type AreaFile, type MapFile, type UnitFile } from './format';
import type { JsonNode, Location } from './json-document';
import { MAX_MAP_SIZE } from './limits';

/** A problem inside the Tiled map: a path from the map's root, and the node it is about. */
export type TiledReporter = (code: string, path: readonly PathStep[], message: string, at: Location) => void;

/** A unit or area read from an object, with where it came from so later checks can name it. */
export interface TiledPlaced<T> {
  value: T;
  path: PathStep[];
  /** "object 'Cap' (id 3)", for messages. */
  label: string;
  at: Location;
}

export interface TiledImport {
  /** Null when the terrain could not be read (the objects still are, so names they define stay known). */
  map: MapFile | null;
  units: TiledPlaced<UnitFile>[];
  /** Every unit id an object names, its other properties broken or not (so references to it stand). */
  unitIds: string[];
  areas: (TiledPlaced<AreaFile> & { name: string })[];
}

const TILE_FLIP_BITS = 0x1fffffff; // Tiled keeps flip flags in a gid's top three bits.
const ID = /^(?!(?:constructor|prototype)$)[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const TERRAIN_CHAR = Object.fromEntries(Object.entries(DEFAULT_LEGEND).map(([ch, t]) => [t, ch])) as Record<Terrain, string>;

type ObjectNode = JsonNode & { kind: 'object' };
const field = (node: JsonNode | undefined, key: string): JsonNode | undefined => (node?.kind === 'object' ? node.entries.get(key)?.value : undefined);
const num = (node: JsonNode | undefined): number | undefined => (node?.kind === 'number' ? node.value : undefined);
const str = (node: JsonNode | undefined): string | undefined => (node?.kind === 'string' ? node.value : undefined);
const items = (node: JsonNode | undefined): JsonNode[] => (node?.kind === 'array' ? node.items : []);

/** A Tiled custom property list (`[{ name, type, value }]`) as name → value node. */
function properties(node: JsonNode | undefined): Map<string, { value: JsonNode; index: number }> {
  const out = new Map<string, { value: JsonNode; index: number }>();
  items(field(node, 'properties')).forEach((p, index) => {
    const name = str(field(p, 'name'));
    const value = field(p, 'value');
    if (name !== undefined && value) out.set(name, { value, index });
  });
  return out;
}

/** Reads one Tiled map. Returns null when its size or shape cannot be used (each reason reported). */
export function importTiledMap(root: JsonNode, report: TiledReporter): TiledImport | null {
  if (root.kind !== 'object') {
    report('tiled-not-a-map', [], 'a Tiled map must be a JSON object (export it from Tiled as JSON, .tmj)', root);
    return null;
  }
  const size = mapSize(root, report);
  if (!size) return null;
  const tiles = tileProperties(root, report);
  const grid = tiles ? readTileLayers(root, size, tiles, report) : null;
  const { units, unitIds, areas } = readObjects(root, size, report);
  return { map: grid, units, unitIds, areas };
}

interface MapSize { width: number; height: number; tileWidth: number; tileHeight: number }

function mapSize(root: ObjectNode, report: TiledReporter): MapSize | null {
  const orientation = str(field(root, 'orientation'));
  if (orientation !== undefined && orientation !== 'orthogonal') {
    report('tiled-orientation', ['orientation'], `the map is ${orientation}; only orthogonal Tiled maps can be battlefields`, field(root, 'orientation')!);
    return null;
  }
  if (field(root, 'infinite')?.kind === 'boolean' && (field(root, 'infinite') as { value: boolean }).value) {
    report('tiled-infinite', ['infinite'], 'the map is infinite; untick Map > Map Properties > Infinite in Tiled', field(root, 'infinite')!);
    return null;
  }
  const read = (key: string, max: number): number | null => {
    const value = num(field(root, key));
    if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= max) return value;
    report('tiled-bad-size', [key], `'${key}' must be a whole number from 1 to ${max}`, field(root, key) ?? root);
    return null;
  };
  const width = read('width', MAX_MAP_SIZE);
  const height = read('height', MAX_MAP_SIZE);
  const tileWidth = read('tilewidth', 4096);
  const tileHeight = read('tileheight', 4096);
  if (width === null || height === null || tileWidth === null || tileHeight === null) return null;
  return { width, height, tileWidth, tileHeight };
}

interface TileMeaning { terrain?: Terrain; elevation?: number }

/** gid → what its tile means, from the embedded tilesets' tile properties. */
function tileProperties(root: ObjectNode, report: TiledReporter): Map<number, TileMeaning> | null {
  const meanings = new Map<number, TileMeaning>();
  let ok = true;
  items(field(root, 'tilesets')).forEach((tileset, t) => {
    const firstGid = num(field(tileset, 'firstgid'));
    if (field(tileset, 'source')) {
      report('tiled-external-tileset', ['tilesets', t, 'source'], `the tileset '${str(field(tileset, 'source'))}' is a separate file; embed it (Tiled: Map > Embed Tilesets) so its tile properties travel with the map`, field(tileset, 'source')!);
      ok = false;
      return;
    }
    if (firstGid === undefined || !Number.isInteger(firstGid) || firstGid < 1) {
      report('tiled-bad-tileset', ['tilesets', t], "a tileset needs a whole 'firstgid' of at least 1", tileset);
      ok = false;
      return;
    }
    items(field(tileset, 'tiles')).forEach((tile, i) => {
      const id = num(field(tile, 'id'));
      if (id === undefined) return;
      const meaning = tileMeaning(tile, ['tilesets', t, 'tiles', i], report);
      if (meaning) meanings.set(firstGid + id, meaning);
      else ok = false;
    });
  });
  return ok ? meanings : null;
}

function tileMeaning(tile: JsonNode, path: PathStep[], report: TiledReporter): TileMeaning | null {
  const props = properties(tile);
  const meaning: TileMeaning = {};
  const terrain = props.get('terrain');
  if (terrain) {
    const value = str(terrain.value);
    if (!TERRAINS.includes(value as Terrain)) {
      report('tiled-bad-terrain', [...path, 'properties', terrain.index, 'value'], `tile ${num(field(tile, 'id'))} of the tileset has terrain ${JSON.stringify(value ?? null)}; expected one of: ${TERRAINS.join(', ')}`, terrain.value);
      return null;
    }
    meaning.terrain = value as Terrain;
  }
  const elevation = props.get('elevation');
  if (elevation) {
    const value = num(elevation.value) ?? Number(str(elevation.value));
    if (!Number.isInteger(value) || value < 0 || value > 3) {
      report('tiled-bad-elevation', [...path, 'properties', elevation.index, 'value'], `tile ${num(field(tile, 'id'))} of the tileset has elevation ${JSON.stringify(elevation.value.kind === 'number' || elevation.value.kind === 'string' ? elevation.value.value : null)}; expected a whole number 0-3`, elevation.value);
      return null;
    }
    meaning.elevation = value;
  }
  return meaning;
}

/** Every tile layer (groups included), bottom first: the top-most tile with a property decides it. */
function tileLayers(node: JsonNode, path: PathStep[]): { layer: JsonNode; path: PathStep[] }[] {
  return items(field(node, 'layers')).flatMap((layer, i) => {
    const here = [...path, 'layers', i];
    const type = str(field(layer, 'type'));
    if (type === 'group') return tileLayers(layer, here);
    const hidden = field(layer, 'visible')?.kind === 'boolean' && !(field(layer, 'visible') as { value: boolean }).value;
    return type === 'tilelayer' && !hidden ? [{ layer, path: here }] : [];
  });
}

function readTileLayers(root: ObjectNode, size: MapSize, meanings: Map<number, TileMeaning>, report: TiledReporter): MapFile | null {
  const { width, height } = size;
  const terrain: (Terrain | undefined)[] = new Array(width * height);
  const elevation = new Array<number>(width * height).fill(0);
  const layers = tileLayers(root, []);
  if (layers.length === 0) {
    report('tiled-no-tiles', ['layers'], 'the map has no tile layer to read terrain from', field(root, 'layers') ?? root);
    return null;
  }
  for (const { layer, path } of layers) {
    const data = field(layer, 'data');
    if (data?.kind !== 'array') {
      const how = str(field(layer, 'encoding')) ?? 'missing';
      report('tiled-layer-encoding', path, `the tile layer '${str(field(layer, 'name'))}' has its data ${how === 'missing' ? 'missing' : `encoded as ${how}`}; set Tile Layer Format to CSV in Tiled's map properties`, layer);
      return null;
    }
    if (data.items.length !== width * height) {
      report('tiled-layer-size', [...path, 'data'], `the tile layer '${str(field(layer, 'name'))}' has ${data.items.length} tiles; a ${width}×${height} map needs ${width * height}`, data);
      return null;
    }
    data.items.forEach((cell, i) => {
      const gid = (num(cell) ?? 0) & TILE_FLIP_BITS;
      const meaning = meanings.get(gid);
      if (meaning?.terrain) terrain[i] = meaning.terrain;
      if (meaning?.elevation !== undefined) elevation[i] = meaning.elevation;
    });
  }
  const top = layers[layers.length - 1];
  let ok = true;
  let missing = 0;
  // A plain loop: forEach would skip the holes, which are exactly the tiles without terrain.
  for (let i = 0; i < terrain.length; i++) {
    if (terrain[i] || ++missing > 20) continue;
    ok = false;
    const x = i % width;
    const y = Math.floor(i / width);
    const cell = (field(top.layer, 'data') as JsonNode & { kind: 'array' }).items[i];
    const gid = (num(cell) ?? 0) & TILE_FLIP_BITS;
    const why = gid === 0 ? 'no tile in any layer has' : `its tile (gid ${gid}) has no`;
    report('tiled-missing-terrain', [...top.path, 'data', i], `the tile at x ${x}, y ${y}: ${why} a 'terrain' property (give the tileset's tiles a string property 'terrain': ${TERRAINS.join(', ')})`, cell);
  }
  if (missing > 20) {
    ok = false;
    report('tiled-missing-terrain', [...top.path, 'data'], `and ${missing - 20} more tiles without a 'terrain' property`, field(top.layer, 'data')!);
  }
  if (!ok) return null;
  const rows: string[] = [];
  const levels: string[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(terrain.slice(y * width, (y + 1) * width).map((t) => TERRAIN_CHAR[t!]).join(''));
    levels.push(elevation.slice(y * width, (y + 1) * width).join(''));
  }
  return { rows, elevation: levels };
}

/** Every object of every object layer (groups included), with its path. */
function objectsOf(node: JsonNode, path: PathStep[]): { object: JsonNode; path: PathStep[] }[] {
  return items(field(node, 'layers')).flatMap((layer, i) => {
    const here = [...path, 'layers', i];
    const type = str(field(layer, 'type'));
    if (type === 'group') return objectsOf(layer, here);
    if (type !== 'objectgroup') return [];
    return items(field(layer, 'objects')).map((object, j) => ({ object, path: [...here, 'objects', j] }));
  });
}

function describeObject(object: JsonNode): string {
  const name = str(field(object, 'name'));
  const id = num(field(object, 'id'));
  return `the object ${name ? `'${name}' ` : ''}(id ${id ?? '?'})`;
}

function readObjects(root: ObjectNode, size: MapSize, report: TiledReporter): Pick<TiledImport, 'units' | 'unitIds' | 'areas'> {
  const units: TiledImport['units'] = [];
  const unitIds: string[] = [];
  const areaTiles = new Map<string, TiledImport['areas'][number] & { tiles: Pos[] }>();
  for (const { object, path } of objectsOf(root, [])) {
    const props = properties(object);
    const label = describeObject(object);
    const prop = (name: string): string | undefined => str(props.get(name)?.value);
    const bad = (name: string, what: string) => {
      const entry = props.get(name);
      report('tiled-bad-property', entry ? [...path, 'properties', entry.index, 'value'] : path, `${label}: ${what}`, entry?.value ?? object);
    };
    if (props.has('area')) {
      const name = prop('area');
      if (!name || !ID.test(name)) { bad('area', "the 'area' property must be an id (letters, digits, '-' or '_')"); continue; }
      const tiles = objectTiles(object, size);
      if (!tiles) { bad('area', `an area must be a rectangle or a point inside the ${size.width}×${size.height} map`); continue; }
      const entry = areaTiles.get(name) ?? { name, value: { tiles: [] }, tiles: [], path, label, at: object };
      entry.tiles.push(...tiles);
      areaTiles.set(name, entry);
      continue;
    }
    if (!props.has('unit') && !props.has('type') && !props.has('side')) continue; // decoration: not ours
    const named = prop('unit');
    if (named && ID.test(named)) unitIds.push(named);
    const unit = readUnit(object, size, props, bad);
    if (unit) units.push({ value: unit, path, label, at: object });
  }
  const areas = [...areaTiles.values()].map(({ tiles, ...rest }) => ({ ...rest, value: { tiles } }));
  return { units, unitIds, areas };
}

function readUnit(object: JsonNode, size: MapSize, props: ReturnType<typeof properties>, bad: (name: string, what: string) => void): UnitFile | null {
  const value = (name: string) => str(props.get(name)?.value);
  let ok = true;
  for (const name of ['unit', 'type', 'side']) {
    const v = value(name);
    if (v === undefined || !ID.test(v)) {
      bad(name, props.has(name) ? `the '${name}' property must be an id (letters, digits, '-' or '_')` : `a unit object needs the string properties 'unit' (its id), 'type' and 'side'; '${name}' is missing`);
      ok = false;
    }
  }
  const at = objectTile(object, size);
  if (!at) {
    bad('unit', `it lies outside the ${size.width}×${size.height} map`);
    ok = false;
  }
  if (!ok || !at) return null;
  const unit: UnitFile = { id: value('unit')!, type: value('type')!, side: value('side')!, x: at.x, y: at.y };
  const hp = props.get('hp')?.value;
  if (hp?.kind === 'number') unit.hp = hp.value;
  const name = value('name');
  if (name) unit.name = name;
  return unit;
}

/** The tile under an object's centre (a tile object's anchor is its bottom-left corner). */
function objectTile(object: JsonNode, size: MapSize): Pos | null {
  const x = num(field(object, 'x')) ?? NaN;
  const y = num(field(object, 'y')) ?? NaN;
  const w = num(field(object, 'width')) ?? 0;
  const h = num(field(object, 'height')) ?? 0;
  const top = field(object, 'gid') ? y - h : y;
  const tx = Math.floor((x + w / 2) / size.tileWidth);
  const ty = Math.floor((top + h / 2) / size.tileHeight);
  return tx >= 0 && ty >= 0 && tx < size.width && ty < size.height ? { x: tx, y: ty } : null;
}

/** Tiles an area object covers: a point's tile, or every tile a rectangle overlaps. */
function objectTiles(object: JsonNode, size: MapSize): Pos[] | null {
  if (field(object, 'polygon') || field(object, 'polyline') || field(object, 'ellipse')?.kind === 'boolean') return null;
  const w = num(field(object, 'width')) ?? 0;
  const h = num(field(object, 'height')) ?? 0;
  if (field(object, 'point') || w === 0 || h === 0 || field(object, 'gid')) {
    const tile = objectTile(object, size);
    return tile ? [tile] : null;
  }
  const x = num(field(object, 'x')) ?? NaN;
  const y = num(field(object, 'y')) ?? NaN;
  const x0 = Math.floor(x / size.tileWidth);
  const y0 = Math.floor(y / size.tileHeight);
  const x1 = Math.ceil((x + w) / size.tileWidth) - 1;
  const y1 = Math.ceil((y + h) / size.tileHeight) - 1;
  if (!(x0 >= 0 && y0 >= 0 && x1 < size.width && y1 < size.height)) return null;
  const tiles: Pos[] = [];
  for (let ty = y0; ty <= y1; ty++) for (let tx = x0; tx <= x1; tx++) tiles.push({ x: tx, y: ty });
  return tiles;
}
