/**
 * Which name a figure prints for a node: the English `label`, the Japanese `labelJa`, or a short
 * form (`labelShort` when the data give one, else one derived from `label`). Each falls back to
 * `label`, then to the id.
 *
 * The derived short form, so that a name is recognisable in a small box:
 *
 * 1. a parenthesised acronym (`(GPI)`, `(CiRA)`, `(KDDD)`: one word with at least two capitals)
 *    stands for the whole name when it is shorter;
 * 2. other parenthesised parts (`(now Yamaha Corporation)`, `(founded as …)`) are dropped;
 * 3. a legal form at the end or the start (`Co., Ltd.`, `Ltd.`, `Inc.`, `Corporation`, `Corp.`, `K.K.`,
 *    `株式会社`, `(株)`) is dropped.
 *
 * Browser-safe: no Node imports.
 */

/** The names a figure can print: `en` (label), `ja` (labelJa), `short`. */
export type LabelLanguage = 'en' | 'ja' | 'short';

export const LABEL_LANGUAGES: readonly LabelLanguage[] = ['en', 'ja', 'short'];

/** The node attributes a name is chosen from. */
export interface NamedAttributes {
  label?: unknown;
  labelJa?: unknown;
  labelShort?: unknown;
}

const LEGAL_SUFFIX = /(?:,?\s+(?:Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?|Corporation|Corp\.?|K\.\s?K\.?|Co\.)|\s*株式会社|\s*[(（]株[)）])$/u;
const LEGAL_PREFIX = /^(?:株式会社|[(（]株[)）])\s*/u;

/** Whether a parenthesised part reads as an acronym: one word, at least two capital letters. */
function isAcronym(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9.&-]{1,11}$/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * The short form of a name (rules above); the name itself when nothing can be dropped.
 *
 * @example
 * shortLabel('The Graduate School for the Creation of New Photonics Industries (GPI)'); // 'GPI'
 * shortLabel('Nippon Gakki (now Yamaha Corporation)'); // 'Nippon Gakki'
 * shortLabel('Kawai Musical Instruments Manufacturing Co., Ltd.'); // 'Kawai Musical Instruments Manufacturing'
 */
export function shortLabel(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const acronyms: string[] = [];
  let main = clean.replace(/\s*[(（]([^()（）]*)[)）]/gu, (whole, inner: string) => {
    if (/^株$/.test(inner)) return whole;
    if (isAcronym(inner.trim())) acronyms.push(inner.trim());
    return '';
  });
  for (let previous = ''; previous !== main; ) {
    previous = main;
    main = main.replace(LEGAL_SUFFIX, '').replace(LEGAL_PREFIX, '').trim();
  }
  const candidates = [main, ...acronyms].filter((c) => c !== '');
  if (candidates.length === 0) return clean;
  return candidates.reduce((best, c) => ([...c].length < [...best].length ? c : best));
}

/**
 * The name to print for a node.
 *
 * @param id - the node id, the last fallback
 * @param attributes - the node's attributes
 * @param language - `en`: `label`; `ja`: `labelJa`; `short`: `labelShort`, else {@link shortLabel} of `label`
 * @example
 * figureLabel('nippon-gakki', { label: 'Nippon Gakki (now Yamaha Corporation)', labelJa: '日本楽器' }, 'ja'); // '日本楽器'
 */
export function figureLabel(id: string, attributes: NamedAttributes, language: LabelLanguage): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const label = text(attributes.label) ?? id;
  if (language === 'ja') return text(attributes.labelJa) ?? label;
  if (language === 'short') return text(attributes.labelShort) ?? shortLabel(label);
  return label;
}
