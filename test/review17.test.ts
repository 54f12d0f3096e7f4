/**
 * Review of the floor and mine merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const reviewRows17: readonly Row[] = [
  {
    what: 'an event after عام in a title is the title’s genitive, not the verb’s object (أمين عام المؤتمر)',
    text: 'وقال أمين عام المؤتمر: «التوصيات سترفع إلى الجهات المختصة».',
    quotes: [['التوصيات سترفع إلى الجهات المختصة', 'direct', 'أمين عام المؤتمر']],
  },
  {
    what: 'an event after عام, then the holder’s name (مدير عام المعرض فهد العتيبي)',
    text: 'وقال مدير عام المعرض فهد العتيبي: «الأجنحة اكتملت قبل موعد الافتتاح».',
    quotes: [['الأجنحة اكتملت قبل موعد الافتتاح', 'direct', 'فهد العتيبي']],
  },
  {
    what: 'an event after باسم is the body the spokesman speaks for (المتحدث باسم المؤتمر)',
    text: 'وقال المتحدث باسم المؤتمر: «الجلسة الختامية تأجلت إلى الغد».',
    quotes: [['الجلسة الختامية تأجلت إلى الغد', 'direct', 'المتحدث باسم المؤتمر']],
  },
  {
    what: 'guard: after a plain word that closed the title’s genitive, the event is the object (محافظ جدة الحفل)',
    text: 'ورعى محافظ جدة الحفل الختامي للبرنامج، وقال: «الشباب ثروة الوطن».',
    quotes: [['الشباب ثروة الوطن', 'direct', 'محافظ جدة']],
  },
];

describe('review17: the floor and mine merges on the opposite cases', () => {
  runRows(reviewRows17);
});
