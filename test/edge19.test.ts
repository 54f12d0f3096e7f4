/**
 * A quote that opens right after a text's first word, glued to ل (ل"…"): the rules that read back from a
 * quote's opening mark two tokens before it must find nothing there, not fail. Found by
 * scripts/bench-same.js's seeded random texts after the nineteenth session's marks (a crash in cueAt).
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';

describe('a quote opening after the first word', () => {
  test.each(['ل›ك"', 'ل"نعم" قال', 'ل«نعم» قال الوزير'])('%s is read without failing', (text) => {
    expect(extract(text).quotes.length).toBeGreaterThan(0);
  });
});
