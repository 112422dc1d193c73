// Vite serves and builds the browser game; Phaser goes into a chunk of its own so the game's code
// can change without busting the (large, stable) Phaser download.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
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
});
