/**
 * lastread14b: a read of wave F's change (names14, posts14, floor14b, mention14b, bodyname14b) for what
 * it misreads. 253 news-style sentences were written by reading and run through the engine before the
 * wave (3658088) and after it; these rows are the confirmed misfires, the right reading written by
 * reading, not by running. Every row fails now on its attribution and is marked.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'an adverb of time after the name before a colon: وقال الكاتب … غازي القصيبي يوما: «…»',
    text: 'وقال الكاتب السعودي الراحل غازي القصيبي يوما: «الحياة قصيرة».',
    quotes: [['الحياة قصيرة', 'direct', 'غازي القصيبي']],
  },
  {
    what: 'an adverb of time after the name before إن: وقال الوزير خالد الفالح صباحا إن «…»',
    text: 'وقال الوزير خالد الفالح صباحا إن «الإنتاج مستقر».',
    quotes: [['الإنتاج مستقر', 'partial', 'خالد الفالح']],
  },
  {
    what: 'the object of التقى right after a name, later a lone subject: عادل الجبير لافروف is two people',
    text: [
      'التقى وزير الخارجية عادل الجبير لافروف في موسكو، وقال الجبير إن «الخلاف قائم».',
      'وقال لافروف: «موسكو لن تغير موقفها».',
    ].join('\n\n'),
    quotes: [
      ['الخلاف قائم', 'partial', 'عادل الجبير'],
      ['موسكو لن تغير موقفها', 'direct', 'لافروف'],
    ],
  },
  {
    what: 'the object of استقبل right after a name, later a lone subject: عادل الجبير ظريف',
    text: [
      'استقبل وزير الخارجية عادل الجبير ظريف في جدة، وقال الجبير للصحفيين إن «الحوار مفتوح».',
      'وقال ظريف إن «إيران تريد التهدئة».',
    ].join('\n\n'),
    quotes: [
      ['الحوار مفتوح', 'partial', 'عادل الجبير'],
      ['إيران تريد التهدئة', 'partial', 'ظريف'],
    ],
  },
  {
    what: 'لي "to me" before a noun and an age: وقالت لي امرأة (40 عاما): «…»',
    text: 'وقالت لي امرأة (40 عاما): «فقدت كل شيء».',
    quotes: [['فقدت كل شيء', 'direct', 'امرأة']],
  },
  {
    what: 'لي "to me" before a noun and an age: وقال لي شاب (25 عاما) إن «…»',
    text: 'وقال لي شاب (25 عاما) إن «البطالة مشكلة».',
    quotes: [['البطالة مشكلة', 'partial', 'شاب']],
  },
  {
    what: 'a diplomat at the Security Council is no member of it: دبلوماسي في مجلس الأمن',
    text: 'وقال دبلوماسي في مجلس الأمن إن «روسيا ستستخدم الفيتو».',
    quotes: [['روسيا ستستخدم الفيتو', 'partial', 'دبلوماسي في مجلس الأمن']],
  },
  {
    what: 'the object of دعت after a body: ودعت وزارة العمل السعوديين إلى «…»',
    text: 'ودعت وزارة العمل السعوديين إلى «الإبلاغ عن المخالفات».',
    quotes: [['الإبلاغ عن المخالفات', 'partial', 'وزارة العمل']],
  },
  {
    what: 'the object of دعت after a body: ودعت جمعية حماية المستهلك السعوديين إلى «…»',
    text: 'ودعت جمعية حماية المستهلك السعوديين إلى «مقاطعة الشركات المخالفة».',
    quotes: [['مقاطعة الشركات المخالفة', 'partial', 'جمعية حماية المستهلك']],
  },
  {
    what: "a description ending in a number is the describer's: بأنه «انتهاك صريح للقرار 2216»",
    text: 'ووصف الوزير الهجوم بأنه «انتهاك صريح للقرار 2216».',
    quotes: [['انتهاك صريح للقرار 2216', 'partial', 'الوزير']],
  },
  {
    what: 'a predicate ending in a number: إن هدفه «الفوز بكأس آسيا 2016»',
    text: 'وقال اللاعب إن هدفه «الفوز بكأس آسيا 2016».',
    quotes: [['الفوز بكأس آسيا 2016', 'partial', 'اللاعب']],
  },
  {
    what: 'a predicate ending in a number, in the first person: إن هذا «هدفنا لعام 2020»',
    text: 'وقال الوزير إن هذا «هدفنا لعام 2020».',
    quotes: [['هدفنا لعام 2020', 'partial', 'الوزير']],
  },
  {
    what: 'جاء في «إطار …» is no document: إن الأمر جاء في «إطار الخطة الجديدة»',
    text: 'وقال المتحدث إن الأمر جاء في «إطار الخطة الجديدة».',
    quotes: [['إطار الخطة الجديدة', 'partial', 'المتحدث']],
  },
  {
    what: "كما ورد في بيان الوزارة أن «…»: the statement's words, not a mention",
    text: 'كما ورد في بيان الوزارة أن «الحملة ستستمر شهرا».',
    quotes: [['الحملة ستستمر شهرا', 'partial', 'الوزارة']],
  },
  {
    // (added with the mend: no body named, the statement's words stay with no speaker)
    what: 'مما ورد في البيان أن «…» with no body named: a partial with no speaker',
    text: 'وكان مما ورد في البيان أن «الحملة ستستمر شهرا».',
    quotes: [['الحملة ستستمر شهرا', 'partial', null]],
  },
];

describe('lastread14b: wave F misfires', () => {
  runRows(rows);
});
