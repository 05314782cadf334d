/**
 * Writes the foreign-input fixtures of test/fixtures/valid and test/fixtures/invalid that are not
 * plain UTF-8 text: Shift_JIS (CP932) and EUC-JP CSV as Japanese Excel and older tools save them,
 * UTF-16 text as Excel's "Unicode Text" saves it, and Excel workbooks in the nodes/edges and Kumu
 * layouts. Run it with `npx tsx scripts/make-input-fixtures.ts`; the files it writes are committed
 * (small), so this script is their origin.
 *
 * Node has no Shift_JIS or EUC-JP encoder: the tables here are built by decoding every byte pair
 * with Node's own (WHATWG) decoders, so the bytes are exactly those the readers decode.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures');
const VALID = join(ROOT, 'valid');
const INVALID = join(ROOT, 'invalid');

/** An encoder for a double-byte Japanese encoding, from its decoder. */
function encoderFor(encoding: 'shift_jis' | 'euc-jp'): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const leads = encoding === 'shift_jis' ? [...range(0x81, 0x9f), ...range(0xe0, 0xfc)] : range(0xa1, 0xfe);
  const trails = encoding === 'shift_jis' ? range(0x40, 0xfc) : range(0xa1, 0xfe);
  for (const lead of leads)
    for (const trail of trails) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`${encoding} cannot encode ${ch}`);
        out.push(...bytes);
      }
    }
    return Uint8Array.from(out);
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

function directory(base: string, name: string, files: Record<string, Uint8Array | string>): void {
  const dir = join(base, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(dir, file), data);
}

/** The Japanese ecosystem every encoding fixture holds: the same graph in each. */
const JA = {
  nodes: [
    ['id', 'label', 'kind', 'founded', 'city'],
    ['kyoto-u', '京都大学', 'university', '1897', '京都市'],
    ['samco', 'サムコ株式会社', 'firm', '1979', '京都市伏見区'],
    ['tsuji', '辻 理', 'founder', '', ''],
    ['horiba', '株式会社堀場製作所', 'anchor', '1953', '京都市南区'],
  ],
  edges: [
    ['source', 'target', 'kind', 'year'],
    ['kyoto-u', 'samco', 'spinoff', '1979'],
    ['tsuji', 'samco', 'founded', '1979'],
    ['samco', 'horiba', 'collaboration', ''],
  ],
};

const lines = (rows: string[][], sep = ',') => rows.map((r) => r.join(sep) + '\r\n').join('');

async function workbook(path: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ecograph fixtures';
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(path);
}

/** Numbers as numeric cells, as a person typing years into Excel makes them. */
const typed = (rows: string[][]) => rows.map((r, i) => (i === 0 ? r : r.map((c) => (/^\d+$/.test(c) ? Number(c) : c))));

async function main(): Promise<void> {
  const sjis = encoderFor('shift_jis');
  const eucjp = encoderFor('euc-jp');
  const nodes = lines(JA.nodes);
  const edges = lines(JA.edges);

  // valid: one graph in every encoding and container
  directory(VALID, 'ja-utf8-csv', { 'nodes.csv': nodes, 'edges.csv': edges });
  directory(VALID, 'ja-shift-jis-csv', { 'nodes.csv': sjis(nodes), 'edges.csv': sjis(edges) });
  directory(VALID, 'ja-euc-jp-csv', { 'nodes.csv': eucjp(nodes), 'edges.csv': eucjp(edges) });
  directory(VALID, 'ja-utf8-bom-csv', { 'nodes.csv': '\ufeff' + nodes, 'edges.csv': '\ufeff' + edges });
  directory(VALID, 'ja-utf16-tsv', { 'Nodes.txt': utf16(lines(JA.nodes, '\t'), 'le'), 'Edges.txt': utf16(lines(JA.edges, '\t'), 'le') });
  directory(VALID, 'ja-utf16be-csv', { 'nodes.csv': utf16(nodes, 'be'), 'edges.csv': utf16(edges, 'be') });
  directory(VALID, 'case-names-csv', { 'Nodes.CSV': nodes, 'EDGES.csv': edges });
  directory(VALID, 'gephi-edges-only-csv', {
    'edges.csv': 'Source,Target,Type,Id,Label,Weight\r\nValjean,Javert,Undirected,0,,4\r\nMyriel,Valjean,Directed,1,helps,1.5\r\nJavert,Fantine,Undirected,2,,2\r\n',
  });
  await workbook(join(VALID, 'ja.xlsx'), { nodes: typed(JA.nodes), edges: typed(JA.edges) });
  await workbook(join(VALID, 'edges-only.xlsx'), { Edges: [['Source', 'Target'], ['a', 'b'], ['b', 'c']] });
  await workbook(join(VALID, 'kumu.xlsx'), {
    Elements: [
      ['Label', 'Type', 'Description', 'Tags'],
      ['Kyoto University', 'University', 'National university', 'research | education'],
      ['SAMCO', 'FIRM', 'Thin-film equipment', ''],
      ['Osamu Tsuji', 'founder', '', ''],
    ],
    Connections: [
      ['From', 'To', 'Type', 'Direction', 'Strength'],
      ['Kyoto University', 'SAMCO', 'Spinoff', 'directed', 3],
      ['Osamu Tsuji', 'SAMCO', 'Founded', 'directed', ''],
      ['Kyoto University', 'Osamu Tsuji', 'Collaboration', 'mutual', ''],
    ],
  });
  await workbook(join(VALID, 'kumu-kind-map.xlsx'), {
    Elements: [
      ['ID', 'Label', 'Type'],
      ['e1', 'Kyoto Startup', 'Startup'],
      ['e2', 'Kyoto Angels', 'VC'],
      ['e3', 'Kyoto Startup', 'Startup'],
    ],
    Connections: [
      ['From', 'To', 'Type', 'Direction'],
      ['e2', 'e1', 'Invests', 'directed'],
      ['e2', 'e3', 'investment', 'directed'],
    ],
  });

  // invalid
  directory(INVALID, 'no-edges-csv', { 'nodes.csv': 'id,label\r\na,A\r\n' });
  directory(INVALID, 'edge-singular-csv', { 'nodes.csv': 'id,label\r\na,A\r\n', 'edge.csv': 'source,target\r\na,a\r\n' });
  directory(INVALID, 'latin1-csv', {
    'nodes.csv': Uint8Array.from([...Buffer.from('id,label,kind\r\nk,Kyoto,university\r\nc,Caf'), 0xe9, ...Buffer.from(',firm\r\n')]),
    'edges.csv': 'source,target\r\nk,c\r\n',
  });
  directory(INVALID, 'utf16-no-bom-csv', { 'nodes.csv': utf16(nodes, 'le', false), 'edges.csv': edges });
  directory(INVALID, 'shift-jis-kind-csv', {
    'nodes.csv': sjis('id,label,kind\r\nsamco,サムコ株式会社,firm\r\nhoriba,株式会社堀場製作所,会社\r\n'),
    'edges.csv': 'source,target\r\n',
  });
  await workbook(join(INVALID, 'misnamed-sheet.xlsx'), { Sheet1: JA.nodes, Sheet2: JA.edges });
  await workbook(join(INVALID, 'kumu-duplicate-label.xlsx'), {
    Elements: [['Label', 'Type'], ['SAMCO', 'Firm'], ['Horiba', 'Anchor'], ['SAMCO', 'Firm']],
    Connections: [['From', 'To', 'Type'], ['SAMCO', 'Horiba', 'Collaboration']],
  });
  await workbook(join(INVALID, 'kumu-unmapped-type.xlsx'), {
    Elements: [['Label', 'Type'], ['Kyoto University', 'University'], ['Kyoto Startup', 'Startup'], ['Kyoto Angels', 'VC']],
    Connections: [['From', 'To', 'Type'], ['Kyoto Angels', 'Kyoto Startup', 'Investment']],
  });
  await workbook(join(INVALID, 'bad-year.xlsx'), {
    nodes: [['id', 'label', 'kind', 'founded'], ['a', 'A', 'firm', 1990], ['b', 'B', 'firm', 'nineteen-ninety']],
    edges: [['source', 'target', 'kind'], ['a', 'b', 'collaboration']],
  });
  await workbook(join(INVALID, 'missing-node.xlsx'), {
    nodes: [['id', 'label'], ['a', 'A'], ['b', 'B']],
    edges: [['source', 'target'], ['a', 'b'], ['a', 'zz']],
  });
}

await main();
