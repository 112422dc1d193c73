// Replays: record, encode and decode, verify, and pack into a link. Pure: usable in the browser too.
export * from './format';
export { canonicalAction, decodeReplay, encodeReplay, MAX_REPLAY_BYTES, replayFromJson } from './codec';
export { findJsonBreak, parseJsonLocated } from './json-location';
export { checkpointHash } from './checkpoint-hash';
export { checkpointOf, recordAction, recordReplay, resultOf, startReplay, stopReplay, type ReplayMeta } from './record';
export { describeResult, verifyReplay, type VerifiedReplay, type VerifyOptions, type VerifyOutcome } from './verify';
export { decodeReplayLink, encodeReplayLink, LINK_PREFIX, type LinkOptions } from './link';
export { describeAction, describeEvent, replayText } from './describe';
