/**
 * A progress line on stderr for long work, drawn only when stderr is an interactive terminal
 * (never on stdout, never into JSON or files), redrawn at most every 100 ms.
 */
import type { CommandIO } from './command.js';

export interface ProgressReporter {
  /** Reports progress under the reporter's label. */
  update(done: number, total: number): void;
  /** A callback reporting progress under another label (e.g. one per measure). */
  labelled(label: string): (done: number, total: number) => void;
  /** Clears the line. */
  done(): void;
}

export function progressReporter(io: CommandIO, label: string): ProgressReporter {
  let drawn = false;
  let last = 0;
  const draw = (name: string, done: number, total: number) => {
    if (!io.interactive) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const pct = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
    const width = 30;
    const filled = Math.round((width * pct) / 100);
    io.stderr(`\r${name} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})\u001b[K`);
    drawn = true;
  };
  return {
    update: (done, total) => draw(label, done, total),
    labelled: (name) => (done, total) => draw(name, done, total),
    done() {
      if (drawn) io.stderr('\r\u001b[K');
      drawn = false;
    },
  };
}
