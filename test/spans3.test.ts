/**
 * Quoted spans the pairing used to miss, one row per general cause, with rows beside them that guard
 * what the rule before it already did well. Every passage and name is invented here, in news style;
 * the expectations come from reading each passage under the annotation rules of
 * ../shared/corpus/README.md.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/**
 * A space typed on the wrong side of the opening mark: glued to the word before it (الحكومة" كل),
 * after a comma (البناء،" إن), or spaced on both sides (موكله " تعرض). By its sides the mark can only
 * close, or neither open nor close; with no quote of its family open and the next mark of its family
 * in the paragraph a plain closer, it opens.
 */
const misplacedSpaceRows: readonly Row[] = [
  {
    what: 'misplaced space: a straight opener glued to the word before it, spaced from the quote',
    text: 'وتعهد وزير الزراعة فريد السعدي بأن تبذل الحكومة" كل ما في وسعها لحماية" المزارعين من الجفاف.',
    quotes: [[' كل ما في وسعها لحماية', 'partial', 'فريد السعدي']],
  },
  {
    what: 'misplaced space: a straight opener spaced on both sides, the closer after a full stop',
    text: 'وأكد المحامي نادر الفاسي أن موكله " تعرض للضرب أثناء التوقيف." ولم تعلق الشرطة على ذلك.',
    quotes: [[' تعرض للضرب أثناء التوقيف.', 'partial', 'نادر الفاسي']],
  },
  {
    what: 'misplaced space: a straight opener after a comma, then one spaced on both sides, in one sentence',
    text: 'وقالت مديرة الشركة سعاد البناء،" إن المشروع سيوفر مئتي وظيفة"، مضيفة " أن التوظيف يبدأ في الربيع" .',
    quotes: [
      [' إن المشروع سيوفر مئتي وظيفة', 'direct', 'سعاد البناء'],
      [' أن التوظيف يبدأ في الربيع', 'direct', 'سعاد البناء'],
    ],
  },
  {
    what: 'misplaced space: a company name in straight marks with the space inside the opener',
    text: 'وتقدم شركة " نجمة الشمال" خدماتها في ثلاث مدن منذ العام الماضي.',
    quotes: [[' نجمة الشمال', 'mention', null]],
  },
  {
    what: 'misplaced space: a guillemet opener glued to the word before it',
    text: 'وحذر الخبير المائي كمال الحسيني من بروز« أزمة مياه حادة في الصيف المقبل».',
    quotes: [[' أزمة مياه حادة في الصيف المقبل', 'partial', 'كمال الحسيني']],
  },
  {
    what: 'padded marks: a straight pair each spaced inside, the closer before a comma, then a second pair',
    text: 'وقال أمير المنطقة في تصريح للصحفيين " لا إصابات ولله الحمد ، والجهات المختصة تتابع الموقف "، مطالبا السكان بالحذر. وأضاف " الوضع تحت السيطرة " مقدما شكره للفرق الميدانية.',
    quotes: [
      [' لا إصابات ولله الحمد ، والجهات المختصة تتابع الموقف ', 'direct', 'أمير المنطقة'],
      [' الوضع تحت السيطرة ', 'direct', 'أمير المنطقة'],
    ],
  },
  {
    what: 'misplaced space: a curly opener spaced on both sides',
    text: 'وقال رئيس النادي وليد الشريف إن الفريق ” سيعود أقوى في الموسم المقبل“ رغم الخسارة.',
    quotes: [[' سيعود أقوى في الموسم المقبل', 'partial', 'وليد الشريف']],
  },
  // Guards: what the rule before this one already did, and must go on doing.
  {
    what: 'guard: a stray straight closer, then a quote opened after a colon, in one paragraph',
    text: 'ولم يحدد الوزير موعدا" للانتهاء، وقال المتحدث جميل الخطيب: "سنعلن الموعد لاحقا".',
    quotes: [['سنعلن الموعد لاحقا', 'direct', 'جميل الخطيب']],
    warnings: ['UNMATCHED_CLOSE'],
  },
  {
    what: 'guard: two stray straight closers in two paragraphs stay warnings, not a quote',
    text: 'وأوضح المصدر أن المفاوضات توقفت" منذ يومين.\n\nوأضاف أن الوفد غادر العاصمة" فجرا.',
    quotes: [],
    warnings: ['UNMATCHED_CLOSE', 'UNMATCHED_CLOSE'],
  },
  {
    what: 'guard: inch marks after numbers are not read as a quote between them',
    text: 'وطرحت الشركة شاشتين بقياس 55" و65" في الأسواق المحلية.',
    quotes: [],
    warnings: ['UNMATCHED_CLOSE', 'UNMATCHED_CLOSE'],
  },
  {
    what: 'guard: a closed straight quote, then a straight mark spaced on both sides before a new quote',
    text: 'وقال المدرب إن "الفريق جاهز" ، وأضاف أن "الإصابات شفيت".',
    quotes: [
      ['الفريق جاهز', 'partial', 'المدرب'],
      ['الإصابات شفيت', 'partial', 'المدرب'],
    ],
  },
];

/**
 * A straight quote that runs over paragraphs and closes between two punctuation marks at the end of
 * a later one (بنفسه.".). Between two non-letters a straight mark could open or close; with no word
 * after it in its paragraph it has nothing to open, so it closes the quote left open at the break.
 */
const closedAfterParagraphsRows: readonly Row[] = [
  {
    what: 'over paragraphs: a straight closer between two full stops ends the last paragraph',
    text: 'وكتبت الصحيفة: "شوهد الوزير في السوق صباح الأحد.\n\nوكان يشتري الخضار بنفسه.".',
    quotes: [['شوهد الوزير في السوق صباح الأحد.\n\nوكان يشتري الخضار بنفسه.', 'direct', 'الصحيفة']],
  },
  {
    what: 'over paragraphs: the same closer wrapped in bidi controls (RLE, PDF) on both sides',
    text: 'وكتبت الصحيفة: \u202B"\u202Cشوهد الوزير في السوق صباح الأحد.\n\nوكان يشتري الخضار بنفسه.\u202B"\u202C.',
    quotes: [
      ['\u202Cشوهد الوزير في السوق صباح الأحد.\n\nوكان يشتري الخضار بنفسه.\u202B', 'direct', 'الصحيفة'],
    ],
  },
  {
    what: 'over paragraphs: a straight closer between a question mark and a full stop',
    text: 'وتساءل النائب مروان العلي: "من يتحمل المسؤولية؟\n\nومن يعوض المتضررين؟".',
    quotes: [['من يتحمل المسؤولية؟\n\nومن يعوض المتضررين؟', 'direct', 'مروان العلي']],
  },
  {
    what: 'a straight mark between two full stops with no quote open is a stray closer, not a quote of "."',
    text: 'وأكد رئيس الجمعية فؤاد الزين أن التبرعات وصلت إلى كل الأسر.".',
    quotes: [],
    warnings: ['UNMATCHED_CLOSE'],
  },
  // Guards: between two non-letters with words after it, a straight mark still opens a new quote.
  {
    what: 'guard: an unclosed quote ends with its paragraph when the next straight mark opens one',
    text: 'وقال المتحدث رامز الحلو: "لن نتراجع عن القرار.\n\nوأعلنت الوزارة ("الخطة ب") بعد ذلك.',
    quotes: [
      ['لن نتراجع عن القرار.', 'direct', 'رامز الحلو'],
      ['الخطة ب', 'mention', null],
    ],
    warnings: ['UNCLOSED_QUOTE'],
  },
  {
    what: 'guard: a straight closer at the end of the text, after a question mark, closes over paragraphs',
    text: 'وتساءل النائب مروان العلي: "من يتحمل المسؤولية؟\n\nومن يعوض المتضررين؟"',
    quotes: [['من يتحمل المسؤولية؟\n\nومن يعوض المتضررين؟', 'direct', 'مروان العلي']],
  },
];

describe('spans: a space on the wrong side of the opening mark', () => {
  runRows(misplacedSpaceRows);
});

describe('spans: a straight quote closed at the end of a later paragraph', () => {
  runRows(closedAfterParagraphsRows);
});
