/** XML escaping for the GEXF and GraphML writers: every string reads back exactly. */
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText } from '../../src/io/xml-escape.js';
import { parseXmlTree } from '../../src/io/xml-tree.js';

const HARD = 'a & b < c > d "e" \'f\'\n\tg\r\nh 京都';

describe('escapeXmlAttribute', () => {
  it('turns markup characters into entities and line ends and tabs into character references', () => {
    expect(escapeXmlAttribute('a "b"\nc')).toBe('a &quot;b&quot;&#10;c');
    expect(escapeXmlAttribute('x & y < z > w')).toBe('x &amp; y &lt; z &gt; w');
    expect(escapeXmlAttribute('\t\r')).toBe('&#9;&#13;');
    expect(escapeXmlAttribute("it's")).toBe("it's");
    expect(escapeXmlAttribute('plain 京都')).toBe('plain 京都');
  });

  it('reads back exactly through an XML parser (no attribute-value normalisation)', () => {
    const r = parseXmlTree(`<a v="${escapeXmlAttribute(HARD)}"/>`, 'e.xml');
    expect(r.ok && r.root.attributes.v).toBe(HARD);
  });
});

describe('escapeXmlText', () => {
  it('escapes markup and CR, and leaves LF, tabs and quotes as they are', () => {
    expect(escapeXmlText('a < b\r\n')).toBe('a &lt; b&#13;\n');
    expect(escapeXmlText('"q" & \'s\'\t')).toBe('"q" &amp; \'s\'\t');
    expect(escapeXmlText('x > y')).toBe('x &gt; y');
  });

  it('reads back exactly through an XML parser (CR is not turned into LF)', () => {
    const r = parseXmlTree(`<a>${escapeXmlText(HARD)}</a>`, 'e.xml');
    expect(r.ok && r.root.text).toBe(HARD);
  });
});
