/**
 * A mend made by the lead in the thirteenth session (issue 3), from probe 76's miss: وفقا and طبقا govern
 * ل, so a name glued to that ل after them (وفقا لسامر الخطيب) is the name without it; the engine kept the
 * preposition in the speaker's name («لسامر الخطيب»). The rule rows were written before the change and
 * failed without it; the guards keep what was read right (ل with the article, a body glued to ل, a
 * separate لـ, a name after بحسب that begins with ل, a plan after لل). The rows on a title or an
 * unnamed official glued to ل (للمتحدث باسم … فلان, لمسؤول في وزارة …) failed before as well: the
 * quote was left a mention, or credited to «لمسؤول في وزارة الصحة».
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: '«…»، وفقا لفلان: the name without the preposition',
    text: '«الأسعار سترتفع في الربع المقبل»، وفقا لسامر الخطيب.',
    quotes: [['الأسعار سترتفع في الربع المقبل', 'direct', 'سامر الخطيب']],
  },
  {
    what: '"…" وفقاً لفلان، the description after a comma',
    text: '"لن يعود المهجرون قبل أن تتوقف الغارات" وفقاً لماريا غونزاليس، الباحثة في مركز الدراسات الإقليمية.',
    quotes: [['لن يعود المهجرون قبل أن تتوقف الغارات', 'direct', 'ماريا غونزاليس']],
  },
  {
    what: 'طبقا لفلان before the quote with أن',
    text: 'وطبقا لخالد العمري فإن المشروع «سيكتمل قبل نهاية العام».',
    quotes: [['سيكتمل قبل نهاية العام', 'partial', 'خالد العمري']],
  },
  {
    what: 'وفقا للمتحدث باسم … فلان: the name after the title glued to لل',
    text: 'وتم توزيع المساعدات «بشكل عادل»، وفقا للمتحدث باسم وزارة الصحة ماجد الدوسري.',
    quotes: [['بشكل عادل', 'partial', 'ماجد الدوسري']],
  },
  {
    what: 'وفقا لمسؤول في وزارة …: an unnamed official of a named body, the body',
    text: 'وتكفي الإمدادات الحالية «لشهرين على الأقل»، وفقا لمسؤول في وزارة الصحة.',
    quotes: [['لشهرين على الأقل', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: وفقا للخطة, a plan: the quote stays narration',
    text: 'وبدأ توزيع الحصص «على مراحل»، وفقا للخطة التي أقرها المجلس.',
    quotes: [['على مراحل', 'mention', null]],
  },
  {
    what: 'guard: وفقا للمحلل فلان, ل with the article before a title',
    text: '«الأسعار سترتفع في الربع المقبل»، وفقاً للمحلل سامر الخطيب.',
    quotes: [['الأسعار سترتفع في الربع المقبل', 'direct', 'سامر الخطيب']],
  },
  {
    what: 'guard: وفقا لـ written apart before the name',
    text: '«الأسعار سترتفع في الربع المقبل»، وفقا لـ سامر الخطيب.',
    quotes: [['الأسعار سترتفع في الربع المقبل', 'direct', 'سامر الخطيب']],
  },
  {
    what: 'guard: وفقا لوزارة …, a body glued to ل',
    text: 'وارتفع عدد الإصابات، وفقا لوزارة الصحة، إلى «مستوى لم يسجل منذ سنوات».',
    quotes: [['مستوى لم يسجل منذ سنوات', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: بحسب takes no ل, a name beginning with ل keeps it',
    text: '«سنفتتح الفرع الثاني في الخريف»، بحسب لمياء الحربي، مديرة المشروع.',
    quotes: [['سنفتتح الفرع الثاني في الخريف', 'direct', 'لمياء الحربي']],
  },
];

describe('lead13: a name glued to the ل of وفقا/طبقا', () => runRows(rows));
