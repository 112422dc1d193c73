// The command's help texts, one per subcommand.

export const MAIN_HELP = `ultron: the Ultron Offensive command line

Usage: ultron <command> [options]

Commands:
  validate FILE...        check scenario files; every problem as FILE:LINE:COL JSON-PATH message
  sim SCENARIO [options]  play headless matches and report who wins how often
  soak [SCENARIO...]      many seeded matches, states round-tripped, replays re-verified
  replay verify FILE...   play replays again and check every action's checkpoint
  replay show FILE        print a replay as text, turn by turn
  replay link FILE        print a shareable link that carries the replay
  new NAME [--dir DIR]    write NAME.json, a new scenario from a template that validates and plays

Run "ultron <command> --help" for a command's options.
Exit codes: 0 success, 1 a check failed or an error, 2 bad usage.
`;

export const VALIDATE_HELP = `Usage: ultron validate FILE...

Checks each scenario file. Prints "ok FILE" for a valid one; otherwise every problem found, one per
line, as FILE:LINE:COL JSON-PATH message.
Exit 0 when all are valid, 1 when any is not, 2 on bad usage.
`;

export const SIM_HELP = `Usage: ultron sim SCENARIO [options]

Plays whole matches headlessly. SCENARIO is a scenario file or a campaign id (scenarios/ID.json).

Options:
  --seed S           batch seed (default "1"); game i plays seed "S:i"
  --games N          number of games (default 1)
  --avengers LEVEL   who plays the heroes' side (default random)
  --ultron LEVEL     who plays every other side that takes turns (default random)
                     levels: random, and easy/normal/hard once the AI is in the build
  --max-turns T      stop a match undecided after round T
  --json             print one JSON object: scenario, seed, games, results, wins
                     (the same arguments give the same bytes, whatever --jobs)
  --jobs J           worker threads (default: one per core)
  --shard K/N        play only the K-th of N equal parts of the batch (for many machines)
  --replay-out PATH  write the replay (a folder of replays when --games > 1)
`;

export const REPLAY_HELP = `Usage: ultron replay verify FILE...
       ultron replay show FILE
       ultron replay link FILE [--base URL]

verify  plays each replay from the start, checking the state hash after every action; prints the
        result and the final hash. On a mismatch: "desync at action N (turn T, side S): expected
        HASH, got HASH". Exit 0 when all verify, 1 otherwise.
        --scenario SCENARIO  also require the replay to be of this scenario's current content
show    prints the match as readable text, turn by turn.
link    prints a link that opens the replay in the game: the match compressed into the URL's
        fragment (#replay=...); a mod's scenario travels inside it. --base sets the game's address
        (default http://127.0.0.1:5173/).
`;

export const NEW_HELP = `Usage: ultron new NAME [--dir DIR]

Writes DIR/NAME.json (DIR defaults to the current folder): a small scenario that validates and plays,
naming the schema so an editor completes its fields. Never overwrites an existing file.
Then edit it and run "ultron validate NAME.json" and "ultron sim NAME.json --games 20".
See docs/MODDING.md for the tutorial and the reference of every field.
`;

export const SOAK_HELP = `Usage: ultron soak [SCENARIO...] [options]

Determinism at scale: plays seeded matches of each scenario (default: every campaign scenario),
round-trips the state through JSON at the end of every turn and goes on from the reloaded copy, then
replays each match from its log on both engine paths. Lists every hash mismatch or exception; exit 1
if there is any.

Options:
  --games N          games per scenario (default 20; CI runs a few, a long soak thousands)
  --seed S           batch seed (default "soak")
  --avengers LEVEL   default random
  --ultron LEVEL     default random
  --max-turns T      stop each match after round T
  --jobs J           worker threads (default: one per core)
`;
