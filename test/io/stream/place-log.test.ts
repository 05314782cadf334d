/** The log of places: what goes in comes back, whether a place is one line below the last or not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlaceLog, type LoggedPlace } from '../../../src/io/stream/place-log.js';

describe('PlaceLog', () => {
  it('gives back the places asked for, in order, for runs one line below the last and jumps between them', () => {
    const log = new PlaceLog();
    const places: LoggedPlace[] = [];
    for (let k = 0; k < 10_000; k++) {
      // mostly one line below; now and then another column, count, line or file
      const last = places[places.length - 1];
      let place: LoggedPlace = last ? { ...last, line: last.line + 1 } : { file: 'a.json', line: 3, column: 5, count: 0 };
      if (k % 97 === 0) place = { ...place, column: place.column + 1 };
      if (k % 101 === 0) place = { ...place, count: place.count + 2 };
      if (k % 211 === 0) place = { ...place, line: place.line + 7 };
      if (k % 1000 === 999) place = { ...place, file: place.file === 'a.json' ? 'b.json' : 'a.json' };
      places.push(place);
      log.push(place.file, place.line, place.column, place.count);
    }
    const wanted = Int32Array.from([0, 1, 96, 97, 98, 211, 999, 1000, 1001, 5000, 9999]);
    expect(log.placesOf(wanted)).toEqual([...wanted].map((k) => places[k]));
    expect(log.placesOf(new Int32Array(0))).toEqual([]);
    expect(() => log.placesOf(Int32Array.of(10_000))).toThrow(RangeError);
  });

  it('agrees with an array of places on random logs, also after clear', () => {
    const place = fc.record({ file: fc.constantFrom('a', 'b'), line: fc.nat({ max: 20 }), column: fc.nat({ max: 3 }), count: fc.nat({ max: 2 }) });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 100 }), fc.array(place, { minLength: 1, maxLength: 100 }), fc.array(fc.nat(), { maxLength: 10 }), (before, places, picks) => {
        const log = new PlaceLog();
        for (const p of before) log.push(p.file, p.line, p.column, p.count);
        log.clear();
        for (const p of places) log.push(p.file, p.line, p.column, p.count);
        expect(log.length).toBe(places.length);
        const wanted = Int32Array.from(picks.map((k) => k % places.length)).sort();
        expect(log.placesOf(wanted)).toEqual([...wanted].map((k) => places[k]));
      }),
      { numRuns: 300, seed: 20261214 },
    );
  });
});
