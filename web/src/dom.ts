/**
 * Building DOM safely: every piece of text from data goes through `textContent` (or an attribute
 * set with `setAttribute`), never through `innerHTML`.
 */

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes.
 *
 * @example h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}

/** Whether a string is an http(s) URL that may become a link. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A required element of the page. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** Web URLs inside free text (sources are often "Title — https://…"). */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'\u3000]+/g;

/**
 * Text with every http(s) URL in it turned into a link that opens in a new tab; the rest stays
 * text. Trailing punctuation is left out of the link.
 *
 * @example linkify('Nikkei — https://asia.nikkei.com/x.') // → text "Nikkei — ", link, text "."
 */
export function linkify(text: string): DocumentFragment {
  const out = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    if (!isWebUrl(url)) continue;
    out.append(text.slice(last, start), h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url));
    last = start + url.length;
  }
  out.append(text.slice(last));
  return out;
}
