/**
 * Review of the cue-forms merge (issue 3): sentences written here in news style on the shapes where the
 * cues6 rules (an outlet told between the verb and its subject, an occasion phrase before the subject,
 * 'closed his remarks', على ما قال) read the opposite case. Each regression found beside a guard of the
 * rule's own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows36: readonly Row[] = [
  {
    what: 'an occasion a paper held with him, its verb’s subject the paper (مقابلة أجرتها معه صحيفة الرياض)',
    text: 'وأكد وزير الاقتصاد فيصل الإبراهيم أن «النمو مستمر». وقال في مقابلة أجرتها معه صحيفة الرياض إن «السوق واعدة».',
    quotes: [
      ['النمو مستمر', 'partial', 'فيصل الإبراهيم'],
      ['السوق واعدة', 'partial', 'فيصل الإبراهيم'],
    ],
  },
  {
    what: 'an occasion a paper published, its verb’s subject the paper (حديث نشرته صحيفة الوطن)',
    text: 'وأكد رئيس هيئة السياحة فهد الحميداني أن «المواسم ناجحة». وقال في حديث نشرته صحيفة الوطن إن «الخطة طموحة».',
    quotes: [
      ['المواسم ناجحة', 'partial', 'فهد الحميداني'],
      ['الخطة طموحة', 'partial', 'فهد الحميداني'],
    ],
  },
  {
    what: 'an occasion a centre organised, its verb’s subject the centre (ندوة نظمها مركز الملك فيصل)',
    text: 'وأكد الباحث خالد الدخيل أن «الخليج يتغير». وقال في ندوة نظمها مركز الملك فيصل للبحوث إن «المنطقة تتغير».',
    quotes: [
      ['الخليج يتغير', 'partial', 'خالد الدخيل'],
      ['المنطقة تتغير', 'partial', 'خالد الدخيل'],
    ],
  },
  {
    what: 'a meeting that brought him and another together, the other after و (لقاء جمعه ورئيس الوزراء العراقي)',
    text: 'وأكد وزير الخارجية فيصل بن فرحان أن «الرياض تدعم الحوار». وقال في لقاء جمعه ورئيس الوزراء العراقي إن «العلاقات متينة».',
    quotes: [
      ['الرياض تدعم الحوار', 'partial', 'فيصل بن فرحان'],
      ['العلاقات متينة', 'partial', 'فيصل بن فرحان'],
    ],
  },
  {
    what: 'guard: an occasion its speaker held, then the speaker (مؤتمر صحفي عقده أمس وزير الخارجية)',
    text: 'وقال في مؤتمر صحفي عقده أمس وزير الخارجية إن «العلاقات متينة».',
    quotes: [['العلاقات متينة', 'partial', 'وزير الخارجية']],
  },
  {
    what: 'guard: a statement its issuer put out, then the issuer (بيان أصدرته أمس وزارة الخارجية)',
    text: 'وقال في بيان أصدرته أمس وزارة الخارجية إن «المملكة تدين الهجوم».',
    quotes: [['المملكة تدين الهجوم', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'an outlet told before the subject of a verb with a noun object (ونقل لـ«عكاظ» زوار المعرض إعجابهم)',
    text: 'ونقل لـ«عكاظ» زوار المعرض إعجابهم بالأجنحة.',
    quotes: [['عكاظ', 'mention', null]],
  },
  {
    what: 'the same shape, the object then a participle with a quote (ونقل لـ«الرياض» سكان الحي شكواهم، مطالبين بـ«…»)',
    text: 'ونقل لـ«الرياض» سكان الحي شكواهم من الحفريات، مطالبين بـ«حلول عاجلة».',
    quotes: [
      ['الرياض', 'mention', null],
      ['حلول عاجلة', 'partial', 'سكان الحي'],
    ],
  },
  {
    what: 'guard: an outlet told before the subject, then إن (وقال لـ"الشرق الأوسط" مصدر مطلع إن)',
    text: 'وقال لـ"الشرق الأوسط" مصدر مطلع إن «المفاوضات بلغت مرحلة متقدمة».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['المفاوضات بلغت مرحلة متقدمة', 'partial', 'مصدر مطلع'],
    ],
  },
  {
    what: 'a noun of one’s own speech as the genitive of a bare noun in the subject (متابعو تصريحاته)',
    text: 'وأكد متابعو تصريحاته أن «الموقف تغير».',
    quotes: [['الموقف تغير', 'partial', 'متابعو تصريحاته']],
  },
  {
    what: 'the same shape with a singular head (كاتب رسالته)',
    text: 'وقال كاتب رسالته إن «الأمر عاجل».',
    quotes: [['الأمر عاجل', 'partial', 'كاتب رسالته']],
  },
  {
    what: 'guard: a name of two words, then his own speech as the object (وختم محمد بن سلمان حديثه قائلا)',
    text: 'وختم محمد بن سلمان حديثه قائلا: «طموحنا عنان السماء».',
    quotes: [['طموحنا عنان السماء', 'direct', 'محمد بن سلمان']],
  },
  {
    what: 'guard: a definite title, then her own speech as the object (واختتمت الوزيرة كلمتها قائلة)',
    text: 'واختتمت الوزيرة كلمتها قائلة: «التعليم أولويتنا».',
    quotes: [['التعليم أولويتنا', 'direct', 'الوزيرة']],
  },
  {
    what: 'على ما قال after a name that a preposition with a pronoun governs (أطلقوا عليها «…»، على ما ذكرت)',
    text: 'وأطلقوا عليها «عاصفة الحزم»، على ما ذكرت الوكالة.',
    quotes: [['عاصفة الحزم', 'mention', null]],
  },
  {
    what: 'the same shape with على ما أعلن (ووقعوا عليه «ميثاق الشرف»، على ما أعلن الاتحاد)',
    text: 'ووقعوا عليه «ميثاق الشرف»، على ما أعلن الاتحاد.',
    quotes: [['ميثاق الشرف', 'mention', null]],
  },
  {
    what: 'guard: على ما أكد after a sentence quoted alone (the words said)',
    text: '«الوضع تحت السيطرة»، على ما أكد المتحدث باسم الشرطة.',
    quotes: [['الوضع تحت السيطرة', 'direct', 'المتحدث باسم الشرطة']],
  },
  {
    what: 'على ما قال after the name a verb of naming gives, its subject between (وسماها المحللون «…»)',
    text: 'وسماها المحللون «صفقة القرن»، على ما ذكرت الصحيفة.',
    quotes: [['صفقة القرن', 'mention', null]],
  },
  {
    what: 'the same shape with أطلق عليها (وأطلق عليها الإعلام «…»، على ما قالت الوكالة)',
    text: 'وأطلق عليها الإعلام «ثورة الأرز»، على ما قالت الوكالة.',
    quotes: [['ثورة الأرز', 'mention', null]],
  },
  {
    what: 'guard: a predicate in marks after كان, then على ما قال and the speaker',
    text: 'وكان الموسم «الأنجح في تاريخ النادي»، على ما قال رئيس النادي فهد المطيري.',
    quotes: [['الأنجح في تاريخ النادي', 'partial', 'فهد المطيري']],
  },
];

describe('review36: the cue-forms merge read on the opposite case', () => runRows(reviewRows36));
