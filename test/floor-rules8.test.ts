/**
 * Who holds the floor when a new subject is named in the quote's own sentence (issue 3). A reader gives a
 * quote to the subject of its own sentence whenever the sentence names one, and carries the last speaker
 * on only when it names none:
 * - a prosecution service (النيابة العامة, النيابة الفيدرالية) is a body: named as the subject of أعلنت
 *   in a closing paragraph, it takes the floor from the official quoted before;
 * - a background sentence with كان … قد whose subject stands before كان (يذكر أن الوزارة كانت قد
 *   أعلنت): the phrase before كان is the subject, as before any verb after أن;
 * - the narrator's frames يذكر أن, يشار إلى أن, والجدير بالذكر أن: the clause after them is the sentence's
 *   own, so a participle or a verb after فيما later in it goes on with that clause's subject.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a complement of the speaker's own saying, a subject that is no speaker, a pronoun
 * subject after وأضاف).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const prosecutionRows: readonly Row[] = [
  {
    what: 'a Belgian prosecutor named in the closing paragraph after وفي بروكسل، أعلنت: it takes the floor from the minister',
    text: [
      'وقال وزير الداخلية الفرنسي برنار كازنوف إن الأجهزة الأمنية "تعمل دون توقف".',
      'وفي بروكسل، أعلنت النيابة العامة البلجيكية أنها فتحت تحقيقا "لمعرفة ملابسات الحادث".',
    ].join('\n\n'),
    quotes: [
      ['تعمل دون توقف', 'partial', 'برنار كازنوف'],
      ['لمعرفة ملابسات الحادث', 'partial', 'النيابة العامة البلجيكية'],
    ],
  },
  {
    what: 'a Swiss prosecutor after وفي جنيف، أعلنت … أنها, after an analyst to a channel',
    text: [
      'وقالت الناشطة الحقوقية ليلى أحمد للجزيرة نت إن الأوضاع "تزداد سوءا يوما بعد يوم".',
      'وفي جنيف، أعلنت النيابة العامة السويسرية أنها "جمدت حسابات المسؤولين".',
    ].join('\n\n'),
    quotes: [
      ['تزداد سوءا يوما بعد يوم', 'partial', 'ليلى أحمد'],
      ['جمدت حسابات المسؤولين', 'partial', 'النيابة العامة السويسرية'],
    ],
  },
  {
    what: 'a Saudi prosecution with وأعلنت النيابة العامة أن, after a police spokesman',
    text: [
      'وصرح مدير شرطة المنطقة الشرقية اللواء سالم العتيبي بأن الجناة "سيقدمون للعدالة قريبا".',
      'وأعلنت النيابة العامة أن التحقيق "ما زال مستمرا".',
    ].join('\n\n'),
    quotes: [
      ['سيقدمون للعدالة قريبا', 'partial', 'سالم العتيبي'],
      ['ما زال مستمرا', 'partial', 'النيابة العامة'],
    ],
  },
];

const kanaRows: readonly Row[] = [
  {
    what: 'يذكر أن وزارة التعليم كانت قد أعلنت … أنها «…» in a closing paragraph: the ministry, not the director before',
    text: [
      'وأوضح مدير عام التعليم بمنطقة القصيم عبدالله الركيان أن المدارس "جاهزة لاستقبال الطلاب".',
      'يذكر أن وزارة التعليم كانت قد أعلنت الشهر الماضي أنها "ستعتمد التقويم الجديد".',
    ].join('\n\n'),
    quotes: [
      ['جاهزة لاستقبال الطلاب', 'partial', 'عبدالله الركيان'],
      ['ستعتمد التقويم الجديد', 'partial', 'وزارة التعليم'],
    ],
  },
  {
    what: 'ويذكر أن الشرطة البريطانية كانت قد أعلنت أنها «…», after a minister in London',
    text: [
      'وقال وزير الخارجية البريطاني فيليب هاموند إن بلاده "لن تخضع للتهديد".',
      'ويذكر أن الشرطة البريطانية كانت قد أعلنت أنها "لا تستبعد أي فرضية".',
    ].join('\n\n'),
    quotes: [
      ['لن تخضع للتهديد', 'partial', 'فيليب هاموند'],
      ['لا تستبعد أي فرضية', 'partial', 'الشرطة البريطانية'],
    ],
  },
  {
    what: 'يذكر أن هيئة الغذاء والدواء كانت قد حذرت … من أن «…», after a mayor',
    text: [
      'وأكد أمين منطقة الرياض إبراهيم السلطان أن المشروع "سيخدم أكثر من مليون نسمة".',
      'يذكر أن هيئة الغذاء والدواء كانت قد حذرت في وقت سابق من أن المنتج "غير صالح للاستهلاك".',
    ].join('\n\n'),
    quotes: [
      ['سيخدم أكثر من مليون نسمة', 'partial', 'إبراهيم السلطان'],
      ['غير صالح للاستهلاك', 'partial', 'هيئة الغذاء والدواء'],
    ],
  },
  {
    what: 'guard: وأكد أن الوزارة كانت قد «…» with no verb of saying after قد: the minister before goes on',
    text: [
      'وقال المحلل الاقتصادي فهد الشمري إن السوق "تمر بمرحلة تصحيح طبيعية".',
      'وأكد أن الوزارة كانت قد "وفرت كل شيء" قبل بدء الموسم.',
    ].join('\n\n'),
    quotes: [
      ['تمر بمرحلة تصحيح طبيعية', 'partial', 'فهد الشمري'],
      ['وفرت كل شيء', 'partial', 'فهد الشمري'],
    ],
  },
];

const frameRows: readonly Row[] = [
  {
    what: 'يشار إلى أن الشركة السعودية للكهرباء أعلنت …، فيما دعت … إلى «…»: the company, not the councillor before',
    text: [
      'وطالب عضو المجلس البلدي بمحافظة الأحساء المهندس خالد البوعلي الأمانة بـ"سرعة إصلاح الطرق".',
      'يشار إلى أن الشركة السعودية للكهرباء أعلنت أمس أن الأحمال ارتفعت، فيما دعت المشتركين إلى "ترشيد الاستهلاك".',
    ].join('\n\n'),
    quotes: [
      ['سرعة إصلاح الطرق', 'partial', 'خالد البوعلي'],
      ['ترشيد الاستهلاك', 'partial', 'الشركة السعودية للكهرباء'],
    ],
  },
  {
    what: 'يشار إلى أن وزارة الإسكان أعلنت …، مؤكدة أنها «…»: the participle goes on with the ministry',
    text: [
      'وقال المحلل الاقتصادي فهد الشمري إن السوق "تمر بمرحلة تصحيح طبيعية".',
      'يشار إلى أن وزارة الإسكان أعلنت الشهر الماضي عن دفعة جديدة، مؤكدة أنها "ستوزع قبل رمضان".',
    ].join('\n\n'),
    quotes: [
      ['تمر بمرحلة تصحيح طبيعية', 'partial', 'فهد الشمري'],
      ['ستوزع قبل رمضان', 'partial', 'وزارة الإسكان'],
    ],
  },
  {
    what: 'يذكر أن الحكومة الألمانية أعلنت …، داعية … إلى «…», after a French prime minister',
    text: [
      'وقال رئيس الوزراء الفرنسي مانويل فالس إن أوروبا "تواجه أزمة غير مسبوقة".',
      'يذكر أن الحكومة الألمانية أعلنت أمس أنها ستستقبل مزيدا من اللاجئين، داعية شركاءها إلى "تقاسم العبء".',
    ].join('\n\n'),
    quotes: [
      ['تواجه أزمة غير مسبوقة', 'partial', 'مانويل فالس'],
      ['تقاسم العبء', 'partial', 'الحكومة الألمانية'],
    ],
  },
  {
    what: 'guard: وأضاف أن اللجنة أعلنت النتائج، مؤكدا أنها «…»: a complement of his own saying, he goes on',
    text: [
      'وقال وزير الصحة السعودي خالد الفالح إن الوزارة "ستفتتح ثلاثة مستشفيات جديدة".',
      'وأضاف أن اللجنة أعلنت النتائج، مؤكدا أنها "نزيهة".',
    ].join('\n\n'),
    quotes: [
      ['ستفتتح ثلاثة مستشفيات جديدة', 'partial', 'خالد الفالح'],
      ['نزيهة', 'partial', 'خالد الفالح'],
    ],
  },
  {
    what: 'guard: وأكد أن الوزارة «…» with a pronoun subject: the minister before goes on',
    text: [
      'وقال وزير التجارة ماجد القصبي إن الأسواق "مستقرة".',
      'وأكد أن وزارة المالية "وفرت كل الاعتمادات اللازمة".',
    ].join('\n\n'),
    quotes: [
      ['مستقرة', 'partial', 'ماجد القصبي'],
      ['وفرت كل الاعتمادات اللازمة', 'partial', 'ماجد القصبي'],
    ],
  },
];

describe('floor rules 8: a prosecution service is a body', () => {
  runRows(prosecutionRows);
});
describe('floor rules 8: the subject before كان … قد', () => {
  runRows(kanaRows);
});
describe("floor rules 8: the narrator's frame يذكر أن / يشار إلى أن", () => {
  runRows(frameRows);
});
