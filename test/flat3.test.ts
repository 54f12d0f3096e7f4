/**
 * Articles whose paragraph breaks were lost, found by comparing the probes and the dev corpus as
 * written and joined into one line (issue 3, third pass): each row is a short article written here in
 * news style, given flat (one line), with the quotes and speakers it has as written. Each table's
 * rows fail without the change its comment names; the guards keep what the engine did already.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

/**
 * Three sentences on one line are the three paragraphs of a short article joined (MIN_FLAT_SENTENCES):
 * read as one paragraph, the speaker of the lede went on past a narrative sentence that names the
 * next speaker as its subject.
 */
const threeSentenceRows: readonly Row[] = [
  {
    what: 'three sentences joined: a farmer as the subject of a narrative verb (يقف فلان … ويقول:) after the body quoted in the lede',
    text: 'أعلنت هيئة السياحة أن عدد زوار مهرجان الطائف للورد تجاوز مئة ألف زائر هذا العام، في حصيلة تقول الهيئة إنها «الأعلى منذ انطلاق المهرجان». يقف سعد بن علي الثبيتي في مزرعته بالهدا منذ الفجر لقطف الورد، ويقول: «نقطف أكثر من عشرين ألف وردة في اليوم خلال الموسم». ويضيف الثبيتي أن الأسعار «ارتفعت بسبب الطلب من الخارج».',
    quotes: [
      ['الأعلى منذ انطلاق المهرجان', 'partial', 'هيئة السياحة'],
      ['نقطف أكثر من عشرين ألف وردة في اليوم خلال الموسم', 'direct', 'سعد بن علي الثبيتي'],
      ['ارتفعت بسبب الطلب من الخارج', 'partial', 'سعد بن علي الثبيتي'],
    ],
  },
  {
    what: 'three sentences joined: a nurse as the subject of a narrative verb (تقف فلانة … وتقول:) after the organisation quoted in the lede',
    text: 'قالت منظمة الصحة العالمية إن حالات الكوليرا في اليمن «تتزايد بشكل مقلق». تقف الممرضة منى عبدالله الحداد في مستشفى السبعين بصنعاء منذ ساعات الصباح الأولى، وتقول: «نستقبل عشرات الحالات كل يوم ولا نملك ما يكفي من المحاليل». وتضيف الحداد أن المستشفى «يعمل بنصف طاقته».',
    quotes: [
      ['تتزايد بشكل مقلق', 'partial', 'منظمة الصحة العالمية'],
      ['نستقبل عشرات الحالات كل يوم ولا نملك ما يكفي من المحاليل', 'direct', 'منى عبدالله الحداد'],
      ['يعمل بنصف طاقته', 'partial', 'منى عبدالله الحداد'],
    ],
  },
  {
    what: 'guard: three sentences joined, one speaker who goes on with وأضاف and وأوضح',
    text: 'قال وزير المالية محمد الجدعان إن ميزانية العام المقبل «ستحقق فائضا للمرة الأولى منذ سنوات». وأضاف أن الإنفاق «سيرتفع في قطاعي الصحة والتعليم». وأوضح أن «الدين العام ما زال تحت السيطرة».',
    quotes: [
      ['ستحقق فائضا للمرة الأولى منذ سنوات', 'partial', 'محمد الجدعان'],
      ['سيرتفع في قطاعي الصحة والتعليم', 'partial', 'محمد الجدعان'],
      ['الدين العام ما زال تحت السيطرة', 'partial', 'محمد الجدعان'],
    ],
  },
];

describe('flat 3: three sentences on one line are read by sentence', () => {
  runRows(threeSentenceRows);
});

/**
 * A list of quotes under a colon whose line breaks were lost (`قال فلان: - «…». - «…».`): the bullets
 * still open the items, and each quote is read back from the colon (colonBeforeBullets), as the
 * listed quotes of a text with its lines.
 */
const bulletRows: readonly Row[] = [
  {
    what: 'bullets on one line: each quote after a dash goes to the minister named before the colon',
    text: 'ومن أبرز ما قاله وزير الطاقة الأمير عبدالعزيز بن سلمان في مؤتمر الرياض: - «أسواق النفط تحتاج إلى الاستقرار». - «المملكة ستبقى موردا موثوقا». - «لن نسمح بالمضاربة على حساب المنتجين».',
    quotes: [
      ['أسواق النفط تحتاج إلى الاستقرار', 'direct', 'عبدالعزيز بن سلمان'],
      ['المملكة ستبقى موردا موثوقا', 'direct', 'عبدالعزيز بن سلمان'],
      ['لن نسمح بالمضاربة على حساب المنتجين', 'direct', 'عبدالعزيز بن سلمان'],
    ],
  },
  {
    what: 'bullets on one line (•): the second item too goes to the secretary-general named before the colon',
    text: 'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في ختام القمة: • «العالم يسير نائما نحو كارثة مناخية». • «على الدول الغنية أن تفي بتعهداتها».',
    quotes: [
      ['العالم يسير نائما نحو كارثة مناخية', 'direct', 'أنطونيو غوتيريش'],
      ['على الدول الغنية أن تفي بتعهداتها', 'direct', 'أنطونيو غوتيريش'],
    ],
  },
  {
    what: 'guard: slogans listed on one line after a colon with no reporting cue stay mentions',
    text: 'ورفع المتظاهرون لافتات كتب عليها: - «لا للغلاء». - «الخبز حق للجميع».',
    quotes: [
      ['لا للغلاء', 'mention', null],
      ['الخبز حق للجميع', 'mention', null],
    ],
  },
];

describe('flat 3: a bulleted list of quotes on one line', () => {
  runRows(bulletRows);
});
