/**
 * Unnamed sources described by adjectives (issue 3). Wire copy and Saudi papers credit quotes every day to
 * a source named only by its head and its adjectives of field and origin; the description is the
 * speaker, whole:
 * - an indefinite head, an adjective of field in ي and an adjective of a country's or a region's people
 *   (مسؤول أمني عراقي, متحدث عسكري إسرائيلي, مصادر حكومية يمنية): the nationality is no name after a
 *   title, it ends the description, and an adjective of rank after it stays in (مسؤول عسكري أمريكي رفيع).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a definite title with its nationality and the name after it, a source with one
 * adjective, a title and its name in apposition).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const originRows: readonly Row[] = [
  {
    what: 'an Iraqi security official with إن: the nationality after the field adjective ends the description',
    text: 'وقال مسؤول أمني عراقي إن "الهجوم استهدف نقطة تفتيش على الطريق السريع".',
    quotes: [['الهجوم استهدف نقطة تفتيش على الطريق السريع', 'partial', 'مسؤول أمني عراقي']],
  },
  {
    what: 'an Egyptian security official who asked not to be named, with إن',
    text: 'وقال مسؤول أمني مصري طلب عدم نشر اسمه إن "المسلحين فروا باتجاه الصحراء الغربية".',
    quotes: [['المسلحين فروا باتجاه الصحراء الغربية', 'partial', 'مسؤول أمني مصري']],
  },
  {
    what: 'a senior American military official to AP: the rank adjective after the nationality stays in',
    text: 'وقال مسؤول عسكري أمريكي رفيع لوكالة أسوشيتد برس إن "الطائرة سقطت لأسباب فنية".',
    quotes: [['الطائرة سقطت لأسباب فنية', 'partial', 'مسؤول عسكري أمريكي رفيع']],
  },
  {
    what: 'an Israeli military spokesman after the quote, with قال',
    text: '"الجيش رد على مصادر النيران"، قال متحدث عسكري إسرائيلي.',
    quotes: [['الجيش رد على مصادر النيران', 'direct', 'متحدث عسكري إسرائيلي']],
  },
  {
    what: 'a Sudanese government official in Saudi-paper copy, with إن',
    text: 'وقال مسؤول حكومي سوداني لـ"عكاظ" إن "المحادثات مع الجانب الآخر كانت مثمرة".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المحادثات مع الجانب الآخر كانت مثمرة', 'partial', 'مسؤول حكومي سوداني'],
    ],
  },
  {
    what: 'relayed: Reuters quoting a Russian military official, قوله إن',
    text: 'ونقلت وكالة رويترز عن مسؤول عسكري روسي قوله إن "الطائرات نفذت عشرين طلعة".',
    quotes: [['الطائرات نفذت عشرين طلعة', 'partial', 'مسؤول عسكري روسي']],
  },
  {
    what: 'a Western security official, a region adjective, with a colon',
    text: 'وقال مسؤول أمني غربي لفرانس برس: "التنظيم فقد نصف مقاتليه في عام واحد".',
    quotes: [['التنظيم فقد نصف مقاتليه في عام واحد', 'direct', 'مسؤول أمني غربي']],
  },
  {
    what: 'guard: a definite spokesman with his nationality, then his name: the name speaks',
    text: 'وقال الناطق العسكري العراقي يحيى رسول إن "القوات تقدمت نحو مركز المدينة".',
    quotes: [['القوات تقدمت نحو مركز المدينة', 'partial', 'يحيى رسول']],
  },
  {
    what: 'guard: a source with one nationality adjective and no field keeps it',
    text: 'وقال مسؤول عراقي إن "الوضع في المدينة هادئ".',
    quotes: [['الوضع في المدينة هادئ', 'partial', 'مسؤول عراقي']],
  },
  {
    what: 'guard: a former adviser described, then his name between commas: the name speaks',
    text: 'وقال مستشار أمني عراقي سابق، هشام الهاشمي، إن "التنظيم يتراجع في الأنبار".',
    quotes: [['التنظيم يتراجع في الأنبار', 'partial', 'هشام الهاشمي']],
  },
];

describe('an unnamed source with adjectives of field and origin', () => runRows(originRows));
