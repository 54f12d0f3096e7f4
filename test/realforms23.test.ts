/**
 * Forms met in real pages read in the twenty-third session (issue 3), each written here anew in news
 * style: one apostrophe typed as a quote mark ('…'), a Levantine house style and a common one in
 * headlines, which the scan took for no mark at all (a whole article's quotes were lost); two apostrophes
 * closing a quote right after a number (… في 2019''), read as seconds or inches; and a woman's cue with
 * its feminine participle after her name (وأضافت المغنية فلانة قائلة «…»), which left the name open so
 * that her title spoke; the spokesman's post under its two nouns (الناطق باسم = المتحدث باسم), and a post
 * learnt after a name past a time phrase (الناطق باسم الحركة صباح اليوم على …) and after علق … عن. Each beside guards that the older reading still holds.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const loneApostrophes: readonly Row[] = [
  {
    what: 'partial quotes, a direct one and a channel’s name, all in single apostrophes',
    text: [
      "اعتبر وزير الاقتصاد سمير الحلبي الأحد أن 'الأسواق تجاوزت أسوأ مراحل الأزمة' منذ بداية العام، بحسب ما نقلت عنه قناة 'الجديد'.",
      "وقال الحلبي في مؤتمر صحفي عقده في بيروت 'سنخفض الضرائب على الشركات الصغيرة. هذا وعد'، مشيرا إلى 'الظروف الصعبة' التي يمر بها القطاع.",
    ].join('\n'),
    quotes: [
      ['الأسواق تجاوزت أسوأ مراحل الأزمة', 'partial', 'سمير الحلبي'],
      ['الجديد', 'mention', null],
      ['سنخفض الضرائب على الشركات الصغيرة. هذا وعد', 'direct', 'سمير الحلبي'],
      ['الظروف الصعبة', 'partial', 'سمير الحلبي'],
    ],
  },
  {
    what: 'two fragments in apostrophes, the second after أضافت أن',
    text: "ورأت الكاتبة سعاد الفارس أن 'الرواية العربية تعيش أزهى عصورها'، وأضافت أن جيلا جديدا من الكتاب 'يكتب بجرأة'.",
    quotes: [
      ['الرواية العربية تعيش أزهى عصورها', 'partial', 'سعاد الفارس'],
      ['يكتب بجرأة', 'partial', 'سعاد الفارس'],
    ],
  },
  {
    what: 'a name in apostrophes inside a quote in straight marks: nested, a mention',
    text: 'وقال وزير التخطيط ناصر العمري: "إن ما يسمى \'الخطة البديلة\' لم يعد مطروحا".',
    quotes: [
      ["إن ما يسمى 'الخطة البديلة' لم يعد مطروحا", 'direct', 'ناصر العمري'],
      ['الخطة البديلة', 'mention', null],
    ],
  },
  {
    what: "a closer between two punctuation marks (؟'،) closes",
    text: "وتساءل الكاتب سامي حداد 'هل انتهى عهد الفساد؟'، مضيفا أن الأمل باق.",
    quotes: [['هل انتهى عهد الفساد؟', 'direct', 'سامي حداد']],
  },
  {
    what: 'an apostrophe inside a Latin word inside the quote is skipped, not a closer',
    text: "وقال وزير الاقتصاد الفرنسي جان دوبون إن 'الدولة l'Etat ستتدخل لإنقاذ الشركة'.",
    quotes: [["الدولة l'Etat ستتدخل لإنقاذ الشركة", 'partial', 'جان دوبون']],
  },
  {
    what: "guard: transliteration signs and elisions pair nothing (al-'Arabiya, Rabi', '73, 90')",
    text: "وقال مراسل قناة al-'Arabiya إن حي Rabi' تعرض للقصف، في ذكرى حرب '73 التي عاشها جيل الـ 90'.",
    quotes: [],
  },
  {
    what: 'guard: an apostrophe inside a Latin name is no mark',
    text: "ونشرت صحيفة l'Equipe الفرنسية تقريرا عن مستقبل المدرب في النادي.",
    quotes: [],
  },
  {
    what: 'guard: an opening apostrophe and a closing one in another paragraph pair nothing',
    text: ["وقال المدرب 'لا تعليق على التحكيم", "وأضاف اللاعب أن الفريق جاهز للمباراة المقبلة'"].join('\n'),
    quotes: [],
  },
  {
    what: 'guard: a lone opening apostrophe with no closer pairs nothing and warns of nothing',
    text: "وقال اللاعب: 'نحن جاهزون للمباراة.",
    quotes: [],
  },
];

const doubledAfterNumber: readonly Row[] = [
  {
    what: 'two apostrophes after a year close the quote they opened',
    text: "وأضافت المغنية ليلى حداد قائلة ''زرت المدينة آخر مرة في 2019'' بحسب تعبيرها.",
    quotes: [['زرت المدينة آخر مرة في 2019', 'direct', 'ليلى حداد']],
  },
  {
    what: 'guard: after a closed pair, two apostrophes after a number are inches',
    text: "ووصف الخبير التقني رامي سعد الجهاز بـ''الثوري''، مشيرا إلى أن شاشته تبلغ 55'' في النسخة الكبرى.",
    quotes: [['الثوري', 'partial', 'رامي سعد']],
  },
  {
    what: 'guard: inside a quote in two apostrophes, a measure in seconds after a number stays inside',
    text: "وقال المدرب سعيد المالكي: ''أنهى اللاعب السباق في 55'' ثم انسحب من البطولة''.",
    quotes: [["أنهى اللاعب السباق في 55'' ثم انسحب من البطولة", 'direct', 'سعيد المالكي']],
  },
  {
    what: 'guard: after two apostrophes that closed a quote in straight marks, a measure is no closer',
    text: "وقال المسؤول سعيد المالكي \"إن العمل انتهى'' فيما سجل العداء 55'' في السباق.",
    quotes: [['إن العمل انتهى', 'direct', 'سعيد المالكي']],
  },
  {
    what: 'guard: two apostrophes after a number with no quote open are inches',
    text: "وتبلغ شاشة الجهاز الجديد 55'' وفق الشركة المصنعة.",
    quotes: [],
  },
];

const feminineParticiple: readonly Row[] = [
  {
    what: 'قائلة after a woman’s title and name, then the quote',
    text: 'وأضافت المغنية فاطمة حداد قائلة «سنبدأ الجولة في الربيع».',
    quotes: [['سنبدأ الجولة في الربيع', 'direct', 'فاطمة حداد']],
  },
  {
    what: 'مؤكدة أن after a minister and her name',
    text: 'وتابعت وزيرة الصحة منى الخطيب مؤكدة أن «المستشفيات جاهزة لاستقبال الحالات».',
    quotes: [['المستشفيات جاهزة لاستقبال الحالات', 'partial', 'منى الخطيب']],
  },
  {
    what: 'مشيرة إلى أن after a woman’s title and name',
    text: 'وقالت مديرة المدرسة هند العلي مشيرة إلى أن «التسجيل يبدأ الأحد».',
    quotes: [['التسجيل يبدأ الأحد', 'partial', 'هند العلي']],
  },
  {
    what: 'guard: the man’s قائلا reads as before',
    text: 'وأضاف المغني رامي حداد قائلا «سنبدأ الجولة في الربيع».',
    quotes: [['سنبدأ الجولة في الربيع', 'direct', 'رامي حداد']],
  },
];

const spokesman: readonly Row[] = [
  {
    what: 'المتحدث باسم calls back the man named with الناطق باسم, the body’s kind left out',
    text: 'علق سامي العلي الناطق باسم حركة التحرير على القرار. وقال العلي «القرار مرفوض». وتابع المتحدث باسم التحرير: «سنواصل نضالنا».',
    quotes: [
      ['القرار مرفوض', 'direct', 'سامي العلي'],
      ['سنواصل نضالنا', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'and الناطق باسم calls back the man named with المتحدث باسم',
    text: 'أوضح المتحدث باسم وزارة الصحة ماجد الخطيب أن الحالات مستقرة. وقال الخطيب «لا داعي للقلق». وأضاف الناطق باسم وزارة الصحة «سنعلن الأرقام يوميا».',
    quotes: [
      ['لا داعي للقلق', 'direct', 'ماجد الخطيب'],
      ['سنعلن الأرقام يوميا', 'direct', 'ماجد الخطيب'],
    ],
  },
  {
    what: 'the post learnt past a time phrase after it (مساء أمس على)',
    text: 'علق سامي القانوع الناطق باسم حركة التحرير مساء أمس على القرار. وقال القانوع «القرار مرفوض». وأضاف المتحدث باسم حركة التحرير «سنواصل نضالنا».',
    quotes: [
      ['القرار مرفوض', 'direct', 'سامي القانوع'],
      ['سنواصل نضالنا', 'direct', 'سامي القانوع'],
    ],
  },
  {
    what: 'and past صباح اليوم and a day, with علق … عن',
    text: 'علق خالد الراشد الناطق باسم حركة التحرير صباح اليوم الأربعاء عن القرار. وقال الراشد «القرار مرفوض». وأضاف المتحدث باسم حركة التحرير «سنواصل نضالنا».',
    quotes: [
      ['القرار مرفوض', 'direct', 'خالد الراشد'],
      ['سنواصل نضالنا', 'direct', 'خالد الراشد'],
    ],
  },
  {
    what: 'guard: another body’s spokesman is not the one named',
    text: 'علق سامي العلي الناطق باسم حركة التحرير على القرار. وقال العلي «القرار مرفوض». وقال المتحدث باسم الجيش: «العملية مستمرة».',
    quotes: [
      ['القرار مرفوض', 'direct', 'سامي العلي'],
      ['العملية مستمرة', 'direct', 'المتحدث باسم الجيش'],
    ],
  },
];

describe('one apostrophe as a quote mark', () => runRows(loneApostrophes));
describe('two apostrophes closing after a number', () => runRows(doubledAfterNumber));
describe('a woman’s feminine participle after her name', () => runRows(feminineParticiple));
describe('the spokesman’s two nouns, and his post learnt past a time phrase', () => runRows(spokesman));
