/**
 * Node ids to indices for millions of nodes: an open-addressing hash table in one typed array
 * (hash and index side by side, linear probing), with the ids themselves in a plain array. Looking
 * up an edge end here touches one table slot and, on a hash match, the id string; a JavaScript
 * `Map` of a million strings costs several scattered memory reads per lookup.
 */

/** FNV-1a over UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class IdTable {
  /** The ids, by index. */
  readonly ids: string[] = [];
  /** Pairs (hash, index + 1); index + 1 = 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of an id, or -1. */
  get(id: string): number {
    const h = hashOf(id);
    const slots = this.slots;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const entry = slots[2 * s + 1]!;
      if (entry === 0) return -1;
      if (slots[2 * s] === h && this.ids[entry - 1] === id) return entry - 1;
    }
  }

  /**
   * Adds an id unless it is present, in one probe: its new index, or -1 when it was already there
   * (as `get` then `add`, for sets of keys that are almost never repeated).
   */
  addIfAbsent(id: string): number {
    if (2 * (this.ids.length + 1) > this.mask + 1) this.grow();
    const h = hashOf(id);
    const slots = this.slots;
    let s = h & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const entry = slots[2 * s + 1]!;
      if (entry === 0) break;
      if (slots[2 * s] === h && this.ids[entry - 1] === id) return -1;
    }
    const index = this.ids.length;
    this.ids.push(id);
    slots[2 * s] = h;
    slots[2 * s + 1] = index + 1;
    return index;
  }

  /** Adds an id not yet present (check with {@link IdTable.get} first); returns its index. */
  add(id: string): number {
    if (2 * (this.ids.length + 1) > this.mask + 1) this.grow();
    const index = this.ids.length;
    this.ids.push(id);
    this.place(hashOf(id), index + 1);
    return index;
  }

  private place(h: number, entry: number): void {
    const slots = this.slots;
    let s = h & this.mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s]!, old[s + 1]!);
  }

  /** The ids as a `Map` from id to index. */
  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    for (let i = 0; i < this.ids.length; i++) map.set(this.ids[i]!, i);
    return map;
  }
}
