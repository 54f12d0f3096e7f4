/**
 * Review of the transliteration merge (issue 3): sentences written here in the style of Saudi papers and
 * international outlets on the shapes where the foreign-name rules read the opposite case. Each row beside
 * a guard that the rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows35: readonly Row[] = [
  {
    what: 'لو before أن after a foreign name is "if", not the name’s last syllable (وقال وانغ لو أن)',
    text: 'وقال وانغ لو أن «الأمر بيده لتغير».',
    quotes: [['الأمر بيده لتغير', 'partial', 'وانغ']],
  },
  {
    what: 'لو أن after a name of two syllables (وقال تشانغ لو أن)',
    text: 'وقال تشانغ لو أن «الشركة خفضت أسعارها لزادت مبيعاتها».',
    quotes: [['الشركة خفضت أسعارها لزادت مبيعاتها', 'partial', 'تشانغ']],
  },
  {
    what: 'كون before أن after a foreign name is "being that" (هوا تشون ينغ كون أن)',
    text: 'وقالت المتحدثة هوا تشون ينغ كون أن «الصين لن تتراجع».',
    quotes: [['الصين لن تتراجع', 'partial', 'هوا تشون ينغ']],
  },
  {
    what: 'guard: لو before إن (said that) stays the name’s last syllable (وقال وانغ لو إن)',
    text: 'وقال وانغ لو إن «بكين تدعم الحوار».',
    quotes: [['بكين تدعم الحوار', 'partial', 'وانغ لو']],
  },
  {
    what: 'guard: لو opening a name after a title, أن after it (المتحدث لو كانغ أن)',
    text: 'وقال المتحدث لو كانغ أن «الصين ترفض العقوبات».',
    quotes: [['الصين ترفض العقوبات', 'partial', 'لو كانغ']],
  },
  {
    what: 'a family name of a trade’s shape, then في and a city (فهد محمد الخبير في الرياض)',
    text: 'وقال فهد محمد الخبير في الرياض إن «المشروع اكتمل قبل موعده».',
    quotes: [['المشروع اكتمل قبل موعده', 'partial', 'فهد محمد الخبير']],
  },
  {
    what: 'a family name of a trade’s shape, then من and a city (سعد علي المستشار من جدة)',
    text: 'وقال سعد علي المستشار من جدة إن «القرار صائب».',
    quotes: [['القرار صائب', 'partial', 'سعد علي المستشار']],
  },
  {
    what: 'a family name of a trade’s shape, then في ختام and the occasion (عبدالله سعد الخبير في ختام اللقاء)',
    text: 'وقال عبدالله سعد الخبير في ختام اللقاء إن «المرحلة المقبلة تتطلب تعاونا أكبر».',
    quotes: [['المرحلة المقبلة تتطلب تعاونا أكبر', 'partial', 'عبدالله سعد الخبير']],
  },
  {
    what: 'a family name of a trade’s shape, then في and an event (ناصر فهد الباحث في الندوة)',
    text: 'وقال ناصر فهد الباحث في الندوة إن «المخطوطات تحتاج إلى ترميم».',
    quotes: [['المخطوطات تحتاج إلى ترميم', 'partial', 'ناصر فهد الباحث']],
  },
  {
    what: 'a family name of a trade’s shape, then the outlet told after ل (عبدالله سعد المحلل للصحيفة)',
    text: 'وقال عبدالله سعد المحلل للصحيفة إن «السوق ستتعافى».',
    quotes: [['السوق ستتعافى', 'partial', 'عبدالله سعد المحلل']],
  },
  {
    what: 'a family name of a trade’s shape, then لقناة and the channel told (ماجد خالد الباحث لقناة الإخبارية)',
    text: 'وقال ماجد خالد الباحث لقناة الإخبارية إن «المخطوطات نادرة».',
    quotes: [['المخطوطات نادرة', 'partial', 'ماجد خالد الباحث']],
  },
  {
    what: 'guard: a trade’s title after a whole name, then لدى and a bank (جون سميث المحلل لدى بنك باركليز)',
    text: 'وقال جون سميث المحلل لدى بنك باركليز إن «السوق متقلبة».',
    quotes: [['السوق متقلبة', 'partial', 'جون سميث']],
  },
  {
    what: 'guard: a correspondent’s office in an agency after ل (عمر خالد المراسل لوكالة رويترز)',
    text: 'وقال عمر خالد المراسل لوكالة رويترز إن «الوضع هادئ في المدينة».',
    quotes: [['الوضع هادئ في المدينة', 'partial', 'عمر خالد']],
  },
  {
    what: 'guard: a trade’s title after a whole name, then لدى and an institute (هيلين روبرتسون الباحثة لدى معهد)',
    text: 'وقالت هيلين روبرتسون الباحثة لدى معهد تشاتام هاوس إن «الحرب ستطول».',
    quotes: [['الحرب ستطول', 'partial', 'هيلين روبرتسون']],
  },
  {
    what: 'a firm’s name with a hamza on its alef after a body’s head in construct (لشركة ألفابت سوندار بيتشاي)',
    text: 'وقال الرئيس التنفيذي لشركة ألفابت سوندار بيتشاي إن «الذكاء الاصطناعي يغير البحث».',
    quotes: [['الذكاء الاصطناعي يغير البحث', 'partial', 'سوندار بيتشاي']],
  },
  {
    what: 'a unit’s name with a hamza on its alef after a title in construct (قائد ألوية سعد العنزي)',
    text: 'وقال قائد ألوية سعد العنزي إن «الجبهة هادئة».',
    quotes: [['الجبهة هادئة', 'partial', 'سعد العنزي']],
  },
  {
    what: 'guard: a foreign first name with a hamza on its alef after a whole title (رئيس الوزراء اليوناني ألكسيس تسيبراس)',
    text: 'وقال رئيس الوزراء اليوناني ألكسيس تسيبراس إن «الديون ثقيلة».',
    quotes: [['الديون ثقيلة', 'partial', 'ألكسيس تسيبراس']],
  },
];

describe('review35: the transliteration merge on the opposite cases', () => {
  runRows(reviewRows35);
});
