/**
 * Escaping text for the GEXF and GraphML writers so that every string reads back exactly: markup
 * characters become entities, and line ends and tabs become character references (a parser would
 * otherwise normalise them in attribute values, and CR in text).
 */

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * Escapes a string for a double-quoted XML attribute value.
 *
 * @param value any string (XML 1.0 cannot hold control characters other than tab, LF and CR)
 * @example
 * escapeXmlAttribute('a "b"\nc'); // 'a &quot;b&quot;&#10;c'
 * @see https://www.w3.org/TR/xml/#AVNormalize
 */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * Escapes a string for element content.
 *
 * @param value any string
 * @example
 * escapeXmlText('a < b\r\n'); // 'a &lt; b&#13;\n'
 * @see https://www.w3.org/TR/xml/#sec-line-ends
 */
export function escapeXmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === '\r' ? '&#13;' : ATTRIBUTE_ESCAPES[c]!));
}
