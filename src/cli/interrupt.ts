/**
 * Ctrl-C (SIGINT) during a long command: while a watch is active, SIGINT aborts its signal instead
 * of killing the process, so the command can stop its worker threads, write nothing, and exit with
 * 130 (main.ts maps {@link InterruptedError}). Work that runs on the main thread notices the abort
 * at its next await; outside a watch, SIGINT keeps Node's default (the process ends at once).
 */

/** A command stopped by Ctrl-C: exit code 130, no output written. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted (Ctrl-C); no output was written');
    this.name = 'InterruptedError';
  }
}

export interface InterruptWatch {
  /** Aborted on SIGINT. */
  signal: AbortSignal;
  /** Restores the previous SIGINT handling. */
  dispose(): void;
}

/**
 * Turns SIGINT into an abort signal until disposed.
 *
 * @returns the signal and a dispose function
 * @example
 * const watch = watchInterrupt();
 * try { await work(watch.signal); } finally { watch.dispose(); }
 */
export function watchInterrupt(): InterruptWatch {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => void process.off('SIGINT', onSigint) };
}
