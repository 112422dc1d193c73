// Vite serves and builds the browser game; Phaser goes into a chunk of its own so the game's code
// can change without busting the (large, stable) Phaser download.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scenarioHotReload } from './scripts/vite-scenario-reload.ts';

const trimmedPhaser = fileURLToPath(new URL('./src/game/phaser-build.js', import.meta.url));

export default defineConfig(({ command }) => ({
  base: './',
  // Dev mode: a saved scenario or Tiled map reloads in the open game (scripts/vite-scenario-reload.ts).
  plugins: [scenarioHotReload()],
  // Builds use the game's trimmed Phaser (src/game/phaser-build.js, Phaser's own CommonJS sources);
  // the dev server keeps the package's ES bundle, which it can serve without bundling.
  resolve: { alias: command === 'build' ? [{ find: /^phaser$/, replacement: trimmedPhaser }] : [] },
  // The build flags Phaser's own bundles set (its webpack.dist.config.js): no WebGL debugger.
  define: {
    'typeof CANVAS_RENDERER': JSON.stringify('boolean'),
    'typeof WEBGL_RENDERER': JSON.stringify('boolean'),
    'typeof WEBGL_DEBUG': JSON.stringify(''),
    'typeof FEATURE_SOUND': JSON.stringify('boolean'),
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  worker: { format: 'es' },
}));
