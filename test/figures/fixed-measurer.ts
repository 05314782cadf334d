/** A text measurer with round numbers for layout tests: each character half an em wide. */
import type { TextMeasurer } from '../../src/figures/font.js';

/** Width 0.5 em per character, ascent 0.8 em, descent 0.2 em, every character covered. */
export const fixedMeasurer: TextMeasurer = {
  width: (text, size) => [...text].length * size * 0.5,
  ascent: (size) => 0.8 * size,
  descent: (size) => 0.2 * size,
  covers: () => true,
};
