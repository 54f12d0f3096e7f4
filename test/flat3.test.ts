/**
 * Articles whose paragraph breaks were lost, found by comparing the probes and the dev corpus as
 * written and joined into one line (issue 3, third pass): each row is a short article written here in
 * news style, given flat (one line), with the quotes and speakers it has as written. Each table's
 * rows fail without the change its comment names; the guards keep what the engine did already.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

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

/**
 * A sentence of narration that brings in a newcomer as its subject, then a dropped-subject cue with و
 * opening the next sentence (… يبيع أبو فيصل … . ويقول: «…»): in a paragraph those are its first two
 * sentences (broughtInBefore); joined into one line, the sentence before the cue's is read as that
 * first sentence, not the whole text back to its start.
 */
const broughtInRows: readonly Row[] = [
  {
    what: 'one line: a vendor by kunya brought in by a narrative sentence, then ويقول: with its subject dropped',
    text: 'أعلنت أمانة منطقة الرياض أمس بدء تطبيق الاشتراطات الجديدة على محلات بيع الخضار. وقال المتحدث باسم الأمانة فهد العتيبي إن الاشتراطات «تهدف إلى حماية صحة المستهلك». في سوق العزيزية جنوب الرياض، يبيع أبو فيصل، صاحب بسطة صغيرة، الخضار منذ عشرين عاما. ويقول: «لم يبلغنا أحد بهذه الاشتراطات قبل تطبيقها».',
    quotes: [
      ['تهدف إلى حماية صحة المستهلك', 'partial', 'فهد العتيبي'],
      ['لم يبلغنا أحد بهذه الاشتراطات قبل تطبيقها', 'direct', 'أبو فيصل'],
    ],
  },
  {
    what: 'one line: a woman brought in by a narrative sentence (تقف فلانة …) after the weather service spoke, then وقالت:',
    text: 'ضربت عاصفة ثلجية قوية ولايات الشمال الشرقي الأمريكي أمس، وقالت هيئة الأرصاد الوطنية إن الثلوج «قد تتجاوز مترا في بعض المناطق». وفي مدينة بوسطن، تقف سارة ميلر أمام بيتها منذ الصباح لإزالة الثلوج. وقالت: «لم أر عاصفة مثل هذه منذ ثلاثين عاما».',
    quotes: [
      ['قد تتجاوز مترا في بعض المناطق', 'partial', 'هيئة الأرصاد الوطنية'],
      ['لم أر عاصفة مثل هذه منذ ثلاثين عاما', 'direct', 'سارة ميلر'],
    ],
  },
  {
    what: 'guard: one line, the sentence before وقال has the minister as its subject and a doctor as its object: the minister goes on',
    text: 'قال وزير الصحة فهد الجلاجل إن المستشفيات «جاهزة لموسم الحج». واستقبل الوزير الطبيب خالد العمري في مكتبه أمس. وقال: «نعمل على رفع الطاقة الاستيعابية».',
    quotes: [
      ['جاهزة لموسم الحج', 'partial', 'فهد الجلاجل'],
      ['نعمل على رفع الطاقة الاستيعابية', 'direct', 'فهد الجلاجل'],
    ],
  },
];

describe('flat 3: a newcomer brought in by the sentence before a dropped-subject cue', () => {
  runRows(broughtInRows);
});
