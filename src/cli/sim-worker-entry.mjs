// Worker threads start from this plain module: it registers tsx in the worker (loader hooks of the
// main thread do not reach workers on every Node version) and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sim-worker.ts');
