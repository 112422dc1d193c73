// Every campaign scenario ends in victory and in defeat in the browser: a real match is played
// headlessly by the command line (the AI on both sides, so it follows the current engine and
// scenario files), its actions become the browser's autosave, and the game rebuilds that battle
// action by action and shows the matching result screen with the debrief.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ULTRON = join(ROOT, 'bin', 'ultron.mjs');
const work = mkdtempSync(join(tmpdir(), 'ultron-outcomes-e2e-'));
const CAMPAIGN: string[] = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'campaign.json'), 'utf8'))
  .scenarios.map((s: string | { id: string }) => (typeof s === 'string' ? s : s.id));

interface Played { seed: string; actions: unknown[]; winner: string | null }

/** Plays seeded matches until one ends the way we want (a few tries at most). */
function playUntil(id: string, want: 'victory' | 'defeat'): Played {
  // Who plays each side, try by try: a strong side against a weak one, then closer matches.
  const tries = want === 'victory'
    ? [['hard', 'normal'], ['hard', 'random'], ['normal', 'random'], ['hard', 'easy'], ['hard', 'normal'], ['normal', 'easy'], ['hard', 'normal'], ['hard', 'random'], ['hard', 'normal'], ['normal', 'normal']]
    : [['random', 'normal'], ['easy', 'normal'], ['random', 'hard'], ['easy', 'hard']];
  for (let attempt = 1; attempt <= tries.length; attempt++) {
    const [heroes, foes] = tries[attempt - 1];
    const file = join(work, `${id}-${want}-${attempt}.json`);
    const run = spawnSync(process.execPath, [ULTRON, 'sim', id, '--seed', `${want}-${attempt}`, '--avengers', heroes, '--ultron', foes, '--jobs', '1', '--replay-out', file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    const won = replay.result?.winner === 'avengers';
    if (won === (want === 'victory')) return { seed: replay.seed, actions: replay.actions, winner: replay.result?.winner ?? null };
  }
  throw new Error(`no ${want} in ${id} after ${tries.length} seeded matches`);
}

test.describe.configure({ mode: 'serial' });

for (const id of CAMPAIGN) {
  for (const want of ['victory', 'defeat'] as const) {
    test(`${id} can end in ${want}`, async ({ page }) => {
      test.setTimeout(240_000);
      const played = playUntil(id, want);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.addInitScript(([scenarioId, seed, actions]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('ultron-offensive.settings', JSON.stringify({ speed: 4, muted: true, difficulty: 'normal' }));
        localStorage.setItem(`ultron-offensive.save.${scenarioId}`, JSON.stringify({ scenarioId, seed, difficulty: 'normal', actions, savedAt: '2026-01-01T00:00:00.000Z' }));
      }, [id, played.seed, played.actions] as const);
      await page.goto(`/?scenario=${id}&seed=${encodeURIComponent(played.seed)}&difficulty=normal`);
      const title = page.locator('.result-title');
      await expect(title).toHaveText(want === 'victory' ? 'Victory' : 'Defeat', { timeout: 60_000 });
      await expect(page.locator('.debrief')).not.toBeEmpty();
      expect(errors).toEqual([]);
    });
  }
}
