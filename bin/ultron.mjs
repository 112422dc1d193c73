#!/usr/bin/env node
// The `ultron` command. Its code is TypeScript (src/cli/main.ts); tsx, a dependency, compiles it on
// the fly in this same process, so the command works straight after `npm ci` with no build step.
let main;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} catch (error) {
  process.stderr.write(`ultron: cannot start: ${error instanceof Error ? error.message : String(error)} (did \`npm ci\` run?)\n`);
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
