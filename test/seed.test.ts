import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { QuoteKind } from '../src/types.js';

/** The seed article, the one text the project did not write (it came with the product's brief). */
const seedText = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

const PUTIN = 'فلاديمير بوتين';

/**
 * The 18 quoted spans of the seed, in order, as read from the article: `first…last` words of each
 * span's text (or its whole text when short), its kind, and who says it.
 */
const seedQuotes: ReadonlyArray<readonly [text: string, kind: QuoteKind, speaker: string | null]> = [
  // وقال بوتين في تصريح لقناة "أن بي سي" الأميركية: "…"
  ['أن بي سي', 'mention', null],
  ['لم تكن لدى روسيا أية قنوات…للاتصال بأحد', 'direct', PUTIN],
  // وأضاف: "…"
  ['قد تكون جرت هناك اتصالات…ممارسات دبلوماسية طبيعية', 'direct', PUTIN],
  // قال بوتين إنه "لا يعلم على الإطلاق"، مشيرا إلى أن "…"
  ['لا يعلم على الإطلاق', 'partial', PUTIN],
  ['هذا هو العمل الروتيني للسفير', 'partial', PUTIN],
  // وأضاف: "…؟ هذا هراء"
  ['هل تعتقدون بأن السفراء…هذا هراء', 'direct', PUTIN],
  // وقال في هذا الشأن: "…" — after a paragraph that names Trump
  ['هذا شيء غريب بالنسبة لي…مع الرئيس الحالي', 'direct', PUTIN],
  // وصرح الرئيس الروسي … وقال: "…"
  ['تم تضليلهم…في الولايات المتحدة', 'direct', PUTIN],
  // وذكر بوتين أنه بحث … مع … باراك أوباما …، وقال: "…"
  ['لم يقد لي أحد آنذاك أية أدلة مباشرة', 'direct', PUTIN],
  // ولفت الرئيس بوتين … (next paragraph) وقال: "…" then وأضاف: "…"
  ['لا أريد الإساءة إلى أحد…في كل مكان حول العالم', 'direct', PUTIN],
  ['في أي مكان على خارطة العالم…السياسية الداخلية', 'direct', PUTIN],
  // وتابع الرئيس الروسي قائلا: "…"
  ['ولذلك فانه إذا أثر أحد…لدى الولايات المتحدة', 'direct', PUTIN],
  // وأردف: "…؟"
  ['من يقول ذلك لنا…تتدخلون دائما؟', 'direct', PUTIN],
  // وأكد بوتين: "…"
  ['بشكل عام ليس هناك أي فرق…حتى لو كنا نرغب في ذلك', 'direct', PUTIN],
  // وقال بهذا الصدد إن "…" — إن outside the marks
  ['دستور الولايات المتحدة…يمكن مراقبته بسهولة', 'partial', PUTIN],
  // وقال بوتين في تصريح لقناة "أن بي سي" الأميركية: "…"
  ['أن بي سي', 'mention', null],
  ['نحن مستعدون للإصغاء إلى شركائنا…أدوات للصراع السياسي', 'direct', PUTIN],
  // وأضاف: "…"
  ['أود أن يعرف ذلك الجميع. وهذا هو مفاد رسالتنا بالذات', 'direct', PUTIN],
];

/** `first…last` matches a text that starts and ends so; a text without `…` must match exactly. */
function matches(text: string, pattern: string): boolean {
  const [first, last] = pattern.split('…');
  return last === undefined ? text === first : text.startsWith(first ?? '') && text.endsWith(last);
}

describe('seed article', () => {
  const doc = extract(seedText, { source: 'seed-article.txt' });

  it('finds 18 quoted spans, 16 of them speech and 2 mentions', () => {
    expect(doc.quotes).toHaveLength(18);
    expect(doc.quotes.filter((q) => q.kind !== 'mention')).toHaveLength(16);
    expect(doc.quotes.filter((q) => q.kind === 'mention')).toHaveLength(2);
  });

  it.each(seedQuotes.map((row, i) => [i + 1, ...row] as const))(
    'quote %i: %s — %s, %s',
    (id, text, kind, speaker) => {
      const quote = doc.quotes[id - 1];
      expect(quote, `quote ${id} exists`).toBeDefined();
      expect(matches(quote?.text ?? '', text), `quote ${id} text: ${quote?.text}`).toBe(true);
      expect(quote?.kind).toBe(kind);
      expect(quote?.speaker?.name ?? null).toBe(speaker);
    },
  );

  it('every speech quote is Putin, both mentions are the channel with no speaker', () => {
    const speech = doc.quotes.filter((q) => q.kind !== 'mention');
    expect(new Set(speech.map((q) => q.speaker?.name))).toEqual(new Set([PUTIN]));
    const mentions = doc.quotes.filter((q) => q.kind === 'mention');
    expect(mentions.map((q) => [q.text, q.speaker])).toEqual([
      ['أن بي سي', null],
      ['أن بي سي', null],
    ]);
  });

  it('قال بوتين إنه "لا يعلم على الإطلاق" is partial, credited through the short name', () => {
    const quote = doc.quotes.find((q) => q.text === 'لا يعلم على الإطلاق');
    expect(quote?.kind).toBe('partial');
    expect(quote?.speaker).toMatchObject({ name: PUTIN, mention: 'بوتين' });
  });

  it('one speaker, with the title and the short name among his aliases', () => {
    expect(doc.speakers).toHaveLength(1);
    expect(doc.speakers[0]?.name).toBe(PUTIN);
    expect(doc.speakers[0]?.aliases).toEqual(expect.arrayContaining(['الرئيس الروسي', 'بوتين']));
    expect(doc.speakers[0]?.quotes).toBe(16);
  });

  it('is well formed: no warnings, Arabic, the source kept', () => {
    expect(doc.warnings).toEqual([]);
    expect(doc.language.code).toBe('arb');
    expect(doc.source).toBe('seed-article.txt');
    expect(doc.schemaVersion).toBe(1);
  });

  it('the channel mentions are in the paragraphs that name the channel', () => {
    const paragraphs = seedText.split(/\n/u).filter((line) => line.trim() !== '');
    for (const quote of doc.quotes.filter((q) => q.kind === 'mention')) {
      expect(paragraphs[quote.paragraph - 1]).toContain('لقناة "أن بي سي"');
    }
  });
});
