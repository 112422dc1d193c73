// The small roster the tests parse against, so they do not depend on the campaign's roster.json.
import { readFileSync } from 'node:fs';
import { parseRoster, type Roster } from '../../src/scenario';

export const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

export function testRoster(): Roster {
  const parsed = parseRoster(fixture('fixtures/test-roster.json'), 'fixtures/test-roster.json');
  if (!parsed.ok) throw new Error(`the test roster is broken: ${JSON.stringify(parsed.errors)}`);
  return parsed.roster;
}
