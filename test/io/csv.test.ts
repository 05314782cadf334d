import { describe, expect, it } from 'vitest';
import { plainEdgeColumns, plainNodeColumns, readCsv, writeCsv } from '../../src/io/csv.js';
import { buildGraph } from '../../src/model/build.js';
import { createEcoGraph } from '../../src/model/graph.js';

const read = (nodes: string, edges = 'source,target\n') => readCsv({ dir: 'd', nodes: { file: 'd/nodes.csv', text: nodes }, edges: { file: 'd/edges.csv', text: edges } });
const build = (nodes: string, edges?: string) => buildGraph(read(nodes, edges));

describe('readCsv', () => {
  it('reads headers in any case and order, with extra columns as string attributes', () => {
    const raw = read('KIND,Region,ID,Label\nfirm,Kyoto,f1,Firm One\n');
    expect(raw.problems).toEqual([]);
    expect(raw.nodes).toEqual([
      {
        id: 'f1',
        attributes: { label: 'Firm One', kind: 'firm', region: 'Kyoto' },
        loc: { file: 'd/nodes.csv', line: 2, fieldColumns: { id: 3, label: 4, kind: 1, region: 2 } },
      },
    ]);
  });

  it('honours type annotations in headers and leaves unannotated extras as strings', () => {
    const { graph, problems } = build('id,label,employees:number,public:boolean,tags:string[],code,meta:json,rank:integer\na,A,12.5,yes,x | y,007,"{""k"":[1]}",3\n');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'A', employees: 12.5, public: true, tags: ['x', 'y'], code: '007', meta: { k: [1] }, rank: 3 });
  });

  it('reads an empty cell as an absent attribute, but an empty label as empty', () => {
    const raw = read('id,label,region,founded\na,,,\n');
    expect(raw.nodes[0]!.attributes).toEqual({ label: '' });
    expect(build('id,label,region\na,,\n').problems.map((p) => p.code)).toEqual(['empty-label']);
  });

  it('uses the Kumu Label column as the id when there is no Id column, and Type as the kind', () => {
    const { graph } = build('Label,Type\nKyoto University,University\n', 'From,To,Type\nKyoto University,Kyoto University,Collaboration\n');
    expect(graph.getNodeAttributes('Kyoto University')).toEqual({ label: 'Kyoto University', kind: 'university' });
    expect(graph.edges().map((e) => [graph.getEdgeAttribute(e, 'kind'), graph.isUndirected(e)])).toEqual([['collaboration', true]]);
  });

  it('takes an untyped edge direction from directed, Gephi Type, else undirected', () => {
    const { graph, problems } = build(
      'id\na\nb\n',
      'Source,Target,Type,directed\na,b,Directed,\na,b,Undirected,\na,b,,true\na,b,,false\na,b,,\n',
    );
    expect(problems).toEqual([]);
    expect(graph.mapEdges((_e, _a, _s, _t, _sa, _ta, undirected) => !undirected)).toEqual([true, false, true, false, false]);
  });

  it('keeps a non-direction Type as an attribute when there is also a kind column', () => {
    const raw = read('id\na\nb\n', 'source,target,kind,type\na,b,,supply\n');
    expect(raw.edges[0]!.attributes).toEqual({ type: 'supply' });
    expect(raw.edges[0]!.directed).toBeUndefined();
  });

  it('reports a bad directed value with line, column and header', () => {
    const raw = read('id\na\n', 'source,target,directed\na,a,maybe\n');
    expect(raw.problems).toEqual([
      expect.objectContaining({ code: 'bad-value', file: 'd/edges.csv', line: 2, column: 3, field: 'directed' }),
    ]);
  });

  it('reports typed cells that do not parse, with the record line, field number and header name', () => {
    const raw = read('id,label,n:number\n"a\nb",A,"x"\nc,C,y\n');
    expect(raw.problems).toEqual([
      expect.objectContaining({ code: 'bad-number', line: 2, column: 3, field: 'n:number' }),
      expect.objectContaining({ code: 'bad-number', line: 4, column: 3, field: 'n:number' }),
    ]);
    expect(raw.nodes.map((n) => n.id)).toEqual(['a\nb', 'c']);
  });

  it('gives validation problems the column (field number) of the field they are about', () => {
    const { problems } = build('label,Type,founded\nA,firm,1990\nB,club,soon\n', 'From,To,Type,directed\nA,B,spinoff,false\nA,Z,,\n');
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.column, p.code, p.field])).toEqual([
      ['d/nodes.csv', 3, 3, 'bad-year', 'founded'],
      ['d/nodes.csv', 3, 2, 'unknown-node-kind', 'kind'],
      ['d/edges.csv', 2, 4, 'direction-mismatch', 'directed'],
      ['d/edges.csv', 3, 2, 'missing-node', 'target'],
    ]);
  });

  it('requires id (or label) and source/target columns', () => {
    expect(read('name\nx\n').problems.map((p) => [p.code, p.line])).toEqual([['missing-column', 1]]);
    expect(read('id\na\n', 'from,weight\na,1\n').problems.map((p) => p.message)).toEqual(['edges.csv needs a "target" (or "to") column']);
  });

  it('refuses a directory without edges.csv, naming the expected files', () => {
    for (const input of [{ dir: 'd' }, { dir: 'd', nodes: { file: 'd/nodes.csv', text: 'id\na\n' } }]) {
      const problems = readCsv(input).problems;
      expect(problems.map((p) => [p.code, p.file])).toEqual([['no-edges-file', 'd/edges.csv']]);
      expect(problems[0]!.message).toMatch(/needs edges\.csv .* nodes\.csv/);
    }
  });

  it('makes the nodes of an edge list from its ends, with a warning', () => {
    const raw = readCsv({ dir: 'd', edges: { file: 'd/edges.csv', text: 'Source,Target,Type\nb,a,Directed\na,c,Undirected\n' } });
    expect(raw.nodes.map((n) => [n.id, n.loc.line])).toEqual([['b', 2], ['a', 2], ['c', 3]]);
    expect(raw.problems.map((p) => [p.severity, p.code, p.file, p.line])).toEqual([['warning', 'nodes-from-edges', 'd/edges.csv', 1]]);
    const { graph } = buildGraph(raw);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'a' });
  });

  it('reads tab-separated text and a Kumu Direction column', () => {
    const { graph, problems } = build('Label\tType\nA\tfirm\nB\tfirm\n', 'From\tTo\tDirection\nA\tB\tmutual\nB\tA\tdirected\nA\tB\tsideways\n');
    expect(graph.edges().slice(0, 2).map((e) => graph.isDirected(e))).toEqual([false, true]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.column])).toEqual([['bad-value', 4, 3]]);
  });
});

describe('writeCsv', () => {
  it('annotates typed extra columns and columns whose names a reader would take for something else', () => {
    const g = createEcoGraph();
    g.addNode('a', { label: 'A', kind: 'firm', employees: 3, public: true, tags: ['x', 'y'], Type: 'plc', motto: 'go', 'a:number': 'text' });
    g.addNode('b', { label: 'B', employees: 'many' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b', { kind: 'investment', amount: 5, source: 'press' });
    const { nodes, edges } = writeCsv(g);
    expect(nodes.split('\r\n')[0]).toBe('id,label,kind,employees:number,public:boolean,tags:string[],Type:string,motto,a:number:string,employees');
    expect(nodes.split('\r\n')[1]).toBe('a,A,firm,3,true,x | y,plc,go,text,');
    expect(nodes.split('\r\n')[2]).toBe('b,B,,,,,,,,many');
    expect(edges).toBe('id,source,target,directed,kind,amount,source:string\r\ne1,a,b,true,investment,5,press\r\n');
    const back = buildGraph(readCsv({ dir: 'd', nodes: { file: 'n', text: nodes }, edges: { file: 'e', text: edges } })).graph;
    expect(back.getNodeAttributes('a')).toEqual(g.getNodeAttributes('a'));
    expect(back.getNodeAttributes('b')).toEqual(g.getNodeAttributes('b'));
    expect(back.getEdgeAttributes('e1')).toEqual(g.getEdgeAttributes('e1'));
  });
});

describe('plain headers', () => {
  it('plainEdgeColumns: a source and a target column and nothing else, in any spelling and order', () => {
    expect(plainEdgeColumns(['source', 'target'])).toEqual({ source: 0, target: 1, fieldColumns: { source: 1, target: 2 } });
    expect(plainEdgeColumns(['To', 'From'])).toEqual({ source: 1, target: 0, fieldColumns: { source: 2, target: 1 } });
    expect(plainEdgeColumns(['source', 'target', 'weight'])).toBeUndefined();
    expect(plainEdgeColumns(['source', 'kind'])).toBeUndefined();
    expect(plainEdgeColumns(['source:string', 'target'])).toBeUndefined();
  });

  it('plainNodeColumns: an id column and perhaps a label column, nothing else', () => {
    expect(plainNodeColumns(['id', 'label'])).toEqual({ id: 0, label: 1, fieldColumns: { id: 1, label: 2 } });
    expect(plainNodeColumns(['Label', 'ID'])).toEqual({ id: 1, label: 0, fieldColumns: { id: 2, label: 1 } });
    expect(plainNodeColumns(['id'])).toEqual({ id: 0, label: undefined, fieldColumns: { id: 1 } });
    expect(plainNodeColumns(['label'])).toBeUndefined();
    expect(plainNodeColumns(['id', 'kind'])).toBeUndefined();
    expect(plainNodeColumns(['id', 'label', 'founded'])).toBeUndefined();
  });
});
