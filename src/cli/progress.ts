/** A progress line on stderr for long work, drawn only on an interactive terminal. */
import type { CommandIO } from './command.js';

export interface ProgressReporter {
  update(done: number, total: number): void;
  done(): void;
}

export function progressReporter(io: CommandIO, label: string): ProgressReporter {
  if (!io.interactive) return { update: () => undefined, done: () => undefined };
  let last = -1;
  let drawn = false;
  return {
    update(done, total) {
      const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
