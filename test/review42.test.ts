/**
 * Review of the floor8 merge (issue 3): passages written here in news style on the shapes where its
 * rules read the opposite case. نيابة joined the bodies' heads (النيابة العامة), but before عن it is "on
 * behalf of": a sentence that opens ونيابة عنه، افتتح فلان … is opened by فلان, not by a body named
 * ونيابة. Guards keep the prosecution a body and a sentence's own opening verb its subject.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows42: readonly Row[] = [
  {
    what: 'نيابة عنه opening a sentence: the participle goes with the subject of the verb after the comma',
    text: 'وقال الوزير: «المشروع مهم». ونيابة عنه، افتتح وكيل الوزارة خالد الحربي المعرض، مشيرا إلى أن «المعرض يضم مئة جناح».',
    quotes: [
      ['المشروع مهم', 'direct', 'الوزير'],
      ['المعرض يضم مئة جناح', 'partial', 'خالد الحربي'],
    ],
  },
  {
    what: 'نيابة عن الوزير opening a sentence: the deputy who opened the fair speaks, not a body',
    text: 'وقال الوزير: «المشروع مهم». ونيابة عن الوزير، افتتح وكيل الوزارة خالد الحربي المعرض، مشيرا إلى أن «المعرض يضم مئة جناح».',
    quotes: [
      ['المشروع مهم', 'direct', 'الوزير'],
      ['المعرض يضم مئة جناح', 'partial', 'خالد الحربي'],
    ],
  },
  {
    what: 'guard: the same sentence without the phrase of behalf',
    text: 'وقال الوزير: «المشروع مهم». وافتتح وكيل الوزارة خالد الحربي المعرض، مشيرا إلى أن «المعرض يضم مئة جناح».',
    quotes: [
      ['المشروع مهم', 'direct', 'الوزير'],
      ['المعرض يضم مئة جناح', 'partial', 'خالد الحربي'],
    ],
  },
  {
    what: 'guard: النيابة العامة as the subject after its verb is the body that goes on with a participle',
    text: 'وقال المحامي: «موكلي بريء». وأصدرت النيابة العامة بيانا، مؤكدة أن «الأدلة دامغة».',
    quotes: [
      ['موكلي بريء', 'direct', 'المحامي'],
      ['الأدلة دامغة', 'partial', 'النيابة العامة'],
    ],
  },
  {
    what: 'guard: رئيس النيابة العامة before his name: the person speaks',
    text: 'وقال رئيس النيابة العامة سعود المعجب إن «النيابة لن تتهاون مع الفساد».',
    quotes: [['النيابة لن تتهاون مع الفساد', 'partial', 'سعود المعجب']],
  },
];

describe('review42: rows on the floor8 merge', () => {
  runRows(reviewRows42);
});
