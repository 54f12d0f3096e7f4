import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import {
  articleRuleRows,
  contextRows,
  cueFormRows,
  floorRows,
  kindRows,
  moreCueRows,
  placementRows,
  reviewRows,
  reviewRows7,
  reviewRows8,
  reviewRows9,
  reviewRows10,
  reviewRows11,
  reviewRows12,
  speakerRows,
  titleRows,
} from './support/attribution-rows.js';
import { runRows } from './support/rows.js';

describe('attribution: where the cue stands', () => runRows(placementRows));
describe('attribution: forms of the cue', () => runRows(cueFormRows));
describe('attribution: more of the lexicon', () => runRows(moreCueRows));
describe('attribution: who the speaker is', () => runRows(speakerRows));
describe('attribution: titles and full names', () => runRows(titleRows));
describe('attribution: speakers named around the quote', () => runRows(contextRows));
describe('attribution: partial quotes and mentions', () => runRows(kindRows));
describe('attribution: the floor and full names', () => runRows(floorRows));
describe('attribution: found by review', () => runRows(reviewRows));
describe('attribution: found by the second review', () => runRows(reviewRows7));
describe('attribution: found by the third review', () => runRows(reviewRows8));
describe('attribution: found by the fourth review', () => runRows(reviewRows9));
describe('attribution: found by the fifth review', () => runRows(reviewRows10));
describe('attribution: found by the sixth review', () => runRows(reviewRows11));
describe('attribution: found by the seventh review', () => runRows(reviewRows12));
describe('attribution: rules found by whole articles', () => runRows(articleRuleRows));

describe('attribution: the speakers summary', () => {
  it('lists the title and the short name among the aliases of the full name', () => {
    const doc = extract(
      'وصل وزير الداخلية عماد الفاضل إلى المدينة صباح اليوم. وقال وزير الداخلية: «الأمن مستتب في كل الأحياء». وأكد الفاضل: «لن نسمح بأي فوضى».',
    );
    expect(doc.speakers).toHaveLength(1);
    expect(doc.speakers[0]?.name).toBe('عماد الفاضل');
    expect(doc.speakers[0]?.aliases).toEqual(expect.arrayContaining(['وزير الداخلية', 'الفاضل']));
    expect(doc.speakers[0]?.quotes).toBe(2);
  });

  it('counts speech quotes only, not mentions', () => {
    const doc = extract('وقال الوزير نادر الهاشمي في مقابلة لقناة "الجزيرة": "لن نتفاوض تحت الضغط".');
    expect(doc.speakers.map((s) => s.quotes)).toEqual([1]);
  });

  it('a continuation says so, and names the speaker by the canonical name', () => {
    const doc = extract(
      'وقالت وزيرة التربية منى السعدي: «العام الدراسي سيبدأ في موعده». وأضافت: «الكتب وصلت إلى كل المدارس».',
    );
    expect(doc.quotes[1]?.speaker).toEqual({
      name: 'منى السعدي',
      mention: 'منى السعدي',
      resolution: 'continuation',
    });
    expect(doc.quotes[1]?.cue).toBe('وأضافت');
  });

  it('the mention is the words that name the speaker, without the object cut from them', () => {
    const doc = extract('ووصف النائب عصام الديري القرار بأنه «خطوة في الاتجاه الصحيح».');
    expect(doc.quotes[0]?.speaker).toEqual({
      name: 'عصام الديري',
      mention: 'النائب عصام الديري',
      resolution: 'alias',
    });
  });

  it('a name ending in تة is not cut as a noun with a pronoun (ه is read from the text)', () => {
    const doc = extract('وقال رئيس النادي محمد حسن شحاتة: «سنفوز». وأعلن مدرب الفريق سامي علي استقالته.');
    expect(doc.quotes[0]?.speaker?.name).toBe('محمد حسن شحاتة');
  });

  it('reports the cue as written, tatweel included', () => {
    const doc = extract('وقــال مدير المطار سمير الحلو: «الرحلات ستعود تدريجيا».');
    expect(doc.quotes[0]?.cue).toBe('وقــال');
  });
});
