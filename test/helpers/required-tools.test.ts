/**
 * The external-tool checks: executables are found on the PATH given, a missing tool is skipped with
 * one line naming it and its install command, and CI or the ECOGRAPH_REQUIRE_* variables turn the
 * skip into a failure.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumExecutable, chromiumMissing, findOnPath, haveTool, popplerMissing, skipLine, toolRequired } from './required-tools.js';

const BIN = mkdtempSync(join(tmpdir(), 'ecograph-tools-'));
const EMPTY = mkdtempSync(join(tmpdir(), 'ecograph-no-tools-'));
afterAll(() => {
  rmSync(BIN, { recursive: true, force: true });
  rmSync(EMPTY, { recursive: true, force: true });
});

function fakeExecutable(name: string, mode = 0o755): string {
  const path = join(BIN, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, mode);
  return path;
}

describe('findOnPath', () => {
  it('finds an executable file in the PATH given, in PATH order, and nothing else', () => {
    const chromium = fakeExecutable('chromium');
    fakeExecutable('not-executable', 0o644);
    expect(findOnPath('chromium', [EMPTY, BIN].join(delimiter))).toBe(chromium);
    expect(findOnPath('chromium', EMPTY)).toBeUndefined();
    expect(findOnPath('not-executable', BIN)).toBeUndefined();
    expect(findOnPath('chromium', '')).toBeUndefined();
  });
});

describe('chromium', () => {
  it('comes from ECOGRAPH_CHROMIUM when set, else from PATH', () => {
    const chromium = fakeExecutable('chromium');
    expect(chromiumExecutable({ PATH: BIN })).toBe(chromium);
    expect(chromiumExecutable({ PATH: EMPTY })).toBeUndefined();
    expect(chromiumExecutable({ PATH: EMPTY, ECOGRAPH_CHROMIUM: chromium })).toBe(chromium);
    expect(chromiumExecutable({ PATH: BIN, ECOGRAPH_CHROMIUM: join(EMPTY, 'chromium') })).toBeUndefined();
  });

  it('names the tool and the install command when missing', () => {
    expect(chromiumMissing({ PATH: EMPTY })).toEqual({ missing: 'chromium not found', install: 'apt-get install chromium' });
    expect(skipLine(chromiumMissing({ PATH: EMPTY })!)).toBe('skipped: chromium not found — apt-get install chromium');
  });
});

describe('poppler', () => {
  it('lists the poppler commands missing from PATH', () => {
    expect(popplerMissing({ PATH: EMPTY })).toEqual({
      missing: 'poppler (pdftoppm, pdffonts, pdfimages, pdfinfo, pdftotext) not found',
      install: 'apt-get install poppler-utils',
    });
    for (const command of ['pdftoppm', 'pdffonts', 'pdfimages', 'pdfinfo']) fakeExecutable(command);
    expect(popplerMissing({ PATH: BIN })?.missing).toBe('poppler (pdftotext) not found');
    fakeExecutable('pdftotext');
    expect(popplerMissing({ PATH: BIN })).toBeUndefined();
  });
});

describe('haveTool', () => {
  const missing = { missing: 'chromium not found', install: 'apt-get install chromium' };

  it('is true for a tool that is there, without printing anything', () => {
    const lines: string[] = [];
    expect(haveTool('chromium', undefined, {}, (l) => lines.push(l))).toBe(true);
    expect(lines).toEqual([]);
  });

  it('skips a missing tool with exactly one line when nothing requires it', () => {
    const lines: string[] = [];
    expect(haveTool('chromium', missing, { CI: 'false' }, (l) => lines.push(l))).toBe(false);
    expect(lines).toEqual(['skipped: chromium not found — apt-get install chromium']);
  });

  it('fails for a missing tool under CI=true, ECOGRAPH_REQUIRE_TOOLS=1 or the tool’s own variable', () => {
    const never = () => expect.unreachable('no skip line when the tool is required');
    expect(() => haveTool('chromium', missing, { CI: 'true' }, never)).toThrow(
      'chromium is required in this run (CI=true) but chromium not found — apt-get install chromium',
    );
    expect(() => haveTool('chromium', missing, { ECOGRAPH_REQUIRE_TOOLS: '1' }, never)).toThrow(/\(ECOGRAPH_REQUIRE_TOOLS=1\)/);
    expect(() => haveTool('chromium', missing, { ECOGRAPH_REQUIRE_CHROMIUM: '1' }, never)).toThrow(/\(ECOGRAPH_REQUIRE_CHROMIUM=1\)/);
  });

  it('requires each tool only through its own variable', () => {
    expect(toolRequired('poppler', { ECOGRAPH_REQUIRE_POPPLER: '1' })).toBe(true);
    expect(toolRequired('poppler', { ECOGRAPH_REQUIRE_NEO4J: '1' })).toBe(false);
    expect(toolRequired('neo4j', { ECOGRAPH_REQUIRE_NEO4J: '1' })).toBe(true);
    expect(toolRequired('notebooks', { ECOGRAPH_REQUIRE_NOTEBOOKS: '1' })).toBe(true);
    expect(toolRequired('seeds', { ECOGRAPH_REQUIRE_SEEDS: '1' })).toBe(true);
    expect(toolRequired('seeds', { ECOGRAPH_REQUIRE_NOTEBOOKS: '0', CI: '1' })).toBe(false);
  });
});
