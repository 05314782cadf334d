/**
 * The error a run stopped through its abort signal rejects with, in a module of its own so that a
 * command can recognise it without loading the worker pool (and Node's worker threads) it comes from.
 */

/** Thrown when a run is aborted through its signal. */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}
