/** Growable typed lists: values survive growth, toArray copies exactly `length` entries. */
import { describe, expect, it } from 'vitest';
import { Float64List, Int32List, Uint8List } from '../../src/model/typed-list.js';

describe('typed lists', () => {
  it('keep every value across growth', () => {
    const list = new Int32List(1);
    for (let i = 0; i < 1000; i++) list.push(i * 3 - 500);
    expect(list.length).toBe(1000);
    expect(list.get(0)).toBe(-500);
    expect(list.get(999)).toBe(999 * 3 - 500);
    const array = list.toArray();
    expect(array).toBeInstanceOf(Int32Array);
    expect(array.length).toBe(1000);
    expect(list.raw.length).toBeGreaterThanOrEqual(1000);
  });

  it('toArray is a copy; set changes one entry', () => {
    const list = new Float64List(4);
    list.push(1.5);
    list.push(NaN);
    const copy = list.toArray();
    list.set(0, 7);
    expect(copy[0]).toBe(1.5);
    expect(list.get(0)).toBe(7);
    expect(Number.isNaN(list.get(1))).toBe(true);
  });

  it('Uint8List stores bytes', () => {
    const list = new Uint8List(2);
    [0, 1, 255].forEach((b) => list.push(b));
    expect([...list.toArray()]).toEqual([0, 1, 255]);
  });
});
