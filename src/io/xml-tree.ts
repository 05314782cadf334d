/**
 * A small element tree over the `saxes` streaming parser, for the GEXF and GraphML readers: every
 * element keeps the line and column of its start tag, and malformed or truncated XML becomes one
 * `syntax-error` problem with the position saxes reports, never an exception.
 */
import { SaxesParser } from 'saxes';
import { problem, type Problem } from '../model/problems.js';

/** One XML element: its name without namespace prefix, attributes, children and text. */
export interface XmlElement {
  /** Local name (`viz:color` → `color`). */
  name: string;
  /** The name as written, with its prefix. */
  qualifiedName: string;
  /** Attributes by local name (prefixed attributes keep their full name as well). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (text and CDATA); whitespace-only text after a child element is dropped. */
  text: string;
  line: number;
  column: number;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; problem: Problem };

/** Shared by all elements without children until their first child arrives (saves an array per leaf). */
const NO_CHILDREN: XmlElement[] = [];

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
};

/**
 * Parses an XML document into an element tree.
 *
 * @param text the document
 * @param file the file name, for the problem
 * @returns the root element, or the first syntax error with its line and column
 * @example
 * const r = parseXmlTree('<a x="1"><b/></a>', 'a.xml');
 * if (r.ok) r.root.children[0]?.name; // 'b'
 * @see https://github.com/lddubeau/saxes
 */
export function parseXmlTree(text: string, file: string): XmlParse {
  const first = /\S/.exec(text);
  if (first && first[0] !== '<' && !(first.index === 0 && text.charCodeAt(0) === 0xfeff)) {
    const before = text.slice(0, first.index);
    const line = before.split('\n').length;
    const column = first.index - before.lastIndexOf('\n');
    return { ok: false, problem: problem('error', 'syntax-error', `not XML: the document starts with "${first[0]}" instead of "<"`, { file, line, column }) };
  }
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Problem | undefined;
  let startLine = 1;
  let startColumn = 1;

  parser.on('error', (err) => {
    if (error) return;
    const message = err.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
    error = problem('error', 'syntax-error', `malformed XML: ${message}`, { file, line: parser.line, column: parser.column + 1 });
  });
  parser.on('opentagstart', (tag) => {
    startLine = parser.line;
    // saxes reports the position after the character that ended the name
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    if (error) return;
    const attributes = tag.attributes as Record<string, string>;
    for (const name in attributes) {
      if (name.indexOf(':') < 0 || name.startsWith('xmlns:')) continue;
      const local = localName(name);
      if (!(local in attributes)) attributes[local] = attributes[name]!;
    }
    const element: XmlElement = {
      name: localName(tag.name),
      qualifiedName: tag.name,
      attributes,
      children: NO_CHILDREN,
      text: '',
      line: startLine,
      column: startColumn,
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else parent.children.push(element);
    }
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    if (!error) stack.pop();
  });
  const addText = (t: string) => {
    const current = stack[stack.length - 1];
    // whitespace between child elements is layout, not content: skip it (most of a large file)
    if (!current || error || (current.children.length > 0 && t.trim() === '')) return;
    current.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  try {
    parser.write(text).close();
  } catch (err) {
    error ??= problem('error', 'syntax-error', `malformed XML: ${(err as Error).message}`, { file, line: parser.line, column: parser.column + 1 });
  }
  if (error) return { ok: false, problem: bareAmpersand(text, file) ?? error };
  if (!root) return { ok: false, problem: problem('error', 'syntax-error', 'the document has no root element', { file, line: 1 }) };
  return { ok: true, root };
}

const REFERENCE_OR_SKIPPED = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);)/g;

/**
 * The first `&` that starts no entity or character reference (outside CDATA and comments). saxes
 * reads such an ampersand as the start of a reference running to the next `;`, and reports the
 * error far away (often at the end of the file); this finds where the mistake really is.
 */
function bareAmpersand(text: string, file: string): Problem | undefined {
  for (const m of text.matchAll(REFERENCE_OR_SKIPPED)) {
    if (m[0] !== '&') continue;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index - before.lastIndexOf('\n');
    return problem('error', 'syntax-error', 'malformed XML: a bare "&" (write &amp; for an ampersand)', { file, line, column });
  }
  return undefined;
}

/** The direct children of an element with the given local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first direct child with the given local name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** All descendants (depth first, document order) with the given local name. */
export function descendantElements(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (c.name === name) out.push(c);
    descendantElements(c, name, out);
  }
  return out;
}

/**
 * Parses a document whose root must be `<rootName>` into a tree, or returns the problem: a syntax
 * error, or a document of another kind (`bad-structure` at its root).
 *
 * @example
 * const doc = parseXmlDocument(text, 'g.gexf', 'gexf');
 * if (!doc.ok) problems.push(doc.problem);
 */
export function parseXmlDocument(text: string, file: string, rootName: string): XmlParse {
  const parsed = parseXmlTree(text, file);
  if (!parsed.ok || parsed.root.name === rootName) return parsed;
  const root = parsed.root;
  return {
    ok: false,
    problem: problem('error', 'bad-structure', `expected a <${rootName}> document, found <${root.qualifiedName}>`, {
      file,
      line: root.line,
      column: root.column,
    }),
  };
}

