import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { MessageCode, QuoteDocument, QuoteKind } from '../src/types.js';

/** One quote as a reader sees it: its text between the marks, its kind, its speaker's canonical name. */
export type Said = readonly [text: string, kind: QuoteKind, speaker: string | null];

export interface Row {
  /** What the row shows, as the test's name. */
  what: string;
  text: string;
  /** Every quoted span, in order of the opening mark (an outer quote before the one nested in it). */
  quotes: readonly Said[];
  /** Warning codes expected; none when absent. */
  warnings?: readonly MessageCode[];
  /**
   * What the engine does not do yet (see the `engine gap` comment on the row): that half of the row runs
   * with `it.fails`. `spans`: the quoted texts and warnings; `attribution`: the kinds and speakers.
   */
  gaps?: readonly Aspect[];
}

export type Aspect = 'spans' | 'attribution';

export const said = (doc: QuoteDocument): Said[] =>
  doc.quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);

/** Code-point slice of a text, the unit of every offset in the document. */
export const slice = (text: string, start: number, end: number): string =>
  [...text].slice(start, end).join('');

/**
 * Every convention of quote marks that Arabic newsrooms produce, each in a sentence of its own.
 * The sentences are written here in news style; the expectations come from reading them.
 */
export const scanRows: readonly Row[] = [
  {
    what: 'guillemets «…»',
    text: 'وقال وزير الصحة خالد المنصوري: «سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام».',
    quotes: [['سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام', 'direct', 'خالد المنصوري']],
  },
  {
    what: 'straight quotes "…"',
    text: 'وقالت المتحدثة باسم البلدية ريم الشامي: "أعمال الصيانة ستنتهي الأسبوع المقبل".',
    quotes: [['أعمال الصيانة ستنتهي الأسبوع المقبل', 'direct', 'ريم الشامي']],
  },
  {
    what: 'curly quotes in LTR orientation “…”',
    text: 'وقال رئيس الاتحاد عمر الدباغ: “المباراة ستقام في موعدها”.',
    quotes: [['المباراة ستقام في موعدها', 'direct', 'عمر الدباغ']],
  },
  {
    what: 'curly quotes in Arabic (CLDR) orientation ”…“',
    text: 'وأكد المدير التنفيذي للشركة نبيل حداد: ”لن نسرح أي موظف هذا العام“.',
    quotes: [['لن نسرح أي موظف هذا العام', 'direct', 'نبيل حداد']],
  },
  {
    what: 'guillemets typed visually »…«',
    text: 'وقال محافظ المدينة سليم العطار: »الطرق ستفتح صباح الغد«.',
    quotes: [['الطرق ستفتح صباح الغد', 'direct', 'سليم العطار']],
  },
  {
    what: 'low-high quotes „…“',
    text: 'وصرح السفير مازن القاسم: „العلاقات بين البلدين في أفضل حالاتها“.',
    quotes: [['العلاقات بين البلدين في أفضل حالاتها', 'direct', 'مازن القاسم']],
  },
  {
    what: 'single angle quotes ‹…›',
    text: 'وقال المدرب هشام بركات: ‹اللاعبون قدموا كل ما لديهم›.',
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'هشام بركات']],
  },
  {
    what: 'single curly quotes ’…‘ nested in «…» around a term',
    text: 'وقال النائب فادي الخوري: «لن نصوت على ما يسمى ’قانون الطوارئ‘ بصيغته الحالية».',
    quotes: [
      ['لن نصوت على ما يسمى ’قانون الطوارئ‘ بصيغته الحالية', 'direct', 'فادي الخوري'],
      ['قانون الطوارئ', 'mention', null],
    ],
  },
  {
    what: 'straight quotes nested in «…» around a slogan',
    text: 'وقالت الناشطة سلمى العبيدي: «حملة "لا للعنف" وصلت إلى كل المدارس».',
    quotes: [
      ['حملة "لا للعنف" وصلت إلى كل المدارس', 'direct', 'سلمى العبيدي'],
      ['لا للعنف', 'mention', null],
    ],
  },
  {
    what: 'three mark styles in one text',
    text: 'وقال الوزير طارق السالم: «الميزانية جاهزة». وأضاف: "سنعرضها على البرلمان يوم الأحد". وتابع: ”لا تأجيل بعد اليوم“.',
    quotes: [
      ['الميزانية جاهزة', 'direct', 'طارق السالم'],
      ['سنعرضها على البرلمان يوم الأحد', 'direct', 'طارق السالم'],
      ['لا تأجيل بعد اليوم', 'direct', 'طارق السالم'],
    ],
  },
  {
    what: 'a quote opened in one paragraph and closed in the next, with no reopening mark',
    text: 'وقال رئيس البلدية ياسر النعيمي: «لقد عملنا طوال الصيف على إصلاح الشبكة.\n\nوالآن نستطيع القول إن المياه ستصل إلى كل بيت». وأشار إلى أن العمل سيستمر.',
    quotes: [
      [
        'لقد عملنا طوال الصيف على إصلاح الشبكة.\n\nوالآن نستطيع القول إن المياه ستصل إلى كل بيت',
        'direct',
        'ياسر النعيمي',
      ],
    ],
  },
  {
    what: 'straight quotes glued to the letters on both sides',
    text: 'قال الناطق باسم الشرطة وائل العمري"لا إصابات بين المدنيين"وأضاف أن "التحقيق مستمر".',
    quotes: [
      ['لا إصابات بين المدنيين', 'direct', 'وائل العمري'],
      ['التحقيق مستمر', 'partial', 'وائل العمري'],
    ],
  },
  {
    what: 'a straight pair nested in a straight quote: spaced before, glued to the word after',
    text: 'وقال المسؤول إن "الصفقة تشمل صواريخ من طراز "ستورم" بعيدة المدى" وفق الوكالة.',
    quotes: [
      ['الصفقة تشمل صواريخ من طراز "ستورم" بعيدة المدى', 'partial', 'المسؤول'],
      ['ستورم', 'mention', null],
    ],
  },
  {
    what: 'a straight closer with a stray space before it, glued to the next word, closes when the sentence ends first',
    text: 'وقال الوزير "لا نقبل بهذا القرار "ثم غادر القاعة. وقال النائب "سنصوت ضده".',
    quotes: [
      ['لا نقبل بهذا القرار ', 'direct', 'الوزير'],
      ['سنصوت ضده', 'direct', 'النائب'],
    ],
  },
  {
    what: 'a straight closer with a stray space before it and a comma after it does not nest',
    text: 'وقال الوزير: "لن نتراجع "، مضيفا أن الحكومة "ماضية في خطتها".',
    quotes: [
      ['لن نتراجع ', 'direct', 'الوزير'],
      ['ماضية في خطتها', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'two straight pairs in one indirect sentence: the roles alternate',
    text: 'وقال وزير النقل رائد الحمد إن "المرحلة الأولى" انتهت وإن "الثانية ستبدأ في أيار".',
    quotes: [
      ['المرحلة الأولى', 'partial', 'رائد الحمد'],
      ['الثانية ستبدأ في أيار', 'partial', 'رائد الحمد'],
    ],
  },
  {
    what: 'RLM (U+200F) inside the marks stays in the text',
    text: 'وقال رئيس الوفد سامر النجار: «\u200fالاتفاق سيوقع غدا\u200f».',
    quotes: [['\u200fالاتفاق سيوقع غدا\u200f', 'direct', 'سامر النجار']],
  },
  {
    what: 'ALM (U+061C) between the colon and a straight quote, and after it',
    text: 'وقالت الوزيرة هالة الزين:\u061C"سنرفع الأجور"\u061C، وأضافت أن "القرار نهائي".',
    quotes: [
      ['سنرفع الأجور', 'direct', 'هالة الزين'],
      ['القرار نهائي', 'partial', 'هالة الزين'],
    ],
  },
  {
    what: 'RLM between a straight quote and the words it encloses',
    text: 'وقال المتحدث باسم الجامعة منصور العلي: "\u200fالتسجيل يبدأ الأحد\u200f"، وأضاف أن "الأماكن محدودة".',
    quotes: [
      ['\u200fالتسجيل يبدأ الأحد\u200f', 'direct', 'منصور العلي'],
      ['الأماكن محدودة', 'partial', 'منصور العلي'],
    ],
  },
];

/** Two tests per row: the spans the scan finds, then who said each (kind and speaker). */
export function runRows(rows: readonly Row[]): void {
  const test = (row: Row, aspect: Aspect) => (row.gaps?.includes(aspect) ? it.fails : it);
  for (const row of rows) {
    test(row, 'spans')(`${row.what} — spans`, () => {
      const doc = extract(row.text);
      expect(doc.quotes.map((q) => q.text)).toEqual(row.quotes.map(([text]) => text));
      expect(doc.warnings.map((w) => w.code)).toEqual(row.warnings ?? []);
    });
    test(row, 'attribution')(`${row.what} — kinds and speakers`, () => {
      expect(said(extract(row.text))).toEqual(row.quotes);
    });
  }
}

// attribution.test.ts and invariants.test.ts import this file's tables and `runRows`: register the tests
// below only when vitest runs this file itself, so that importing it does not run them twice.
if (expect.getState().testPath === resolve(fileURLToPath(import.meta.url))) {
  describe('scan: every quote-mark convention', () => {
    runRows(scanRows);
  });

  describe('scan: nesting', () => {
    it('a nested quote names its parent and gets no segment of its own', () => {
      const doc = extract('وقال النائب فادي الخوري: «لن نصوت على ما يسمى ’قانون الطوارئ‘ بصيغته الحالية».');
      expect(doc.quotes.map((q) => q.parent)).toEqual([null, 1]);
      expect(doc.segments.filter((s) => s.type === 'quote').map((s) => s.quote)).toEqual([1]);
    });

    it('reports the marks as written, whatever their orientation', () => {
      const marks = (text: string) => extract(text).quotes.map((q) => q.open + q.close);
      expect(marks('وقال محافظ المدينة سليم العطار: »الطرق ستفتح صباح الغد«.')).toEqual(['»«']);
      expect(marks('وأكد المدير التنفيذي للشركة نبيل حداد: ”لن نسرح أي موظف هذا العام“.')).toEqual(['”“']);
      expect(marks('وقالت الناشطة سلمى العبيدي: «حملة "لا للعنف" وصلت إلى كل المدارس».')).toEqual([
        '«»',
        '""',
      ]);
    });

    it('a quote across two paragraphs keeps the paragraph of its opening mark', () => {
      const doc = extract(
        'وقال رئيس البلدية ياسر النعيمي: «لقد عملنا طوال الصيف على إصلاح الشبكة.\n\nوالآن نستطيع القول إن المياه ستصل إلى كل بيت».',
      );
      expect(doc.quotes.map((q) => q.paragraph)).toEqual([1]);
      expect(doc.warnings).toEqual([]);
    });
  });

  describe('scan: malformed quoting', () => {
    it('an unclosed mark is a warning with offset, line and column, and the span is still reported', () => {
      // Line 1 has 36 code points and a newline; on line 2 the « is the 26th character.
      const text = 'أعلنت الحكومة خطة جديدة للنقل العام.\nوقال المسؤول جمال الحسن: «لن نتراجع عن القرار.';
      const doc = extract(text);
      expect(doc.warnings).toMatchObject([{ code: 'UNCLOSED_QUOTE', offset: 62, line: 2, column: 26 }]);
      expect(doc.quotes).toHaveLength(1);
      expect(doc.quotes[0]).toMatchObject({
        text: 'لن نتراجع عن القرار.',
        open: '«',
        close: '',
        start: 63,
        paragraph: 2,
        speaker: { name: 'جمال الحسن' },
      });
    });

    it('an unclosed mark does not swallow the next paragraph', () => {
      const text =
        'وقال المسؤول جمال الحسن: «لن نتراجع عن القرار.\n\nوفي سياق آخر، افتتحت البلدية حديقة جديدة.';
      const doc = extract(text);
      expect(doc.warnings.map((w) => w.code)).toEqual(['UNCLOSED_QUOTE']);
      expect(doc.quotes.map((q) => q.text)).toEqual(['لن نتراجع عن القرار.']);
    });

    it('two unclosed marks of one kind are siblings: the first ends where the second opens', () => {
      const doc = extract('قال الشاهد: «رأيت النار ثم سمعت «انفجارا\n\nوتابع التحقيق سيره.');
      expect(doc.quotes.map((q) => [q.text, q.parent])).toEqual([
        ['رأيت النار ثم سمعت ', null],
        ['انفجارا', null],
      ]);
      expect(doc.warnings.map((w) => w.code)).toEqual(['UNCLOSED_QUOTE', 'UNCLOSED_QUOTE']);
    });

    it('a mark of one kind opened inside a closed quote of the same kind still nests', () => {
      const doc = extract('وقال المحامي: «وصفه القاضي بأنه «المتهم الأول» أمس».');
      expect(doc.quotes.map((q) => [q.text, q.parent])).toEqual([
        ['وصفه القاضي بأنه «المتهم الأول» أمس', null],
        ['المتهم الأول', 1],
      ]);
    });

    it('a straight mark after a colon opens, even with a stray space after it', () => {
      const doc = extract('وأضافت من منزلها:" ولهذا فالقرار غير عادل." ثم غادرت.');
      expect(doc.quotes.map((q) => q.text)).toEqual([' ولهذا فالقرار غير عادل.']);
      expect(doc.warnings).toEqual([]);
    });

    it('a closing mark with no opener is a warning, not a quote', () => {
      // The » is the 32nd character: it follows a word and precedes a space, so it can only close.
      const doc = extract('وأوضح المصدر أن المفاوضات توقفت» منذ يومين.');
      expect(doc.quotes).toEqual([]);
      expect(doc.warnings).toMatchObject([{ code: 'UNMATCHED_CLOSE', offset: 31, line: 1, column: 32 }]);
    });

    it('a stray closer after a well-formed quote leaves the quote intact', () => {
      const doc = extract('وقال الوزير زكي الحداد: «سنبدأ التنفيذ فورا». ولم يحدد موعدا» للانتهاء.');
      expect(said(doc)).toEqual([['سنبدأ التنفيذ فورا', 'direct', 'زكي الحداد']]);
      expect(doc.warnings.map((w) => w.code)).toEqual(['UNMATCHED_CLOSE']);
    });
  });

  describe('scan: positions', () => {
    it('CRLF line endings: paragraphs, offsets and line:column count CRLF as one break', () => {
      const lines = [
        'وقال الوزير باسل الراشد: «الموازنة جاهزة».',
        '',
        'وأضاف: «سنعرضها على المجلس غدا».',
        'وتابع: «لم ننته من',
      ];
      const text = lines.join('\r\n');
      const doc = extract(text);
      expect(said(doc)).toEqual([
        ['الموازنة جاهزة', 'direct', 'باسل الراشد'],
        ['سنعرضها على المجلس غدا', 'direct', 'باسل الراشد'],
        ['لم ننته من', 'direct', 'باسل الراشد'],
      ]);
      expect(doc.quotes.map((q) => q.paragraph)).toEqual([1, 2, 3]);
      // Line 3 starts after line 1 (42 code points) + CRLF + the empty line 2 + CRLF = 46.
      expect(doc.quotes[1]?.start).toBe(46 + 8);
      expect(doc.warnings).toMatchObject([{ code: 'UNCLOSED_QUOTE', line: 4, column: 8 }]);
      for (const q of doc.quotes) expect(slice(text, q.start, q.end)).toBe(q.text);
    });

    it('offsets count code points: an emoji flag before the quote and one inside it', () => {
      // 🇸🇦 is two astral code points (four UTF-16 units); « is code point 29, so the text starts at 30.
      const text = '🇸🇦 وقال المتحدث فهد الغامدي: «الموسم بدأ بنجاح 🎉».';
      const doc = extract(text);
      expect(doc.quotes).toHaveLength(1);
      expect(doc.quotes[0]).toMatchObject({
        text: 'الموسم بدأ بنجاح 🎉',
        start: 30,
        end: 48,
        speaker: { name: 'فهد الغامدي' },
      });
      expect(doc.segments).toEqual([
        { type: 'narration', start: 0, end: 29 },
        { type: 'quote', start: 29, end: 49, quote: 1 },
        { type: 'narration', start: 49, end: 50 },
      ]);
    });
  });
}
