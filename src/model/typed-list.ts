/**
 * Append-only lists of numbers backed by typed arrays that double when full: the edge lists of
 * the streaming loader, several million entries without a JavaScript array per edge.
 */

type TypedArray = Int32Array | Float64Array | Uint8Array;

abstract class TypedList<A extends TypedArray> {
  protected data: A;
  length = 0;
  constructor(capacity: number) {
    this.data = this.allocate(Math.max(16, capacity));
  }
  protected abstract allocate(capacity: number): A;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.allocate(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, value: number): void {
    this.data[i] = value;
  }
  /** The values as an array of exactly `length` entries (a copy; the list stays usable). */
  toArray(): A {
    return this.data.slice(0, this.length) as A;
  }
  /** The backing array (longer than `length`); read only the first `length` entries. */
  get raw(): A {
    return this.data;
  }
}

/** A growable list of 32-bit integers. */
export class Int32List extends TypedList<Int32Array> {
  protected allocate(capacity: number): Int32Array {
    return new Int32Array(capacity);
  }
}

/** A growable list of doubles. */
export class Float64List extends TypedList<Float64Array> {
  protected allocate(capacity: number): Float64Array {
    return new Float64Array(capacity);
  }
}

/** A growable list of bytes. */
export class Uint8List extends TypedList<Uint8Array> {
  protected allocate(capacity: number): Uint8Array {
    return new Uint8Array(capacity);
  }
}
