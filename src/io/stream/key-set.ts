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
 * Other keys can also be checked later ({@link KeySet.addLaterIn}): such a key is only appended
 * (its code units to the pool, its hash to a list), which costs no random memory access, and the
 * set is taken as holding it. {@link KeySet.settle} then finds which of these keys were already
 * there, in the order they were added, by probing the hash table for each; {@link
 * KeySet.settleLast} finds the same at the end of the input without the table: the hashes are
 * bucketed by their top bits (one pass that writes a few thousand sequential streams), and each
 * bucket is checked in a small table that stays in the processor's cache. Five million keys take
 * one random memory access each in the table, and none in the buckets.
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
import { Int32List } from '../../model/typed-list.js';

/** What {@link KeySet.addLaterIn} found: the key is new, was there already, or is checked later. */
export const KEY_NEW = 0;
export const KEY_TAKEN = 1;
export const KEY_LATER = 2;
/** What the bit set answers for a number beyond its reach (the key is then hashed). */
const BEYOND_BITS = -1;

/**
 * The keys given to {@link KeySet.addLaterIn} (since the last settling) that were already in the
 * set or had been given before: their numbers among the keys checked later (0 for the first one
 * that returned {@link KEY_LATER}), ascending, and the keys themselves.
 */
export interface LaterDuplicates {
  entries: Int32Array;
  keys: string[];
}

const NO_DUPLICATES: LaterDuplicates = { entries: new Int32Array(0), keys: [] };

/** Keys checked later: one offset into the pool is kept for every this many (the others are found by skipping keys). */
const MARK_EVERY = 64;
/** A bucket of the last settling holds about this many keys (it is checked in a table of twice as many slots). */
const BUCKET_KEYS = 1024;

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
  /** Where the keys checked later start in `units` (they follow one another up to `used`). */
  private laterFrom = 0;
  /** The hash of each key checked later, in the order given. */
  private readonly laterHashes = new Int32List(1024);
  /** The offset in `units` of every {@link MARK_EVERY}-th key checked later. */
  private readonly laterMarks = new Int32List(64);

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
    this.settled();
    if (this.prefix !== undefined) {
      const x = numberedForm(text, start, end, this.prefix);
      if (x >= 0 && x >>> 5 < this.bits.length) return (this.bits[x >>> 5]! & (1 << (x & 31))) !== 0;
    }
    return this.find(text, start, end, hashIn(text, start, end)) < 0;
  }

  /** Adds the key `text[start, end)` unless it is there, in one probe; whether it was new. */
  addIn(text: string, start: number, end: number): boolean {
    this.settled();
    const x = this.numberIn(text, start, end);
    if (x >= 0) {
      const found = this.addNumber(x);
      if (found !== BEYOND_BITS) return found === KEY_NEW;
    }
    // filled up to three quarters: five million keys then take a table of 8M slots (64 MB) rather
    // than 16M (128 MB); a new key's probe is one random memory access either way, and a smaller
    // table misses the cache less and is copied less often as it grows
    if (4 * (this.hashed + 1) > 3 * (this.mask + 1)) this.grow();
    const h = hashIn(text, start, end);
    const s = this.find(text, start, end, h);
    if (s < 0) return false;
    const offset = this.used;
    let at = this.startKey(end - start);
    const units = this.units;
    for (let i = start; i < end; i++) units[at++] = text.charCodeAt(i);
    this.used = at;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = offset + 1;
    this.count++;
    this.hashed++;
    if (x >= 0) this.pending.push(x);
    return true;
  }

  /** The number of the key `text[start, end)` under the set's prefix (taken from the first key), or -1. */
  private numberIn(text: string, start: number, end: number): number {
    if (this.prefix === undefined) this.prefix = numberedPrefix(text, start, end);
    return this.prefix === undefined ? -1 : numberedForm(text, start, end, this.prefix);
  }

  /**
   * Sets the bit of the number `x` (growing the bit set while it stays within about
   * {@link NUMBERS_PER_KEY} numbers a key): {@link KEY_NEW}, {@link KEY_TAKEN} when it was set, or
   * {@link BEYOND_BITS} when `x` lies beyond the bit set's reach (the key is then hashed).
   */
  private addNumber(x: number): number {
    if (x >>> 5 >= this.bits.length && x < NUMBERS_PER_KEY * this.count + NUMBER_SLACK) this.growBits(x);
    if (x >>> 5 >= this.bits.length) return BEYOND_BITS;
    const word = x >>> 5;
    const bit = 1 << (x & 31);
    if ((this.bits[word]! & bit) !== 0) return KEY_TAKEN;
    this.bits[word]! |= bit;
    this.count++;
    return KEY_NEW;
  }

  /**
   * Makes room in the pool for a key of `length` code units at `used` and writes its length
   * there (one unit, or three for a long key); returns where its code units go.
   */
  private startKey(length: number): number {
    this.units = unitsWithRoom(this.units, this.used, this.used + length + 3);
    const units = this.units;
    let at = this.used;
    if (length < LONG) units[at++] = length;
    else {
      units[at++] = LONG;
      units[at++] = length >>> 16;
      units[at++] = length & 0xffff;
    }
    return at;
  }

  /**
   * Adds the key `text[start, end)` without looking it up when it has to be hashed: the set then
   * holds it as if it were new, and whether it was is found by {@link KeySet.settle} or {@link
   * KeySet.settleLast}. Keys found by number in the bit set are answered at once. Until the set is
   * settled, only this method may be called (the others would miss these keys).
   *
   * @returns {@link KEY_NEW} or {@link KEY_TAKEN} when answered at once, {@link KEY_LATER} when checked later
   */
  addLaterIn(text: string, start: number, end: number): number {
    const x = this.numberIn(text, start, end);
    if (x >= 0) {
      const found = this.addNumber(x);
      if (found !== BEYOND_BITS) return found;
    }
    const later = this.laterHashes.length;
    if (later === 0) this.laterFrom = this.used;
    if (later % MARK_EVERY === 0) this.laterMarks.push(this.used);
    let at = this.startKey(end - start);
    const units = this.units;
    // the hash of hashIn, computed while the key is copied
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      units[at++] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.used = at;
    this.laterHashes.push(h | 0);
    this.count++;
    // a number beyond the bit set's reach: its bit is set when the bit set reaches it, as for a hashed key
    if (x >= 0) this.pending.push(x);
    return KEY_LATER;
  }

  /** Whether keys given to {@link KeySet.addLaterIn} wait to be checked. */
  get unsettled(): boolean {
    return this.laterHashes.length > 0;
  }

  /**
   * Checks the keys given to {@link KeySet.addLaterIn} since the last settling, in the order given,
   * and puts the new ones in the hash table: afterwards the set answers for them as for any key.
   *
   * @returns the keys that were already there (each is then held once)
   */
  settle(): LaterDuplicates {
    const n = this.laterHashes.length;
    if (n === 0) return NO_DUPLICATES;
    const hashes = this.laterHashes.raw;
    const entries: number[] = [];
    const keys: string[] = [];
    let offset = this.laterFrom;
    for (let k = 0; k < n; k++) {
      const { length, first } = this.entryAt(offset);
      if (4 * (this.hashed + 1) > 3 * (this.mask + 1)) this.grow();
      const h = hashes[k]!;
      const s = this.findUnits(first, length, h);
      if (s < 0) {
        entries.push(k);
        keys.push(this.keyAt(first, length));
        this.count--;
      } else {
        this.slots[2 * s] = h;
        this.slots[2 * s + 1] = offset + 1;
        this.hashed++;
      }
      offset = first + length;
    }
    this.clearLater();
    return { entries: Int32Array.from(entries), keys };
  }

  /**
   * Checks the keys given to {@link KeySet.addLaterIn} since the last settling, as {@link
   * KeySet.settle} does, but without putting them in the hash table: for the end of the input
   * (afterwards the set no longer answers for them; its size still counts them once). Same
   * result as {@link KeySet.settle}.
   *
   * @returns the keys that were already there
   */
  settleLast(): LaterDuplicates {
    const n = this.laterHashes.length;
    if (n === 0) return NO_DUPLICATES;
    if (n < 4 * BUCKET_KEYS) return this.settle();
    const hashes = this.laterHashes.raw;
    // buckets by the top bits of the hash: a stable counting sort of (hash, key number) pairs
    let bucketBits = 0;
    while (bucketBits < 16 && n >>> bucketBits > BUCKET_KEYS) bucketBits++;
    const shift = 32 - bucketBits;
    const buckets = 1 << bucketBits;
    const start = new Int32Array(buckets + 1);
    for (let k = 0; k < n; k++) start[(hashes[k]! >>> shift) + 1]!++;
    let largest = 0;
    for (let b = 0; b < buckets; b++) {
      largest = Math.max(largest, start[b + 1]!);
      start[b + 1]! += start[b]!;
    }
    const pairs = new Int32Array(2 * n);
    {
      const fill = start.slice(0, buckets);
      for (let k = 0; k < n; k++) {
        const h = hashes[k]!;
        const p = fill[h >>> shift]!++;
        pairs[2 * p] = h;
        pairs[2 * p + 1] = k;
      }
    }
    // each bucket in a table of pair positions + 1 (linear probing on the low bits of the hash)
    let size = 16;
    while (size < 2 * largest) size *= 2;
    const table = new Int32Array(size);
    const found: number[] = [];
    const lookInTable = this.hashed > 0;
    for (let b = 0; b < buckets; b++) {
      const from = start[b]!;
      const to = start[b + 1]!;
      if (to === from) continue;
      let mask = 15;
      while (mask + 1 < 2 * (to - from)) mask = 2 * mask + 1;
      table.fill(0, 0, mask + 1);
      for (let p = from; p < to; p++) {
        const h = pairs[2 * p]!;
        const k = pairs[2 * p + 1]!;
        let duplicate = false;
        let s = h & mask;
        for (; ; s = (s + 1) & mask) {
          const e = table[s]!;
          if (e === 0) break;
          if (pairs[2 * (e - 1)]! === h && this.sameLater(k, pairs[2 * (e - 1) + 1]!)) {
            duplicate = true;
            break;
          }
        }
        if (duplicate) {
          found.push(k);
          continue;
        }
        table[s] = p + 1;
        if (lookInTable) {
          const { length, first } = this.entryAt(this.laterOffset(k));
          if (this.findUnits(first, length, h) < 0) found.push(k);
        }
      }
    }
    const entries = Int32Array.from(found).sort();
    const keys: string[] = [];
    for (const k of entries) {
      const { length, first } = this.entryAt(this.laterOffset(k));
      keys.push(this.keyAt(first, length));
    }
    this.count -= entries.length;
    this.clearLater();
    return { entries, keys };
  }

  /** Forgets the keys checked later (after a settling). */
  private clearLater(): void {
    this.laterHashes.length = 0;
    this.laterMarks.length = 0;
  }

  /** Refuses a lookup that would miss the keys not yet checked. */
  private settled(): void {
    if (this.laterHashes.length > 0) throw new Error('KeySet: keys added by addLaterIn wait to be settled');
  }

  /** The length of the key stored at `offset` in `units` and where its code units start. */
  private entryAt(offset: number): { length: number; first: number } {
    const units = this.units;
    const stored = units[offset]!;
    if (stored !== LONG) return { length: stored, first: offset + 1 };
    return { length: units[offset + 1]! * 0x10000 + units[offset + 2]!, first: offset + 3 };
  }

  /** The offset in `units` of the `k`-th key checked later (from the mark before it, skipping keys). */
  private laterOffset(k: number): number {
    let offset = this.laterMarks.get(Math.floor(k / MARK_EVERY));
    for (let j = k % MARK_EVERY; j > 0; j--) {
      const { length, first } = this.entryAt(offset);
      offset = first + length;
    }
    return offset;
  }

  /** Whether the `a`-th and `b`-th keys checked later are the same. */
  private sameLater(a: number, b: number): boolean {
    const ea = this.entryAt(this.laterOffset(a));
    const eb = this.entryAt(this.laterOffset(b));
    if (ea.length !== eb.length) return false;
    const units = this.units;
    for (let i = 0; i < ea.length; i++) if (units[ea.first + i] !== units[eb.first + i]) return false;
    return true;
  }

  /** The key of `length` code units stored from `first` in `units`, as a string. */
  private keyAt(first: number, length: number): string {
    let key = '';
    for (let i = 0; i < length; i += 4096) key += String.fromCharCode(...this.units.subarray(first + i, first + Math.min(length, i + 4096)));
    return key;
  }

  /** {@link KeySet.find} for a key stored in `units` (of `length` units from `first`). */
  private findUnits(first: number, length: number, h: number): number {
    const slots = this.slots;
    const units = this.units;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const entry = slots[2 * s + 1]!;
      if (entry === 0) return s;
      if (slots[2 * s] !== h) continue;
      const { length: stored, first: at } = this.entryAt(entry - 1);
      if (stored !== length) continue;
      let i = 0;
      while (i < length && units[at + i] === units[first + i]) i++;
      if (i === length) return -1;
    }
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
