/**
 * Words after a title that are the rest of the clause, not the holder's name (issue 3): a speaker must
 * be a person or a body, never «يستقبل شهرياً» or «قدمت مرافعة فعلية». Each rule row fails without its
 * signal; guard rows keep names that only look like those words. The passages are written here in news
 * style. When a title has no name after it, it resolves as it would alone: to the one the article gave
 * it, or to the title itself, or to no one when nothing names a speaker.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

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
];

describe('name shapes: words after a title that are no name', () => {
  runRows(nameShapeRows);
});
