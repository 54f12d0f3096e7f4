/**
 * Review of the narration, kinds5 and appos2 merges (issue 3): passages written here in news style on
 * the shapes where those rules read the opposite case. Each rule row fails without its fix; each guard
 * row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows19: readonly Row[] = [
  {
    what: 'a past cue after a name in apposition that a complementiser opened is the verb of its own clause (إن الوزير، فلان، أبلغ:)',
    text: 'وقالت مصادر إن الوزير، خالد الفهد، أبلغ: «لن أستقيل».',
    quotes: [['لن أستقيل', 'direct', 'خالد الفهد']],
  },
  {
    what: 'another apposed name after أن with its own past cue (أن المتحدث، فلان، أكد «…»)',
    text: 'وذكرت الصحيفة أن المتحدث، فهد العلي، أكد «عدم وجود إصابات».',
    quotes: [['عدم وجود إصابات', 'partial', 'فهد العلي']],
  },
  {
    what: 'guard: after a verb that opened the clause, the past cue’s form after the apposed name is its object (وأكد المتحدث …، فلان، رفض الحكومة …)',
    text: 'وأكد المتحدث باسم الحكومة، خالد العمري، رفض الحكومة فرض «أي رسوم جديدة».',
    quotes: [['أي رسوم جديدة', 'partial', 'خالد العمري']],
  },
  {
    what: 'a title after a title’s preposition is another person, named after it (ورد المتحدث على الصحفي فلان)',
    text: 'ورد المتحدث على الصحفي فهد العلي قائلا: «لا أعرف».',
    quotes: [['لا أعرف', 'direct', 'المتحدث']],
  },
  {
    what: 'another title after على, the verb’s complement (وردت الوزيرة على النائب فلان قائلة)',
    text: 'وردت الوزيرة على النائب سعد الحربي قائلة: «الأرقام موثقة».',
    quotes: [['الأرقام موثقة', 'direct', 'الوزيرة']],
  },
  {
    what: 'guard: a long title runs through its preposition and a plain definite noun to the name (المشرف على البرنامج الدكتور فلان)',
    text: 'وقال المشرف على البرنامج الدكتور ماجد الحربي إن «التسجيل يبدأ الأحد».',
    quotes: [['التسجيل يبدأ الأحد', 'partial', 'ماجد الحربي']],
  },
  {
    what: 'after روى a given name and بن open the subject, whose name ends before the object in construct (بن فلان تفاصيل الحادثة)',
    text: 'وروى عبدالله بن محمد تفاصيل الحادثة قائلا: «كان الطريق مظلما».',
    quotes: [['كان الطريق مظلما', 'direct', 'عبدالله بن محمد']],
  },
  {
    what: 'another object in construct after a patronymic chain, after وصف (بن فلان حال المرضى)',
    text: 'ووصف فيصل بن سعد حال المرضى بأنه «مأساوي».',
    quotes: [['مأساوي', 'partial', 'فيصل بن سعد']],
  },
  {
    what: 'guard: a family name joined by آل after the chain stays the name’s, and the object after it is cut (بن علي آل سالم لحظات الانفجار)',
    text: 'وروى حسين بن علي آل سالم لحظات الانفجار قائلا: «سمعنا دويا هائلا».',
    quotes: [['سمعنا دويا هائلا', 'direct', 'حسين بن علي آل سالم']],
  },
  {
    what: 'after أن a body’s name in quotes, then another subject joined between commas, awaits its predicate: a mention (، والجامعة العربية، سيشاركان)',
    text: 'وأضاف الوزير أن «مجلس التعاون لدول الخليج العربية»، والجامعة العربية، سيشاركان في المؤتمر.',
    quotes: [['مجلس التعاون لدول الخليج العربية', 'mention', null]],
  },
  {
    what: 'after أن a body’s name in quotes, then its description between commas (، وهي جهة حكومية، ستتابع)',
    text: 'وأكد المتحدث أن «هيئة حقوق الإنسان السعودية»، وهي جهة حكومية، ستتابع القضية.',
    quotes: [['هيئة حقوق الإنسان السعودية', 'mention', null]],
  },
  {
    what: 'guard: a quote that holds its clause after إن, then a comma and a second clause, is words said (، والتحقيق جار)',
    text: 'وقال المتحدث إن «وزارة الصحة أغلقت المستشفى»، والتحقيق جار.',
    quotes: [['وزارة الصحة أغلقت المستشفى', 'partial', 'المتحدث']],
  },
  {
    what: 'an opening adverbial of place goes on through a clause with حيث to its comma before the narrative verb',
    text: 'في الحي القديم من مدينة جدة التاريخية، حيث تتلاصق البيوت، يجلس العم حسن باعشن أمام دكانه. يقول: «هنا كل شيء تغير».',
    quotes: [['هنا كل شيء تغير', 'direct', 'حسن باعشن']],
  },
  {
    what: 'an opening adverbial goes on through a relative clause to its comma (وفي المخيم، الذي يضم …، تجلس فلانة)',
    text: 'وفي المخيم، الذي يضم آلاف النازحين، تجلس فاطمة أبو عودة أمام خيمتها. تقول: «البرد قاس».',
    quotes: [['البرد قاس', 'direct', 'فاطمة أبو عودة']],
  },
  {
    what: 'guard: an opening adverbial read to its one comma, then the narrative verb and the newcomer who speaks',
    text: 'وفي صباح يوم الجمعة الماضي، يقف يوسف الغامدي في طابور طويل. يقول: «ننتظر منذ الفجر».',
    quotes: [['ننتظر منذ الفجر', 'direct', 'يوسف الغامدي']],
  },
];

describe('review19: the narration, kinds5 and appos2 merges on the opposite cases', () => {
  runRows(reviewRows19);
});
