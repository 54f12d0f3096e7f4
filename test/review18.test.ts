/**
 * Review of the names2 and bodies2 merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows18: readonly Row[] = [
  {
    what: 'a plain word after عن before a quote is the verb’s complement, not a body’s name up to its acronym (عن بيانات «مقلقة»)',
    text: 'وكشفت الهيئة العامة للإحصاء عن بيانات «مقلقة» حول البطالة.',
    quotes: [['مقلقة', 'partial', 'الهيئة العامة للإحصاء']],
  },
  {
    what: 'a possessed word after عن before a quote is the verb’s complement (عن قلقها «البالغ»)',
    text: 'وأعربت منظمة العفو الدولية عن قلقها «البالغ» إزاء حملة الاعتقالات.',
    quotes: [['البالغ', 'partial', 'منظمة العفو الدولية']],
  },
  {
    what: 'guard: a body’s name runs on through its purpose to its short name in quotes (للدفاع عن حقوق الإنسان «حقوق»)',
    text: 'وقالت الجمعية الوطنية للدفاع عن حقوق الإنسان «حقوق» إن «السجون مكتظة».',
    quotes: [
      ['حقوق', 'mention', null],
      ['السجون مكتظة', 'partial', 'الجمعية الوطنية للدفاع عن حقوق الإنسان'],
    ],
  },
  {
    what: 'a clause in quotes after a governed storm word is what was said of the storm, not its name (عن العاصفة «إنها …»)',
    text: 'وقال حاكم الولاية عن العاصفة «إنها الأسوأ منذ عقود».',
    quotes: [['إنها الأسوأ منذ عقود', 'direct', 'حاكم الولاية']],
  },
  {
    what: 'a clause with a preposition in quotes after a governed school subject is an utterance (عن المادة «ستدرس في …»)',
    text: 'وقال وزير التعليم عن المادة «ستدرس في كل المدارس».',
    quotes: [['ستدرس في كل المدارس', 'direct', 'وزير التعليم']],
  },
  {
    what: 'guard: a storm’s name in quotes after a governed storm word is a mention (من الإعصار «شاهين»)',
    text: 'وحذر المركز الوطني للأرصاد من الإعصار «شاهين» الذي يقترب من السواحل الشرقية.',
    quotes: [['شاهين', 'mention', null]],
  },
  {
    what: 'after أما the ف with a verb written without its hamza answers the topic, no first name (أما المعارضة فرات القرار)',
    text: 'أما المعارضة فرات القرار «خطوة متسرعة».',
    quotes: [['خطوة متسرعة', 'partial', 'المعارضة']],
  },
  {
    what: 'another topic answered by فرات and a definite object (أما اللجنة فرات الاقتراح)',
    text: 'أما اللجنة الفنية فرات الاقتراح «غير عملي».',
    quotes: [['غير عملي', 'partial', 'اللجنة الفنية']],
  },
  {
    what: 'ف and a verb without its hamza before a title is the verb, not a first name (الصحفي فسال الوزير)',
    text: 'ثم جاء دور الصحفي فسال الوزير عن موعد التنفيذ، فأجاب: «قريبا جدا».',
    quotes: [['قريبا جدا', 'direct', 'الوزير']],
  },
  {
    what: 'another verb without its hamza before a title (المراسل فسال المتحدث)',
    text: 'وتقدم المراسل فسال المتحدث عن الخسائر، فرد: «لا توجد أرقام بعد».',
    quotes: [['لا توجد أرقام بعد', 'direct', 'المتحدث']],
  },
  {
    what: 'guard: فرات after a title and before a family name is a first name, also in a topic answered by فقالت',
    text: 'أما النائب فرات الموسوي فقالت: «لن نصوت على القانون».',
    quotes: [['لن نصوت على القانون', 'direct', 'فرات الموسوي']],
  },
  {
    what: 'غير before a definite adjective after a body’s field is the name’s, not the verb’s object (القطاع غير الربحي)',
    text: 'أعلن المركز الوطني لتنمية القطاع غير الربحي إطلاق منصة جديدة، وقال: «المنصة تخدم الجمعيات».',
    quotes: [['المنصة تخدم الجمعيات', 'direct', 'المركز الوطني لتنمية القطاع غير الربحي']],
  },
  {
    what: 'another field negated by غير with a verb that takes an object after it (لتنظيم القطاع غير الربحي إطلاق)',
    text: 'أعلنت الهيئة العامة لتنظيم القطاع غير الربحي إطلاق منصة، وقالت: «المنصة تخدم المتطوعين».',
    quotes: [['المنصة تخدم المتطوعين', 'direct', 'الهيئة العامة لتنظيم القطاع غير الربحي']],
  },
  {
    what: 'guard: a plain word after a body’s field is the verb’s object (نفت الهيئة العامة لمكافحة التهريب وجود …)',
    text: 'نفت الهيئة العامة لمكافحة التهريب وجود شحنات مهربة، وقالت: «الحدود مؤمنة».',
    quotes: [['الحدود مؤمنة', 'direct', 'الهيئة العامة لمكافحة التهريب']],
  },
  {
    what: 'a clause in quotes after a school subject in construct with its kind is what was said of it (مادة الكيمياء «تحتاج إلى …»)',
    text: 'وأضاف المعلم أن مادة الكيمياء «تحتاج إلى مختبرات حديثة».',
    quotes: [['تحتاج إلى مختبرات حديثة', 'partial', 'المعلم']],
  },
  {
    what: 'a clause in quotes after a storm in construct with its kind (عاصفة الغبار «ستنحسر خلال …»)',
    text: 'وأوضح خبير الأرصاد أن عاصفة الغبار «ستنحسر خلال يومين».',
    quotes: [['ستنحسر خلال يومين', 'partial', 'خبير الأرصاد']],
  },
  {
    what: 'guard: a school subject’s name in quotes is a mention (مادة «المهارات الحياتية»)',
    text: 'وطالب أولياء الأمور بإضافة مادة «المهارات الحياتية» إلى المنهج الدراسي.',
    quotes: [['المهارات الحياتية', 'mention', null]],
  },
];

describe('review18: the names2 and bodies2 merges on the opposite cases', () => {
  runRows(reviewRows18);
});
