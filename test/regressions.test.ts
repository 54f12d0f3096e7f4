// Counterexamples that the property-based tests (properties.test.ts) found in the core, kept as
// plain rows: the text and the quotes expected.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';

describe('found by the properties', () => {
  test.each([
    // An unclosed quote's text was cut by counting a lone high surrogate and the next character as one pair.
    ['a lone high surrogate at the end of an unclosed quote', '"\ud800\n', ['\ud800']],
    ['a lone high surrogate inside an unclosed quote', 'وقال: «نعم\ud800 لا\nثم', ['نعم\ud800 لا']],
  ])('%s', (_name, text, quotes) => {
    expect(extract(text).quotes.map((quote) => quote.text)).toEqual(quotes);
  });
});
