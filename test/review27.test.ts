/**
 * Review of the places merge (issue 3): passages written here in news style on the shapes where the
 * gazetteer's rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows27: readonly Row[] = [
  {
    what: 'a second place joined by و to the title’s place behind ل is the genitive’s, not the name’s first word (لسوريا ولبنان فلان)',
    text: 'وقال المبعوث الأمريكي لسوريا ولبنان توم باراك في بيان: «نريد دولة مستقرة».',
    quotes: [['نريد دولة مستقرة', 'direct', 'توم باراك']],
  },
  {
    what: 'another pair of places behind ل, the first plain, the second with ل (لمصر وليبيا فلان)',
    text: 'وقال المبعوث الأوروبي لمصر وليبيا جوزيف بوريل في مؤتمر صحفي: «الحدود آمنة».',
    quotes: [['الحدود آمنة', 'direct', 'جوزيف بوريل']],
  },
  {
    what: 'a second place joined by و to a place in construct after the title’s word (سفيرة هولندا ولوكسمبورغ فلانة)',
    text: 'وقالت سفيرة هولندا ولوكسمبورغ ماري آن دي فريس إن التعاون «يتوسع».',
    quotes: [['يتوسع', 'partial', 'ماري آن دي فريس']],
  },
  {
    what: 'guard: و and a title after the place behind ل opens another person, whose name is the speaker’s (لسوريا ووزير الخارجية فلان)',
    text: 'وقال المبعوث الأمريكي لسوريا ووزير الخارجية ماركو روبيو في بيان مشترك: «ندعم الحكومة».',
    quotes: [['ندعم الحكومة', 'direct', 'ماركو روبيو']],
  },
  {
    what: 'a place joined by و to a place with the article behind ل ends the name read backwards (لليمن وليبيا فلانة)',
    text: 'وقالت المنسقة الأممية لليمن وليبيا جوليا بروكس إن المساعدات «لا تصل إلى مستحقيها».',
    quotes: [['لا تصل إلى مستحقيها', 'partial', 'جوليا بروكس']],
  },
  {
    what: 'another definite place behind ل with a second place after و (للعراق وسوريا فلان)',
    text: 'وقال المبعوث الخاص للعراق وسوريا جيمس جيفري إن الانسحاب «ليس قريبا».',
    quotes: [['ليس قريبا', 'partial', 'جيمس جيفري']],
  },
  {
    what: 'guard: a definite place behind ل that ends the subject stays the title’s, no name after it (المبعوث الأمريكي للسودان:)',
    text: 'وقال المبعوث الأمريكي للسودان: «الحرب يجب أن تتوقف».',
    quotes: [['الحرب يجب أن تتوقف', 'direct', 'المبعوث الأمريكي للسودان']],
  },
];

describe('review27: the places merge read on its opposite cases', () => {
  runRows(reviewRows27);
});
