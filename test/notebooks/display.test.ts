import { describe, expect, it } from 'vitest';
import { KEY_NUMBERS_MIME, TEXT_FILES_MIME, escapeHtml, figure, formatCell, keyNumbers, table, textFiles, type Displayable } from '../../notebooks/display.js';

/** The MIME bundle the Deno kernel would publish for a displayable. */
function bundle(value: Displayable): Record<string, unknown> {
  const show = value[Symbol.for('Jupyter.display')];
  expect(typeof show).toBe('function');
  return show!();
}

describe('notebook display helpers', () => {
  it('tables escape data as text, right-align numbers and cut to the limit with a note in the caption', () => {
    const rows = [
      { label: '<img src=x onerror=alert(1)>', kind: 'firm', betweenness: 0.123456789 },
      { label: 'A & B "quoted"', kind: 'anchor', betweenness: 2 },
      { label: 'third', kind: 'firm', betweenness: 0 },
    ];
    const b = bundle(table(rows, { columns: ['label', { key: 'betweenness', label: 'betw.' }], limit: 2, caption: 'Top' }));
    const html = b['text/html'] as string;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A &amp; B &quot;quoted&quot;');
    expect(html).toContain('<caption style="text-align:left">Top — 2 of 3 rows</caption>');
    expect(html).toContain('<th style="text-align:right">betw.</th>');
    expect(html).toContain('<td style="text-align:right">0.123457</td>');
    expect(html).not.toContain('third');
    expect(html).not.toContain('anchor'); // kind is not a chosen column
    expect(b['text/plain']).toBe('Top — 2 of 3 rows\nlabel\tbetw.\n<img src=x onerror=alert(1)>\t0.123457\nA & B "quoted"\t2');
  });

  it('tables of no rows and default columns', () => {
    expect(bundle(table([]))['text/html']).toContain('<tbody>\n</tbody>');
    const b = bundle(table([{ id: 'a', n: 1 }]));
    expect(b['text/plain']).toBe('id\tn\na\t1');
  });

  it('formats cells: integers as they are, others to 6 significant digits, lists joined, null empty', () => {
    expect(formatCell(14)).toBe('14');
    expect(formatCell(0.5317086834733893)).toBe('0.531709');
    expect(formatCell(1 / 3)).toBe('0.333333');
    expect(formatCell(Number.NaN)).toBe('NaN');
    expect(formatCell(null)).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell(['a', 2.5])).toBe('a, 2.5');
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('key numbers carry the exact values as JSON beside a readable table', () => {
    const b = bundle(keyNumbers('kyoto-summary', { nodes: 36, modularity: 0.5246059207996925, top: ['a', 'b'] }));
    expect(b[KEY_NUMBERS_MIME]).toEqual({ name: 'kyoto-summary', values: { nodes: 36, modularity: 0.5246059207996925, top: ['a', 'b'] } });
    expect(b['text/html']).toContain('<td style="text-align:left">0.524606</td>');
    expect(b['text/html']).toContain('Key numbers: kyoto-summary');
    expect(b['text/plain']).toBe('kyoto-summary: {"nodes":36,"modularity":0.5246059207996925,"top":["a","b"]}');
  });

  it('text files are shown escaped in <pre> and recorded whole', () => {
    const files = { 'nodes.csv': 'id,label\nx,<b>X</b>\n' };
    const b = bundle(textFiles('byod', files));
    expect(b[TEXT_FILES_MIME]).toEqual({ name: 'byod', files });
    expect(b['text/html']).toBe('<p><code>nodes.csv</code></p><pre>id,label\nx,&lt;b&gt;X&lt;/b&gt;\n</pre>');
  });

  it('figures drop the XML declaration, which HTML does not allow', () => {
    const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const inline = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const b = bundle(figure(svg));
    expect(b['image/svg+xml']).toBe(inline);
    expect(b['text/plain']).toBe(`[SVG figure, ${inline.length} characters]`);
  });
});
