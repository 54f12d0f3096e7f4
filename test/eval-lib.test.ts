import { describe, expect, it } from 'vitest';
import {
  addCounts,
  emptyCounts,
  type GoldQuote,
  matchQuotes,
  metrics,
  normaliseSpeaker,
  normaliseText,
  type PredictedQuote,
  scoreArticle,
  spanMetrics,
  speakerMatches,
} from '../scripts/eval-lib.js';

const gold = (text: string, kind: GoldQuote['kind'], speaker: string | null): GoldQuote => ({
  text,
  kind,
  speaker,
});
const pred = (text: string, kind: PredictedQuote['kind'], name: string | null): PredictedQuote => ({
  text,
  kind,
  speaker: name === null ? null : { name },
});

describe('normalisation', () => {
  it('trims whitespace and bidi/format marks at both ends only', () => {
    expect(normaliseText('\u202c نرفض ذلك \u202b')).toBe('نرفض ذلك');
    expect(normaliseText('\u200f\uFEFF\u2067 على الطريق\u2069\u200e\n')).toBe('على الطريق');
    expect(normaliseText('على \u200fالطريق')).toBe('على \u200fالطريق');
    expect(normaliseText('على الطريق')).not.toBe(normaliseText('على  الطريق'));
  });

  it('compares speakers without diacritics, tatweel, extra spaces or format marks', () => {
    expect(normaliseSpeaker(' وزارة   الصحّة ')).toBe('وزارة الصحة');
    expect(normaliseSpeaker('مُحَمَّـد\u200f علي')).toBe('محمد علي');
    expect(normaliseSpeaker(null)).toBeNull();
    expect(speakerMatches('وزارة الصحّة', { name: 'وزارة الصحة' })).toBe(true);
    expect(speakerMatches(null, null)).toBe(true);
    expect(speakerMatches(null, { name: 'فلان' })).toBe(false);
    expect(speakerMatches('فلان', null)).toBe(false);
  });
});

describe('matchQuotes', () => {
  it('matches one-to-one in document order, a twice-quoted span twice', () => {
    expect(
      matchQuotes(
        [{ text: 'أ' }, { text: 'ب' }, { text: 'أ' }],
        [{ text: 'أ' }, { text: ' أ' }, { text: 'ج' }],
      ),
    ).toEqual([0, null, 1]);
    // One prediction cannot serve two gold quotes.
    expect(matchQuotes([{ text: 'أ' }, { text: 'أ' }], [{ text: 'أ' }])).toEqual([0, null]);
    expect(matchQuotes([], [{ text: 'أ' }])).toEqual([]);
  });
});

describe('scoreArticle', () => {
  const g = [
    gold('سنواصل العمل', 'direct', 'فلاديمير بوتين'),
    gold('لا يعلم', 'partial', 'فلاديمير بوتين'),
    gold('داعش', 'mention', null),
    gold('الأهرام', 'mention', null),
    gold('نرفض ذلك', 'direct', 'وزارة الخارجية'),
    gold('سنواصل العمل', 'partial', 'دونالد ترامب'),
  ];
  const p = [
    pred(' سنواصل العمل\u200f', 'direct', 'فلاديمير  بوتين'), // g0: span and speaker right
    pred('لا يعلم', 'direct', 'بوتين'), // g1: wrong speaker, partial taken for direct
    pred('داعش', 'mention', null), // g2
    pred('نرفض ذلك', 'mention', null), // g4 taken for a mention
    pred('سنواصل العمل', 'partial', 'دونالد ترامب'), // g5, the second occurrence
    pred('كلام فارغ', 'direct', 'فلان'), // not in gold
  ];
  const { counts, details } = scoreArticle(g, p);

  it('counts speech spans, speakers and end-to-end', () => {
    // gold speech g0 g1 g4 g5; predicted speech p0 p1 p4 p5; pairs g0-p0 g1-p1 g5-p4.
    expect(counts.speech).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(counts.speaker).toEqual({ correct: 2, total: 3 });
    expect(counts.endToEnd).toEqual({ tp: 2, fp: 2, fn: 2 });
  });

  it('counts mentions, all spans and kinds', () => {
    expect(counts.mention).toEqual({ tp: 1, fp: 1, fn: 1 });
    // all: g0-p0 g1-p1 g2-p2 g4-p3 g5-p4; g3 missed; p5 spurious.
    expect(counts.all).toEqual({ tp: 5, fp: 1, fn: 1 });
    expect(counts.kind).toEqual({ correct: 3, total: 5 });
  });

  it('lists every miss with what the other side said about the span', () => {
    expect(details.missedSpeech).toEqual([{ gold: g[4], predicted: { kind: 'mention', speaker: null } }]);
    expect(details.spuriousSpeech).toEqual([
      { predicted: { text: 'كلام فارغ', kind: 'direct', speaker: 'فلان' }, gold: null },
    ]);
    expect(details.wrongSpeaker).toEqual([{ gold: g[1], predicted: 'بوتين' }]);
    expect(details.kindConfusion).toEqual([
      { gold: g[1], predicted: 'direct' },
      { gold: g[4], predicted: 'mention' },
    ]);
    expect(details.missedMention).toEqual([g[3]]);
    expect(details.spuriousMention).toEqual([p[3]]);
  });

  it('turns counts into metrics', () => {
    const m = metrics(counts);
    expect(m.speech).toMatchObject({ gold: 4, predicted: 4, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(m.endToEnd).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(m.mention.f1).toBe(0.5);
    expect(m.all.precision).toBeCloseTo(5 / 6);
    expect(m.speaker.accuracy).toBeCloseTo(2 / 3);
    expect(m.kind.accuracy).toBe(0.6);
  });

  it('matches speech and mentions separately, so a duplicated span is not lost to kind order', () => {
    const r = scoreArticle(
      [gold('الحرية', 'mention', null), gold('الحرية', 'direct', 'المتظاهرون')],
      [pred('الحرية', 'direct', 'المتظاهرون'), pred('الحرية', 'mention', null)],
    );
    expect(r.counts.speech).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.counts.endToEnd).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.counts.mention).toEqual({ tp: 1, fp: 0, fn: 0 });
    // The all-span matching pairs in order, whatever the kind: both pairs disagree on kind.
    expect(r.counts.all).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(r.counts.kind).toEqual({ correct: 0, total: 2 });
  });

  it('scores a null speaker as right only against null', () => {
    const r = scoreArticle(
      [gold('لن نتراجع', 'direct', null), gold('سنعود', 'direct', null)],
      [pred('لن نتراجع', 'direct', null), pred('سنعود', 'direct', 'مصدر')],
    );
    expect(r.counts.speaker).toEqual({ correct: 1, total: 2 });
    expect(r.counts.endToEnd).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('reports a predicted speech quote that gold calls a mention', () => {
    const r = scoreArticle([gold('الجزيرة', 'mention', null)], [pred('الجزيرة', 'partial', 'قناة')]);
    expect(r.counts.speech).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.counts.mention).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(r.details.spuriousSpeech).toEqual([
      {
        predicted: { text: 'الجزيرة', kind: 'partial', speaker: 'قناة' },
        gold: { kind: 'mention', speaker: null },
      },
    ]);
    expect(r.details.kindConfusion).toEqual([
      { gold: gold('الجزيرة', 'mention', null), predicted: 'partial' },
    ]);
  });
});

describe('metrics', () => {
  it('micro-averages by adding counts', () => {
    const a = scoreArticle([gold('أ', 'direct', 'س')], [pred('أ', 'direct', 'س')]).counts;
    const b = scoreArticle([gold('ب', 'direct', 'ص'), gold('ج', 'partial', 'ص')], []).counts;
    const total = [a, b].reduce(addCounts, emptyCounts());
    expect(total.speech).toEqual({ tp: 1, fp: 0, fn: 2 });
    const m = metrics(total);
    expect(m.speech.precision).toBe(1);
    expect(m.speech.recall).toBeCloseTo(1 / 3);
    expect(m.speech.f1).toBe(0.5);
  });

  it('leaves a ratio with nothing to measure as null, and F1 at 0 when nothing is found', () => {
    expect(spanMetrics({ tp: 0, fp: 0, fn: 3 })).toEqual({
      tp: 0,
      fp: 0,
      fn: 3,
      gold: 3,
      predicted: 0,
      precision: null,
      recall: 0,
      f1: 0,
    });
    expect(spanMetrics({ tp: 0, fp: 0, fn: 0 }).f1).toBeNull();
    expect(metrics(emptyCounts()).speaker.accuracy).toBeNull();
  });
});
