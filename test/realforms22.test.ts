/**
 * Forms met in real pages read in the twenty-second session (issue 3), each written here anew in news
 * style: a web page's line of links to other stories (اقرأ أيضاً: …) between a cue's colon and the quote
 * set out on its own line; الناخب الوطني, the Maghreb press's name for the national team's coach, calling
 * back the coach the article named by another wording of the post; a document's verb of arriving (في بيان
 * ورد للوكالة، أن) that ended the search for the cue's complement. Each beside guards that the older
 * reading still holds.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const readAlsoLine: readonly Row[] = [
  {
    what: 'a line of links (إقرأ ايضاً:) between the colon and the quote on its own line',
    text: [
      'وكتب رئيس النادي خالد المطيري عبر حسابه في منصة إكس:',
      'إقرأ ايضاً: ارتفاع أسعار الذهب في الأسواق المحلية',
      '“شكرا لكل من وقف مع الفريق في هذا الموسم الصعب”',
    ].join('\n'),
    quotes: [['شكرا لكل من وقف مع الفريق في هذا الموسم الصعب', 'direct', 'خالد المطيري']],
  },
  {
    what: 'the same with اقرأ أيضا and a hyphen, a woman speaking',
    text: [
      'وقالت مديرة المستشفى الدكتورة هند السالم في تصريح للصحفيين:',
      'اقرأ أيضا - افتتاح جسر جديد على الطريق الدائري',
      '«جميع الحالات مستقرة، ولا داعي للقلق».',
    ].join('\n'),
    quotes: [['جميع الحالات مستقرة، ولا داعي للقلق', 'direct', 'هند السالم']],
  },
  {
    what: 'the same with طالع المزيد',
    text: [
      'وأضاف المتحدث باسم الدفاع المدني العقيد سامي الحربي:',
      'طالع المزيد: الأرصاد تحذر من أمطار غزيرة',
      '"فرقنا انتشرت في جميع الأحياء المتضررة منذ الصباح".',
    ].join('\n'),
    quotes: [['فرقنا انتشرت في جميع الأحياء المتضررة منذ الصباح', 'direct', 'سامي الحربي']],
  },
];

const nationalSelector: readonly Row[] = [
  {
    what: 'with another man of a post named between them',
    text: 'أكد يوسف بن علي، مدرب المنتخب الوطني التونسي، أن لاعبيه جاهزون. وتحدث رئيس الاتحاد وديع الجريء عن الملعب. وقال الناخب الوطني: «سنلعب للفوز فقط».',
    quotes: [['سنلعب للفوز فقط', 'direct', 'يوسف بن علي']],
  },
  {
    what: 'الناخب الوطني calls back the national team’s coach named with مدرب المنتخب',
    text: 'أكد يوسف بن علي، مدرب المنتخب الوطني التونسي، أن لاعبيه جاهزون للمباراة. وقال الناخب الوطني: «سنلعب للفوز فقط».',
    quotes: [['سنلعب للفوز فقط', 'direct', 'يوسف بن علي']],
  },
  {
    what: 'and the coach named with المدير الفني للمنتخب',
    text: 'أعلن المدير الفني للمنتخب الجزائري كريم بوزيان قائمة اللاعبين. وأضاف الناخب الوطني في مؤتمر صحفي: «الأبواب مفتوحة للجميع».',
    quotes: [['الأبواب مفتوحة للجميع', 'direct', 'كريم بوزيان']],
  },
  {
    what: 'guard: a club’s coach is not the national selector',
    text: 'قال مدرب نادي الترجي مراد الحامدي: «الفريق جاهز». وقال الناخب الوطني: «اخترت الأفضل».',
    quotes: [
      ['الفريق جاهز', 'direct', 'مراد الحامدي'],
      ['اخترت الأفضل', 'direct', 'الناخب الوطني'],
    ],
  },
];

const documentArriving: readonly Row[] = [
  {
    what: 'ورد (arrived) after an indefinite statement is its relative clause, not a cue: the quote is the body’s',
    text: 'وذكر مجلس القضاء الأعلى في بيان ورد لوكالة الأنباء، أن "المحكمة أصدرت حكمها بحق المتهمين".',
    quotes: [['المحكمة أصدرت حكمها بحق المتهمين', 'partial', 'مجلس القضاء الأعلى']],
  },
  {
    what: 'the same with وصل إلى and a feminine body (no cue, read so before too)',
    text: 'وأوضحت وزارة الصحة في بيان وصل إلى الصحيفة، أن "عدد الإصابات تراجع خلال الأسبوع".',
    quotes: [['عدد الإصابات تراجع خلال الأسبوع', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: ورد with its own subject after a comma is the reply (replied)',
    text: 'وسأل الصحفيون الوزير عن موعد الافتتاح، ورد الوزير خالد العمر: "قريبا جدا".',
    quotes: [['قريبا جدا', 'direct', 'خالد العمر']],
  },
];

describe('a line of links between the colon and the quote', () => runRows(readAlsoLine));
describe('a document’s verb of arriving', () => runRows(documentArriving));
describe('الناخب الوطني, the national team’s coach', () => runRows(nationalSelector));
