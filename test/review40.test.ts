/**
 * Review of the women6 merge (issue 3): passages written here in news style on the shapes where the
 * rules for women speakers and names that are words (صباح, بيان, فجر, وعد; a whole name opening its
 * sentence before a reporting verb) read the opposite case. Each regression found has its rows, the
 * sentence and one more of its shape, beside a guard that the merged rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows40: readonly Row[] = [
  {
    what: 'a name opening its sentence, then the verb, عنه and its own subject: the name is what is spoken of (محمد العلي قال عنه كثيرون)',
    text: 'محمد العلي قال عنه كثيرون إن «عمله كان متقنا».',
    // many people said it of him: nobody named speaks.
    quotes: [['عمله كان متقنا', 'partial', null]],
  },
  {
    what: 'the same with عنها after a woman’s name (نورة القحطاني قال عنها كثيرون)',
    text: 'نورة القحطاني قال عنها كثيرون إن «موهبتها ظهرت مبكرا».',
    quotes: [['موهبتها ظهرت مبكرا', 'partial', null]],
  },
  {
    what: 'the same with an unnamed subject after عنه (عبدالله الشهري قال عنه مدربه)',
    text: 'عبدالله الشهري قال عنه مدربه إنه «لاعب منضبط».',
    // his coach, not named in the sentence, speaks; the player does not.
    quotes: [['لاعب منضبط', 'partial', null]],
  },
  {
    what: 'guard: a whole name opening its sentence before a present verb speaks (سارة العتيبي تقول إن)',
    text: 'سارة العتيبي تقول إن «الأسعار ارتفعت بشكل كبير».',
    quotes: [['الأسعار ارتفعت بشكل كبير', 'partial', 'سارة العتيبي']],
  },
  {
    what: 'guard: a pronoun after the verb and then إن keeps the name as the subject (سارة العتيبي قالت لهم إن)',
    text: 'سارة العتيبي قالت لهم إن «الأسعار ارتفعت».',
    quotes: [['الأسعار ارتفعت', 'partial', 'سارة العتيبي']],
  },
  {
    what: 'صباح after a woman’s title, then أول أمس: the time the minister spoke, not her name (وقالت الوزيرة صباح أول أمس)',
    text: 'وقالت الوزيرة صباح أول أمس إن «الميزانية أقرت».',
    quotes: [['الميزانية أقرت', 'partial', 'الوزيرة']],
  },
  {
    what: 'the same with صباح باكر and صباح هذا اليوم (وقالت المتحدثة صباح باكر)',
    text: 'وقالت المتحدثة صباح باكر إن «الطريق مغلق». وقالت المديرة صباح هذا اليوم إن «الطالبات بخير».',
    quotes: [
      ['الطريق مغلق', 'partial', 'المتحدثة'],
      ['الطالبات بخير', 'partial', 'المديرة'],
    ],
  },
  {
    what: 'guard: صباح after a woman’s title and before a family name is her name (وقالت المعلمة صباح الحربي)',
    text: 'وقالت المعلمة صباح الحربي إن «الطالبات بخير».',
    quotes: [['الطالبات بخير', 'partial', 'صباح الحربي']],
  },
  {
    what: 'بيان صادر عن after a feminine verb: the statement and its issuer, not a woman named بيان (وأضافت بيان صادر عن الرئاسة)',
    text: 'وأضافت بيان صادر عن الرئاسة أن «الزيارة مثمرة».',
    quotes: [['الزيارة مثمرة', 'partial', 'الرئاسة']],
  },
  {
    what: 'the same shape with another body (وذكرت بيان صادر عن الشرطة)',
    text: 'وذكرت بيان صادر عن الشرطة أن «المشتبه به اعتقل».',
    quotes: [['المشتبه به اعتقل', 'partial', 'الشرطة']],
  },
  {
    what: 'guard: بيان after a feminine verb, then her age or her listeners, is her name (وقالت بيان، 17 عاما; وقالت بيان للصحفيين)',
    text: 'وقالت بيان، 17 عاما، إن «الامتحانات كانت صعبة». وقالت بيان للصحفيين إن «الأسئلة طويلة».',
    quotes: [
      ['الامتحانات كانت صعبة', 'partial', 'بيان'],
      ['الأسئلة طويلة', 'partial', 'بيان'],
    ],
  },
  {
    what: 'بيان after a woman’s title, then a verb and فيه: the document she put out, not her name (ونشرت الناطقة بيان جاء فيه)',
    text: 'ونشرت الناطقة بيان جاء فيه أن «الاجتماع تأجل».',
    quotes: [['الاجتماع تأجل', 'partial', 'الناطقة']],
  },
  {
    what: 'the same shape with another title (ونشرت الوزيرة بيان جاء فيه)',
    text: 'ونشرت الوزيرة بيان جاء فيه أن «الخطة جاهزة».',
    quotes: [['الخطة جاهزة', 'partial', 'الوزيرة']],
  },
];

describe('review of the women6 merge', () => {
  runRows(reviewRows40);
});
