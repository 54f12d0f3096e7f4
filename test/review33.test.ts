/**
 * Review of the apposition merge (appos5, issue 3): sentences written here in news style on the shapes
 * the new rule (a description no title list holds, then a name in apposition after the comma) reads the
 * opposite case of: an age, a time phrase or an outlet after the comma, which name nobody. Each fix has
 * the sentence that broke, one more of its shape, and a guard that the rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows33: readonly Row[] = [
  {
    what: 'an age in digits after a description’s comma names nobody (مرشد الرحلات، 45 عاما،)',
    text: 'وقال مرشد الرحلات، 45 عاما، إن «الأمطار أثرت على الرحلات».',
    quotes: [['الأمطار أثرت على الرحلات', 'partial', 'مرشد الرحلات']],
  },
  {
    what: 'an age in words after a description’s comma names nobody (سائق الشاحنة، ثلاثون عاما،)',
    text: 'وقال سائق الشاحنة، ثلاثون عاما، إن «الطريق الدولي يحتاج إلى صيانة».',
    quotes: [['الطريق الدولي يحتاج إلى صيانة', 'partial', 'سائق الشاحنة']],
  },
  {
    what: 'an adjective of one’s decade after a description’s comma names nobody (مرافق المريض، أربعيني،)',
    text: 'وقال مرافق المريض، أربعيني، إن «الانتظار في قسم الطوارئ طويل».',
    quotes: [['الانتظار في قسم الطوارئ طويل', 'partial', 'مرافق المريض']],
  },
  {
    what: 'guard: a name in apposition after a plain noun and its genitive still speaks (مرشد الرحلات، خالد العمري،)',
    text: 'وقال مرشد الرحلات، خالد العمري، إن «الموسم السياحي في العلا بدأ مبكرا».',
    quotes: [['الموسم السياحي في العلا بدأ مبكرا', 'partial', 'خالد العمري']],
  },
  {
    what: 'a time phrase after a description’s comma names nobody (الدبلوماسي الغربي، عشية الانتخابات،)',
    text: 'وقال الدبلوماسي الغربي، عشية الانتخابات، إن «النتائج شبه محسومة».',
    quotes: [['النتائج شبه محسومة', 'partial', 'الدبلوماسي الغربي']],
  },
  {
    what: 'a time phrase after a plain noun and its genitive names nobody (مرشد الرحلات، قبيل انطلاق الرحلة،)',
    text: 'وقال مرشد الرحلات، قبيل انطلاق الرحلة، إن «الطقس مناسب للتخييم».',
    quotes: [['الطقس مناسب للتخييم', 'partial', 'مرشد الرحلات']],
  },
  {
    what: 'the hour after a description’s comma names nobody (مرافق المريض، منتصف الليل،)',
    text: 'وقال مرافق المريض، منتصف الليل، إن «الطبيب المناوب لم يحضر».',
    quotes: [['الطبيب المناوب لم يحضر', 'partial', 'مرافق المريض']],
  },
  {
    what: 'guard: a name after a description of origin still speaks (الدبلوماسي الغربي، جون ميلر،)',
    text: 'وقال الدبلوماسي الغربي، جون ميلر، إن «المفاوضات وصلت إلى طريق مسدود».',
    quotes: [['المفاوضات وصلت إلى طريق مسدود', 'partial', 'جون ميلر']],
  },
  {
    what: 'an outlet by its name after a description’s comma is the source, not the speaker (الدبلوماسي الغربي، رويترز،)',
    text: 'وقال الدبلوماسي الغربي، رويترز، إن «المحادثات متعثرة منذ أسابيع».',
    quotes: [['المحادثات متعثرة منذ أسابيع', 'partial', 'الدبلوماسي الغربي']],
  },
  {
    what: 'an outlet by its head after a description’s comma is the source, not the speaker (مرشد الرحلات، وكالة الأنباء،)',
    text: 'وقال مرشد الرحلات، وكالة الأنباء السعودية، إن «السياح يتوافدون على عسير».',
    quotes: [['السياح يتوافدون على عسير', 'partial', 'مرشد الرحلات']],
  },
  {
    what: 'guard: a foreign name after a description of origin still speaks (الصحفية الأمريكية، سارة جونز،)',
    text: 'وقالت المراسلة الأمريكية، سارة جونز، إن «الحرب غيرت المدينة».',
    quotes: [['الحرب غيرت المدينة', 'partial', 'سارة جونز']],
  },
];

describe('review of the apposition merge (issue 3)', () => {
  runRows(reviewRows33);
});
