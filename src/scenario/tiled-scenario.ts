// A scenario whose map is drawn in Tiled: the Tiled map (embedded, or a referenced .tmj whose text the
// caller supplies) becomes ordinary rows, units and areas before the usual checks run, and problems
// the later checks find in those units and areas are reported at the Tiled object they came from.
import type { PathStep } from './errors';
import type { AreaFile, ScenarioFile, UnitFile } from './format';
import { exactNodeAt, parseJsonDocument, type JsonNode, type Location } from './json-document';
import type { Reporter } from './report';
import { importTiledMap, type TiledReporter } from './tiled';

export interface TiledResolution {
  file: Partial<ScenarioFile>;
  report: Reporter;
  /** Ids of units and names of areas the Tiled map adds. */
  unitIds: string[];
  areaNames: string[];
}

const MAX_TILED_TEXT = 2 * 1024 * 1024;

/** The `tiled` reference a scenario text names, if any (for loaders that must fetch the file first). */
export function tiledReference(text: string): string | undefined {
  try {
    const tiled = (JSON.parse(text) as { map?: { tiled?: unknown } })?.map?.tiled;
    return typeof tiled === 'string' ? tiled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces a Tiled map by what it holds. `tiledMaps` gives the text of referenced .tmj files by the
 * reference as written in the scenario. Files without a Tiled map pass through untouched.
 */
export function withTiledMap(file: Partial<ScenarioFile>, root: JsonNode, tiledMaps: Readonly<Record<string, string>> | undefined, report: Reporter): TiledResolution {
  const plain = { file, report, unitIds: [], areaNames: [] };
  if (!file.map || !('tiled' in file.map)) return plain;
  const mapPath: PathStep[] = ['map', 'tiled'];
  const source = tiledSource(root, mapPath, tiledMaps, report);
  if (!source) return { ...plain, file: { ...file, map: undefined } };
  const imported = importTiledMap(source.root, source.report);
  if (!imported) return { ...plain, file: { ...file, map: undefined } };

  const ownUnits = file.units ?? [];
  const ownAreas = file.areas ?? {};
  for (const area of imported.areas) {
    if (Object.prototype.hasOwnProperty.call(ownAreas, area.name)) {
      source.report('duplicate-id', area.path, `${area.label}: the area '${area.name}' is also defined in the scenario's \`areas\``, area.at);
    }
  }
  const areas: Record<string, AreaFile> = { ...Object.fromEntries(imported.areas.map((a) => [a.name, a.value])), ...ownAreas };
  const units = [...ownUnits, ...imported.units.map((u) => u.value)];
  const tiledAreas = new Map(imported.areas.map((a) => [a.name, a]));

  // Later checks speak of `$.units[i]` and `$.areas.NAME`; for what came from Tiled, point at the object.
  const wrapped: Reporter = (code, path, message, at) => {
    if (path[0] === 'units' && typeof path[1] === 'number' && path[1] >= ownUnits.length) {
      const placed = imported.units[path[1] - ownUnits.length];
      if (placed) return source.report(code, placed.path, `${placed.label}: ${message}`, placed.at);
    }
    if (path[0] === 'areas' && typeof path[1] === 'string' && !Object.prototype.hasOwnProperty.call(ownAreas, path[1])) {
      const placed = tiledAreas.get(path[1]);
      if (placed) return source.report(code, placed.path, `${placed.label}: ${message}`, placed.at);
    }
    report(code, path, message, at);
  };
  return {
    file: { ...file, map: imported.map ?? undefined, units: units as UnitFile[], areas },
    report: wrapped,
    unitIds: imported.unitIds,
    areaNames: imported.areas.map((a) => a.name),
  };
}

/** The Tiled map's root node, and how to report a problem inside it. */
function tiledSource(root: JsonNode, mapPath: PathStep[], tiledMaps: Readonly<Record<string, string>> | undefined, report: Reporter): { root: JsonNode; report: TiledReporter } | null {
  const node = exactNodeAt(root, mapPath);
  if (!node) return null;
  if (node.kind !== 'string') {
    // Embedded: its nodes are in this file, so a path locates them exactly.
    return { root: node, report: (code, path, message) => report(code, [...mapPath, ...path], message) };
  }
  const reference = node.value;
  const text = tiledMaps?.[reference];
  if (text === undefined) {
    report('tiled-file-missing', mapPath, `the Tiled map '${reference}' was not found beside the scenario (in the game, load the .tmj file together with the scenario, or embed the map: "tiled": { ...the map... })`);
    return null;
  }
  if (text.length > MAX_TILED_TEXT) {
    report('tiled-file-too-large', mapPath, `the Tiled map '${reference}' is ${text.length} characters long (at most ${MAX_TILED_TEXT})`);
    return null;
  }
  const document = parseJsonDocument(text);
  for (const problem of document.problems.slice(0, 20)) report(problem.code, mapPath, `${reference}:${problem.line}:${problem.column}: ${problem.message}`);
  if (!document.root || document.problems.length > 0) return null;
  // A separate file: the error stands on the reference, and names the place inside the .tmj.
  const inFile = (at: Location) => `${reference}:${at.line}:${at.column}`;
  return { root: document.root, report: (code, _path, message, at) => report(code, mapPath, `${inFile(at)}: ${message}`) };
}
