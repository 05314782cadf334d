/**
 * The error a measure throws when it cannot run on its input (a view with negative weights, an
 * eigenvector that does not exist, …). Its message says why, in words a researcher can act on;
 * the CLI prints it without a stack trace and exits with status 1.
 */
export class MetricError extends Error {
  /** The measure or step that refused, e.g. `eigenvector` or `view`. */
  readonly measure: string;

  constructor(measure: string, message: string) {
    super(`${measure}: ${message}`);
    this.name = 'MetricError';
    this.measure = measure;
  }
}
