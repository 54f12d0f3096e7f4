/**
 * The dropped subject of a reporting verb coordinated after its sentence's first clause (issue 3, the
 * rows of probes 17 to 23): `…، وقال` / `…، وقالت في بيان` goes on with the subject of the verb that
 * opens the sentence, before whoever held the floor. Each rule row is a passage written here in news
 * style and fails without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const coordRuleRows: readonly Row[] = [
  {
    what: 'a body after a turn marker and a verb with its object (من جهتها، فتحت الجمعية تحقيقا …، وقالت), after a man spoke',
    text: [
      'وقال المتحدث باسم شرطة المنطقة العقيد فهد بن علي الغامدي إن «التحقيق ما زال جاريا».',
      'من جهتها، فتحت الجمعية الوطنية لحقوق الإنسان تحقيقا في الحادث، وقالت في بيان: «حماية الأطفال مسؤولية الجميع».',
    ].join('\n\n'),
    quotes: [
      ['التحقيق ما زال جاريا', 'partial', 'فهد بن علي الغامدي'],
      ['حماية الأطفال مسؤولية الجميع', 'direct', 'الجمعية الوطنية لحقوق الإنسان'],
    ],
  },
  {
    what: 'a ministry that mourns someone (نعت الوزارة الشاعر، وقالت), the verb no cue, opening the story',
    text: 'نعت وزارة الثقافة المصرية الشاعر الراحل، وقالت في بيان: «رحل صوت من أصدق أصوات جيله».',
    quotes: [['رحل صوت من أصدق أصوات جيله', 'direct', 'وزارة الثقافة المصرية']],
  },
  {
    what: 'a body after كان … قد (وكانت الهيئة قد سحبت …، وقالت), a quoted product name passed over, after a man spoke',
    text: [
      'وقال مدير الجمارك في المنفذ سعد بن محمد القحطاني إن الشحنة «ضبطت قبل دخولها الأسواق».',
      'وكانت الهيئة العامة للغذاء والدواء قد سحبت مستحضر «نوفا» من الصيدليات، وقالت في بيان: «المستحضر يحتوي على مواد محظورة».',
    ].join('\n\n'),
    quotes: [
      ['ضبطت قبل دخولها الأسواق', 'partial', 'سعد بن محمد القحطاني'],
      ['نوفا', 'mention', null],
      ['المستحضر يحتوي على مواد محظورة', 'direct', 'الهيئة العامة للغذاء والدواء'],
    ],
  },
  {
    what: 'a prince by his title after an opening adverbial (وفي ختام الجلسة، وجه الأمير بتشكيل فريق …، وقال), after another man spoke',
    text: [
      'ترأس أمير منطقة القصيم الأمير فيصل بن مشعل بن سعود أمس اجتماع مجلس المنطقة.',
      'وقال مدير التعليم بالمنطقة عبدالله بن إبراهيم الركيان: «المدارس جاهزة لاستقبال الطلاب».',
      'وفي ختام الجلسة، وجه الأمير بتشكيل فريق لمتابعة المشاريع المتعثرة، وقال: «لن نقبل أي تأخير بعد اليوم».',
    ].join('\n\n'),
    quotes: [
      ['المدارس جاهزة لاستقبال الطلاب', 'direct', 'عبدالله بن إبراهيم الركيان'],
      ['لن نقبل أي تأخير بعد اليوم', 'direct', 'فيصل بن مشعل بن سعود'],
    ],
  },
  {
    what: 'a spokesman before his verb after لكن, a quoted party name in his title (لكن المتحدث باسم «…»، فلان، رفض …، وكتب)',
    text: [
      'وقال وزير الداخلية التونسي كمال الفقي إن «الموقوفين خططوا لأعمال عنف».',
      'لكن المتحدث باسم حزب «النهضة»، عماد الخميري، رفض الاتهامات، وكتب على صفحته: «هذه قضية سياسية بامتياز».',
    ].join('\n\n'),
    quotes: [
      ['الموقوفين خططوا لأعمال عنف', 'partial', 'كمال الفقي'],
      ['النهضة', 'mention', null],
      ['هذه قضية سياسية بامتياز', 'direct', 'عماد الخميري'],
    ],
  },
  {
    what: 'guard: the first verb’s subject is a man and the verb feminine (واستقبل المحافظ الوزيرة …، وقالت): she goes on',
    text: [
      'وقالت وزيرة الصحة هالة الزايد: «سنفتتح المستشفى الشهر المقبل».',
      'واستقبل المحافظ الوزيرة في مطار المدينة، وقالت: «المشروع في مراحله الأخيرة».',
    ].join('\n\n'),
    quotes: [
      ['سنفتتح المستشفى الشهر المقبل', 'direct', 'هالة الزايد'],
      ['المشروع في مراحله الأخيرة', 'direct', 'هالة الزايد'],
    ],
  },
  {
    what: 'guard: after a full stop the verb opens its own sentence and the last speaker goes on',
    text: [
      'وقالت المتحدثة باسم الشركة نورة بنت سعد العتيبي: «نعتذر لعملائنا عن الانقطاع».',
      'وأعلنت الهيئة الوطنية للمياه انقطاع الخدمة عن ثلاثة أحياء. وقالت إن الفرق «تعمل على مدار الساعة».',
    ].join('\n\n'),
    quotes: [
      ['نعتذر لعملائنا عن الانقطاع', 'direct', 'نورة بنت سعد العتيبي'],
      ['تعمل على مدار الساعة', 'partial', 'نورة بنت سعد العتيبي'],
    ],
  },
  {
    what: 'guard: a coordinated قال with its own subject speaks as named, not as the first verb’s subject',
    text: 'أعلنت وزارة العمل قرارا جديدا للتوطين، وقال وزير العمل أحمد بن سليمان الراجحي إن القرار «سيوفر آلاف الوظائف».',
    quotes: [['سيوفر آلاف الوظائف', 'partial', 'أحمد بن سليمان الراجحي']],
  },
  {
    what: 'a ministry issues a statement, then قالت فيه (in it) with no و, after a spokesman spoke',
    text: [
      'وقال المتحدث باسم الجيش العقيد سامر الخطيب إن «الوضع على الحدود تحت السيطرة».',
      'وأصدرت وزارة الخارجية الأردنية بيانا، قالت فيه إن «الأردن يدين الهجوم بأشد العبارات».',
    ].join('\n\n'),
    quotes: [
      ['الوضع على الحدود تحت السيطرة', 'partial', 'سامر الخطيب'],
      ['الأردن يدين الهجوم بأشد العبارات', 'partial', 'وزارة الخارجية الأردنية'],
    ],
  },
  {
    what: 'a club’s board issues a statement about a player named in it (أصدرت إدارة النادي بيانا حول … فلان، أكدت فيه), then وأضاف البيان',
    text: [
      'أصدرت إدارة نادي الهلال بيانا حول إصابة المهاجم ياسر بن فهد القحطاني، أكدت فيه أن «اللاعب سيغيب ثلاثة أسابيع على الأقل».',
      'وأضاف البيان: «الجهاز الطبي يتابع حالته يوميا».',
    ].join('\n\n'),
    quotes: [
      ['اللاعب سيغيب ثلاثة أسابيع على الأقل', 'partial', 'إدارة نادي الهلال'],
      ['الجهاز الطبي يتابع حالته يوميا', 'direct', 'إدارة نادي الهلال'],
    ],
  },
  {
    what: 'guard: قال فيه with its own subject after فيه (عقدت اللجنة اجتماعا، قال فيه رئيسها فلان) speaks as named',
    text: 'وعقدت اللجنة الأولمبية اجتماعا طارئا، قال فيه رئيسها سالم بن عمر الشهري إن «الاستعدادات تسير وفق الخطة».',
    quotes: [['الاستعدادات تسير وفق الخطة', 'partial', 'سالم بن عمر الشهري']],
  },
];

describe('coordinated reporting verbs: the dropped subject is the first verb’s', () => {
  runRows(coordRuleRows);
});
