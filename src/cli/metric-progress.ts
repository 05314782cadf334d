/**
 * A one-line progress indicator on stderr for long metric runs, drawn only when stderr is an
 * interactive terminal (never on stdout, never into JSON or files).
 */
import type { CommandIO } from './command.js';

export interface ProgressLine {
  /** Callback for a measure: done out of total. */
  update(label: string): (done: number, total: number) => void;
  /** Clears the line. */
  done(): void;
}

/** A progress line for `io`, or callbacks that do nothing when `io` is not interactive. */
export function progressLine(io: CommandIO): ProgressLine {
  let drawn = false;
  let last = 0;
  return {
    update(label) {
      return (done, total) => {
        if (!io.interactive) return;
        const now = Date.now();
        if (done < total && now - last < 100) return;
        last = now;
        const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
        io.stderr(`\r${label}: ${pct}% (${done}/${total} nodes)\u001b[K`);
        drawn = true;
      };
    },
    done() {
      if (drawn) io.stderr('\r\u001b[K');
      drawn = false;
    },
  };
}
