/**
 * One source line as the explorer shows it: a private source (`private: interview K-07`) as text
 * marked "private source", never a link; any other source as text with its http(s) URLs as links.
 */
import { isPrivateSource, privateSourceText } from '../../src/model/private-source.js';
import { h, linkify } from './dom.js';

/** The content of a source's list item. */
export function sourceContent(text: string): Node {
  if (!isPrivateSource(text)) return linkify(text);
  const out = document.createDocumentFragment();
  out.append(h('span', { class: 'badge private-source', title: 'a private source: cited, not published' }, '🔒 private source'), ' ', privateSourceText(text));
  return out;
}
