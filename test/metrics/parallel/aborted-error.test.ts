/** The abort error is one class, whether a command imports it alone or through the worker pool. */
import { describe, expect, it } from 'vitest';
import { generateEcosystem } from '../../../src/generate/ecosystem.js';
import { indexGraph } from '../../../src/metrics/indexed-graph.js';
import { AbortedError } from '../../../src/metrics/parallel/aborted-error.js';
import { AbortedError as FromPool, runInWorkers } from '../../../src/metrics/parallel/worker-pool.js';
import { buildView } from '../../../src/metrics/view.js';

describe('AbortedError', () => {
  it('is an Error named AbortedError with the message "aborted"', () => {
    const error = new AbortedError();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AbortedError');
    expect(error.message).toBe('aborted');
  });

  it('is the class the worker pool rejects with, so a command that imports it alone recognises an aborted run', async () => {
    expect(FromPool).toBe(AbortedError);
    const g = indexGraph(buildView(generateEcosystem({ nodes: 40, seed: 1 })).graph);
    const aborted = new AbortController();
    aborted.abort();
    await expect(runInWorkers(g, { kind: 'betweenness' }, g.nodes.length, { signal: aborted.signal })).rejects.toBeInstanceOf(AbortedError);
  });
});
