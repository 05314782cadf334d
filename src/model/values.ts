/**
 * Coercion of attribute values to the types the schema declares. Readers of untyped formats
 * (CSV cells) hand over strings; typed formats hand over numbers and booleans. Either way the
 * result is checked here, once.
 */
import type { AttributeDefinition } from './schema.js';
import type { ProblemCode } from './problems.js';

export type Coerced = { ok: true; value: unknown } | { ok: false; code: ProblemCode; message: string };

const LIST_SEPARATOR = ' | ';

/** Splits a list cell: several values separated by ` | `. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function joinList(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

/** Parses a decimal number the way a spreadsheet user writes it; `undefined` if it is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === 'yes' || t === '1') return true;
  if (t === 'false' || t === 'no' || t === '0') return false;
  return undefined;
}

/** An ISO 8601 date or date-time: `2022`, `2022-01`, `2022-01-15`, `2022-01-15T09:30:00Z`. */
const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * The year of a year or an ISO 8601 date (`2022-01-15`, `2022-01`, `2022-01-15T09:30:00Z`), as
 * written: a date becomes its year, nothing else is read into it; undefined when it is neither.
 *
 * @param value - a number, or text from any reader
 * @example
 * yearOfDate('2022-01-15'); // 2022
 * yearOfDate('2022-01'); // 2022
 * yearOfDate(1998); // 1998
 * yearOfDate('15/01/2022'); // undefined
 */
export function yearOfDate(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return Number(iso[1]);
  const n = parseNumber(t);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
}

/** Checks and coerces one value of a known attribute. */
export function coerceValue(def: AttributeDefinition, value: unknown): Coerced {
  switch (def.type) {
    case 'integer':
    case 'number': {
      if (def.year) {
        const y = yearOfDate(value);
        if (y === undefined || y < 1000 || y > 2999)
          return { ok: false, code: 'bad-year', message: `${def.name} must be a year (an integer 1000–2999) or an ISO date (2022-01-15, 2022-01), got ${show(value)}` };
        return { ok: true, value: y };
      }
      const n = typeof value === 'number' ? value : typeof value === 'string' ? parseNumber(value) : undefined;
      if (n === undefined || !Number.isFinite(n))
        return { ok: false, code: 'bad-number', message: `${def.name} must be a number, got ${show(value)}` };
      if (def.type === 'integer' && !Number.isInteger(n))
        return { ok: false, code: 'bad-number', message: `${def.name} must be an integer, got ${show(value)}` };
      return { ok: true, value: n };
    }
    case 'boolean': {
      const b = typeof value === 'boolean' ? value : typeof value === 'string' ? parseBoolean(value) : undefined;
      if (b === undefined) return { ok: false, code: 'bad-value', message: `${def.name} must be true or false, got ${show(value)}` };
      return { ok: true, value: b };
    }
    case 'string[]': {
      if (typeof value === 'string') return { ok: true, value: splitList(value) };
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { ok: true, value: [...value] };
      return { ok: false, code: 'bad-value', message: `${def.name} must be a list of strings, got ${show(value)}` };
    }
    case 'string': {
      const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
      if (s === undefined) return { ok: false, code: 'bad-value', message: `${def.name} must be text, got ${show(value)}` };
      if (def.enum && !def.enum.includes(s))
        return { ok: false, code: 'bad-value', message: `${def.name} must be one of ${def.enum.join(', ')}, got ${show(value)}` };
      return { ok: true, value: s };
    }
  }
}
