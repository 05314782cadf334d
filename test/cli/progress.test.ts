/**
 * The progress line: drawn on stderr only for an interactive terminal, redrawn at most every
 * 100 ms (the last step always), labelled, and cleared when done. The clock is faked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { progressReporter } from '../../src/cli/progress.js';

function capture(interactive: boolean): { io: CommandIO; err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return { io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), interactive }, err, out };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('progressReporter', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const c = capture(false);
    const p = progressReporter(c.io, 'loading');
    p.update(1, 2);
    p.update(2, 2);
    p.done();
    expect(c.err).toEqual([]);
    expect(c.out).toEqual([]);
  });

  it('draws a bar with percentage and counts, and clears the line when done', () => {
    const c = capture(true);
    const p = progressReporter(c.io, 'loading');
    p.update(1, 4);
    expect(c.err).toEqual([`\rloading [########......................] 25% (1/4)\u001b[K`]);
    p.done();
    expect(c.err[1]).toBe('\r\u001b[K');
    p.done();
    expect(c.err).toHaveLength(2);
    expect(c.out).toEqual([]);
  });

  it('redraws at most every 100 ms, but always draws the last step', () => {
    const c = capture(true);
    const p = progressReporter(c.io, 'x');
    p.update(1, 10);
    vi.advanceTimersByTime(50);
    p.update(2, 10);
    expect(c.err).toHaveLength(1);
    vi.advanceTimersByTime(50);
    p.update(3, 10);
    expect(c.err).toHaveLength(2);
    p.update(10, 10);
    expect(c.err).toHaveLength(3);
    expect(c.err[2]).toContain('100% (10/10)');
  });

  it('labels a callback with another name, and shows an empty total as complete', () => {
    const c = capture(true);
    const p = progressReporter(c.io, 'working');
    p.labelled('pagerank')(0, 0);
    expect(c.err).toEqual([`\rpagerank [${'#'.repeat(30)}] 100% (0/0)\u001b[K`]);
  });
});
