// A one-line progress bar for long batches, drawn on stderr only when stderr is a terminal, so
// piped or redirected output (and --json) stays clean.

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };

export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  const started = performance.now();
  let lastDraw = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${eta}s left \x1b[K`);
  };
  return {
    update(done) {
      const now = performance.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      draw(done);
    },
    finish() {
      stream.write('\r\x1b[K');
    },
  };
}
