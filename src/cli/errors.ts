// The two ways a command fails on purpose: bad usage (exit 2) and a failure to report (exit 1).
// Anything else thrown is a bug; main() still turns it into one line, never a stack trace.

export class UsageError extends Error {}

export class CommandFailure extends Error {}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
