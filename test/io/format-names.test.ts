/**
 * Format names: which format a path names, the format lists, and the problem of a path whose format
 * cannot be told.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSIONS, FILE_FORMATS, FORMATS, formatFromPath, unsupportedFormat } from '../../src/io/format-names.js';

describe('formatFromPath', () => {
  it('names the format by extension, in any case; .xml is GraphML', () => {
    expect(formatFromPath('eco.json')).toBe('json');
    expect(formatFromPath('dir/Les.GEXF')).toBe('gexf');
    expect(formatFromPath('a.graphml')).toBe('graphml');
    expect(formatFromPath('a.xml')).toBe('graphml');
    expect(formatFromPath('eco/nodes.csv')).toBe('csv');
  });

  it('takes a directory, or a path ending in a separator, for CSV', () => {
    expect(formatFromPath('eco', true)).toBe('csv');
    expect(formatFromPath('eco.json', true)).toBe('csv');
    expect(formatFromPath('eco/')).toBe('csv');
    expect(formatFromPath('eco\\')).toBe('csv');
  });

  it('says nothing for an unknown extension or none', () => {
    expect(formatFromPath('eco.txt')).toBeUndefined();
    expect(formatFromPath('eco')).toBeUndefined();
    expect(formatFromPath('json')).toBeUndefined();
  });

  it('lists the four text formats, the file formats with workbooks, and the single-file extensions', () => {
    expect(FORMATS).toEqual(['json', 'csv', 'gexf', 'graphml']);
    expect(FILE_FORMATS).toEqual(['json', 'csv', 'gexf', 'graphml', 'xlsx']);
    expect(EXTENSIONS).toEqual({ json: ['.json'], gexf: ['.gexf'], graphml: ['.graphml', '.xml'], xlsx: ['.xlsx'] });
    expect(['a.XLSX', 'd/edges.tsv', 'd/Nodes.CSV'].map((p) => formatFromPath(p))).toEqual(['xlsx', 'csv', 'csv']);
  });
});

describe('unsupportedFormat', () => {
  it('is an error naming the file and the formats ecograph reads', () => {
    expect(unsupportedFormat('eco.txt')).toEqual({
      severity: 'error',
      code: 'unsupported-format',
      message: 'cannot tell the format: use a .json, .gexf, .graphml or .xlsx file, or a directory with edges.csv (and nodes.csv)',
      file: 'eco.txt',
    });
  });
});
