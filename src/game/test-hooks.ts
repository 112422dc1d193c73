// window.__ultron: what end-to-end tests (and curious players) can read, in every build.
import * as Phaser from 'phaser';
import { hashState } from '../engine';
import type { BattleController } from './battle-controller';
import type { BattleScene } from './battle-scene';

export interface UltronHooks {
  readonly ready: boolean;
  readonly busy: boolean;
  readonly scenarioId: string | null;
  /** Frames per second the renderer manages (for the bench and slow-machine checks). */
  readonly fps: number;
  /** Which of Phaser's renderers draws the game (renderer-choice.ts). */
  readonly renderer: 'webgl' | 'canvas';
  state(): unknown;
  hash(): string | null;
  tileToScreen(x: number, y: number): { x: number; y: number } | null;
}

declare global {
  interface Window { __ultron: UltronHooks }
}

export function installTestHooks(battle: () => BattleController | null, scene: () => BattleScene) {
  window.__ultron = {
    get ready() { return battle()?.ready ?? false; },
    get busy() { return battle()?.busy ?? false; },
    get scenarioId() { return battle()?.session.setup.scenarioId ?? null; },
    get fps() { return Math.round(scene().game.loop.actualFps); },
    get renderer() { return scene().game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl'; },
    state() {
      const b = battle();
      return b ? JSON.parse(JSON.stringify(b.session.state)) : null;
    },
    hash() {
      const b = battle();
      return b ? hashState(b.session.state) : null;
    },
    tileToScreen(x: number, y: number) {
      if (!battle()) return null;
      // Like a player, bring the tile into view first, so the point returned is clickable.
      scene().revealTile(x, y);
      const p = scene().tileToScreen(x, y);
      const rect = scene().game.canvas.getBoundingClientRect();
      return { x: rect.left + window.scrollX + p.x, y: rect.top + window.scrollY + p.y };
    },
  };
}
