// Plugs the AI (src/ai) into the player levels when it is present. The contract src/ai/index.ts
// meets: `export const AI_LEVELS: readonly string[]` and
// `export function createAiPlayer(level, { side, seed }): Player` (Player from src/sim/players).
// Loaded by path at run time so the command works before the AI exists and the build never
// depends on it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasPlayerLevel, registerPlayerLevel, type Player, type PlayerOptions } from '../sim/players';
import { messageOf } from './errors';

interface AiModule {
  AI_LEVELS?: readonly string[];
  createAiPlayer?: (level: string, options: PlayerOptions) => Player;
}

let loaded: Promise<string | null> | undefined;

/** Registers the AI's levels; resolves to null, or to why the AI could not be loaded. */
export function loadAiLevels(): Promise<string | null> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<string | null> {
  const url = new URL('../ai/index.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return 'the AI (src/ai) is not in this build';
  try {
    const mod = (await import(url.href)) as AiModule;
    const create = mod.createAiPlayer;
    if (!Array.isArray(mod.AI_LEVELS) || typeof create !== 'function') {
      return 'src/ai/index.ts does not export AI_LEVELS and createAiPlayer';
    }
    // Levels already known stay as they are: `random` is the simulation's own baseline, so a batch
    // plays the same whether or not the AI is in the build.
    for (const level of mod.AI_LEVELS) {
      if (!hasPlayerLevel(level)) registerPlayerLevel(level, (options) => create(level, options));
    }
    return null;
  } catch (error) {
    return `the AI (src/ai) failed to load: ${messageOf(error)}`;
  }
}
