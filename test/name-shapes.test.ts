/**
 * Words after a title that are the rest of the clause, not the holder's name (issue 3): a speaker must
 * be a person or a body, never «يستقبل شهرياً» or «قدمت مرافعة فعلية». Each rule row fails without its
 * signal; guard rows keep names that only look like those words. The passages are written here in news
 * style. When a title has no name after it, it resolves as it would alone: to the one the article gave
 * it, or to the title itself, or to no one when nothing names a speaker.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const nameShapeRows: readonly Row[] = [
  // Tanween: a name is definite by itself and never carries it.
  {
    what: 'tanween: an adverb after an indefinite title in a headline (جندي مصاب شهرياً) names no one, so a dropped subject has no speaker',
    text: [
      'مستشفيات الجيش تستقبل ألف جندي مصاب شهرياً من جراء المعارك',
      'وأضاف: «نحتاج إلى مزيد من الأسرة»، مشيراً إلى أن المستشفى يعالج شهرياً مئات المصابين.',
    ].join('\n\n'),
    quotes: [['نحتاج إلى مزيد من الأسرة', 'direct', null]],
  },
  {
    what: 'tanween: a quote after a headline with such an adverb is a mention, as it would be with no headline',
    text: [
      'مستشفيات الجيش تستقبل ألف جندي مصاب شهرياً من جراء المعارك',
      'ويكشف التقرير أن «الإصابات النفسية» في ازدياد، وأن القسم يعالج شهرياً مئات المصابين.',
    ].join('\n\n'),
    quotes: [['الإصابات النفسية', 'mention', null]],
  },
  {
    what: 'tanween: an adverb after a full name ends it (خالد منصور صباحاً is خالد منصور)',
    text: 'وصل وزير الخارجية خالد منصور صباحاً إلى العاصمة، وقال: «جئنا لنتعاون».',
    quotes: [['جئنا لنتعاون', 'direct', 'خالد منصور']],
  },
  {
    what: 'tanween: a name shaped as a verb (يزيد) before the adverb stays a name',
    text: 'وصل الأمير يزيد بن فيصل صباحاً إلى العاصمة، وقال: «جئنا لنتعاون».',
    quotes: [['جئنا لنتعاون', 'direct', 'يزيد بن فيصل']],
  },
  {
    what: 'guard: a time word with tanween after a woman’s name',
    text: 'وصلت الوزيرة ليلى حداد مساءً إلى بيروت، وقالت: «الزيارة ناجحة».',
    quotes: [['الزيارة ناجحة', 'direct', 'ليلى حداد']],
  },
  {
    what: 'guard: ياسر, shaped as a verb, then an object with tanween after the surname',
    text: 'استقبل الرئيس ياسر عرفات أمس وفداً أمريكياً، وقال: «نريد السلام».',
    quotes: [['نريد السلام', 'direct', 'ياسر عرفات']],
  },
  {
    what: 'guard: an adverb with tanween right after the cue opens no subject (وأكد مجدداً)',
    text: 'وقال رئيس الوزراء خالد منصور: «لن نتراجع». وأكد مجدداً: «القرار نهائي».',
    quotes: [
      ['لن نتراجع', 'direct', 'خالد منصور'],
      ['القرار نهائي', 'direct', 'خالد منصور'],
    ],
  },
  {
    what: 'guard: an indefinite title may carry tanween itself (مسؤولٌ أمني)',
    text: 'وقال مسؤولٌ أمني: «الوضع تحت السيطرة».',
    quotes: [['الوضع تحت السيطرة', 'direct', 'مسؤولٌ أمني']],
  },
  // A verb after a title: it agrees with the title as a verb does, and its object follows.
  {
    what: 'verb: a perfect in ت after a feminine title, then an indefinite noun and its adjective (قدمت مرافعة فعلية), is no name: the title alone speaks',
    text: [
      'ذلك أن النائبة قدمت مرافعة فعلية عن حقوق المرأة أمام اللجنة.',
      'وكتبت النائبة على صفحتها: «المرأة شريكة في كل شيء».',
    ].join('\n\n'),
    quotes: [['المرأة شريكة في كل شيء', 'direct', 'النائبة']],
  },
  {
    what: 'verb: with no name in the narration, a dropped subject after it has no speaker, as after a title with no verb',
    text: [
      'ذلك أن النائبة قدمت مرافعة فعلية عن حقوق المرأة أمام اللجنة.',
      'وكتبت على صفحتها: «المرأة شريكة في كل شيء».',
    ].join('\n\n'),
    quotes: [['المرأة شريكة في كل شيء', 'direct', null]],
  },
  {
    what: 'verb: an imperfect dual (تبدوان أختين) after the title is no name: the title goes back to the woman the article named',
    text: [
      'وظهرت النائبة رنا الخطيب في صورة مع سيدة مسنة، وإلى جانب النائبة تبدوان أختين أو كالأختين.',
      'وكتبت النائبة تحت الصورة: «لحظات جميلة مع العائلة».',
    ].join('\n\n'),
    quotes: [['لحظات جميلة مع العائلة', 'direct', 'رنا الخطيب']],
  },
  {
    what: 'verb: a dropped subject after the dual verb has no speaker when nothing named one',
    text: [
      'ظهرت النائبة في صورة مع سيدة مسنة، وإلى جانب النائبة تبدوان أختين أو كالأختين.',
      'وكتبت تحت الصورة: «لحظات جميلة مع العائلة».',
    ].join('\n\n'),
    quotes: [['لحظات جميلة مع العائلة', 'direct', null]],
  },
  {
    what: 'guard: a woman’s name in ت after a feminine title (ميرفت)',
    text: 'وقالت وزيرة التضامن ميرفت التلاوي: «الدعم سيصل إلى كل الأسر».',
    quotes: [['الدعم سيصل إلى كل الأسر', 'direct', 'ميرفت التلاوي']],
  },
  {
    what: 'guard: a short name in ت before a surname in ة (عفت شحاتة)',
    text: 'وقالت الناشطة عفت شحاتة: «الحملة مستمرة».',
    quotes: [['الحملة مستمرة', 'direct', 'عفت شحاتة']],
  },
  {
    what: 'guard: a Western name in ـيت (مارغريت)',
    text: 'وقالت المديرة التنفيذية مارغريت سميث: «الشركة تتوسع».',
    quotes: [['الشركة تتوسع', 'direct', 'مارغريت سميث']],
  },
  {
    what: 'guard: a name in ت after a masculine title (تامر)',
    text: 'وقال الفنان تامر حسني في مؤتمر صحفي: «الألبوم جاهز».',
    quotes: [['الألبوم جاهز', 'direct', 'تامر حسني']],
  },
  {
    what: 'guard: a woman’s name in ت- after a feminine title (تغريد)',
    text: 'وقالت الفنانة تغريد البشير: «المسرح بيتي».',
    quotes: [['المسرح بيتي', 'direct', 'تغريد البشير']],
  },
  {
    what: 'guard: names in ي after a masculine title (يعقوب, يونس)',
    text: 'وقال الشيخ يعقوب الكندي: «الصلح خير». وقال اللاعب يونس بلهندة: «المباراة صعبة».',
    quotes: [
      ['الصلح خير', 'direct', 'يعقوب الكندي'],
      ['المباراة صعبة', 'direct', 'يونس بلهندة'],
    ],
  },
  // A preposition or a particle where a name would start.
  {
    what: 'preposition: ب and a noun of a person (بسيدة) after a title is the clause, not a name: the title alone speaks',
    text: [
      'وتجمع الصورة النائبة بسيدة متقدمة في السن.',
      'وكتبت النائبة على صفحتها: «لحظات جميلة مع العائلة».',
    ].join('\n\n'),
    quotes: [['لحظات جميلة مع العائلة', 'direct', 'النائبة']],
  },
  {
    what: 'stop word: تحت after the title (وكتبت النائبة تحت الصورة) starts no name: the title alone speaks',
    text: ['وتجمع الصورة النائبة مع والدتها.', 'وكتبت النائبة تحت الصورة: «لحظات جميلة مع العائلة».'].join(
      '\n\n',
    ),
    quotes: [['لحظات جميلة مع العائلة', 'direct', 'النائبة']],
  },
  {
    what: 'guard: names that open with ب or ل (بسام, لبيب) stay names',
    text: 'وقال الوزير بسام الخطيب: «العلاقات متينة». وقال المحامي لبيب الحداد: «القضية عادلة».',
    quotes: [
      ['العلاقات متينة', 'direct', 'بسام الخطيب'],
      ['القضية عادلة', 'direct', 'لبيب الحداد'],
    ],
  },
];

describe('name shapes: words after a title that are no name', () => {
  runRows(nameShapeRows);
});
