/**
 * Quoted names told from partial quotes (issue 3): where a quote stands in its sentence says whether
 * it is words said or a name. Each rule row is a passage written here in news style, Saudi or
 * international, and fails without its rule; a guard row keeps a short quote of a speaker speech.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

/** The cue's preamble: between the verb and its إن/أن clause or colon stand who, where and to whom. */
const preambleRows: readonly Row[] = [
  {
    what: 'a paper by phone, Saudi style (في اتصال هاتفي مع «…» إن)',
    text: 'وقال المتحدث باسم وزارة الصحة في اتصال هاتفي مع «عكاظ» إن «الحالات المسجلة لا تتجاوز العشرين».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الحالات المسجلة لا تتجاوز العشرين', 'partial', 'المتحدث باسم وزارة الصحة'],
    ],
  },
  {
    what: 'a paper in a call with no adjective, straight marks, أن (في اتصال مع "…" أن)',
    text: 'وأكدت المتحدثة باسم الخارجية الأمريكية في اتصال مع "الشرق الأوسط" أن واشنطن "لن تقبل بأي تصعيد جديد".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لن تقبل بأي تصعيد جديد', 'partial', 'المتحدثة باسم الخارجية الأمريكية'],
    ],
  },
  {
    what: 'a channel after عبر in a spokesman’s statement (في تصريح عبر «…» إن)',
    text: 'وقال الناطق باسم الجيش العراقي في تصريح عبر «الفضائية العراقية» إن القوات «تقدمت نحو وسط المدينة».',
    quotes: [
      ['الفضائية العراقية', 'mention', null],
      ['تقدمت نحو وسط المدينة', 'partial', 'الناطق باسم الجيش العراقي'],
    ],
  },
  {
    what: 'a four-word channel name by phone after a named expert (في اتصال مع «بي بي سي عربي» إن)',
    text: 'وقالت الخبيرة الاقتصادية سلوى العنزي في اتصال مع «بي بي سي عربي» إن الأسواق «ستتعافى ببطء».',
    quotes: [
      ['بي بي سي عربي', 'mention', null],
      ['ستتعافى ببطء', 'partial', 'سلوى العنزي'],
    ],
  },
  {
    what: 'a league’s short name after its full name with عن, then أن (الرابطة … لحقوق الإنسان «…» أن)',
    text: 'واعتبرت الرابطة المغربية للدفاع عن حقوق الإنسان «رابطة» أن القرار خطوة إلى الوراء.',
    quotes: [['رابطة', 'mention', null]],
  },
  {
    what: 'an association’s short name after من أجل, then إن',
    text: 'وقالت الجمعية الوطنية من أجل حقوق المستهلك «حماية» إن الأسعار ارتفعت بلا مبرر.',
    quotes: [['حماية', 'mention', null]],
  },
  {
    what: 'the paper told, as the object of أبلغ before its أن clause',
    text: 'وأبلغ السفير «الحياة» أن المفاوضات ستستأنف الأسبوع المقبل.',
    quotes: [['الحياة', 'mention', null]],
  },
  {
    what: 'guard: a one-word partial quote of a speaker after بأنها stays speech',
    text: 'ووصف وزير الخارجية عادل الجبير الخطة بأنها «كارثية».',
    quotes: [['كارثية', 'partial', 'عادل الجبير']],
  },
  {
    what: 'guard: the quoted object of وصف before بأنه is the speaker’s word, not a name',
    text: 'ووصف الوزير «الاتفاق» بأنه تاريخي.',
    quotes: [['الاتفاق', 'partial', 'الوزير']],
  },
  {
    what: 'guard: the quoted object of انتقد before لأن stays speech',
    text: 'وانتقد النائب «التأخير المتكرر» لأن المشروع تجاوز موعده بعامين.',
    quotes: [['التأخير المتكرر', 'partial', 'النائب']],
  },
];

describe('kinds 4: a quote in the cue’s preamble is a name', () => {
  runRows(preambleRows);
});
