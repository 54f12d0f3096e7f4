import type { ExtractOptions, QuoteDocument } from './types.js';

/** Placeholder while the engine is written: a valid document with no quotes. */
export function extract(text: string, options: ExtractOptions = {}): QuoteDocument {
  const length = [...text].length;
  return {
    schemaVersion: 1,
    source: options.source ?? null,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    language: { code: 'arb', name: 'Arabic' },
    quotes: [],
    speakers: [],
    segments: length ? [{ type: 'narration', start: 0, end: length }] : [],
    warnings: [],
  };
}
