/**
 * review45, the opposite cases of floor11's object-word trim: a name of three words read after its title
 * and closed is cut back after the word the article later writes alone only where its last words may be
 * the verb's object (وأشاد المدرب فلان فلاني بأداء لاعبيه). Where the whole name stands right before a
 * complementiser or a colon it is a saying verb's subject, ended by the cue's clause, and its last word
 * is a second surname (نيكولاس مادورو موروس, later مادورو alone): the fullest name stays. A relation
 * with a pronoun after the name (أبلغ فلان فلاني نظيره أن) is still the verb's object, and a name read
 * into an object after a verb that takes one (استقبل فلان فلاني وفدا) is still cut. And a rival noun with
 * the pronoun ه (خصمه, غريمه: RIVAL_NOUNS, which floor11 added) after a whole name is the verb's object,
 * not a word of the name, as a noun with ها or ته already was. Beside them, a shape the passages found
 * wrong before floor11 and after it: a quote that ends the clause after إن and a body's name in a
 * nisba (إن القوات العراقية «تفتقر إلى الإرادة».) is that clause's predicate, said, not the body's
 * short name, which has the predicate after it (إن الحركة الإسلامية «أنصار الشريعة» تقف …).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const secondSurnameRows: readonly Row[] = [
  {
    what: 'a president with two surnames before إن, then the first surname alone: the fullest name stays',
    text: [
      'قال الرئيس الفنزويلي نيكولاس مادورو موروس إن بلاده "لن تركع".',
      'وأضاف مادورو أن واشنطن "تتآمر".',
    ].join('\n\n'),
    quotes: [
      ['لن تركع', 'partial', 'نيكولاس مادورو موروس'],
      ['تتآمر', 'partial', 'نيكولاس مادورو موروس'],
    ],
  },
  {
    what: 'a prime minister with two surnames before a colon, then the first surname alone with أكد',
    text: [
      'وقال رئيس الوزراء الإسباني ماريانو راخوي بري: "إسبانيا لن تنقسم".',
      'وأكد راخوي أن الحكومة "ستحمي الدستور".',
    ].join('\n\n'),
    quotes: [
      ['إسبانيا لن تنقسم', 'direct', 'ماريانو راخوي بري'],
      ['ستحمي الدستور', 'partial', 'ماريانو راخوي بري'],
    ],
  },
  {
    what: 'أكد … أن after a name of three words, then its middle word alone with قال',
    text: [
      'أكد الرئيس المكسيكي إنريكي بينيا نييتو أن الحكومة "ستعيد بناء المدينة".',
      'وقال بينيا إن الأولوية "للمتضررين".',
    ].join('\n\n'),
    quotes: [
      ['ستعيد بناء المدينة', 'partial', 'إنريكي بينيا نييتو'],
      ['للمتضررين', 'partial', 'إنريكي بينيا نييتو'],
    ],
  },
  {
    what: 'a coach with two surnames before إن, then his first surname alone with أضاف',
    text: [
      'وقال المدرب الأرجنتيني غيراردو مارتينو دياز إن الفريق "لم يكن في يومه".',
      'وأضاف مارتينو أن اللاعبين "بذلوا جهدا".',
    ].join('\n\n'),
    quotes: [
      ['لم يكن في يومه', 'partial', 'غيراردو مارتينو دياز'],
      ['بذلوا جهدا', 'partial', 'غيراردو مارتينو دياز'],
    ],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a name read into استقبل’s object (وفدا روسيا) is still cut after the surname',
    text: [
      'استقبل الرئيس الفنزويلي نيكولاس مادورو وفدا روسيا في كراكاس.',
      'وقال مادورو إن روسيا "حليف استراتيجي".',
    ].join('\n\n'),
    quotes: [['حليف استراتيجي', 'partial', 'نيكولاس مادورو']],
  },
  {
    what: 'guard: a relation with a pronoun before أن is أبلغ’s object, cut from the name',
    text: [
      'أبلغ وزير الخارجية الأمريكي جون كيري نظيره أن واشنطن "لن تتراجع".',
      'وقال كيري إن الاتفاق "قريب".',
    ].join('\n\n'),
    quotes: [
      ['لن تتراجع', 'partial', 'جون كيري'],
      ['قريب', 'partial', 'جون كيري'],
    ],
  },
  {
    what: 'guard: a footballer visiting a school, the object word after his name is cut',
    text: [
      'زار المهاجم الكاميروني صامويل إيتو مدرسة للأيتام في دوالا.',
      'وقال إيتو إن الأطفال "مستقبل البلاد".',
    ].join('\n\n'),
    quotes: [['مستقبل البلاد', 'partial', 'صامويل إيتو']],
  },
];

const rivalRows: readonly Row[] = [
  {
    what: 'a karate champion who beat خصمه الإيراني, then his surname: the rival is no word of his name',
    text: [
      'هزم البطل السعودي طارق حامدي خصمه الإيراني في نهائي الكاراتيه.',
      'وقال حامدي إن الميدالية "لكل السعوديين".',
    ].join('\n\n'),
    quotes: [['لكل السعوديين', 'partial', 'طارق حامدي']],
  },
  {
    what: 'guard: غريمه after a foreign name after its nationality, already the object there',
    text: [
      'أسقط الملاكم الأوكراني فلاديمير كليتشكو غريمه في الجولة الرابعة.',
      'وقال كليتشكو: "كنت أعرف أنني سأفوز".',
    ].join('\n\n'),
    quotes: [['كنت أعرف أنني سأفوز', 'direct', 'فلاديمير كليتشكو']],
  },
  {
    what: 'guard: الخصم with the article, the discount, after the title’s name is no rival',
    text: 'وقال مدير التسويق في الشركة خالد المطيري إن الخصم "يشمل كل المنتجات".',
    quotes: [['يشمل كل المنتجات', 'partial', 'خالد المطيري']],
  },
];

describe('review45: a name of three words before a complementiser or a colon keeps its last word', () =>
  runRows(secondSurnameRows));
describe('review45: guards, the verb’s object is still cut', () => runRows(guardRows));
describe('review45: a rival with ه after a whole name is the verb’s object', () => runRows(rivalRows));

const predicateRows: readonly Row[] = [
  {
    what: 'a quote ending the clause after إن القوات العراقية is the minister’s words, not the forces’ name',
    text: [
      'وصل إلى بغداد وزير الدفاع الأمريكي آشتون كارتر في زيارة غير معلنة.',
      'وقال كارتر إن القوات العراقية "تفتقر إلى الإرادة".',
    ].join('\n\n'),
    quotes: [['تفتقر إلى الإرادة', 'partial', 'آشتون كارتر']],
  },
  {
    what: 'guard: a quote ending the clause after أن الجيش العراقي with أكد, said before the change too',
    text: 'وأكد هاموند أن الجيش العراقي "يحتاج إلى تدريب أطول".',
    quotes: [['يحتاج إلى تدريب أطول', 'partial', 'هاموند']],
  },
  {
    what: 'guard: a group’s short name after إن الحركة الإسلامية, its predicate after the mark',
    text: 'وأكد الوزير أن الحركة الإسلامية "أنصار الشريعة" تقف وراء الهجوم.',
    quotes: [['أنصار الشريعة', 'mention', null]],
  },
  {
    what: 'guard: an alliance’s short name after إن التحالف الوطني, its verb after the mark',
    text: 'وقال المتحدث إن التحالف الوطني "قوى الحرية" يرفض الاتفاق.',
    quotes: [['قوى الحرية', 'mention', null]],
  },
];

describe('review45: a quote ending the clause after إن and a body in a nisba is said', () =>
  runRows(predicateRows));
