/**
 * Review of the honorifics merge (issue 3): passages written here in Saudi-press style on the shapes the
 * سعادته/معاليه/سموه rules read the opposite way. The merge prefers a host opening his sentence to a guest
 * named later in it; that preference reached back over whole sentences, so a dignitary who opened an
 * earlier sentence outranked the one named since.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows41: readonly Row[] = [
  {
    what: 'سعادته after a dean named since the director opened an earlier sentence (ثم ألقى عميد … كلمة)',
    text: 'وافتتح مدير الجامعة خالد المقرن المعرض. ثم ألقى عميد كلية الهندسة سامي الحربي كلمة. وقال سعادته: «الطلاب أبدعوا».',
    quotes: [['الطلاب أبدعوا', 'direct', 'سامي الحربي']],
  },
  {
    what: 'سعادته after a dean who spoke since, named after the verb’s phrase (وقال في كلمته عميد …)',
    text: 'وافتتح مدير الجامعة خالد المقرن المعرض. وقال في كلمته عميد كلية الهندسة سامي الحربي إن «الطلاب أبدعوا». وأوضح سعادته أن «المعرض سيتكرر».',
    quotes: [
      ['الطلاب أبدعوا', 'partial', 'سامي الحربي'],
      ['المعرض سيتكرر', 'partial', 'سامي الحربي'],
    ],
  },
  {
    what: 'سعادته after a dean named since (وتحدث بعد ذلك عميد …)',
    text: 'وافتتح مدير الجامعة خالد المقرن المعرض. وتحدث بعد ذلك عميد كلية الهندسة سامي الحربي عن المشاريع. وقال سعادته: «الطلاب أبدعوا».',
    quotes: [['الطلاب أبدعوا', 'direct', 'سامي الحربي']],
  },
  {
    what: 'guard: in one sentence the host after the opening verb still outranks his guest (استقبل … في مكتبه سعادة المدير)',
    text: 'واستقبل سعادة محافظ الطائف أحمد الخريجي في مكتبه سعادة مدير التعليم سعد العتيبي. وأكد سعادته أن «التعليم أولوية».',
    quotes: [['التعليم أولوية', 'partial', 'أحمد الخريجي']],
  },
  {
    what: 'سعادته after a companion who took the floor by his short name (يرافقه مدير البلدية فلان … وأوضح الغامدي)',
    text: 'ودشن محافظ جدة صالح التركي المشروع يرافقه مدير البلدية محمد الغامدي. وأوضح الغامدي أن «المرحلة الأولى بدأت». وأضاف سعادته: «وننتهي العام المقبل».',
    quotes: [
      ['المرحلة الأولى بدأت', 'partial', 'محمد الغامدي'],
      ['وننتهي العام المقبل', 'direct', 'محمد الغامدي'],
    ],
  },
  {
    what: 'سعادته after one brought in with بحضور who then spoke (بحضور مدير الشرطة فلان … وقال الشهري)',
    text: 'وافتتح محافظ الخرج سعود الدهمش المعرض بحضور مدير الشرطة خالد الشهري. وقال الشهري: «الخطة الأمنية جاهزة». وأكد سعادته أن «الدوريات تعمل على مدار الساعة».',
    quotes: [
      ['الخطة الأمنية جاهزة', 'direct', 'خالد الشهري'],
      ['الدوريات تعمل على مدار الساعة', 'partial', 'خالد الشهري'],
    ],
  },
  {
    what: 'guard: a companion who does not speak is still passed over (يرافقه مدير عام الدفاع المدني … وقال سعادته)',
    text: 'وتفقد وكيل إمارة الرياض فيصل الحسيني المشروع يرافقه مدير عام الدفاع المدني سليمان العمرو. وقال سعادته: «العمل يسير كما خطط له».',
    quotes: [['العمل يسير كما خطط له', 'direct', 'فيصل الحسيني']],
  },
];

describe('review of the honorifics merge', () => {
  runRows(reviewRows41);
});
