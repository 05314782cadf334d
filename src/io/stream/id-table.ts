/**
 * Node ids to indices for millions of nodes: an open-addressing hash table in one typed array
 * (hash, index and where the id's characters are, side by side; linear probing), with the ids'
 * characters in one more typed array and the id strings in a plain array (for the caller). Looking
 * up an edge end here touches one table slot and, on a hash match, the id's characters; a
 * JavaScript `Map` of a million strings costs several scattered memory reads per lookup.
 *
 * Ids that are a prefix and a number (`n0`, `n1`, …; see `numbered-ids.ts`) are kept by their
 * number in an array instead, which a lookup reads without hashing: one memory read, no string
 * compared.
 * The prefix is that of the first such id; the array covers numbers up to about four times the
 * ids held, so that sparse numbers cost no memory (ids beyond it are found by hash).
 *
 * Browser-safe: no Node imports.
 */
import { numberedForm, numberedPrefix } from './numbered-ids.js';

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
function hashIn(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The array by number grows to cover a number below this many entries per id held, plus {@link NUMBER_SLACK}. */
const NUMBERS_PER_ID = 4;

/** Int32 entries per slot of the hash table. */
const STRIDE = 3;

/** What {@link IdTable.numberedIn} gives for an id that is not numbered or beyond the array's reach. */
export const NOT_NUMBERED = -2;
const NUMBER_SLACK = 4096;

/**
 * Room in a pool of UTF-16 code units (the id table's and the key set's characters of hashed ids
 * and keys): the pool itself when `need` units fit in it, else a pool of twice its size (doubled until `need`
 * fits) holding a copy of its first `used` units.
 *
 * @param units - the pool
 * @param used - how many units at its start are taken
 * @param need - how many units must fit
 * @returns a pool of at least `need` units that starts with the `used` units of `units`
 * @example
 * pool = unitsWithRoom(pool, used, used + id.length + 2);
 */
export function unitsWithRoom(units: Uint16Array<ArrayBuffer>, used: number, need: number): Uint16Array<ArrayBuffer> {
  if (need <= units.length) return units;
  let size = Math.max(16, units.length * 2);
  while (size < need) size *= 2;
  const grown = new Uint16Array(size);
  grown.set(units.subarray(0, used));
  return grown;
}

export class IdTable {
  /** The ids, by index. */
  readonly ids: string[] = [];
  /** Triples (hash, index + 1, offset of the id in `units`); index + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  /**
   * The hashed ids' code units, each after its length in two units: comparing an id here reads one
   * place, where the id string is two scattered reads (the array of ids, then the string).
   */
  private units = new Uint16Array(1024);
  private used = 0;
  private mask: number;
  /** Ids in the hash table (those not kept by number when added). */
  private hashed = 0;
  /** The prefix of numbered ids, once one has been added. */
  private prefix: string | undefined;
  /** Index + 1 of the numbered id of each number below its length (0: no such id). */
  private byNumber = new Int32Array(0);
  /** Numbered ids added beyond the array's reach: number, index, number, index, … */
  private pending: number[] = [];

  constructor(capacity = 1024) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(STRIDE * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of an id, or -1. */
  get(id: string): number {
    return this.getIn(id, 0, id.length);
  }

  /** The index of the id `text[start, end)`, or -1 (without making the slice). */
  getIn(text: string, start: number, end: number): number {
    const i = this.numberedIn(text, start, end);
    return i === NOT_NUMBERED ? this.hashedIn(text, start, end) : i;
  }

  /**
   * The index of the id `text[start, end)` when it is a numbered id within the reach of the array
   * by number (-1 when no such id is held), else {@link NOT_NUMBERED}: a lookup that costs no hash
   * nor string comparison, the caller then looking the id up otherwise.
   */
  numberedIn(text: string, start: number, end: number): number {
    if (this.prefix === undefined) return NOT_NUMBERED;
    const x = numberedForm(text, start, end, this.prefix);
    return x >= 0 && x < this.byNumber.length ? this.byNumber[x]! - 1 : NOT_NUMBERED;
  }

  /** {@link IdTable.getIn} by hash only (for an id that {@link IdTable.numberedIn} does not find). */
  hashedIn(text: string, start: number, end: number): number {
    const h = hashIn(text, start, end);
    const slots = this.slots;
    const length = end - start;
    const units = this.units;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const entry = slots[STRIDE * s + 1]!;
      if (entry === 0) return -1;
      if (slots[STRIDE * s] !== h) continue;
      let at = slots[STRIDE * s + 2]!;
      if (units[at]! * 0x10000 + units[at + 1]! !== length) continue;
      at += 2;
      let k = 0;
      while (k < length && units[at + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return entry - 1;
    }
  }

  /**
   * Adds an id unless it is present: its new index, or -1 when it was already there (as `get`
   * then `add`).
   */
  addIfAbsent(id: string): number {
    return this.get(id) >= 0 ? -1 : this.add(id);
  }

  /**
   * The index of an id, added when it is not present (as `get`, then `add` when absent): a numbered
   * id within reach of the array by number is read and kept there with its number worked out once.
   * Whether it was added: the index is then the table's size before the call.
   */
  findOrAdd(id: string): number {
    if (this.prefix !== undefined) {
      const x = numberedForm(id, 0, id.length, this.prefix);
      if (x >= 0 && x < this.byNumber.length) {
        const entry = this.byNumber[x]!;
        if (entry > 0) return entry - 1;
        const index = this.ids.length;
        this.ids.push(id);
        this.byNumber[x] = index + 1;
        return index;
      }
    }
    const found = this.get(id);
    return found >= 0 ? found : this.add(id);
  }

  /** Adds an id not yet present (check with {@link IdTable.get} first); returns its index. */
  add(id: string): number {
    const index = this.ids.length;
    this.ids.push(id);
    if (this.number(id, index)) return index;
    if (2 * (this.hashed + 1) > this.mask + 1) this.grow();
    this.hashed++;
    const length = id.length;
    this.units = unitsWithRoom(this.units, this.used, this.used + length + 2);
    const units = this.units;
    const offset = this.used;
    units[offset] = length >>> 16;
    units[offset + 1] = length & 0xffff;
    for (let k = 0; k < length; k++) units[offset + 2 + k] = id.charCodeAt(k);
    this.used = offset + length + 2;
    this.place(hashIn(id, 0, length), index + 1, offset);
    return index;
  }

  /**
   * Keeps a numbered id by its number (growing the array when the number is within reach); whether
   * it did (the id then needs no place in the hash table: the array stays in reach of its number).
   */
  private number(id: string, index: number): boolean {
    if (this.prefix === undefined) {
      this.prefix = numberedPrefix(id, 0, id.length);
      if (this.prefix === undefined) return false;
    }
    const x = numberedForm(id, 0, id.length, this.prefix);
    if (x < 0) return false;
    if (x >= this.byNumber.length) {
      if (x >= NUMBERS_PER_ID * this.ids.length + NUMBER_SLACK) {
        this.pending.push(x, index);
        return false;
      }
      this.growNumbers(x);
    }
    this.byNumber[x] = index + 1;
    return true;
  }

  /** Widens the array by number past `x`, moving into it the pending ids it now reaches. */
  private growNumbers(x: number): void {
    let length = Math.max(NUMBER_SLACK, this.byNumber.length);
    while (length <= x) length *= 2;
    const byNumber = new Int32Array(length);
    byNumber.set(this.byNumber);
    const rest: number[] = [];
    const pending = this.pending;
    for (let k = 0; k < pending.length; k += 2) {
      if (pending[k]! < length) byNumber[pending[k]!] = pending[k + 1]! + 1;
      else rest.push(pending[k]!, pending[k + 1]!);
    }
    this.pending = rest;
    this.byNumber = byNumber;
  }

  private place(h: number, entry: number, offset: number): void {
    const slots = this.slots;
    let s = h & this.mask;
    while (slots[STRIDE * s + 1] !== 0) s = (s + 1) & this.mask;
    slots[STRIDE * s] = h;
    slots[STRIDE * s + 1] = entry;
    slots[STRIDE * s + 2] = offset;
  }

  private grow(): void {
    const old = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(STRIDE * size);
    this.mask = size - 1;
    for (let s = 0; s < old.length; s += STRIDE) if (old[s + 1] !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]!);
  }

  /** The ids as a `Map` from id to index. */
  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (let i = 0; i < this.ids.length; i++) map.set(this.ids[i]!, i);
    return map;
  }
}
