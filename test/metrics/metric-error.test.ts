/** MetricError: the measure that refused, and why, in one message. */
import { describe, expect, it } from 'vitest';
import { MetricError } from '../../src/metrics/metric-error.js';

describe('MetricError', () => {
  it('prefixes the message with the measure and keeps the measure', () => {
    const err = new MetricError('eigenvector', 'the view has no cycles');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('MetricError');
    expect(err.measure).toBe('eigenvector');
    expect(err.message).toBe('eigenvector: the view has no cycles');
  });

  it('is told apart from other errors by instanceof', () => {
    const thrown = (() => {
      try {
        throw new MetricError('view', 'negative weight');
      } catch (e) {
        return e;
      }
    })();
    expect(thrown instanceof MetricError).toBe(true);
    expect(new Error('x') instanceof MetricError).toBe(false);
  });
});
