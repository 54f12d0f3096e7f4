/**
 * Pure scoring for `npm run eval`: match predicted quotes to gold quotes and count.
 * No I/O here, so the rules can be unit-tested on hand-made arrays (test/eval-lib.test.ts).
 *
 * Matching (one-to-one, in document order): for each gold quote in order, the first unused
 * predicted quote whose normalised text is equal. Text normalisation trims whitespace and invisible
 * bidi/format characters at both ends only; everything inside must be identical. Speakers are compared
 * after trimming, collapsing whitespace and removing diacritics, tatweel and bidi/format characters.
 *
 * Three independent matchings are made, each over its own subset of quotes:
 *   speech  — gold direct|partial vs predicted direct|partial (span P/R/F1, speaker accuracy, end-to-end);
 *   mention — gold mention vs predicted mention;
 *   all     — every gold quote vs every predicted quote, whatever their kinds (span P/R/F1, kind accuracy).
 */
import type { QuoteKind } from '../src/types.js';

export interface GoldQuote {
  text: string;
  kind: QuoteKind;
  /** Canonical speaker, null for a mention or unknowable speaker. */
  speaker: string | null;
}

/** The part of a predicted `Quote` that scoring looks at. */
export interface PredictedQuote {
  text: string;
  kind: QuoteKind;
  speaker: { name: string } | null;
}

/** Invisible bidi and format characters (LRM, RLM, ALM, embeddings/overrides, isolates, ZW*, BOM). */
const INVISIBLE = '\\u200B-\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF';
const EDGES = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'gu');
const INVISIBLE_ANY = new RegExp(`[${INVISIBLE}]`, 'gu');
/** Arabic diacritics (fathatan … sukun) and tatweel. */
const DIACRITICS = /[\u064B-\u0652\u0640]/gu;

/** Quote text as compared: whitespace and invisible format characters trimmed at both ends. */
export function normaliseText(text: string): string {
  return text.replace(EDGES, '');
}

/** Speaker name as compared: no diacritics, tatweel or format characters; whitespace trimmed and collapsed. */
export function normaliseSpeaker(name: string | null): string | null {
  if (name === null) return null;
  return name.replace(DIACRITICS, '').replace(INVISIBLE_ANY, '').replace(/\s+/gu, ' ').trim();
}

export function isSpeech(kind: QuoteKind): boolean {
  return kind === 'direct' || kind === 'partial';
}

/**
 * One-to-one greedy matching in document order. Returns, for each gold index, the index of its
 * predicted quote or null. Gold i takes the first predicted quote, in array order, that is still
 * unused and has the same normalised text.
 */
export function matchQuotes(
  gold: readonly { text: string }[],
  predicted: readonly { text: string }[],
): (number | null)[] {
  const unused = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    const key = normaliseText(p.text);
    const list = unused.get(key);
    if (list) list.push(i);
    else unused.set(key, [i]);
  });
  return gold.map((g) => unused.get(normaliseText(g.text))?.shift() ?? null);
}

export function speakerMatches(gold: string | null, predicted: { name: string } | null): boolean {
  return normaliseSpeaker(gold) === normaliseSpeaker(predicted?.name ?? null);
}

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Counts {
  /** Speech spans (direct+partial on both sides). */
  speech: SpanCounts;
  /** Speech spans whose speaker is also right. */
  endToEnd: SpanCounts;
  /** Mention spans. */
  mention: SpanCounts;
  /** All spans, whatever the kind. */
  all: SpanCounts;
  /** Matched speech spans with the right speaker / all matched speech spans. */
  speaker: { correct: number; total: number };
  /** Span-matched quotes (all) with the exact kind / all span-matched quotes. */
  kind: { correct: number; total: number };
}

/** What the other side says about a span, for the details report. */
export interface Counterpart {
  kind: QuoteKind;
  speaker: string | null;
}

export interface Details {
  /** Gold speech quotes no predicted speech quote matched, with the predicted quote of that span if any. */
  missedSpeech: { gold: GoldQuote; predicted: Counterpart | null }[];
  /** Predicted speech quotes that match no gold speech quote, with the gold quote of that span if any. */
  spuriousSpeech: { predicted: Counterpart & { text: string }; gold: Counterpart | null }[];
  /** Matched speech quotes whose speaker is wrong. */
  wrongSpeaker: { gold: GoldQuote; predicted: string | null }[];
  /** Span-matched quotes whose kind differs. */
  kindConfusion: { gold: GoldQuote; predicted: QuoteKind }[];
  missedMention: GoldQuote[];
  spuriousMention: PredictedQuote[];
}

export interface ArticleScore {
  counts: Counts;
  details: Details;
}

function counterpart(p: PredictedQuote): Counterpart {
  return { kind: p.kind, speaker: p.speaker?.name ?? null };
}

/** Indices of the items of `list` that satisfy `keep`, so sub-matchings can report original indices. */
function indicesWhere<T>(list: readonly T[], keep: (item: T) => boolean): number[] {
  const out: number[] = [];
  list.forEach((item, i) => {
    if (keep(item)) out.push(i);
  });
  return out;
}

/** Match a subset of gold to a subset of predicted; returns pairs of original indices. */
function matchSubset(
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
  goldIdx: number[],
  predIdx: number[],
): { pairs: [number, number][]; unmatchedGold: number[]; unmatchedPred: number[] } {
  const m = matchQuotes(
    goldIdx.map((i) => gold[i] as GoldQuote),
    predIdx.map((i) => predicted[i] as PredictedQuote),
  );
  const pairs: [number, number][] = [];
  const unmatchedGold: number[] = [];
  const usedPred = new Set<number>();
  m.forEach((pj, gi) => {
    const g = goldIdx[gi] as number;
    if (pj === null) unmatchedGold.push(g);
    else {
      const p = predIdx[pj] as number;
      pairs.push([g, p]);
      usedPred.add(p);
    }
  });
  return { pairs, unmatchedGold, unmatchedPred: predIdx.filter((p) => !usedPred.has(p)) };
}

function spanCounts(pairs: number, gold: number, predicted: number): SpanCounts {
  return { tp: pairs, fp: predicted - pairs, fn: gold - pairs };
}

/** Score one article. */
export function scoreArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): ArticleScore {
  const all = matchSubset(
    gold,
    predicted,
    gold.map((_, i) => i),
    predicted.map((_, i) => i),
  );
  const goldToPred = new Map(all.pairs);
  const predToGold = new Map(all.pairs.map(([g, p]) => [p, g]));

  const goldSpeech = indicesWhere(gold, (q) => isSpeech(q.kind));
  const predSpeech = indicesWhere(predicted, (q) => isSpeech(q.kind));
  const speech = matchSubset(gold, predicted, goldSpeech, predSpeech);

  const goldMention = indicesWhere(gold, (q) => q.kind === 'mention');
  const predMention = indicesWhere(predicted, (q) => q.kind === 'mention');
  const mention = matchSubset(gold, predicted, goldMention, predMention);

  const details: Details = {
    missedSpeech: [],
    spuriousSpeech: [],
    wrongSpeaker: [],
    kindConfusion: [],
    missedMention: [],
    spuriousMention: [],
  };

  let speakerRight = 0;
  for (const [g, p] of speech.pairs) {
    const gq = gold[g] as GoldQuote;
    const pq = predicted[p] as PredictedQuote;
    if (speakerMatches(gq.speaker, pq.speaker)) speakerRight++;
    else details.wrongSpeaker.push({ gold: gq, predicted: pq.speaker?.name ?? null });
  }
  let kindRight = 0;
  for (const [g, p] of all.pairs) {
    const gq = gold[g] as GoldQuote;
    const pq = predicted[p] as PredictedQuote;
    if (gq.kind === pq.kind) kindRight++;
    else details.kindConfusion.push({ gold: gq, predicted: pq.kind });
  }
  for (const g of speech.unmatchedGold) {
    const p = goldToPred.get(g);
    details.missedSpeech.push({
      gold: gold[g] as GoldQuote,
      predicted: p === undefined ? null : counterpart(predicted[p] as PredictedQuote),
    });
  }
  for (const p of speech.unmatchedPred) {
    const pq = predicted[p] as PredictedQuote;
    const g = predToGold.get(p);
    const gq = g === undefined ? null : (gold[g] as GoldQuote);
    details.spuriousSpeech.push({
      predicted: { text: pq.text, ...counterpart(pq) },
      gold: gq && { kind: gq.kind, speaker: gq.speaker },
    });
  }
  details.missedMention = mention.unmatchedGold.map((g) => gold[g] as GoldQuote);
  details.spuriousMention = mention.unmatchedPred.map((p) => predicted[p] as PredictedQuote);

  return {
    counts: {
      speech: spanCounts(speech.pairs.length, goldSpeech.length, predSpeech.length),
      endToEnd: spanCounts(speakerRight, goldSpeech.length, predSpeech.length),
      mention: spanCounts(mention.pairs.length, goldMention.length, predMention.length),
      all: spanCounts(all.pairs.length, gold.length, predicted.length),
      speaker: { correct: speakerRight, total: speech.pairs.length },
      kind: { correct: kindRight, total: all.pairs.length },
    },
    details,
  };
}

export function emptyCounts(): Counts {
  const span = (): SpanCounts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    speech: span(),
    endToEnd: span(),
    mention: span(),
    all: span(),
    speaker: { correct: 0, total: 0 },
    kind: { correct: 0, total: 0 },
  };
}

/** Micro-average: add counts of several articles. */
export function addCounts(a: Counts, b: Counts): Counts {
  const span = (x: SpanCounts, y: SpanCounts): SpanCounts => ({
    tp: x.tp + y.tp,
    fp: x.fp + y.fp,
    fn: x.fn + y.fn,
  });
  return {
    speech: span(a.speech, b.speech),
    endToEnd: span(a.endToEnd, b.endToEnd),
    mention: span(a.mention, b.mention),
    all: span(a.all, b.all),
    speaker: { correct: a.speaker.correct + b.speaker.correct, total: a.speaker.total + b.speaker.total },
    kind: { correct: a.kind.correct + b.kind.correct, total: a.kind.total + b.kind.total },
  };
}

/** A ratio, or null when its denominator is 0 (nothing to measure). */
export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

export interface SpanMetrics extends SpanCounts {
  gold: number;
  predicted: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function spanMetrics(c: SpanCounts): SpanMetrics {
  return {
    ...c,
    gold: c.tp + c.fn,
    predicted: c.tp + c.fp,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    // 2PR/(P+R) written on counts, so it is defined (0) when nothing was predicted.
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

export interface Metrics {
  speech: SpanMetrics;
  endToEnd: SpanMetrics;
  mention: SpanMetrics;
  all: SpanMetrics;
  speaker: { correct: number; total: number; accuracy: number | null };
  kind: { correct: number; total: number; accuracy: number | null };
}

export function metrics(c: Counts): Metrics {
  return {
    speech: spanMetrics(c.speech),
    endToEnd: spanMetrics(c.endToEnd),
    mention: spanMetrics(c.mention),
    all: spanMetrics(c.all),
    speaker: { ...c.speaker, accuracy: ratio(c.speaker.correct, c.speaker.total) },
    kind: { ...c.kind, accuracy: ratio(c.kind.correct, c.kind.total) },
  };
}
