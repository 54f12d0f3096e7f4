/**
 * Review of the fix13 and appos merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const reviewRows15: readonly Row[] = [
  {
    what: 'an adverb before a comma in the paragraph’s opening sentence is no one’s name (تصمت قليلا، ثم …)',
    text: [
      'قالت الممرضة سارة العنزي: «نعمل منذ الفجر».',
      'تصمت قليلا، ثم تنظر إلى المريض خالد العمري. «لم ينم منذ يومين»، تقول.',
    ].join('\n\n'),
    quotes: [
      ['نعمل منذ الفجر', 'direct', 'سارة العنزي'],
      ['لم ينم منذ يومين', 'direct', 'سارة العنزي'],
    ],
  },
  {
    what: 'an adverb before a comma after a feminine present verb (تبتسم قليلا، ثم تشير …)',
    text: [
      'قالت المعلمة هند القرني: «الصفوف مزدحمة».',
      'تبتسم قليلا، ثم تشير إلى السبورة. «نحتاج إلى معلمين»، تقول.',
    ].join('\n\n'),
    quotes: [
      ['الصفوف مزدحمة', 'direct', 'هند القرني'],
      ['نحتاج إلى معلمين', 'direct', 'هند القرني'],
    ],
  },
  {
    what: 'an adverb before a comma after a masculine present verb (يتوقف طويلا، ثم يعود …)',
    text: [
      'قال الصياد علي البلوشي: «البحر تغير كثيرا».',
      'يتوقف طويلا، ثم يعود إلى شباكه. «الأسماك قلت»، يقول.',
    ].join('\n\n'),
    quotes: [
      ['البحر تغير كثيرا', 'direct', 'علي البلوشي'],
      ['الأسماك قلت', 'direct', 'علي البلوشي'],
    ],
  },
  {
    what: 'guard: the person the paragraph opens on takes the bare يقول after the quote',
    text: [
      'قال الطبيب سامي الحربي إن المستشفى يستقبل عشرات الحالات يوميا.',
      'يقف أحمد الزهراني أمام باب الطوارئ منذ الصباح. «ننتظر منذ ساعات ولا أحد يجيب»، يقول.',
    ].join('\n\n'),
    quotes: [['ننتظر منذ ساعات ولا أحد يجيب', 'direct', 'أحمد الزهراني']],
  },
  {
    what: 'a nisba written with ى after a chain joined by بن is the family name (عبدالله بن محمد الحربى)',
    text: 'وقال الدكتور عبدالله بن محمد الحربى، أستاذ الاقتصاد بجامعة القاهرة: «الأسعار سترتفع».',
    quotes: [['الأسعار سترتفع', 'direct', 'عبدالله بن محمد الحربى']],
  },
  {
    what: 'a nisba written with ى on the pattern فعالى after بن is the family name (محمد بن علي الجنابى)',
    text: 'وقال الدكتور محمد بن علي الجنابى: «الاقتصاد يتعافى».',
    quotes: [['الاقتصاد يتعافى', 'direct', 'محمد بن علي الجنابى']],
  },
  {
    what: 'a nisba written with ى after a given name alone is the family name (منى الشافعى)',
    text: 'وقالت الدكتورة منى الشافعى: «العلاج متوفر في كل المستشفيات».',
    quotes: [['العلاج متوفر في كل المستشفيات', 'direct', 'منى الشافعى']],
  },
  {
    what: 'guard: a plural in ى after a chain joined by بن is the verb’s object (سعود بن نايف الجرحى)',
    text: 'وزار الأمير سعود بن نايف الجرحى في المستشفى، وقال: «نتمنى لهم الشفاء العاجل».',
    quotes: [['نتمنى لهم الشفاء العاجل', 'direct', 'سعود بن نايف']],
  },
];

describe('review15: the fix13 and appos rules on their opposite cases', () => {
  runRows(reviewRows15);
});
