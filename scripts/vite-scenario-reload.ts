// A Vite dev-server plugin: when a file under scenarios/ (a scenario .json or a Tiled .tmj) is saved,
// send its text to the open game (src/game/scenario-hot-reload.ts) instead of reloading the page, so
// the battle restarts on the new file from its own actions.
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

export function scenarioHotReload(): Plugin {
  return {
    name: 'ultron-scenario-hot-reload',
    apply: 'serve',
    async handleHotUpdate(context) {
      const path = `/${relative(context.server.config.root, context.file).split(sep).join('/')}`;
      if (!/^\/scenarios\/.+\.(json|tmj)$/.test(path) || path === '/scenarios/schema.json') return;
      const text = await context.read();
      context.server.ws.send({ type: 'custom', event: 'ultron:scenario-changed', data: { path, text } });
      return [];
    },
  };
}
