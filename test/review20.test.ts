/**
 * Review of the names3 merge (issue 3): passages written here in news style on the shapes where a
 * preposition's object ends a person's name, and on the opposite cases those rules assume away. Each
 * rule row fails without its fix; each guard row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows20: readonly Row[] = [
  {
    what: 'a family name starting with ب after a definite one, then a time adverb: the name’s (السيد بدوي اليوم الأحد)',
    text: 'وقال محمد السيد بدوي اليوم الأحد إن الحزب "لن يقاطع الانتخابات".',
    quotes: [['لن يقاطع الانتخابات', 'partial', 'محمد السيد بدوي']],
  },
  {
    what: 'another family name with ب before a weekday (الشيخ بكري الخميس)',
    text: 'وقال أحمد الشيخ بكري الخميس إن المفاوضات "متعثرة".',
    quotes: [['متعثرة', 'partial', 'أحمد الشيخ بكري']],
  },
  {
    what: 'a compound given name with ب after a family name (المصري بهاء الدين): الدين is no genitive',
    text: 'وقال محمد المصري بهاء الدين إن القرار "نهائي".',
    quotes: [['نهائي', 'partial', 'محمد المصري بهاء الدين']],
  },
  {
    what: 'guard: after a family name with the article, ب + a noun and its definite genitive is the object (ونوه المطيري بجهود الدفاع المدني)',
    text: 'ونوه المطيري بجهود الدفاع المدني، وقال: "الفرق كانت سريعة".',
    quotes: [['الفرق كانت سريعة', 'direct', 'المطيري']],
  },
  {
    what: 'عبد + a divine name as the whole name, then the object of نفى before ، وقال: the object is no family name',
    text: 'ونفى الوزير عبد الله الخبر، وقال إنه "كاذب".',
    quotes: [['كاذب', 'partial', 'عبد الله']],
  },
  {
    what: 'another whole name عبد الرحمن and the object of رفض before ، مؤكدا (الدعوة)',
    text: 'ورفض الشيخ عبد الرحمن الدعوة، مؤكدا أن "الوقت غير مناسب".',
    quotes: [['الوقت غير مناسب', 'partial', 'عبد الرحمن']],
  },
  {
    what: 'a feminine noun shaped as a nisba (المسؤولية) after عبد الله is the object too, no family name',
    text: 'ونفى الوزير عبد الله المسؤولية، وقال: "لسنا طرفا".',
    quotes: [['لسنا طرفا', 'direct', 'عبد الله']],
  },
  {
    what: 'guard: عبد الرحمن + a family name (a nisba) before ، مؤكدا stays three words',
    text: 'ونفى المتحدث عبد الرحمن الشهري، مؤكدا أن الحريق "أخمد".',
    quotes: [['أخمد', 'partial', 'عبد الرحمن الشهري']],
  },
  {
    what: 'guard: عبد الله + a family name, then ، في بيان، and the object: the name keeps its three words',
    text: 'ونفى الوزير عبد الله العلي، في بيان، الخبر، وقال إنه "كاذب".',
    quotes: [['كاذب', 'partial', 'عبد الله العلي']],
  },
  {
    what: 'after قال, a title’s field with ب + a verbal noun (رئيس قسم بمعالجة المياه) runs on to the name: a cue of saying takes no such complement',
    text: 'وقال رئيس قسم بمعالجة المياه فهد العلي إن المحطة "تعمل".',
    quotes: [['تعمل', 'partial', 'فهد العلي']],
  },
  {
    what: 'another field of the form مفاعلة after قال (مدير قسم بمكافحة الحرائق فلان)',
    text: 'وقال مدير قسم بمكافحة الحرائق فهد الزهراني إن الحريق "محدود".',
    quotes: [['محدود', 'partial', 'فهد الزهراني']],
  },
  {
    what: 'the same after قالت, with a woman’s title (رئيسة قسم بمتابعة الطالبات فلانة)',
    text: 'وقالت رئيسة قسم بمتابعة الطالبات نورة الحربي إن الغياب "تراجع".',
    quotes: [['تراجع', 'partial', 'نورة الحربي']],
  },
  {
    what: 'guard: after a verb of stance, ب + مفاعلة is still its complement (وأشاد وزير الصحة بمشاركة المتطوعين)',
    text: 'وأشاد وزير الصحة بمشاركة المتطوعين، وقال: "المتطوعون سند للمنظومة".',
    quotes: [['المتطوعون سند للمنظومة', 'direct', 'وزير الصحة']],
  },
];

describe('review 20: the names3 merge read on the opposite cases', () => {
  runRows(reviewRows20);
});
