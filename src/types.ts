/**
 * The document that `extract` returns and `--format json` prints (schemaVersion 1).
 * Offsets count Unicode code points of the decoded text; ends are exclusive.
 */

/** How a quote relates to speech: see PRODUCT.md. */
export type QuoteKind = 'direct' | 'partial' | 'mention';

/** How the speaker of a quote was found, so a wrong answer can be traced to its rule. */
export type Resolution = 'explicit' | 'alias' | 'continuation';

export interface QuoteSpeaker {
  /** Canonical name: the fullest form the article uses for this speaker. */
  name: string;
  /** The words that named the speaker at this quote, as written (or the canonical name for a continuation). */
  mention: string;
  resolution: Resolution;
}

export interface Quote {
  /** 1-based, in document order of the opening mark. */
  id: number;
  /** Verbatim characters between the opening and the closing mark. */
  text: string;
  kind: QuoteKind;
  /** Code-point offset of the first character after the opening mark. */
  start: number;
  /** Code-point offset of the closing mark (exclusive end of the text). */
  end: number;
  /** 1-based paragraph number (paragraphs are separated by blank lines or line breaks). */
  paragraph: number;
  /** The opening mark as written. */
  open: string;
  /** The closing mark as written; empty when the quote is unclosed. */
  close: string;
  /** Who said it; null for a mention, or for speech whose speaker cannot be found. */
  speaker: QuoteSpeaker | null;
  /** The reporting cue as written (`وقال`, `مضيفا`, `بحسب`), or null when there is none. */
  cue: string | null;
  /** Id of the quote this one is nested in, or null. */
  parent: number | null;
}

export interface SpeakerSummary {
  name: string;
  /** Other forms the article uses for the same speaker, in order of first use. */
  aliases: string[];
  /** Number of speech quotes (direct and partial) credited to this speaker. */
  quotes: number;
}

export type SegmentType = 'narration' | 'quote';

export interface Segment {
  type: SegmentType;
  start: number;
  end: number;
  /** Id of the quote, for a quote segment (marks included). */
  quote?: number;
}

export type MessageCode = 'UNCLOSED_QUOTE' | 'UNMATCHED_CLOSE' | 'NOT_ARABIC';

export interface Message {
  code: MessageCode;
  message: string;
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in code points. */
  column: number;
}

export interface Language {
  /** ISO 639-3 code from franc (`arb` for Arabic), `und` when undetermined. */
  code: string;
  name: string;
}

export interface QuoteDocument {
  schemaVersion: 1;
  source: string | null;
  /** The encoding the input was decoded from, when known (set by the input layer). */
  encoding?: string;
  language: Language;
  quotes: Quote[];
  speakers: SpeakerSummary[];
  segments: Segment[];
  warnings: Message[];
}

export interface ExtractOptions {
  /** Name of the input, copied to `source` (a file path, `-` for stdin). */
  source?: string | null;
  /** Encoding the text was decoded from, copied to `encoding`. */
  encoding?: string;
}
