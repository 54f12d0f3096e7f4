/**
 * The library: `extract(text)` returns the document that `quotes extract --json` prints, and the
 * types of that document. Re-exports only; the work lives behind it.
 *
 * @example
 * import { extract, type QuoteDocument } from 'iqtibas';
 * const document: QuoteDocument = extract('وقال الوزير: «سنفتتح عشرة مستشفيات».');
 */
import { franc } from 'franc';
import { useFranc } from './language/detect.js';

// The library detects every language at once: franc is loaded with it (the command line loads it
// only for an article not in Arabic script).
useFranc(franc);

export { extract } from './extract.js';
export type { SpeakerRow, SpeakersView } from './format/speakers.js';
export { type Decoded, DecodeError, decode, decodeAs } from './input/decode.js';
export { type Input, InputError, readInput } from './input/read-input.js';
export type * from './types.js';
