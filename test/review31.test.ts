/**
 * Review of the names5 merge (issue 3): sentences written here in news style on the shapes where the
 * name-end rules of that merge read the opposite case — a plural in فعالي in construct with a word that has
 * no article, a title's genitive with a pronoun, الإسلام before a verb — each beside a guard that the
 * rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows31: readonly Row[] = [
  {
    what: 'a plural in فعالي after a given name and his father’s, before a place without the article (أهالي جازان)',
    text: 'والتقى محمد علي أهالي جازان وقال إن «المشروع سيبدأ قريبا».',
    quotes: [['المشروع سيبدأ قريبا', 'partial', 'محمد علي']],
  },
  {
    what: 'a plural in فعالي before a plain genitive, then a definite one (أهالي ضحايا الحادث)',
    text: 'والتقى سعد فهد أهالي ضحايا الحادث وقال إن «التحقيق مستمر».',
    quotes: [['التحقيق مستمر', 'partial', 'سعد فهد']],
  },
  {
    what: 'guard: a family name in فعالي before إن is still the name’s (سامي حسن قباني)',
    text: 'وقال المهندس سامي حسن قباني إن الجسر «يحتاج إلى صيانة عاجلة».',
    quotes: [['يحتاج إلى صيانة عاجلة', 'partial', 'سامي حسن قباني']],
  },
  {
    what: 'a title’s genitive with a pronoun after a given name: the title, no name’s word (أحمد ولي أمرها)',
    text: 'وقال أحمد ولي أمرها إن ابنته «متفوقة في كل المواد».',
    quotes: [['متفوقة في كل المواد', 'partial', 'أحمد']],
  },
  {
    what: 'the same with the masculine pronoun (سعيد ولي أمره)',
    text: 'وقال سعيد ولي أمره للصحيفة إن الطفل «غادر المستشفى بصحة جيدة».',
    quotes: [['غادر المستشفى بصحة جيدة', 'partial', 'سعيد']],
  },
  {
    what: 'guard: ولي between a given name and a plain family name is the name’s (محمد ولي نوري)',
    text: 'وقال الباحث الأفغاني محمد ولي نوري إن الحوار «هو الطريق الوحيد».',
    quotes: [['هو الطريق الوحيد', 'partial', 'محمد ولي نوري']],
  },
  {
    what: 'الإسلام after a given name before a present verb: the verb’s subject, no name’s end (سعد الإسلام يحث)',
    text: 'وقال الشيخ سعد الإسلام يحث على التسامح، مضيفا أن «التشدد غريب على المجتمع».',
    quotes: [['التشدد غريب على المجتمع', 'partial', 'سعد']],
  },
  {
    what: 'the same after another cue and title (المفتي فهد الإسلام يدعو)',
    text: 'وأوضح المفتي فهد الإسلام يدعو إلى الوسطية، مؤكدا أن «الغلو مرفوض».',
    quotes: [['الغلو مرفوض', 'partial', 'فهد']],
  },
  {
    what: 'guard: a compound name in الإسلام before a participle cue is still whole (نور الإسلام مؤكدا)',
    text: 'وقال المهندس نور الإسلام مؤكدا أن «المصنع سيعيد فتح أبوابه».',
    quotes: [['المصنع سيعيد فتح أبوابه', 'partial', 'نور الإسلام']],
  },
];

describe('review of the names5 merge', () => {
  runRows(reviewRows31);
});
