/**
 * Places in titles (issue 3): a country, a region or a city of the gazetteer (words.ts PLACES) in
 * construct after a title's word without the article (رئيس وزراء كندا, مدير تعليم جدة, رئيس جنوب
 * أفريقيا) or behind ل after a title's word (المدير الإقليمي لآسيا, المبعوث الأممي لليبيا) is the title's
 * genitive, read whole; the holder's name starts after it, and a name read back from its surname stops
 * there. Each rule row is a passage written here in the style of international Arabic outlets or of a
 * Saudi paper and fails without its rule; a guard row keeps the opposite case (a place that speaks
 * alone as the verb's subject, a family name shaped as a place's adjective, a title with its nisba).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const constructRows: readonly Row[] = [
  {
    what: 'رئيس وزراء + a country without the article, then the name, then إن',
    text: 'وقال رئيس وزراء كندا مارك كارني إن بلاده «لن تقبل بفرض رسوم جمركية على صادراتها».',
    quotes: [['لن تقبل بفرض رسوم جمركية على صادراتها', 'partial', 'مارك كارني']],
  },
  {
    what: 'وزير خارجية + a country of two words (كوريا الجنوبية), then a name of three words and للصحفيين',
    text: 'وصرح وزير خارجية كوريا الجنوبية تشو تاي يول للصحفيين في سيول: «نتابع تحركات الشمال لحظة بلحظة».',
    quotes: [['نتابع تحركات الشمال لحظة بلحظة', 'direct', 'تشو تاي يول']],
  },
  {
    what: 'رئيس + a country of two words (جنوب أفريقيا), the name, then a colon',
    text: 'وأكد رئيس جنوب أفريقيا سيريل رامافوزا في خطاب متلفز: «لن نسمح لأحد بتقسيم هذا البلد».',
    quotes: [['لن نسمح لأحد بتقسيم هذا البلد', 'direct', 'سيريل رامافوزا']],
  },
  {
    what: 'مدرب منتخب + a country, the coach named, after a match (sports copy)',
    text: 'وقال مدرب منتخب كولومبيا نيستور لورنزو عقب المباراة: «قدمنا شوطا ثانيا يليق بجماهيرنا».',
    quotes: [['قدمنا شوطا ثانيا يليق بجماهيرنا', 'direct', 'نيستور لورنزو']],
  },
  {
    what: 'a Saudi paper: رئيس غرفة + a Saudi city without the article and its adjective, then the name',
    text: 'وقال رئيس غرفة تبوك التجارية فهد العطوي: «القطاع الخاص مستعد للشراكة في المشاريع الكبرى».',
    quotes: [['القطاع الخاص مستعد للشراكة في المشاريع الكبرى', 'direct', 'فهد العطوي']],
  },
  {
    what: 'a title whose genitive is a country, with no name after it: the title speaks, not the country',
    text: 'وقال رئيس وزراء إيطاليا في مؤتمر صحفي إن الحكومة «لن تتراجع عن الإصلاحات».',
    quotes: [['لن تتراجع عن الإصلاحات', 'partial', 'رئيس وزراء إيطاليا']],
  },
  {
    what: 'a Saudi paper: مدير تعليم + a city, then the name and إن',
    text: 'وقال مدير تعليم حائل سعد الشمري إن المدارس «استكملت تجهيزاتها قبل بدء العام الدراسي».',
    quotes: [['استكملت تجهيزاتها قبل بدء العام الدراسي', 'partial', 'سعد الشمري']],
  },
  {
    what: 'نائب رئيس وزراء + a country, then a name (a title of three words in construct)',
    text: 'وقال نائب رئيس وزراء روسيا ألكسندر نوفاك إن إنتاج النفط «سيبقى عند مستواه الحالي».',
    quotes: [['سيبقى عند مستواه الحالي', 'partial', 'ألكسندر نوفاك']],
  },
];

const lamRows: readonly Row[] = [
  {
    what: 'المدير الإقليمي لـ + a continent, then في and the body, then the name',
    text: 'وقال المدير الإقليمي لأفريقيا في منظمة الصحة العالمية ماتشيديسو مويتي: «الوباء لم ينته بعد في القارة».',
    quotes: [['الوباء لم ينته بعد في القارة', 'direct', 'ماتشيديسو مويتي']],
  },
  {
    what: 'المبعوث الأمريكي لـ + a country, then a foreign name (the name read back stops at the place)',
    text: 'وقال المبعوث الأمريكي لسوريا توم باراك في تغريدة: «الفرصة سانحة الآن لبناء دولة موحدة».',
    quotes: [['الفرصة سانحة الآن لبناء دولة موحدة', 'direct', 'توم باراك']],
  },
  {
    what: 'المنسق الأممي لـ + a country, then the name and إن',
    text: 'وقال المنسق الأممي لأفغانستان ماركوس بوتزل إن البلاد «تواجه شتاء قاسيا بلا تمويل كاف».',
    quotes: [['تواجه شتاء قاسيا بلا تمويل كاف', 'partial', 'ماركوس بوتزل']],
  },
  {
    what: 'المبعوث الرئاسي الروسي لـ + a continent, then a foreign name and إن (the name read back stops at the place)',
    text: 'وقال المبعوث الرئاسي الروسي لأفريقيا ميخائيل بوغدانوف إن موسكو «ستوسع حضورها في القارة».',
    quotes: [['ستوسع حضورها في القارة', 'partial', 'ميخائيل بوغدانوف']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a country of two words alone as the verb’s subject speaks itself',
    text: 'وقالت كوريا الجنوبية إن الصاروخ «سقط في المياه الاقتصادية اليابانية».',
    quotes: [['سقط في المياه الاقتصادية اليابانية', 'partial', 'كوريا الجنوبية']],
  },
  {
    what: 'guard: a capital alone as the verb’s subject (قالت واشنطن) speaks for its government',
    text: 'وقالت واشنطن في بيان إن العقوبات «ستبقى سارية حتى إشعار آخر».',
    quotes: [['ستبقى سارية حتى إشعار آخر', 'partial', 'واشنطن']],
  },
  {
    what: 'guard: a family name shaped as a country’s adjective (سعيد الجزائري) stays the name',
    text: 'وقال المحلل السياسي سعيد الجزائري إن الانتخابات المقبلة «لن تغير شيئا في المشهد».',
    quotes: [['لن تغير شيئا في المشهد', 'partial', 'سعيد الجزائري']],
  },
  {
    what: 'guard: a title with its country’s nisba (رئيس الوزراء الإيطالي) and the name after it',
    text: 'وقال رئيس الوزراء الإيطالي السابق ماتيو رينزي إن الحكومة «أضاعت فرصة تاريخية».',
    quotes: [['أضاعت فرصة تاريخية', 'partial', 'ماتيو رينزي']],
  },
  {
    what: 'guard: a country with the article after وزراء (اليابان) was read right before the gazetteer',
    text: 'وقال رئيس وزراء اليابان شيغيرو إيشيبا للصحفيين: «سنرد بحزم على أي استفزاز».',
    quotes: [['سنرد بحزم على أي استفزاز', 'direct', 'شيغيرو إيشيبا']],
  },
];

describe('a place in construct after a title’s word is the title’s genitive', () => runRows(constructRows));
describe('a place behind ل after a title’s word is the title’s genitive', () => runRows(lamRows));
describe('guards: places that speak, family names shaped as places', () => runRows(guardRows));
