// Golden replays: a recorded match of every campaign scenario must play out exactly as recorded.
// A change to the rules that alters a match fails here, naming the action where it diverged; a
// change to a scenario file asks for the goldens to be re-recorded (tests/golden/record-golden.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { campaignIds, loadScenario } from '../../src/cli/scenario-files';
import { hashScenario } from '../../src/engine';
import { decodeReplay, verifyReplay } from '../../src/replay';

const dir = fileURLToPath(new URL('.', import.meta.url));
const goldens = readdirSync(dir).filter((f) => f.endsWith('.replay.json')).sort();
const campaign = campaignIds();
const RECORD = 'npx tsx tests/golden/record-golden.ts';

describe('golden replays', () => {
  it('exist for every campaign scenario', () => {
    const missing = campaign.filter((id) => !existsSync(`${dir}/${id}.replay.json`));
    expect(missing, `no golden replay for ${missing.join(', ')}: run ${RECORD} ${missing.join(' ')}`).toEqual([]);
  });

  it.each(goldens.map((f) => [f]))('%s plays out exactly as recorded', (file) => {
    const decoded = decodeReplay(readFileSync(`${dir}/${file}`, 'utf8'));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.error.message}`);
    const verified = verifyReplay(decoded.value);
    // The message names the diverging action: "desync at action N (turn T, side S): expected …, got …".
    if (!verified.ok) throw new Error(`${file}: ${verified.error.message}`);
    expect(verified.value.finalHash).toBe(decoded.value.result?.hash);
    expect(verified.value.result).toEqual(decoded.value.result);
  });

  it.each(goldens.map((f) => [f.replace('.replay.json', '')]).filter(([id]) => campaign.includes(id)))(
    '%s was recorded on the current scenario file',
    async (id) => {
      const decoded = decodeReplay(readFileSync(`${dir}/${id}.replay.json`, 'utf8'));
      if (!decoded.ok) throw new Error(decoded.error.message);
      const { scenario } = await loadScenario(id);
      const current = hashScenario(scenario);
      expect(current, `scenarios/${id}.json changed since its golden replay was recorded: re-record with ${RECORD} ${id}`).toBe(decoded.value.scenario.hash);
    },
  );
});
