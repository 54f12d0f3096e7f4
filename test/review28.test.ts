/**
 * Review of the after and relays merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows28: readonly Row[] = [
  {
    what: 'after a relaying verb, عن and one definite word of an event is the topic, not the source (وأوردت الصحيفة عن الحادث أن)',
    text: 'وأوردت الصحيفة عن الحادث أن «السائق فر من المكان».',
    quotes: [['السائق فر من المكان', 'partial', 'الصحيفة']],
  },
  {
    what: 'another topic after نقل and عن (ونقلت الوكالة عن الاجتماع أن)',
    text: 'ونقلت الوكالة عن الاجتماع أن «الخلاف ما زال قائما».',
    quotes: [['الخلاف ما زال قائما', 'partial', 'الوكالة']],
  },
  {
    what: 'guard: أورد relays like نقل when عن names a titled person (وأوردت الوكالة عن المتحدث … فلان أن)',
    text: 'وأوردت الوكالة عن المتحدث باسم الوزارة خالد العمري أن «المفاوضات ستستأنف الأسبوع المقبل».',
    quotes: [['المفاوضات ستستأنف الأسبوع المقبل', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a plural of people with the article after عن is the source (ونقلت الصحيفة عن الناجين أن)',
    text: 'ونقلت الصحيفة عن الناجين أن «السفينة غرقت قبل الفجر».',
    quotes: [['السفينة غرقت قبل الفجر', 'partial', 'الناجين']],
  },
  {
    what: 'guard: a family name with the article after عن, known in the article, is the source (عن الفالح أن)',
    text: 'وقال وزير الطاقة خالد الفالح: «السوق متوازنة».\n\nونقلت الصحيفة عن الفالح أن «الإنتاج سيرتفع».',
    quotes: [
      ['السوق متوازنة', 'direct', 'خالد الفالح'],
      ['الإنتاج سيرتفع', 'partial', 'خالد الفالح'],
    ],
  },
  {
    what: 'guard: a definite word after عن that قوله calls the source’s is the source (ونقلت الصحيفة عن الفالح قوله)',
    text: 'ونقلت الصحيفة عن الفالح قوله: «الإنتاج سيرتفع».',
    quotes: [['الإنتاج سيرتفع', 'direct', 'الفالح']],
  },
  {
    what: 'with the cue after the quote, لـ«…» after a noun of calling is what is called for (قال الوزير في دعوة لـ«التهدئة»)',
    text: '«الحل في الحوار»، قال الوزير في دعوة لـ«التهدئة».',
    quotes: [
      ['الحل في الحوار', 'direct', 'الوزير'],
      ['التهدئة', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'another noun of calling before لـ«…» at the sentence’s end (قالت المتحدثة … في نداء لـ«الوحدة»)',
    text: '«الشارع ينتظر»، قالت المتحدثة باسم الحزب في نداء لـ«الوحدة».',
    quotes: [
      ['الشارع ينتظر', 'direct', 'المتحدثة باسم الحزب'],
      ['الوحدة', 'partial', 'المتحدثة باسم الحزب'],
    ],
  },
  {
    what: 'guard: with the cue after the quote, لـ«…» ending the sentence after the subject is the outlet told (قال فلان لـ«عكاظ».)',
    text: '«المشروع سيكتمل قبل نهاية العام»، قال المهندس خالد العتيبي لـ«عكاظ».',
    quotes: [
      ['المشروع سيكتمل قبل نهاية العام', 'direct', 'خالد العتيبي'],
      ['عكاظ', 'mention', null],
    ],
  },
  {
    what: 'guard: words of time and place between the subject and the outlet told (قال مسؤول … أمس في الرياض لـ«الشرق الأوسط».)',
    text: '«الأسعار ستستقر خلال أسابيع»، قال مسؤول في الوزارة أمس في الرياض لـ«الشرق الأوسط».',
    quotes: [
      ['الأسعار ستستقر خلال أسابيع', 'direct', 'مسؤول في الوزارة'],
      ['الشرق الأوسط', 'mention', null],
    ],
  },
];

describe('review28: the after and relays merges', () => runRows(reviewRows28));
