/**
 * lastread17b: a read of wave J's change (bodyref, bodybounds, kinds) for what it misreads. 741
 * news-style sentences and short articles were written by reading and run through the engine before the
 * wave (d2a26dd) and after it (e904917): 102 read differently, 34 now right, 59 right only before, 7 wrong
 * both ways, 2 unclear. These rows are the confirmed misfires, one or more of each shape, where the old
 * build read right and the new one does not, the right reading written by reading, not by running. Every
 * row failed on its attribution when written and read as the row says on the build of d2a26dd.
 * Mended after the read (all 23 rows pass now, unmarked): inside an أنّ clause a quote after a
 * definite noun is no name (namesDefiniteNoun), a partner named after مع/بدعم من is one word with no
 * plural's ending (partnerNamed), and a description is tied only as lastread17's header says (in the
 * eighteenth session, not in a sentence that opens on another place: وفي المحل المجاور،). Since
 * grid-audience's changes three more pass (whom a body told after its name or its city is no word of it;
 * a source phrase that opens the sentence reads the words after its comma as an إنّ clause): all 23 pass.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'إن الوضع «مستقر» تماما: a predicate and an adverb, the minister’s words',
    text: 'وقال الوزير إن الوضع «مستقر» تماما.',
    quotes: [['مستقر', 'partial', 'الوزير']],
  },
  {
    what: 'إن الاستعدادات «مكتملة» تقريبا: the director’s words, no name',
    text: 'قال مدير تعليم الرياض محمد المرشد إن الاستعدادات «مكتملة» تقريبا. وأكد أن المدارس «جاهزة».',
    quotes: [
      ['مكتملة', 'partial', 'محمد المرشد'],
      ['جاهزة', 'partial', 'محمد المرشد'],
    ],
  },
  {
    what: 'أن اللاعبين «جاهزون» تماما: the coach’s words',
    text: 'وأكد المدرب أن اللاعبين «جاهزون» تماما للمباراة.',
    quotes: [['جاهزون', 'partial', 'المدرب']],
  },
  {
    what: 'إن الهجوم «إرهابي» يستهدف …: the spokesman’s words',
    text: 'وقال المتحدث الأمني إن الهجوم «إرهابي» يستهدف زعزعة الأمن.',
    quotes: [['إرهابي', 'partial', 'المتحدث الأمني']],
  },
  {
    what: 'إن الحالة «حرجة» تستدعي …: the doctor’s words',
    text: 'وقال الطبيب إن الحالة «حرجة» تستدعي التدخل.',
    quotes: [['حرجة', 'partial', 'الطبيب']],
  },
  {
    what: 'إن الرسوم «مرتفعة» تثقل …: the activist’s words',
    text: 'وقالت الناشطة إن الرسوم «مرتفعة» تثقل كاهل الأسر.',
    quotes: [['مرتفعة', 'partial', 'الناشطة']],
  },
  {
    what: 'أن الوضع «مطمئن» لا يدعو للقلق: the spokesman’s words',
    text: 'وأكد المتحدث أن الوضع «مطمئن» لا يدعو للقلق.',
    quotes: [['مطمئن', 'partial', 'المتحدث']],
  },
  {
    what: 'إن الاتفاق «هش» قد ينهار: the analyst’s words',
    text: 'وقال المحلل إن الاتفاق «هش» قد ينهار في أي لحظة.',
    quotes: [['هش', 'partial', 'المحلل']],
  },
  {
    what: 'إن القوات «تتقدم» يوما بعد يوم: a verb quoted, the prime minister’s words',
    text: 'قال رئيس الوزراء حيدر العبادي إن القوات «تتقدم» يوما بعد يوم. وأضاف أن التنظيم «ينهار».',
    quotes: [
      ['تتقدم', 'partial', 'حيدر العبادي'],
      ['ينهار', 'partial', 'حيدر العبادي'],
    ],
  },
  {
    what: 'إن المتحف «رائع» يستحق الزيارة: the visitor’s words',
    text: 'وقال الزائر إن المتحف «رائع» يستحق الزيارة.',
    quotes: [['رائع', 'partial', 'الزائر']],
  },
  {
    what: 'وبحسب الوزير، الاتفاق «تاريخي» يفتح …: the minister’s words',
    text: 'وبحسب الوزير، الاتفاق «تاريخي» يفتح صفحة جديدة.',
    quotes: [['تاريخي', 'partial', 'الوزير']],
  },
  {
    what: 'بتخطيط من «طرف ثالث»: the minister’s words, no name',
    text: 'وقال الوزير إن الهجوم تم بتخطيط من «طرف ثالث».',
    quotes: [['طرف ثالث', 'partial', 'الوزير']],
  },
  {
    what: 'بتمويل من «دولة مجاورة»: the spokesman’s words',
    text: 'وقال المتحدث إن الاحتجاجات تمت بتمويل من «دولة مجاورة».',
    quotes: [['دولة مجاورة', 'partial', 'المتحدث']],
  },
  {
    what: 'لن تتفاوض مع «إرهابيين»: Obama’s words',
    text: 'قال الرئيس الأمريكي باراك أوباما إن الاتفاق مع إيران «تاريخي». وأضاف أن بلاده لن تتفاوض مع «إرهابيين».',
    quotes: [
      ['تاريخي', 'partial', 'باراك أوباما'],
      ['إرهابيين', 'partial', 'باراك أوباما'],
    ],
  },
  {
    what: 'تعمل مع «شركاء دوليين»: the minister’s words',
    text: 'وقال الوزير إن بلاده تعمل مع «شركاء دوليين».',
    quotes: [['شركاء دوليين', 'partial', 'الوزير']],
  },
  {
    what: 'بتحريض من «ضابط كبير»: the lawyer’s words',
    text: 'وقال المحامي إن موكله تعرض للضرب بتحريض من «ضابط كبير».',
    quotes: [['ضابط كبير', 'partial', 'المحامي']],
  },
  {
    what: 'المواجهة مع «أي فريق»: the coach’s words',
    text: 'وقال المدرب إنه لا يخشى المواجهة مع «أي فريق».',
    quotes: [['أي فريق', 'partial', 'المدرب']],
  },
  {
    what: 'تحدث مع «صديقي أوباما»: the president’s words',
    text: 'وقال الرئيس إنه تحدث مع «صديقي أوباما».',
    quotes: [['صديقي أوباما', 'partial', 'الرئيس']],
  },
  {
    what: 'قال متحف اللوفر للسياح: whom it told, not its field',
    text: 'قال متحف اللوفر للسياح إن القاعات «مفتوحة». وقال مدير المتحف جان لوك مارتينيز إن الزوار «كثر».',
    quotes: [
      ['مفتوحة', 'partial', 'متحف اللوفر'],
      ['كثر', 'partial', 'جان لوك مارتينيز'],
    ],
  },
  {
    what: 'قال متحف اللوفر في باريس للأطفال: whom it told',
    text: 'وقال متحف اللوفر في باريس للأطفال إن «الدخول مجاني».',
    quotes: [['الدخول مجاني', 'partial', 'متحف اللوفر']],
  },
  // A man described by sex and age in another place, met for the first time, is another man, not the one
  // named before (a sentence that opens on في and a place set apart, the same paragraph).
  {
    what: 'وفي المحل المجاور، قال الشاب العشريني: another man',
    text: 'قال عبدالله الزهراني، صاحب محل، إن «السوق راكد». وفي المحل المجاور، قال الشاب العشريني إن «الزبائن قلة».',
    quotes: [
      ['السوق راكد', 'partial', 'عبدالله الزهراني'],
      ['الزبائن قلة', 'partial', 'الشاب العشريني'],
    ],
  },
  {
    what: 'المرأة الأربعينية التي التقيناها في السوق: another woman',
    text: 'قالت نورة السبيعي إن «المدارس بعيدة». وقالت المرأة الأربعينية التي التقيناها في السوق إن «الأسعار نار».',
    quotes: [
      ['المدارس بعيدة', 'partial', 'نورة السبيعي'],
      ['الأسعار نار', 'partial', 'المرأة الأربعينية'],
    ],
  },
  {
    what: 'وفي حي آخر، قال الرجل الخمسيني: another man',
    text: 'قال المواطن فهد الدوسري إن «الطرق سيئة».\nوفي حي آخر، قال الرجل الخمسيني إن «المياه مقطوعة».',
    quotes: [
      ['الطرق سيئة', 'partial', 'فهد الدوسري'],
      ['المياه مقطوعة', 'partial', 'الرجل الخمسيني'],
    ],
  },
];

describe('lastread17b: wave J misfires', () => {
  runRows(rows);
});
