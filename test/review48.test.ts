/**
 * The opposite cases of subjects11's rules (review48). Each merged rule reads a shape as naming its own
 * subject; these rows keep the neighbouring shapes that read otherwise:
 * - a described woman (سيدة, إحدى) right after a masculine verb that takes an object is its object, not
 *   who tells (وسأل سيدة مسنة عن حالها قائلا): the subject was dropped;
 * - a past form after أنْ of a time (بعد أن قال, بعد أن ذكر) in a clause whose cue already has its إنّ is a
 *   verb with its own subject, no verbal noun opening the cue's clause;
 * - a reply to a titled person (ورد على الشيخ الدكتور فلان): the title after على is whom it answers;
 * - an adverb in ب (بعد لقائه) after a name is no complement of وصف: the name keeps its last word;
 * - a quote in the object of أرجع/عزا before any إلى (شحنة من حليب «…» إلى بلد المنشأ) is a mention;
 * - one of a group right before a participle with no prepositional complement between (وكرم أحد المتطوعين
 *   قائلا) is the verb's object; the person named before speaks;
 * - a participle of the bare verb with no م and no ا right after قالت (وقالت طالبة جامعية) is a noun, her
 *   subject, as a past form after قال is (subjects11's وقال طالب جامعي).
 * Each rule row is a passage written here in news style and fails on the build before its fix; a guard
 * row keeps the merged rule's own case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const genderRows: readonly Row[] = [
  {
    what: 'وسأل سيدة مسنة عن حالها قائلا: a feminine description after a masculine verb is its object; the minister named before asks',
    text: [
      'وتفقد وزير الصحة خالد الفالح أقسام مستشفى الملك فهد في جدة.',
      'وسأل سيدة مسنة عن حالها قائلا: «هل تلقيت العلاج في وقته؟».',
    ].join('\n\n'),
    quotes: [['هل تلقيت العلاج في وقته؟', 'direct', 'خالد الفالح']],
  },
  {
    what: 'guard: وكتب مغرد سعودي: a masculine description after a masculine verb still tells',
    text: [
      'وقال وزير الصحة خالد الفالح إن الوزارة «ستفتح مراكز جديدة».',
      'وكتب مغرد سعودي على تويتر: «المراكز الحالية لا تكفي».',
    ].join('\n\n'),
    quotes: [
      ['ستفتح مراكز جديدة', 'partial', 'خالد الفالح'],
      ['المراكز الحالية لا تكفي', 'direct', 'مغرد سعودي'],
    ],
  },
  {
    what: 'guard: واشتكت إحدى الزائرات … قائلة: feminine verb, إحدى, feminine participle: she speaks',
    text: ['واشتكت إحدى الزائرات من غياب المظلات قائلة: «الحر لا يحتمل».'].join('\n\n'),
    quotes: [['الحر لا يحتمل', 'direct', 'إحدى الزائرات']],
  },
];

const timeThatRows: readonly Row[] = [
  {
    what: 'بعد أن قال فلان إن after the minister’s own إن: a second speaker, not a verbal noun',
    text: [
      'وقال وزير المالية إبراهيم العساف إن الميزانية «ستغطي المشاريع كافة»، بعد أن قال محافظ مؤسسة النقد فهد المبارك إن الاحتياطي «كاف لسنوات».',
    ].join('\n\n'),
    quotes: [
      ['ستغطي المشاريع كافة', 'partial', 'إبراهيم العساف'],
      ['كاف لسنوات', 'partial', 'فهد المبارك'],
    ],
  },
  {
    what: 'وذلك بعد أن ذكر شهود عيان أن after أكد … أن: the witnesses tell',
    text: [
      'وأكد الناطق الإعلامي لهيئة الهلال الأحمر أحمد الحمدان أن الفرق باشرت الحادث، وذلك بعد أن ذكر شهود عيان أن الحافلة «انقلبت عدة مرات».',
    ].join('\n\n'),
    quotes: [['انقلبت عدة مرات', 'partial', 'شهود عيان']],
  },
  {
    what: 'بعد أن أعلن مجلس الغرف أن after قال … إن: the council tells',
    text: [
      'وقال وزير العمل مفرج الحقباني إن القرار «نهائي»، وذلك بعد أن أعلن مجلس الغرف السعودية أن القطاع الخاص «غير مستعد».',
    ].join('\n\n'),
    quotes: [
      ['نهائي', 'partial', 'مفرج الحقباني'],
      ['غير مستعد', 'partial', 'مجلس الغرف السعودية'],
    ],
  },
  {
    what: 'guard: قال … لـ«الوطن» إن نقل الطالبات «…»: the cue’s own إن, a verbal noun after it',
    text: [
      'وقال مدير النقل المدرسي في تعليم جدة سعيد الغامدي لـ«الوطن» إن نقل الطالبات «سيبدأ مع أول أيام الدراسة».',
    ].join('\n\n'),
    quotes: [
      ['الوطن', 'mention', null],
      ['سيبدأ مع أول أيام الدراسة', 'partial', 'سعيد الغامدي'],
    ],
  },
];

const replyRows: readonly Row[] = [
  {
    what: 'ورد على الشيخ الدكتور فلان قائلا: a title after على is whom he answers; the preacher before replies',
    text: [
      'وكان الداعية سلمان العودة قد كتب أن الحملة «تجاوزت حدود النقد».',
      'ورد على الشيخ الدكتور عائض القرني قائلا: «الاختلاف لا يفسد للود قضية».',
    ].join('\n\n'),
    quotes: [
      ['تجاوزت حدود النقد', 'partial', 'سلمان العودة'],
      ['الاختلاف لا يفسد للود قضية', 'direct', 'سلمان العودة'],
    ],
  },
  {
    what: 'ورد على المتحدث الحوثي فلان قائلا: the spokesman answered is no subject',
    text: [
      'وكان المتحدث باسم التحالف العميد أحمد عسيري قد قال إن العمليات «مستمرة حتى تحقيق أهدافها».',
      'ورد على المتحدث الحوثي محمد عبدالسلام قائلا: «ادعاءاتهم لا أساس لها».',
    ].join('\n\n'),
    quotes: [
      ['مستمرة حتى تحقيق أهدافها', 'partial', 'أحمد عسيري'],
      ['ادعاءاتهم لا أساس لها', 'direct', 'أحمد عسيري'],
    ],
  },
  {
    what: 'guard: وعلق على الحادثة المتحدث باسم … العقيد فلان: a thing commented on, then the subject',
    text: [
      'وعلق على الحادثة المتحدث باسم مرور جدة العقيد زيد الحمزي قائلا: «السرعة كانت السبب الرئيس».',
    ].join('\n\n'),
    quotes: [['السرعة كانت السبب الرئيس', 'direct', 'زيد الحمزي']],
  },
];

const baRows: readonly Row[] = [
  {
    what: 'ووصف … محمد عبدالله الشريف بعد لقائه …: بعد is no complement; the family name stays',
    text: [
      'ووصف رئيس الهيئة الوطنية لمكافحة الفساد محمد عبدالله الشريف بعد لقائه الوزير أداء الجهات بأنه «دون المأمول».',
    ].join('\n\n'),
    quotes: [['دون المأمول', 'partial', 'محمد عبدالله الشريف']],
  },
  {
    what: 'guard: ووصف … إبراهيم بن محمد السلطان المشروع بأنه: the object before بأنه',
    text: ['ووصف أمين منطقة الرياض المهندس إبراهيم بن محمد السلطان المشروع بأنه «نقلة نوعية».'].join('\n\n'),
    quotes: [['نقلة نوعية', 'partial', 'إبراهيم بن محمد السلطان']],
  },
];

const causeRows: readonly Row[] = [
  {
    what: 'وأرجعت الهيئة شحنة من حليب «…» إلى بلد المنشأ: a brand in the thing returned',
    text: ['وأرجعت هيئة الغذاء والدواء شحنة من حليب «سيميلاك» إلى بلد المنشأ بعد ثبوت تلوثها.'].join('\n\n'),
    quotes: [['سيميلاك', 'mention', null]],
  },
  {
    what: 'guard: وعزا … الزحام إلى «…»: the cause after إلى, a fragment',
    text: [
      'وعزا المتحدث باسم المديرية العامة للجوازات العقيد أحمد اللحيدان الزحام إلى «إقبال المسافرين في موسم الإجازة».',
    ].join('\n\n'),
    quotes: [['إقبال المسافرين في موسم الإجازة', 'partial', 'أحمد اللحيدان']],
  },
];

const objectOneRows: readonly Row[] = [
  {
    what: 'وكرم أحد المتطوعين قائلا: the emir named before honours and speaks',
    text: [
      'وزار أمير منطقة مكة المكرمة الأمير خالد الفيصل مخيمات المتطوعين أمس.',
      'وكرم أحد المتطوعين قائلا: «أنتم واجهة هذا الوطن».',
    ].join('\n\n'),
    quotes: [['أنتم واجهة هذا الوطن', 'direct', 'خالد الفيصل']],
  },
  {
    what: 'واحتضن أحد الجنود المصابين قائلا: the crown prince named before speaks',
    text: [
      'وتفقد ولي العهد الأمير محمد بن نايف المصابين في المستشفى.',
      'واحتضن أحد الجنود المصابين قائلا: «أنتم فخر الوطن».',
    ].join('\n\n'),
    quotes: [['أنتم فخر الوطن', 'direct', 'محمد بن نايف']],
  },
  {
    what: 'guard: واشتكى أحد الزوار من الزحام قائلا: a complement in من, he complains and speaks',
    text: ['واشتكى أحد الزوار من الزحام قائلا: «انتظرت ساعتين عند البوابة».'].join('\n\n'),
    quotes: [['انتظرت ساعتين عند البوابة', 'direct', 'أحد الزوار']],
  },
];

const participleNounRows: readonly Row[] = [
  {
    what: 'وقالت طالبة جامعية لـ«الوطن»: طالبة, the participle of طلب with no م and no ا, is the subject of قالت',
    text: [
      'وقال مدير جامعة الملك عبدالعزيز إن القاعات "مجهزة بالكامل".',
      'وقالت طالبة جامعية لـ«الوطن»: «لا نجد مقاعد في المكتبة أيام الاختبارات».',
    ].join('\n\n'),
    quotes: [
      ['مجهزة بالكامل', 'partial', 'مدير جامعة الملك عبدالعزيز'],
      ['الوطن', 'mention', null],
      ['لا نجد مقاعد في المكتبة أيام الاختبارات', 'direct', 'طالبة جامعية'],
    ],
  },
  {
    what: 'guard: وقالت مؤكدة: a participle of manner in م after قالت, the minister goes on',
    text: [
      'وقالت وزيرة الخارجية السويدية مارغوت فالستروم: «سنواصل دعم اللاجئين».',
      'وقالت مؤكدة: «لن نغلق حدودنا أمام الهاربين من الحرب».',
    ].join('\n\n'),
    quotes: [
      ['سنواصل دعم اللاجئين', 'direct', 'مارغوت فالستروم'],
      ['لن نغلق حدودنا أمام الهاربين من الحرب', 'direct', 'مارغوت فالستروم'],
    ],
  },
];

describe('subjects: a described person who disagrees with the verb is its object', () => runRows(genderRows));
describe('subjects: أنْ of a time after a cue that has its إنّ opens a clause with a verb', () =>
  runRows(timeThatRows));
describe('subjects: a reply to a titled person names whom it answers', () => runRows(replyRows));
describe('subjects: an adverb in ب after the name is no complement of وصف', () => runRows(baRows));
describe('subjects: a quote in the object of أرجع before إلى is a mention', () => runRows(causeRows));
describe('subjects: one of a group right before a participle, no complement between, is an object', () =>
  runRows(objectOneRows));
describe('subjects: a bare participle right after قالت is its subject', () => runRows(participleNounRows));
