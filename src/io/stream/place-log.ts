/**
 * The places (file, line, column) of millions of elements read one after another, each with a
 * count taken when it was read (the number of problems found before it), kept for the few that
 * will be looked up later: an element one line below the last, in the same column, file and
 * count (the layout `writeJson` writes) costs one bit; any other costs three numbers.
 *
 * Browser-safe: no Node imports.
 */
import { Int32List } from '../../model/typed-list.js';

/** Where an element is, and the count given with it. */
export interface LoggedPlace {
  file: string;
  line: number;
  column: number;
  /** The count given with it (see {@link PlaceLog.push}). */
  count: number;
}

/**
 * An append-only log of places, read back in one pass.
 *
 * @example
 * const log = new PlaceLog();
 * log.push('g.json', 7, 5, 0);
 * log.push('g.json', 8, 5, 0); // one bit
 * log.placesOf(Int32Array.of(1)); // [{ file: 'g.json', line: 8, column: 5, count: 0 }]
 */
export class PlaceLog {
  /** Bit k: element k is one line below element k − 1, in its column, with its count. */
  private oneBelow = new Int32Array(64);
  /** For each element not one line below the last: its line, column and count. */
  private readonly others = new Int32List(64);
  /** The files, each with the number of the first element in it. */
  private files: string[] = [];
  private readonly fileFrom = new Int32List(4);
  private lastLine = 0;
  private lastColumn = 0;
  private lastCount = 0;
  private lastFile: string | undefined;
  /** Elements logged. */
  length = 0;

  /** Logs the place of the next element (its number is the number of elements logged before it). */
  push(file: string, line: number, column: number, count: number): void {
    const k = this.length++;
    if (file !== this.lastFile) {
      this.files.push(file);
      this.fileFrom.push(k);
      this.lastFile = file;
    }
    if (k >>> 5 >= this.oneBelow.length) {
      const bigger = new Int32Array(2 * this.oneBelow.length);
      bigger.set(this.oneBelow);
      this.oneBelow = bigger;
    }
    if (k > 0 && line === this.lastLine + 1 && column === this.lastColumn && count === this.lastCount) this.oneBelow[k >>> 5]! |= 1 << (k & 31);
    else {
      this.oneBelow[k >>> 5]! &= ~(1 << (k & 31));
      this.others.push(line);
      this.others.push(column);
      this.others.push(count);
    }
    this.lastLine = line;
    this.lastColumn = column;
    this.lastCount = count;
  }

  /**
   * The places of the elements numbered `wanted` (ascending, each below `length`), in that order,
   * read in one pass over the log up to the last of them.
   */
  placesOf(wanted: Int32Array): LoggedPlace[] {
    const out: LoggedPlace[] = [];
    if (wanted.length === 0) return out;
    const last = wanted[wanted.length - 1]!;
    if (last >= this.length) throw new RangeError(`PlaceLog: element ${last} of ${this.length}`);
    let line = 0;
    let column = 0;
    let count = 0;
    let other = 0;
    let file = -1;
    let w = 0;
    for (let k = 0; k <= last; k++) {
      while (file + 1 < this.files.length && this.fileFrom.get(file + 1) === k) file++;
      if ((this.oneBelow[k >>> 5]! & (1 << (k & 31))) !== 0) line++;
      else {
        line = this.others.get(other++);
        column = this.others.get(other++);
        count = this.others.get(other++);
      }
      while (w < wanted.length && wanted[w] === k) {
        out.push({ file: this.files[file]!, line, column, count });
        w++;
      }
    }
    return out;
  }

  /** Forgets every element (the next one pushed is numbered 0). */
  clear(): void {
    this.length = 0;
    this.others.length = 0;
    this.files = [];
    this.fileFrom.length = 0;
    this.lastFile = undefined;
  }
}
