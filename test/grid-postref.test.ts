/**
 * A grid of posts and descriptions: a person is named in full once, with a role or a post, and a later cue
 * has only that role, post or a description for him or her. The article gives one person, so a reader
 * credits the later quote to that person by the full name the text gave (one identical string per
 * entity), whatever the name's shape or gender:
 *   - a role in apposition after the name, between commas (فلان، المتهم بتمويل …،; فلانة، الطالبة في …،),
 *     with the age in brackets before it, with the name the object of a verb, or as وهو/وهي and the
 *     indefinite role; called back by the bare role (وقال المتهم:, وأضاف المتهم أن «…», «…»، يقول المتهم,
 *     وكان المتهم قد قال إن «…»);
 *   - a post given with برئاسة (لجنة تحقيق برئاسة فلان) or انتخب … رئيساً لـ, called back by the post
 *     (رئيس اللجنة, رئيس النادي);
 *   - a person named, heard by the family name, then a definite description of his or her gender and age
 *     (ويضيف الرجل الستيني أن «…», «…»، تقول السيدة الستينية);
 *   - a title with a pronoun in the lede (وصفه محاميها بأنه «…»), the holder named in the next paragraph.
 * Guards: near shapes where the quote is not that person's (another official's post, a description of the
 * other gender, an unnamed lawyer of the named accused, a second person of another role).
 *
 * The frames, fillers and expectations were written by reading, before the engine ran on them (one filler
 * changed after: آنا folds to أنا, the pronoun, and is read as no name; إيلينا stands for a foreign name).
 * Before the change (the engine of 7b0f7bd) 198 of the 235 rows were wrong: 101 of the 128 role rows (the
 * roles the engine knows as titles passed, the others spoke as themselves: «المتهم», «الشاهد»), all 48
 * post rows, all 48 description rows, and the two-roles row; the 10 guards were right. After the role
 * rule (learnRoleAfterName) the role rows all pass; after the description rule (tieDescriptionsAfter) the
 * description rows all pass; after the presidency rule (learnPresidency) the post rows all pass: 0 of 237
 * wrong (two guards added after, right before and after). Nine rows of other orders and verbs were added
 * last, written before the engine ran on them: 7 of them wrong on the engine of 7b0f7bd, none now; then
 * four rows of a title with a pronoun in the lede (وصفه محاميها بأنه «…») and its holder named with the
 * title in the next paragraph (4 wrong before, 0 after) and a guard for it. All told: 209 of the 250 rows
 * wrong on the engine of 7b0f7bd, 0 after; the guards right before and after.
 */
import { describe } from 'vitest';
import { crossed, type Gender, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  surname: string;
  gender: Gender;
  shape: string;
}

const people: Person[] = [
  { name: 'كريم بن سعيد', surname: 'سعيد', gender: 'm', shape: 'a name with بن' },
  { name: 'طارق منصور', surname: 'منصور', gender: 'm', shape: 'two given names' },
  { name: 'وليد الشمري', surname: 'الشمري', gender: 'm', shape: 'a family name with the article' },
  { name: 'بيتر هوفمان', surname: 'هوفمان', gender: 'm', shape: 'a foreign name' },
  { name: 'هند بنت فهد المطيري', surname: 'المطيري', gender: 'f', shape: 'a Gulf name with بنت' },
  { name: 'ليلى الحسيني', surname: 'الحسيني', gender: 'f', shape: 'a family name with the article' },
  { name: 'رنا يوسف', surname: 'يوسف', gender: 'f', shape: 'two given names' },
  { name: 'إيلينا كوالسكي', surname: 'كوالسكي', gender: 'f', shape: 'a foreign name' },
];

const by = (p: Person, m: string, f: string) => (p.gender === 'm' ? m : f);

/** A role as written after the name (with its complement), in each gender, and the bare role. */
interface Role {
  m: string;
  f: string;
  /** The indefinite role after وهو/وهي. */
  im: string;
  if: string;
  bareM: string;
  bareF: string;
}
const roles: Role[] = [
  {
    m: 'المتهم بتمويل شبكة لتهريب المهاجرين',
    f: 'المتهمة بتمويل شبكة لتهريب المهاجرين',
    im: 'متهم بتمويل شبكة لتهريب المهاجرين',
    if: 'متهمة بتمويل شبكة لتهريب المهاجرين',
    bareM: 'المتهم',
    bareF: 'المتهمة',
  },
  {
    m: 'الطالب في كلية الطب بجامعة القاهرة',
    f: 'الطالبة في كلية الطب بجامعة القاهرة',
    im: 'طالب في كلية الطب بجامعة القاهرة',
    if: 'طالبة في كلية الطب بجامعة القاهرة',
    bareM: 'الطالب',
    bareF: 'الطالبة',
  },
  {
    m: 'الناشط في مجال حقوق الإنسان',
    f: 'الناشطة في مجال حقوق الإنسان',
    im: 'ناشط في مجال حقوق الإنسان',
    if: 'ناشطة في مجال حقوق الإنسان',
    bareM: 'الناشط',
    bareF: 'الناشطة',
  },
  {
    m: 'الشاهد الرئيسي في قضية الفساد',
    f: 'الشاهدة الرئيسية في قضية الفساد',
    im: 'شاهد رئيسي في قضية الفساد',
    if: 'شاهدة رئيسية في قضية الفساد',
    bareM: 'الشاهد',
    bareF: 'الشاهدة',
  },
  {
    m: 'الناجي الوحيد من حادث الحافلة',
    f: 'الناجية الوحيدة من حادث الحافلة',
    im: 'ناج وحيد من حادث الحافلة',
    if: 'ناجية وحيدة من حادث الحافلة',
    bareM: 'الناجي',
    bareF: 'الناجية',
  },
  {
    m: 'الموظف في شركة الكهرباء',
    f: 'الموظفة في شركة الكهرباء',
    im: 'موظف في شركة الكهرباء',
    if: 'موظفة في شركة الكهرباء',
    bareM: 'الموظف',
    bareF: 'الموظفة',
  },
  {
    m: 'الفائز بجائزة الرواية العربية',
    f: 'الفائزة بجائزة الرواية العربية',
    im: 'فائز بجائزة الرواية العربية',
    if: 'فائزة بجائزة الرواية العربية',
    bareM: 'الفائز',
    bareF: 'الفائزة',
  },
];

const words = 'لم أرتكب أي خطأ في حياتي';
const part = 'لن يتغير قريبا';

type Intro = (p: Person, r: Role) => string;
const roleIntros: Array<[string, Intro]> = [
  [
    'the name, then the role between commas',
    (p, r) =>
      `${by(p, 'وظهر', 'وظهرت')} ${p.name}، ${by(p, r.m, r.f)}، في مقطع مصور نشر على مواقع التواصل أمس.`,
  ],
  [
    'the name, the age in brackets, then the role',
    (p, r) =>
      `${by(p, 'وظهر', 'وظهرت')} ${p.name} (34 عاماً)، ${by(p, r.m, r.f)}، في مقطع مصور نشر على مواقع التواصل أمس.`,
  ],
  [
    'the name the object of a verb, then the role',
    (p, r) => `واستمعت لجنة التحقيق أمس إلى ${p.name}، ${by(p, r.m, r.f)}، في جلسة مغلقة.`,
  ],
  [
    'the name, then وهو/وهي and the indefinite role',
    (p, r) =>
      `${by(p, 'وظهر', 'وظهرت')} ${p.name}، ${by(p, 'وهو', 'وهي')} ${by(p, r.im, r.if)}، في مقطع مصور نشر على مواقع التواصل أمس.`,
  ],
];

type Callback = (p: Person, bare: string) => string;
const roleCallbacks: Array<[string, Callback, 'direct' | 'partial', string]> = [
  ['a cue, the bare role, a colon', (p, b) => `${by(p, 'وقال', 'وقالت')} ${b}: «${words}».`, 'direct', words],
  [
    'a cue, the bare role, أن and a partial',
    (p, b) => `${by(p, 'وأضاف', 'وأضافت')} ${b} أن الوضع «${part}».`,
    'partial',
    part,
  ],
  [
    'the quote, then a present cue and the bare role',
    (p, b) => `«${words}»، ${by(p, 'يقول', 'تقول')} ${b}.`,
    'direct',
    words,
  ],
  [
    'كان, the bare role, قد and a cue with إن',
    (p, b) => `${by(p, 'وكان', 'وكانت')} ${b} قد ${by(p, 'قال', 'قالت')} في وقت سابق إن الوضع «${part}».`,
    'partial',
    part,
  ],
];

const background = 'القاهرة - «الوطن»';
const paper: Row['quotes'][number] = ['الوطن', 'mention', null];

const roleRows: Row[] = crossed(
  { person: people, intro: roleIntros, callback: roleCallbacks },
  { role: roles },
).map(({ person, intro: [introWhat, intro], callback: [callbackWhat, callback, kind, quote], role }) => ({
  what: `${introWhat}; then ${callbackWhat} (${person.shape}, ${by(person, 'a man', 'a woman')}, ${role.bareM})`,
  text: [background, intro(person, role), callback(person, by(person, role.bareM, role.bareF))].join('\n\n'),
  quotes: [paper, [quote, kind, person.name]],
}));

/**
 * More orders and verbs, with every person and role turned as fillers: the role given where the person
 * speaks first (a cue with إن, a quoted outlet in an aside), or closing the sentence, then called back by
 * other verbs (أكد … في تصريح لاحق أن, أشار إلى أن, تابع:). The person speaks twice: both quotes theirs.
 */
const first = 'التحقيقات ما زالت في بدايتها';
const moreIntros: Array<[string, Intro, Row['quotes']]> = [
  [
    'a cue with إن, the role between commas after the name',
    (p, r) => `${by(p, 'وقال', 'وقالت')} ${p.name}، ${by(p, r.m, r.f)}، إن التحقيقات «${first}».`,
    [['التحقيقات ما زالت في بدايتها', 'partial', '']],
  ],
  [
    'a cue with إن, the role, then a quoted outlet in an aside',
    (p, r) =>
      `${by(p, 'وقال', 'وقالت')} ${p.name}، ${by(p, r.m, r.f)}، في اتصال هاتفي مع «الوطن»، إن التحقيقات «${first}».`,
    [
      ['الوطن', 'mention', null],
      ['التحقيقات ما زالت في بدايتها', 'partial', ''],
    ],
  ],
  [
    'the role closing the sentence after the name',
    (p, r) => `${by(p, 'ومثل', 'ومثلت')} أمام لجنة التحقيق أمس ${p.name}، ${by(p, r.m, r.f)}.`,
    [],
  ],
];
const moreCallbacks: Array<[string, Callback, 'direct' | 'partial', string]> = [
  [
    'أكد, the bare role, في تصريح لاحق أن and a partial',
    (p, b) => `${by(p, 'وأكد', 'وأكدت')} ${b} في تصريح لاحق أن الوضع «${part}».`,
    'partial',
    part,
  ],
  [
    'أشار, the bare role, إلى أن and a partial',
    (p, b) => `${by(p, 'وأشار', 'وأشارت')} ${b} إلى أن الوضع «${part}».`,
    'partial',
    part,
  ],
  [
    'تابع, the bare role, a colon',
    (p, b) => `${by(p, 'وتابع', 'وتابعت')} ${b}: «${words}».`,
    'direct',
    words,
  ],
];
const moreRoleRows: Row[] = crossed(
  { intro: moreIntros, callback: moreCallbacks },
  { person: people, role: roles },
).map(
  ({ intro: [introWhat, intro, said], callback: [callbackWhat, callback, kind, quote], person, role }) => ({
    what: `${introWhat}; then ${callbackWhat} (${person.shape}, ${by(person, 'a man', 'a woman')}, ${role.bareM})`,
    text: [background, intro(person, role), callback(person, by(person, role.bareM, role.bareF))].join(
      '\n\n',
    ),
    quotes: [
      paper,
      ...said.map(([text, k, speaker]) => [text, k, speaker === null ? null : person.name] as const),
      [quote, kind, person.name],
    ],
  }),
);

/**
 * A title with a possessive pronoun in the lede (في حكم وصفه محاميها بأنه «…»), the holder named with the
 * title in the next paragraph (وقال المحامي فلان): one person, the client a man or a woman, the lawyer too.
 */
const lawyers: Person[] = [
  { name: 'سلطان بن حمد المزيني', surname: 'المزيني', gender: 'm', shape: 'a Gulf name with بن' },
  { name: 'نوال الشهري', surname: 'الشهري', gender: 'f', shape: 'a family name with the article' },
  { name: 'خالد منصور', surname: 'منصور', gender: 'm', shape: 'two given names' },
  { name: 'ريم عبدالله', surname: 'عبدالله', gender: 'f', shape: 'two given names' },
];
const clients: Array<{ gender: Gender; noun: string }> = [
  { gender: 'm', noun: 'لمعلم عمل' },
  { gender: 'f', noun: 'لمعلمة عملت' },
];
const verdict = 'سابقة ستفتح الباب أمام مئات المعلمين';
const said2 = 'تقدم بتظلم قبل ثلاث سنوات دون رد';
const lawyerRows: Row[] = crossed({ lawyer: lawyers }, { client: clients }).map(({ client, lawyer }) => {
  const pronoun = client.gender === 'm' ? 'ه' : 'ها';
  const title = lawyer.gender === 'm' ? `محامي${pronoun}` : `محاميت${pronoun}`;
  return {
    what: `a lede with في حكم وصفه ${title} بأنه «…», then the lawyer named with the title in the next paragraph (${lawyer.shape}, a ${lawyer.gender === 'm' ? 'man' : 'woman'}; the client a ${client.gender === 'm' ? 'man' : 'woman'})`,
    text: [
      background,
      `ألزمت المحكمة الإدارية وزارة التعليم بصرف بدل المناطق النائية ${client.noun} ست سنوات في قرية بعيدة، في حكم وصفه ${title} بأنه «${verdict}».`,
      `${by(lawyer, 'وقال المحامي', 'وقالت المحامية')} ${lawyer.name} في تصريح لـ«الوطن» إن ${client.gender === 'm' ? 'موكله' : 'موكلته'} «${said2}».`,
    ].join('\n\n'),
    quotes: [paper, [verdict, 'partial', lawyer.name], paper, [said2, 'partial', lawyer.name]],
  };
});

/** A body headed by the person, the sentence that says so, and the post that calls the person back. */
interface Post {
  intro: (p: Person) => string;
  postM: string;
  postF: string;
  shape: string;
}
const posts: Post[] = [
  {
    shape: 'a committee برئاسة the name',
    intro: (p) => `وشكلت الحكومة لجنة تحقيق مستقلة برئاسة ${p.name} لكشف أسباب الحادث.`,
    postM: 'رئيس اللجنة',
    postF: 'رئيسة اللجنة',
  },
  {
    shape: 'a board برئاسة the name',
    intro: (p) =>
      `وانتخبت الجمعية العمومية لنادي الوحدة مساء أمس مجلس إدارة جديداً برئاسة ${p.name}، بعد منافسة مع قائمة ثانية.`,
    postM: 'رئيس النادي',
    postF: 'رئيسة النادي',
  },
  {
    shape: 'انتخب the name رئيساً لـ',
    intro: (p) =>
      `وانتخب أعضاء الجمعية العمومية مساء أمس ${p.name} ${by(p, 'رئيساً', 'رئيسةً')} لنادي الوحدة لمدة أربع سنوات.`,
    postM: 'رئيس النادي',
    postF: 'رئيسة النادي',
  },
];

const postCallbacks: Array<[string, Callback, 'direct' | 'partial', string]> = [
  ['a cue, the post, a colon', (p, b) => `${by(p, 'وقال', 'وقالت')} ${b}: «${words}».`, 'direct', words],
  [
    'a cue, the post, أن and a partial',
    (p, b) => `${by(p, 'وأضاف', 'وأضافت')} ${b} أن الوضع «${part}».`,
    'partial',
    part,
  ],
];

const postRows: Row[] = crossed({ person: people, post: posts, callback: postCallbacks }, {}).map(
  ({ person, post, callback: [callbackWhat, callback, kind, quote] }) => ({
    what: `${post.shape}; then ${callbackWhat} (${person.shape}, ${by(person, 'a man', 'a woman')})`,
    text: [background, post.intro(person), callback(person, by(person, post.postM, post.postF))].join('\n\n'),
    quotes: [paper, [quote, kind, person.name]],
  }),
);

/** A description of a person by sex and age (or a trade), in each gender. */
const descriptions: Array<{ m: string; f: string }> = [
  { m: 'الرجل الستيني', f: 'السيدة الستينية' },
  { m: 'الشاب العشريني', f: 'الشابة العشرينية' },
  { m: 'الرجل الخمسيني', f: 'المرأة الخمسينية' },
];

const scenes: Array<[string, Intro]> = [
  [
    'a scene with a present verb',
    (p) =>
      `${by(p, 'يقف', 'تقف')} ${p.name} أمام ${by(p, 'متجره', 'متجرها')} الصغير في سوق المدينة منذ الفجر.`,
  ],
  [
    'a scene with a past verb and a place',
    (p) =>
      `${by(p, 'وصل', 'وصلت')} ${p.name} إلى مخيم النازحين قبل ثلاثة أشهر مع ${by(p, 'أسرته', 'أسرتها')} الصغيرة.`,
  ],
];

const said = 'الحياة هنا صعبة جداً';
const descriptionCallbacks: Array<[string, Callback, 'direct' | 'partial', string]> = [
  [
    'a present cue with و, the description, أن and a partial',
    (p, d) => `${by(p, 'ويضيف', 'وتضيف')} ${d} أن الوضع «${part}».`,
    'partial',
    part,
  ],
  [
    'the quote, then a present cue and the description',
    (p, d) => `«${words}»، ${by(p, 'يقول', 'تقول')} ${d}.`,
    'direct',
    words,
  ],
  [
    'وتابع and the description, a colon',
    (p, d) => `${by(p, 'وتابع', 'وتابعت')} ${d}: «${words}».`,
    'direct',
    words,
  ],
];

const descriptionRows: Row[] = crossed(
  { person: people, scene: scenes, callback: descriptionCallbacks },
  { description: descriptions },
).map(
  ({ person, scene: [sceneWhat, scene], callback: [callbackWhat, callback, kind, quote], description }) => ({
    what: `${sceneWhat}, the family name with a cue; then ${callbackWhat} (${person.shape}, ${by(person, 'a man', 'a woman')}, ${description.m})`,
    text: [
      background,
      scene(person, {} as Role),
      `${by(person, 'ويقول', 'وتقول')} ${person.surname}: «${said}».`,
      callback(person, by(person, description.m, description.f)),
    ].join('\n\n'),
    quotes: [paper, [said, 'direct', person.name], [quote, kind, person.name]],
  }),
);

const guards: Row[] = [
  {
    what: 'guard: a patient named, then the hospital director (another person) speaks by his post',
    text: [
      background,
      'ويرقد كريم بن سعيد، المصاب في حادث الحافلة، في مستشفى القصر العيني منذ أسبوع.',
      'وقال مدير المستشفى: «حالته مستقرة».',
    ].join('\n\n'),
    quotes: [paper, ['حالته مستقرة', 'direct', 'مدير المستشفى']],
  },
  {
    what: 'guard: a man named and heard, then a woman described by her age speaks',
    text: [
      background,
      'يقف طارق منصور أمام متجره الصغير في سوق المدينة منذ الفجر.',
      'ويقول منصور: «الحياة هنا صعبة جداً».',
      'وتقول السيدة الستينية إن الأسعار «لا تغطي التكلفة».',
    ].join('\n\n'),
    quotes: [
      paper,
      ['الحياة هنا صعبة جداً', 'direct', 'طارق منصور'],
      ['لا تغطي التكلفة', 'partial', 'السيدة الستينية'],
    ],
  },
  {
    what: 'guard: a woman named and heard, then a man described by his age speaks',
    text: [
      background,
      'تقف رنا يوسف أمام متجرها الصغير في سوق المدينة منذ الفجر.',
      'وتقول يوسف: «الحياة هنا صعبة جداً».',
      'ويضيف الرجل الستيني أن الأسعار «لا تغطي التكلفة».',
    ].join('\n\n'),
    quotes: [
      paper,
      ['الحياة هنا صعبة جداً', 'direct', 'رنا يوسف'],
      ['لا تغطي التكلفة', 'partial', 'الرجل الستيني'],
    ],
  },
  {
    what: 'guard: the accused named with his role, then an unnamed lawyer speaks',
    text: [
      background,
      'ومثل كريم بن سعيد، المتهم بتمويل شبكة لتهريب المهاجرين، أمام المحكمة أمس.',
      'وقال المحامي: «موكلي بريء».',
    ].join('\n\n'),
    quotes: [paper, ['موكلي بريء', 'direct', 'المحامي']],
  },
  {
    what: 'guard: the accused named with his role, then his unnamed lawyer (محاميه) speaks',
    text: [
      background,
      'ومثل وليد الشمري، المتهم بتمويل شبكة لتهريب المهاجرين، أمام المحكمة أمس.',
      'وقال محاميه: «موكلي بريء».',
    ].join('\n\n'),
    quotes: [paper, ['موكلي بريء', 'direct', 'محاميه']],
  },
  {
    what: 'guard: a woman named with a feminine role, then a masculine bare role (another person) speaks',
    text: [
      background,
      'ومثلت ليلى الحسيني، المتهمة بتمويل شبكة لتهريب المهاجرين، أمام المحكمة أمس.',
      'وقال المتهم: «أنا بريء».',
    ].join('\n\n'),
    quotes: [paper, ['أنا بريء', 'direct', 'المتهم']],
  },
  {
    what: 'two people of two roles, each called back by its own role (no guard: the engine read both roles as speakers before)',
    text: [
      background,
      'واستمعت المحكمة أمس إلى كريم بن سعيد، المتهم بتمويل شبكة لتهريب المهاجرين، ثم إلى طارق منصور، الشاهد الرئيسي في القضية.',
      'وقال الشاهد: «رأيته يسلم الأموال بنفسه».',
      'وقال المتهم: «هذا كذب».',
    ].join('\n\n'),
    quotes: [
      paper,
      ['رأيته يسلم الأموال بنفسه', 'direct', 'طارق منصور'],
      ['هذا كذب', 'direct', 'كريم بن سعيد'],
    ],
  },
  {
    what: 'guard: a committee برئاسة a named judge, then the head of government (another post) speaks',
    text: [
      background,
      'وشكلت الحكومة لجنة تحقيق مستقلة برئاسة القاضي سامي الخطيب لكشف أسباب الحادث.',
      'وقال رئيس الحكومة: «لن نتهاون مع أي مقصر».',
    ].join('\n\n'),
    quotes: [paper, ['لن نتهاون مع أي مقصر', 'direct', 'رئيس الحكومة']],
  },
  {
    what: 'guard: the accused named with his role, then a second accused named with his name and المتهم الثاني after it',
    text: [
      background,
      'ومثل كريم بن سعيد، المتهم بتمويل شبكة لتهريب المهاجرين، أمام المحكمة أمس.',
      'وقال طارق منصور، المتهم الثاني في القضية: «لا أعرفه».',
    ].join('\n\n'),
    quotes: [paper, ['لا أعرفه', 'direct', 'طارق منصور']],
  },
  {
    what: 'guard: a committee برئاسة a named person, then the ministry that formed it speaks in a statement',
    text: [
      background,
      'وشكلت وزارة الداخلية لجنة تحقيق مستقلة برئاسة هند بنت فهد المطيري لكشف أسباب الحادث.',
      'وقالت الوزارة في بيان إن التحقيق «سيستغرق شهراً».',
    ].join('\n\n'),
    quotes: [paper, ['سيستغرق شهراً', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: a committee برئاسة a named person, then the head of state (a post of no body the sentence names) speaks',
    text: [
      background,
      'وشكلت وزارة الصحة لجنة تحقيق مستقلة برئاسة طارق منصور لكشف أسباب الحادث.',
      'وقال رئيس الجمهورية في كلمة متلفزة: «لن نتهاون مع أي مقصر».',
    ].join('\n\n'),
    quotes: [paper, ['لن نتهاون مع أي مقصر', 'direct', 'رئيس الجمهورية']],
  },
  {
    what: 'guard: a woman elected رئيسةً لنادي …, then the head of another body speaks by his post',
    text: [
      background,
      'وانتخب أعضاء الجمعية العمومية مساء أمس رنا يوسف رئيسةً لنادي الوحدة لمدة أربع سنوات.',
      'وقال رئيس الاتحاد السعودي لكرة القدم: «نهنئ المجلس الجديد».',
    ].join('\n\n'),
    quotes: [paper, ['نهنئ المجلس الجديد', 'direct', 'رئيس الاتحاد السعودي لكرة القدم']],
  },
  {
    what: 'guard: a lede with وصفه محاميها بأنه «…», then another official named with his own title speaks',
    text: [
      background,
      'ألزمت المحكمة الإدارية وزارة التعليم بصرف بدل المناطق النائية لمعلمة عملت ست سنوات في قرية بعيدة، في حكم وصفه محاميها بأنه «سابقة ستفتح الباب أمام مئات المعلمين».',
      'وقال مدير التعليم في المنطقة سامي الخطيب إن الوزارة «ستدرس الحكم».',
    ].join('\n\n'),
    quotes: [
      paper,
      ['سابقة ستفتح الباب أمام مئات المعلمين', 'partial', 'محاميها'],
      ['ستدرس الحكم', 'partial', 'سامي الخطيب'],
    ],
  },
];

describe('grid: a person named once, then by a role in apposition', () => runGrid(roleRows));
describe('grid: a role in apposition in other orders, called back by other verbs', () =>
  runGrid(moreRoleRows));
describe('grid: a title with a pronoun in the lede, then its holder named', () => runGrid(lawyerRows));
describe('grid: a person named with برئاسة or انتخب … رئيساً, then by the post', () => runGrid(postRows));
describe('grid: a person named and heard, then by a description of sex and age', () =>
  runGrid(descriptionRows));
describe('grid: posts and descriptions that are another person’s', () => runGrid(guards));
