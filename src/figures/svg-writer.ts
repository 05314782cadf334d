/**
 * Writing SVG as a string, deterministically: numbers with a fixed number of decimals, attributes in
 * the order given, text escaped, no ids, timestamps or random values. The same drawing calls give
 * the same bytes.
 */
import { FIGURE_FONT_FAMILY } from './font.js';

/** A number with at most two decimals, without trailing zeros and never `-0`. */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} into an SVG`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type AttributeValue = string | number | undefined;

function attributes(attrs: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? svgNumber(value) : xmlEscape(value)}"`;
  }
  return out;
}

/** Builds an SVG document element by element. */
export class SvgWriter {
  private readonly parts: string[] = [];
  private depth = 1;

  /**
   * @param width - width of the drawing, px (the viewBox)
   * @param height - height of the drawing, px
   * @param title - the document's `<title>`
   * @param scale - printed size over drawn size: the `width` and `height` attributes are the drawing's times this
   */
  constructor(
    readonly width: number,
    readonly height: number,
    readonly title?: string,
    readonly scale = 1,
  ) {}

  /** An empty element such as `<rect …/>`. */
  element(name: string, attrs: Record<string, AttributeValue>): this {
    this.parts.push(`${'  '.repeat(this.depth)}<${name}${attributes(attrs)}/>`);
    return this;
  }

  /** A `<g>` around what `body` draws. */
  group(attrs: Record<string, AttributeValue>, body: () => void): this {
    this.parts.push(`${'  '.repeat(this.depth)}<g${attributes(attrs)}>`);
    this.depth++;
    body();
    this.depth--;
    this.parts.push(`${'  '.repeat(this.depth)}</g>`);
    return this;
  }

  /** A `<text>` element, one `<tspan>` per line when given several. */
  text(lines: readonly string[], attrs: Record<string, AttributeValue> & { x: number; y: number }, lineHeight = 0): this {
    const indent = '  '.repeat(this.depth);
    if (lines.length === 1) {
      this.parts.push(`${indent}<text${attributes(attrs)}>${xmlEscape(lines[0]!)}</text>`);
      return this;
    }
    const spans = lines.map((line, i) => `<tspan${attributes({ x: attrs.x, y: attrs.y + i * lineHeight })}>${xmlEscape(line)}</tspan>`);
    const { x: _x, y: _y, ...rest } = attrs;
    this.parts.push(`${indent}<text${attributes(rest)}>${spans.join('')}</text>`);
    return this;
  }

  /** A path from a list of points: `M x y L x y …`. */
  static polyline(points: ReadonlyArray<readonly [number, number]>): string {
    return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${svgNumber(x)} ${svgNumber(y)}`).join(' ');
  }

  /** The finished document. */
  toString(): string {
    const head =
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" width="${svgNumber(this.width * this.scale)}" height="${svgNumber(this.height * this.scale)}" viewBox="0 0 ${svgNumber(this.width)} ${svgNumber(this.height)}" font-family="${xmlEscape(FIGURE_FONT_FAMILY)}">\n` +
      (this.title ? `  <title>${xmlEscape(this.title)}</title>\n` : '') +
      `  <rect x="0" y="0" width="${svgNumber(this.width)}" height="${svgNumber(this.height)}" fill="#FFFFFF"/>\n`;
    return head + this.parts.join('\n') + (this.parts.length ? '\n' : '') + '</svg>\n';
  }
}
