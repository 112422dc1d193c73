// The ladder's figures as a table, for the AI developer (not a test): the heroes' win rate and the
// CPU seconds per game, per campaign scenario and pairing, on the ladder's own seeds (ladder-1, ...).
//   npx tsx tests/ai/ladder-table.ts [--games 12] [--pairings hard:normal,normal:hard] [--scenarios a,b]
// A pairing is HEROES:OPPONENTS (the civilians play at the heroes' level, as in the ladder test).
import { CAMPAIGN, loadScenario } from '../campaign/campaign-fixture';
import { playPairing, type Pairing } from './ladder';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const games = Number(arg('games', '12'));
const first = Number(arg('first', '1'));
const pairings: Pairing[] = arg('pairings', 'hard:normal,normal:hard').split(',').map((p) => {
  const [heroes, opponents] = p.split(':');
  return { heroes, opponents };
});
const scenarios = arg('scenarios', CAMPAIGN.join(',')).split(',');

const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

console.log(`games ${first}..${first + games - 1} per cell; heroes' wins (and CPU s per game)`);
console.log(['scenario', ...pairings.map((p) => `${p.heroes}:${p.opponents}`)].join('\t'));
for (const id of scenarios) {
  const scenario = loadScenario(id);
  const cells: string[] = [];
  for (const pairing of pairings) {
    const start = cpuSeconds();
    let wins = 0;
    for (let g = first; g < first + games; g++) if (playPairing(scenario, pairing, `ladder-${g}`).heroesWon) wins += 1;
    const perGame = (cpuSeconds() - start) / games;
    cells.push(`${wins}/${games} ${Math.round((100 * wins) / games)}% (${perGame.toFixed(2)}s)`);
  }
  console.log([id, ...cells].join('\t'));
}
