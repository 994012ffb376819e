import { describe, expect, it } from 'vitest';
import { citedLetters } from './text.ts';

describe('citedLetters', () => {
  it.each([
    [1, 'huruf a'],
    [2, 'huruf a dan huruf b'],
    [3, 'huruf a, huruf b, dan huruf c'],
    [4, 'huruf a, huruf b, huruf c, dan huruf d'],
  ])('cites %i recitals as "%s"', (count, words) => {
    expect(citedLetters(count)).toBe(words);
  });
});
