import { describe, expect, it } from 'vitest';
import { decodeReplayLink, encodeReplay, encodeReplayLink, LINK_PREFIX } from '../../src/replay';
import { copyOf, recordedMatch } from './recorded-match';
import { tinyScenario } from './tiny-scenario';

describe('replay links', () => {
  const replay = recordedMatch('link');

  it('packs a match into a short fragment and unpacks it to the same replay', async () => {
    const link = await encodeReplayLink(replay);
    expect(link.startsWith(LINK_PREFIX)).toBe(true);
    expect(link).toMatch(/^replay=[A-Za-z0-9_-]+$/);
    // A short match must fit comfortably in a URL (browsers take far more; chat apps often ~2000).
    expect(link.length).toBeLessThan(2000);
    expect(link.length).toBeLessThan(encodeReplay(replay).length / 5);
    const back = await decodeReplayLink(`#${link}`, (id) => (id === 'tiny-skirmish' ? tinyScenario() : undefined));
    expect(back.ok && encodeReplay(back.value)).toBe(encodeReplay(replay));
  });

  it('carries a mod inside the link when asked', async () => {
    const link = await encodeReplayLink(replay, { embedScenario: true });
    const back = await decodeReplayLink(link);
    expect(back.ok && back.value.scenario.content).toEqual(replay.scenario.content);
  });

  it('says what is missing or wrong', async () => {
    const link = await encodeReplayLink(replay);
    expect(await decodeReplayLink(link)).toMatchObject({ ok: false, error: { message: 'replay link: it names scenario "tiny-skirmish", which is not here and not in the link' } });
    expect(await decodeReplayLink(link.slice(0, link.length - 12), tinyScenario)).toMatchObject({ ok: false, error: { message: 'replay link: damaged or cut short (it does not decompress)' } });
    expect(await decodeReplayLink('replay=%%%')).toMatchObject({ ok: false, error: { message: 'replay link: not base64url text' } });
    expect(await decodeReplayLink('#game=1')).toMatchObject({ ok: false });
    const changed = tinyScenario();
    changed.turnLimit = 3;
    expect(await decodeReplayLink(link, () => changed)).toMatchObject({ ok: false, error: { code: 'scenario-mismatch' } });
  });

  it('catches a link whose actions were changed', async () => {
    const tampered = copyOf(replay);
    tampered.actions = tampered.actions.slice(0, -3);
    tampered.checkpoints = replay.checkpoints; // the final hash stays the original one
    const link = await encodeReplayLink(tampered);
    const back = await decodeReplayLink(link, tinyScenario);
    expect(back.ok).toBe(false);
  });
});
