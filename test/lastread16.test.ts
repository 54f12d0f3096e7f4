/**
 * lastread16: a read of wave I's change (naming, relay, nonname, floor, bounds) for what it misreads. 254
 * news-style sentences were written by reading and run through the engine before the wave (bd0f42e) and
 * after it (0243616); these rows are the confirmed misfires, where the old build read right and the new
 * one does not, the right reading written by reading, not by running. Every row failed on its
 * attribution when written. The lead's mend after it (تجربة and مسودة no naming nouns; a given name after
 * باسم is a person's; سبق before أن; بلا after a plural in ين/ات; endAtKnownSurname only before ب/ل glued to
 * the article or a verbal noun) made 22 of them pass, unmarked.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'بأنها مسودة «لا تلبي …»: a description of the draft, words said',
    text: 'ووصف المعارض السوري المسودة بأنها مسودة «لا تلبي الحد الأدنى من المطالب».',
    quotes: [['لا تلبي الحد الأدنى من المطالب', 'partial', 'المعارض السوري']],
  },
  {
    what: 'قدم مسودة «لا تعترف …» after إن: the opposition’s words',
    text: 'وقالت المعارضة إن النظام قدم مسودة «لا تعترف بحقوق الشعب».',
    quotes: [['لا تعترف بحقوق الشعب', 'partial', 'المعارضة']],
  },
  {
    what: 'مسودة «مليئة بالثغرات»: an adjective agreeing with the draft, words said',
    text: 'وقالت المعارضة إن الحكومة قدمت مسودة «مليئة بالثغرات» إلى البرلمان.',
    quotes: [['مليئة بالثغرات', 'partial', 'المعارضة']],
  },
  {
    what: 'بأنها مسودة «قابلة للنقاش»: the envoy’s description',
    text: 'ووصف المبعوث الأممي الوثيقة بأنها مسودة «قابلة للنقاش».',
    quotes: [['قابلة للنقاش', 'partial', 'المبعوث الأممي']],
  },
  {
    what: 'بأنه تجربة «قاسية ومؤلمة»: two adjectives, the activist’s words',
    text: 'ووصفت الناشطة سجنها بأنه تجربة «قاسية ومؤلمة» لن تنساها.',
    quotes: [['قاسية ومؤلمة', 'partial', 'الناشطة']],
  },
  {
    what: 'تجربة «صعبة للغاية» after إن: the player’s words',
    text: 'وقال اللاعب إن الاحتراف في أوروبا تجربة «صعبة للغاية» لكنه استفاد منها.',
    quotes: [['صعبة للغاية', 'partial', 'اللاعب']],
  },
  {
    what: 'تجربة «مختلفة تماما» after إن: the director’s words',
    text: 'وقال المخرج إن فيلمه الجديد تجربة «مختلفة تماما» عن أعماله السابقة.',
    quotes: [['مختلفة تماما', 'partial', 'المخرج']],
  },
  {
    what: 'تجربة «في الكتابة عن الذات»: a prepositional phrase, the writer’s words',
    text: 'وقالت الكاتبة إن الرواية تجربة «في الكتابة عن الذات» قبل كل شيء.',
    quotes: [['في الكتابة عن الذات', 'partial', 'الكاتبة']],
  },
  {
    what: 'تجربة «لا تخلو من المخاطر»: the minister’s words',
    text: 'وقال الوزير إنها تجربة «لا تخلو من المخاطر» لكنها ضرورية.',
    quotes: [['لا تخلو من المخاطر', 'partial', 'الوزير']],
  },
  {
    what: 'متحدث باسم + a person’s full name: the spokesman speaks, not the candidate',
    text: 'وقال متحدث باسم دونالد ترامب إن «المرشح لن ينسحب».',
    quotes: [['المرشح لن ينسحب', 'partial', 'متحدث باسم دونالد ترامب']],
  },
  {
    what: 'متحدثة باسم + a person’s full name',
    text: 'وقالت متحدثة باسم هيلاري كلينتون إن «الحملة مستمرة».',
    quotes: [['الحملة مستمرة', 'partial', 'متحدثة باسم هيلاري كلينتون']],
  },
  {
    what: 'متحدث باسم باراك أوباما: the spokesman, not the president',
    text: 'وقال متحدث باسم باراك أوباما إن «الرئيس سيزور الرياض».',
    quotes: [['الرئيس سيزور الرياض', 'partial', 'متحدث باسم باراك أوباما']],
  },
  {
    what: 'وسبق أن طالب فلان بـ«…»: طالب the verb after أنْ',
    text: 'وسبق أن طالب النائب خالد العمري بـ«محاسبة المقصرين».',
    quotes: [['محاسبة المقصرين', 'partial', 'خالد العمري']],
  },
  {
    what: 'منظمة مراسلين بلا حدود في بيان: the whole name',
    text: 'وقالت منظمة مراسلين بلا حدود في بيان إن «الصحافيين في خطر».',
    quotes: [['الصحافيين في خطر', 'partial', 'منظمة مراسلين بلا حدود']],
  },
  {
    what: 'منظمة مراسلين بلا حدود إن: the whole name',
    text: 'وقالت منظمة مراسلين بلا حدود إن «حرية الصحافة تراجعت».',
    quotes: [['حرية الصحافة تراجعت', 'partial', 'منظمة مراسلين بلا حدود']],
  },
  {
    what: 'منظمة صحفيات بلا قيود: the whole name',
    text: 'وقالت منظمة صحفيات بلا قيود في بيان إن «الصحافيات يتعرضن للتهديد».',
    quotes: [['الصحافيات يتعرضن للتهديد', 'partial', 'منظمة صحفيات بلا قيود']],
  },
  {
    what: 'منظمة مهندسين بلا حدود: the whole name',
    text: 'وقالت منظمة مهندسين بلا حدود إن «المشروع اكتمل».',
    quotes: [['المشروع اكتمل', 'partial', 'منظمة مهندسين بلا حدود']],
  },
  {
    what: 'a given name that is another man’s surname, then a surname in ب: سالم بلحاج after أحمد سالم',
    text: 'قال أحمد سالم إن «السوق مستقر». وقال سالم بلحاج إن «الأسعار مرتفعة».',
    quotes: [
      ['السوق مستقر', 'partial', 'أحمد سالم'],
      ['الأسعار مرتفعة', 'partial', 'سالم بلحاج'],
    ],
  },
  {
    what: 'حسن لطفي after محمد حسن: another man',
    text: 'قال المهندس محمد حسن إن «المشروع متأخر». وأكد حسن لطفي أن «التأخير طبيعي».',
    quotes: [
      ['المشروع متأخر', 'partial', 'محمد حسن'],
      ['التأخير طبيعي', 'partial', 'حسن لطفي'],
    ],
  },
  {
    what: 'محمد بشير after عبدالله محمد: another man',
    text: 'قال عبدالله محمد إن «الطريق خطر». وقال محمد بشير إن «البلدية تأخرت».',
    quotes: [
      ['الطريق خطر', 'partial', 'عبدالله محمد'],
      ['البلدية تأخرت', 'partial', 'محمد بشير'],
    ],
  },
  {
    what: 'فيصل لطيفة after نورة فيصل: another woman',
    text: 'قالت نورة فيصل إن «الرسوم مرتفعة». وقالت فيصل لطيفة إن «الأسر تعاني».',
    quotes: [
      ['الرسوم مرتفعة', 'partial', 'نورة فيصل'],
      ['الأسر تعاني', 'partial', 'فيصل لطيفة'],
    ],
  },
  {
    what: 'خالد بندر after سعد خالد: another man',
    text: 'قال سعد خالد إن «السوق هادئ». وأكد خالد بندر أن «الطلب ضعيف».',
    quotes: [
      ['السوق هادئ', 'partial', 'سعد خالد'],
      ['الطلب ضعيف', 'partial', 'خالد بندر'],
    ],
  },
];

describe('lastread16: wave I misfires', () => {
  runRows(rows);
});
