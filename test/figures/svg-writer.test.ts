/** Deterministic SVG text: numbers to two decimals, escaped text, attributes in order, nested groups. */
import { describe, expect, it } from 'vitest';
import { SvgWriter, svgNumber, xmlEscape } from '../../src/figures/svg-writer.js';

describe('svgNumber', () => {
  it('rounds to two decimals, drops trailing zeros and never writes -0', () => {
    expect(svgNumber(1.005)).toBe('1');
    expect(svgNumber(2.456)).toBe('2.46');
    expect(svgNumber(3.1)).toBe('3.1');
    expect(svgNumber(-0.001)).toBe('0');
    expect(svgNumber(-0)).toBe('0');
    expect(svgNumber(-12.5)).toBe('-12.5');
  });

  it('refuses values that are not finite', () => {
    expect(() => svgNumber(Number.NaN)).toThrow('cannot write NaN into an SVG');
    expect(() => svgNumber(Infinity)).toThrow('cannot write Infinity into an SVG');
  });
});

describe('xmlEscape', () => {
  it('escapes the five XML special characters and nothing else', () => {
    expect(xmlEscape(`<a href="x">Tom & Jerry's</a> 京都`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; 京都');
  });
});

describe('SvgWriter', () => {
  it('writes the header, title, white background, elements, groups and texts in order', () => {
    const svg = new SvgWriter(100.004, 50, 'A & B');
    svg.element('rect', { x: 1.234, y: 0, width: 10, height: 5, fill: '#FF0000', stroke: undefined });
    svg.group({ class: 'g' }, () => {
      svg.text(['x < y'], { x: 3, y: 4, 'font-size': 10 });
      svg.text(['one', 'two'], { x: 5, y: 6, 'text-anchor': 'middle' }, 12);
    });
    expect(svg.toString()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50" font-family="Noto Sans JP">',
        '  <title>A &amp; B</title>',
        '  <rect x="0" y="0" width="100" height="50" fill="#FFFFFF"/>',
        '  <rect x="1.23" y="0" width="10" height="5" fill="#FF0000"/>',
        '  <g class="g">',
        '    <text x="3" y="4" font-size="10">x &lt; y</text>',
        '    <text text-anchor="middle"><tspan x="5" y="6">one</tspan><tspan x="5" y="18">two</tspan></text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty drawing without a title', () => {
    expect(new SvgWriter(10, 10).toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10" font-family="Noto Sans JP">\n  <rect x="0" y="0" width="10" height="10" fill="#FFFFFF"/>\n</svg>\n',
    );
  });

  it('turns points into a path', () => {
    expect(SvgWriter.polyline([[0, 0], [1.005, 2], [3, -4.5]])).toBe('M0 0 L1 2 L3 -4.5');
    expect(SvgWriter.polyline([])).toBe('');
  });
});
