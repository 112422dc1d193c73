// `npm run schema`: writes scenarios/schema.json from the TypeScript definitions in src/scenario.
// tests/scenario/schema.test.ts fails when the file on disk differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaText } from '../src/scenario/schema';

const target = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));
writeFileSync(target, schemaText());
process.stdout.write(`wrote ${target}\n`);
