import { attribute } from './attribute/attribute.js';
import type { Entity } from './attribute/entities.js';
import { detectLanguage } from './language/detect.js';
import { pairQuotes, type Span } from './scan/pair-quotes.js';
import { locate, type Token, tokenize } from './scan/tokenize.js';
import type { ExtractOptions, Message, Quote, QuoteDocument, Segment, SpeakerSummary } from './types.js';

/**
 * Finds every quoted span of an article and who said it.
 *
 * @example
 * extract('وقال الرئيس الروسي فلاديمير سوكولوف: «لم نتدخل».').quotes[0]?.speaker?.name
 * // → 'فلاديمير سوكولوف'
 */
export function extract(text: string, options: ExtractOptions = {}): QuoteDocument {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = tokenize(input);
  const { spans, unmatched } = pairQuotes(scan);
  const { attributions, nameOf, aliasesOf } = attribute(input, scan.tokens, spans, scan.paragraphSentences);
  const { tokens } = scan;

  const names = new Map<Entity, string>();
  const canonical = (entity: Entity) => {
    let name = names.get(entity);
    if (name === undefined) {
      name = nameOf(entity);
      names.set(entity, name);
    }
    return name;
  };

  const warnings: Message[] = [];
  const quotes: Quote[] = spans.map((span, i) => {
    const open = tokens[span.open] as Token;
    // The mark the text starts after: the second of a doubled opener (“”نص”).
    const first = span.inner < 0 ? open : (tokens[span.inner] as Token);
    const close = span.close >= 0 ? (tokens[span.close] as Token) : null;
    const attribution = attributions[i];
    if (!close) {
      warnings.push(
        message(
          scan.lineStarts,
          'UNCLOSED_QUOTE',
          open.start,
          `quote opened with ${open.norm} is never closed`,
        ),
      );
    }
    const speaker = attribution?.speaker
      ? {
          name: canonical(attribution.speaker.entity),
          mention: attribution.speaker.mention,
          resolution: attribution.speaker.resolution,
        }
      : null;
    if (
      speaker &&
      speaker.resolution === 'explicit' &&
      foldSpaces(speaker.mention) !== foldSpaces(speaker.name)
    ) {
      speaker.resolution = 'alias';
    }
    return {
      id: i + 1,
      text: textOf(input, first, close, span),
      kind: attribution?.kind ?? 'mention',
      start: span.start,
      end: span.end,
      paragraph: open.paragraph,
      open: first.norm,
      close: close ? close.norm : '',
      speaker,
      cue: attribution?.cue ?? null,
      parent: span.parent >= 0 ? span.parent + 1 : null,
    };
  });
  for (const index of unmatched) {
    const token = tokens[index] as Token;
    warnings.push(
      message(scan.lineStarts, 'UNMATCHED_CLOSE', token.start, `closing ${token.norm} has no opening mark`),
    );
  }
  const language = detectLanguage(input);
  if (!language.arabic && scan.length > 0) {
    warnings.push(message(scan.lineStarts, 'NOT_ARABIC', 0, `text looks ${language.name}, not Arabic`));
  }
  warnings.sort((a, b) => a.offset - b.offset);

  return {
    schemaVersion: 1,
    source: options.source ?? null,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    language: { code: language.code, name: language.name },
    quotes,
    speakers: summarise(
      quotes,
      attributions.map((a) => a?.speaker?.entity ?? null),
      canonical,
      aliasesOf,
    ),
    segments: segmentsOf(spans, quotes, tokens, scan.length),
    warnings,
  };
}

const foldSpaces = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** UTF-16 index reached after `count` code points from `from`. */
/** The text between a quote's opening mark (the second of a doubled one) and its closing mark. */
function textOf(input: string, open: Token, close: Token | null, span: Span): string {
  return input.slice(open.to, close ? close.from : fromCodePoint(input, open.to, span.end - span.start));
}

function fromCodePoint(text: string, from: number, count: number): number {
  let i = from;
  for (let k = 0; k < count && i < text.length; k++) {
    // A surrogate pair is one code point; a lone high surrogate is one too, as the tokenizer counts it.
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return i;
}

function message(
  lineStarts: readonly number[],
  code: Message['code'],
  offset: number,
  text: string,
): Message {
  return { code, message: text, offset, ...locate(lineStarts, offset) };
}

function summarise(
  quotes: readonly Quote[],
  entities: ReadonlyArray<Entity | null>,
  canonical: (entity: Entity) => string,
  aliasesOf: (entity: Entity) => string[],
): SpeakerSummary[] {
  const byEntity = new Map<Entity, SpeakerSummary>();
  quotes.forEach((quote, i) => {
    const entity = entities[i];
    if (!entity || quote.kind === 'mention') return;
    let summary = byEntity.get(entity);
    if (!summary) {
      summary = { name: canonical(entity), aliases: aliasesOf(entity), quotes: 0 };
      byEntity.set(entity, summary);
    }
    summary.quotes++;
  });
  return [...byEntity.values()];
}

/** Narration and top-level quotes (marks included), tiling the text from 0 to its length. */
function segmentsOf(
  spans: readonly Span[],
  quotes: readonly Quote[],
  tokens: readonly Token[],
  length: number,
): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.parent !== -1) return;
    const start = (tokens[span.open] as Token).start;
    const end = span.close >= 0 ? (tokens[span.close] as Token).end : span.end;
    if (start > at) segments.push({ type: 'narration', start: at, end: start });
    segments.push({ type: 'quote', start, end, quote: (quotes[i] as Quote).id });
    at = end;
  });
  if (length > at) segments.push({ type: 'narration', start: at, end: length });
  return segments;
}
