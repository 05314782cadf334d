/**
 * A set of millions of short strings (the keys of a file's ties, checked for duplicates) that
 * holds no string objects: the code units of every key sit one after another in one growing typed
 * array, and an open-addressing hash table (hash and offset side by side, linear probing) points
 * into it. A key can be given as a string or as a range of a larger text, so that keys read from a
 * text are checked and kept without making their slices; five million keys then cost the garbage
 * collector nothing to trace.
 *
 * Keys that are a prefix and a number (`e0`, `e1`, …; see `numbered-ids.ts`) are kept as bits of a
 * bit set indexed by their number instead: no hashing, no random probe into a large table. The
 * prefix is that of the first such key; the bit set covers numbers up to about 64 per key held
 * (keys beyond it go to the hash table until it reaches them).
 *
 * Browser-safe: no Node imports.
 */
/** FNV-1a over the UTF-16 code units of `text[start, end)` (the hash of the id table, on a range). */
function hashIn(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

import { numberedForm, numberedPrefix } from './numbered-ids.js';
import { unitsWithRoom } from './id-table.js';

/** The bit set grows to cover a number below this many per key held, plus {@link NUMBER_SLACK}. */
const NUMBERS_PER_KEY = 64;
const NUMBER_SLACK = 1 << 16;

/** A stored length at or above this takes three units (a marker, then the length in two halves). */
const LONG = 0xffff;

export class KeySet {
  /** Pairs (hash, offset + 1 into `units`); offset + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** Each key as its length (one unit, or {@link LONG} and two units) then its code units. */
  private units: Uint16Array<ArrayBuffer>;
  private used = 0;
  /** Keys in the set (in the hash table or the bit set). */
  private count = 0;
  /** Keys in the hash table. */
  private hashed = 0;
  /** The prefix of numbered keys, once one has been added. */
  private prefix: string | undefined;
  /** Bit x set: the numbered key of number x is in the set (for x below 32 × its length). */
  private bits = new Int32Array(0);
  /** Numbers of the numbered keys put in the hash table, beyond the bit set's reach when added. */
  private pending: number[] = [];

  constructor(capacity = 1024) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    this.units = new Uint16Array(Math.max(64, capacity * 8));
  }

  /** Keys in the set. */
  get size(): number {
    return this.count;
  }

  /** Whether the set holds `key`. */
  has(key: string): boolean {
    return this.hasIn(key, 0, key.length);
  }

  /** Adds `key`; whether it was new. */
  add(key: string): boolean {
    return this.addIn(key, 0, key.length);
  }

  /** Whether the set holds the key `text[start, end)`. */
  hasIn(text: string, start: number, end: number): boolean {
    if (this.prefix !== undefined) {
      const x = numberedForm(text, start, end, this.prefix);
      if (x >= 0 && x >>> 5 < this.bits.length) return (this.bits[x >>> 5]! & (1 << (x & 31))) !== 0;
    }
    return this.find(text, start, end, hashIn(text, start, end)) < 0;
  }

  /** Adds the key `text[start, end)` unless it is there, in one probe; whether it was new. */
  addIn(text: string, start: number, end: number): boolean {
    if (this.prefix === undefined) this.prefix = numberedPrefix(text, start, end);
    let x = -1;
    if (this.prefix !== undefined) {
      x = numberedForm(text, start, end, this.prefix);
      if (x >= 0) {
        if (x >>> 5 >= this.bits.length && x < NUMBERS_PER_KEY * this.count + NUMBER_SLACK) this.growBits(x);
        if (x >>> 5 < this.bits.length) {
          const word = x >>> 5;
          const bit = 1 << (x & 31);
          if ((this.bits[word]! & bit) !== 0) return false;
          this.bits[word]! |= bit;
          this.count++;
          return true;
        }
      }
    }
    // filled up to three quarters: five million keys then take a table of 8M slots (64 MB) rather
    // than 16M (128 MB); a new key's probe is one random memory access either way, and a smaller
    // table misses the cache less and is copied less often as it grows
    if (4 * (this.hashed + 1) > 3 * (this.mask + 1)) this.grow();
    const h = hashIn(text, start, end);
    const s = this.find(text, start, end, h);
    if (s < 0) return false;
    const length = end - start;
    this.units = unitsWithRoom(this.units, this.used, this.used + length + 3);
    const units = this.units;
    const offset = this.used;
    let at = offset;
    if (length < LONG) units[at++] = length;
    else {
      units[at++] = LONG;
      units[at++] = length >>> 16;
      units[at++] = length & 0xffff;
    }
    for (let i = start; i < end; i++) units[at++] = text.charCodeAt(i);
    this.used = at;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = offset + 1;
    this.count++;
    this.hashed++;
    if (x >= 0) this.pending.push(x);
    return true;
  }

  /** Widens the bit set past `x`, setting the bits of the pending keys it now reaches (they stay in the hash table too). */
  private growBits(x: number): void {
    let words = Math.max(NUMBER_SLACK >>> 5, this.bits.length);
    while (words <= x >>> 5) words *= 2;
    const bits = new Int32Array(words);
    bits.set(this.bits);
    const rest: number[] = [];
    for (const y of this.pending) {
      if (y >>> 5 < words) bits[y >>> 5]! |= 1 << (y & 31);
      else rest.push(y);
    }
    this.pending = rest;
    this.bits = bits;
  }

  /** The empty slot where the key would go, or -1 when it is there. */
  private find(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const units = this.units;
    const length = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const entry = slots[2 * s + 1]!;
      if (entry === 0) return s;
      if (slots[2 * s] !== h) continue;
      let at = entry - 1;
      let stored = units[at++]!;
      if (stored === LONG) {
        stored = units[at]! * 0x10000 + units[at + 1]!;
        at += 2;
      }
      if (stored !== length) continue;
      let i = 0;
      while (i < length && units[at + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return -1;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    const slots = this.slots;
    for (let o = 0; o < old.length; o += 2) {
      if (old[o + 1] === 0) continue;
      let s = old[o]! & this.mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      slots[2 * s] = old[o]!;
      slots[2 * s + 1] = old[o + 1]!;
    }
  }
}
