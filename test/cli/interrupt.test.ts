/**
 * Ctrl-C during a watch aborts the watch's signal instead of ending the process, and disposing the
 * watch restores the previous SIGINT handling. (The binary's exit code 130 on Ctrl-C is checked
 * end to end by the command tests through test/helpers/interrupt-cli.ts.)
 */
import { describe, expect, it } from 'vitest';
import { InterruptedError, watchInterrupt } from '../../src/cli/interrupt.js';

describe('watchInterrupt', () => {
  it('adds one SIGINT listener that aborts the signal, removed again by dispose', () => {
    const before = process.listeners('SIGINT');
    const watch = watchInterrupt();
    const added = process.listeners('SIGINT').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    expect(watch.signal.aborted).toBe(false);
    (added[0] as () => void)();
    expect(watch.signal.aborted).toBe(true);
    watch.dispose();
    expect(process.listeners('SIGINT')).toEqual(before);
  });

  it('gives each watch its own signal', () => {
    const a = watchInterrupt();
    const b = watchInterrupt();
    try {
      expect(a.signal).not.toBe(b.signal);
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});

describe('InterruptedError', () => {
  it('says that nothing was written', () => {
    const e = new InterruptedError();
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InterruptedError');
    expect(e.message).toBe('interrupted (Ctrl-C); no output was written');
  });
});
