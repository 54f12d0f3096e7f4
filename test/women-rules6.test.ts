/**
 * Women's given names that are masculine nouns of news (issue 3): صباح (morning), بيان (a statement),
 * فجر (dawn), وعد (a promise) stop a speaker's name as words, yet they are common women's names. A
 * reader tells the name from the noun by gender and place:
 * - right after a feminine reporting verb (وقالت صباح، 44 عاما، …): the noun itself would take قال, so the
 *   word is the woman who speaks, not the time of the verb nor a document that speaks for its issuer;
 * - after a feminine title (المعلمة صباح الشمري) or after تدعى (سيدة تدعى صباح): her name.
 * Each rule row is a passage written here in news style and fails without the rule; a guard row keeps
 * the opposite case (صباح اليوم, فجر الأحد as the verb's time before its subject; في بيان, بيان الاتحاد as
 * a document; a masculine verb before these words).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const afterVerbRows: readonly Row[] = [
  {
    what: 'a Gaza mother named صباح alone, her age between commas, to a channel with a colon: her name, not the morning',
    text: 'وقالت صباح، 44 عاما، للجزيرة نت: "لم يبق لنا شيء بعد القصف".',
    quotes: [['لم يبق لنا شيء بعد القصف', 'direct', 'صباح']],
  },
  {
    what: 'a Saudi teacher صباح + family name to a paper with إن: the family name is no speaker alone',
    text: 'وقالت صباح العنزي لـ"سبق" إن المدرسة "بلا مكيفات منذ بداية الفصل".',
    quotes: [
      ['سبق', 'mention', null],
      ['بلا مكيفات منذ بداية الفصل', 'partial', 'صباح العنزي'],
    ],
  },
  {
    what: 'a widow with ، وهي أرملة، and a colon after وتقول صباح',
    text: 'وتقول صباح، وهي أرملة في الخمسين: "أعيل ستة أطفال وحدي".',
    quotes: [['أعيل ستة أطفال وحدي', 'direct', 'صباح']],
  },
  {
    what: 'a pupil named بيان with her age in brackets to France 24 with إنها: a girl, not a document',
    text: 'وقالت بيان (17 عاما) لفرانس 24 إنها "تحلم بأن تصبح طبيبة".',
    quotes: [['تحلم بأن تصبح طبيبة', 'partial', 'بيان']],
  },
  {
    what: 'a displaced woman named بيان with a colon: no issuer is sought after the noun',
    text: 'وقالت بيان: "لا نعرف متى سنعود إلى بيوتنا".',
    quotes: [['لا نعرف متى سنعود إلى بيوتنا', 'direct', 'بيان']],
  },
  {
    what: 'a Kuwaiti writer فجر + family name in a tweet: dawn is no time here',
    text: 'وقالت فجر السعيد في تغريدة: "الكويت بخير".',
    quotes: [['الكويت بخير', 'direct', 'فجر السعيد']],
  },
  {
    what: 'a student named فجر with ، وهي طالبة جامعية، and إن',
    text: 'وقالت فجر، وهي طالبة جامعية، إن الامتحانات "أجلت إلى أجل غير مسمى".',
    quotes: [['أجلت إلى أجل غير مسمى', 'partial', 'فجر']],
  },
];

const afterTitleRows: readonly Row[] = [
  {
    what: 'a Saudi teacher after المعلمة with أكدت أن: the title’s name, not the title alone',
    text: 'وأكدت المعلمة صباح الشمري أن الطالبات "حققن نتائج مميزة في الاختبارات".',
    quotes: [['حققن نتائج مميزة في الاختبارات', 'partial', 'صباح الشمري']],
  },
  {
    what: 'a pupil after طالبة تدعى, named بيان, with إن: the name after تدعى speaks',
    text: 'وقالت طالبة تدعى بيان إن المدرسة "تعرضت للقصف مرتين".',
    quotes: [['تعرضت للقصف مرتين', 'partial', 'بيان']],
  },
  {
    what: 'a Saudi pupil after الطالبة, named بيان + family name, with أكدت أن: the name opens at بيان',
    text: 'وأكدت الطالبة بيان الحربي أن الاختبار "كان أسهل مما توقعنا".',
    quotes: [['كان أسهل مما توقعنا', 'partial', 'بيان الحربي']],
  },
  {
    what: 'a woman after امرأة تدعى, named صباح, her age between commas, with إن',
    text: 'وقالت امرأة تدعى صباح، 38 عاما، إن زوجها "لم يعد من العمل منذ أسبوع".',
    quotes: [['لم يعد من العمل منذ أسبوع', 'partial', 'صباح']],
  },
];

/**
 * A name after يدعى/تدعى that ends in ا (فريبا, ميرزا, شاكيرا) is the name, not an adverb in the
 * accusative that ends the phrase (قال فلان طويلا).
 */
const calledRows: readonly Row[] = [
  {
    what: 'a Kandahar teacher after معلمة تدعى, a first name in ا, her age between commas, to the BBC with إنها',
    text: 'وفي قندهار، قالت معلمة تدعى شكيلا، 41 عاما، لبي بي سي إنها "لن تترك طالباتها".',
    quotes: [['لن تترك طالباتها', 'partial', 'شكيلا']],
  },
  {
    what: 'a farmer after مزارع يدعى, a first name in ا, with إن',
    text: 'وقال مزارع يدعى ميرزا إن الجفاف "أتلف نصف المحصول هذا العام".',
    quotes: [['أتلف نصف المحصول هذا العام', 'partial', 'ميرزا']],
  },
  {
    what: 'an activist after ناشطة تدعى, a first name in ا, to Anadolu with a colon',
    text: 'وقالت ناشطة تدعى زرينا للأناضول: "النساء محرومات من العمل والتعليم".',
    quotes: [['النساء محرومات من العمل والتعليم', 'direct', 'زرينا']],
  },
  {
    what: 'guard: an adverb in ا after a whole name still ends the name (وقالت فلانة مجددا إن)',
    text: 'وقالت سارة العلي مجددا إن الجمعية "بحاجة إلى متطوعات".',
    quotes: [['بحاجة إلى متطوعات', 'partial', 'سارة العلي']],
  },
];

/**
 * A witness named by a whole name (a given name, then more of the name) at the head of her sentence,
 * before her verb: the name is the verb's subject, as a title would be.
 */
const frontedRows: readonly Row[] = [
  {
    what: 'a Saudi mother named in full at the head of a new sentence, then تقول إن',
    text: 'وصلت فرق الإغاثة إلى الحي صباح أمس. سارة العتيبي تقول إن الأسر "تنتظر منذ ثلاثة أيام".',
    quotes: [['تنتظر منذ ثلاثة أيام', 'partial', 'سارة العتيبي']],
  },
  {
    what: 'a Gaza witness named in full opening her paragraph, then قالت للجزيرة:',
    text: 'فاطمة النجار قالت للجزيرة: "بيتنا تهدم بالكامل ولم يبق لنا مكان".',
    quotes: [['بيتنا تهدم بالكامل ولم يبق لنا مكان', 'direct', 'فاطمة النجار']],
  },
  {
    what: 'a man named in full after a sentence of narration, then قال للصحفيين:',
    text: 'حضر الحفل عدد من المسؤولين والأهالي. خالد الحربي قال للصحفيين: "الحفل فاق التوقعات".',
    quotes: [['الحفل فاق التوقعات', 'direct', 'خالد الحربي']],
  },
  {
    what: 'a mother whose given name is a word (أمل) opening her sentence before قالت للجزيرة:',
    text: 'تهدم المنزل بالكامل في الغارة. أمل صقر قالت للجزيرة: "لم نخرج منه سوى بملابسنا".',
    quotes: [['لم نخرج منه سوى بملابسنا', 'direct', 'أمل صقر']],
  },
  {
    what: 'a Lebanese voter whose given name is a word (نور) and a plain family name before تقول إن',
    text: 'توافد الناخبون على المراكز منذ الصباح. نور حداد تقول إن التجربة "تستحق الانتظار".',
    quotes: [['تستحق الانتظار', 'partial', 'نور حداد']],
  },
  {
    what: 'a Syrian activist whose given name is a word (سلام) before أكدت أن',
    text: 'سلام الخطيب أكدت أن المعتقلات "يتعرضن لانتهاكات يومية".',
    quotes: [['يتعرضن لانتهاكات يومية', 'partial', 'سلام الخطيب']],
  },
  {
    what: 'guard: dawn and a time word before a feminine verb: the body after the verb speaks',
    text: 'فجر اليوم قالت الوزارة إن القوات "استعادت السيطرة على المعبر".',
    quotes: [['استعادت السيطرة على المعبر', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: a name at the head of the sentence that is not the cue’s subject (اعتقل, then وقالت الشرطة)',
    text: 'عبدالله الزهراني اعتقل أمس، وقالت الشرطة إن المتهم "اعترف بالسرقة".',
    quotes: [['اعترف بالسرقة', 'partial', 'الشرطة']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: صباح اليوم after قالت is the time, the ministry after it speaks',
    text: 'وقالت صباح اليوم وزارة الصحة إن الحالات "في تراجع مستمر".',
    quotes: [['في تراجع مستمر', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a ministry with صباح الأحد after في بيان: a time, not a name',
    text: 'وقالت وزارة الداخلية في بيان صباح الأحد إن الهجوم "فشل في تحقيق أهدافه".',
    quotes: [['فشل في تحقيق أهدافه', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: the police with فجر اليوم after its verb: the time of the verb',
    text: 'وقالت الشرطة فجر اليوم إن المسلح "قتل في تبادل لإطلاق النار".',
    quotes: [['قتل في تبادل لإطلاق النار', 'partial', 'الشرطة']],
  },
  {
    what: 'guard: بيان + a body after a masculine verb: the body issues the statement',
    text: 'وقال بيان الاتحاد: "نرفض هذه الاتهامات جملة وتفصيلا".',
    quotes: [['نرفض هذه الاتهامات جملة وتفصيلا', 'direct', 'الاتحاد']],
  },
  {
    what: 'guard: a spokeswoman with صباح اليوم after her title: the title speaks, the morning is the time',
    text: 'وقالت المتحدثة باسم الوزارة صباح اليوم إن الحريق "أخمد بالكامل".',
    quotes: [['أخمد بالكامل', 'partial', 'المتحدثة باسم الوزارة']],
  },
  {
    what: 'guard: a named woman with صباح اليوم after her name: the time, not a second name',
    text: 'وقالت سارة الأحمد صباح اليوم إن الحي "بلا كهرباء منذ يومين".',
    quotes: [['بلا كهرباء منذ يومين', 'partial', 'سارة الأحمد']],
  },
];

describe('women rules 6: a woman’s name that is a masculine noun of news', () => {
  runRows(afterVerbRows);
  runRows(afterTitleRows);
  runRows(calledRows);
  runRows(frontedRows);
  runRows(guardRows);
});
