// A scenario may name its Tiled map by path (`"map": { "tiled": "maps/x.tmj" }`): the command reads
// that file, relative to the scenario, and hands its text to the parser, which locates its problems.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tiledReference } from '../scenario/tiled-scenario';
import { readTextFile } from './scenario-files';

/** The referenced map's text by its reference, or nothing (a missing file is the parser's to report). */
export function tiledMapsBeside(text: string, scenarioPath: string): Record<string, string> {
  const reference = tiledReference(text);
  if (reference === undefined) return {};
  const path = resolve(dirname(scenarioPath), reference);
  if (!existsSync(path) || !statSync(path).isFile()) return {};
  return { [reference]: readTextFile(path) };
}
