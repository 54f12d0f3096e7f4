import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { runRows, said, slice } from './support/rows.js';
import { scanRows } from './support/scan-rows.js';

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
    expect(marks('وقالت الناشطة سلمى العبيدي: «حملة "لا للعنف" وصلت إلى كل المدارس».')).toEqual(['«»', '""']);
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
