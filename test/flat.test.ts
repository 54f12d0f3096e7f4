/**
 * Articles whose paragraph breaks were lost (issue 3): a crawler's `content` field or an RSS
 * description gives a whole article on one line. Each article is written here in news style, read as
 * written (paragraphs apart) and then joined into one line, with the same quotes and speakers
 * expected: in a text without paragraph breaks the engine reads by sentence where it reads by
 * paragraph. The rows joined into one line fail without that rule; the rows as written, and the
 * guards, keep what the engine did already. Texts come partly flat too (partlyFlatRows): a headline
 * over a body on one line, paragraphs of many sentences run together; such a paragraph is read by
 * sentence, the others by paragraph.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/scan/tokenize.js';
import { type Row, runRows, type Said } from './support/rows.js';

/** An article as written (paragraphs apart) and the same article joined into one line. */
function asWrittenAndFlat(what: string, paragraphs: readonly string[], quotes: readonly Said[]): Row[] {
  return [
    { what: `${what} (as written)`, text: paragraphs.join('\n\n'), quotes },
    { what: `${what} (joined into one line)`, text: paragraphs.join(' '), quotes },
  ];
}

const flatRows: readonly Row[] = [
  // سموه stands for the prince named before it, not for the one the article names further on.
  ...asWrittenAndFlat(
    'an honorific (سموه) stands for the prince named before it, not for another prince named later',
    [
      'افتتح صاحب السمو الأمير فيصل بن نايف بن سعود، أمير منطقة الجوف، أمس مهرجان الزيتون السنوي في سكاكا بمشاركة أكثر من مئتي مزارع.',
      'وأكد سموه في كلمته أن «زيت الزيتون أصبح من أهم منتجات المنطقة الزراعية».',
      'ويستمر المهرجان عشرة أيام بمشاركة مزارعين من مختلف مناطق المملكة.',
      'وفي تبوك، قال أمير منطقة تبوك صاحب السمو الأمير سلمان بن مشعل بن عبدالله خلال تدشينه مشروع الواجهة البحرية في ضباء: «المشروع سيوفر فرص عمل لأبناء المنطقة».',
    ],
    [
      ['زيت الزيتون أصبح من أهم منتجات المنطقة الزراعية', 'partial', 'فيصل بن نايف بن سعود'],
      ['المشروع سيوفر فرص عمل لأبناء المنطقة', 'direct', 'سلمان بن مشعل بن عبدالله'],
    ],
  ),
  // A feminine verb without a subject goes on with the woman named before it, not with the woman the
  // article names in a later paragraph.
  ...asWrittenAndFlat(
    'a feminine verb without a subject (وتضيف) goes on with the woman named before it, not one named later',
    [
      'في حي الشيخ مقصود بمدينة حلب، يفتح الخياط أبو وليد ورشته الصغيرة كل صباح رغم انقطاع الكهرباء لساعات طويلة.',
      'وتعمل زوجته، أم وليد، في بيع الخبز أمام البيت، وتقول إن «الطلبات تراجعت إلى النصف منذ بداية الشتاء».',
      'وتضيف: «نشتري المازوت للمولدة بأسعار لا نقدر عليها».',
      'من جهتها، قالت مديرة الجمعية الخيرية في الحي، سلمى فؤاد الحلبي، إن «عشرات الورش أغلقت أبوابها هذا العام».',
    ],
    [
      ['الطلبات تراجعت إلى النصف منذ بداية الشتاء', 'partial', 'أم وليد'],
      ['نشتري المازوت للمولدة بأسعار لا نقدر عليها', 'direct', 'أم وليد'],
      ['عشرات الورش أغلقت أبوابها هذا العام', 'partial', 'سلمى فؤاد الحلبي'],
    ],
  ),
  // A new sentence that opens with a verb and its titled subject (وقرر رئيس المحكمة، فلان، …، وقال)
  // brings in a new speaker, even when the sentence before it quoted someone else.
  ...asWrittenAndFlat(
    'a coordinated وقال after a verb and its titled subject is that subject’s, though the sentence before quoted another',
    [
      'نظرت محكمة الجنايات، أمس، في قضية تزوير شهادات جامعية متهم فيها موظفان في وزارة التعليم العالي.',
      'وقال محامي المتهم الأول، بدر الشمري، إن موكله «لم يكن يعلم أن الشهادات مزورة».',
      'وقرر رئيس المحكمة، المستشار يوسف المطوع، تأجيل القضية إلى الشهر المقبل، وقال: «على الدفاع تقديم مستنداته كاملة في الجلسة القادمة».',
      'ومن المنتظر أن تستمع المحكمة في الجلسة المقبلة إلى شهود الإثبات.',
    ],
    [
      ['لم يكن يعلم أن الشهادات مزورة', 'partial', 'بدر الشمري'],
      ['على الدفاع تقديم مستنداته كاملة في الجلسة القادمة', 'direct', 'يوسف المطوع'],
    ],
  ),
  // Guard: quotes set out one to a paragraph; joined, each is a sentence of its own that goes on with
  // the speaker before it.
  ...asWrittenAndFlat(
    'guard: quotes set out one to a paragraph, each a sentence of its own, go on with the speaker',
    [
      'اندلع حريق ضخم فجر اليوم في مستودع للأخشاب بالمنطقة الصناعية شمال المدينة.',
      'وقال مدير الدفاع المدني في المحافظة العميد ماجد الزعبي: «فرقنا أخمدت الحريق بعد ست ساعات من العمل المتواصل».',
      '«لم نسجل أي إصابات بين السكان أو رجال الإطفاء».',
      '«التحقيق جار لمعرفة أسباب الحريق».',
    ],
    [
      ['فرقنا أخمدت الحريق بعد ست ساعات من العمل المتواصل', 'direct', 'ماجد الزعبي'],
      ['لم نسجل أي إصابات بين السكان أو رجال الإطفاء', 'direct', 'ماجد الزعبي'],
      ['التحقيق جار لمعرفة أسباب الحريق', 'direct', 'ماجد الزعبي'],
    ],
  ),
  {
    what: 'guard: in one line of four sentences, a quote that opens a sentence but does not end it (a novel’s title before رواية) stays a mention',
    text: 'صدرت للروائي كمال الحسيني خمس روايات في عشرين عاما. وقال الحسيني إن الكتابة «علاج للذاكرة». «مدن الملح والغبار في ليالي الشتاء الطويلة» رواية جديدة صدرت له الشهر الماضي. وتدور أحداثها في مدينة ساحلية خلال الحرب.',
    quotes: [
      ['علاج للذاكرة', 'partial', 'كمال الحسيني'],
      ['مدن الملح والغبار في ليالي الشتاء الطويلة', 'mention', null],
    ],
  },
];

/**
 * An article as written (a headline, then news paragraphs of one or two sentences), the same article
 * with its headline over the body joined into one line, and with its body in two long paragraphs
 * (run together at sentence `split`): a paragraph of many sentences is read by sentence.
 */
function asWrittenAndPartlyFlat(
  what: string,
  headline: string,
  paragraphs: readonly (readonly string[])[],
  split: number,
  quotes: readonly Said[],
): Row[] {
  const body = paragraphs.flat();
  return [
    {
      what: `${what} (as written)`,
      text: [headline, ...paragraphs.map((p) => p.join(' '))].join('\n\n'),
      quotes,
    },
    { what: `${what} (headline over a body on one line)`, text: `${headline}\n\n${body.join(' ')}`, quotes },
    {
      what: `${what} (two long paragraphs)`,
      text: [headline, body.slice(0, split).join(' '), body.slice(split).join(' ')].join('\n\n'),
      quotes,
    },
  ];
}

const partlyFlatRows: readonly Row[] = [
  // سموه stands for the prince named before it, not for the one named further on in the same long
  // paragraph; a feminine وتضيف goes on with the woman who just spoke, not with one named further on.
  ...asWrittenAndPartlyFlat(
    'an honorific and a feminine verb without a subject, in a body whose breaks were lost',
    'مهرجان للتمور في القصيم ومشروع لتحلية المياه في حائل',
    [
      [
        'رعى صاحب السمو الملكي الأمير فيصل بن مشعل بن سعود، أمير منطقة القصيم، مساء أمس حفل افتتاح مهرجان التمور في بريدة بمشاركة مئات المزارعين.',
      ],
      [
        'وأكد سموه في كلمته أن «التمور أصبحت رافدا مهما لاقتصاد المنطقة».',
        'ويعرض المزارعون في المهرجان أكثر من أربعين صنفا من التمور.',
      ],
      [
        'وتبلغ مساحة أرض المهرجان نحو مئة ألف متر مربع.',
        'ويتوقع المنظمون أن يزور المهرجان نصف مليون زائر خلال ثلاثة أسابيع.',
      ],
      [
        'وفي حائل، قال أمير منطقة حائل صاحب السمو الملكي الأمير عبدالعزيز بن سعد بن عبدالعزيز خلال تدشينه مشروعا لتحلية المياه: «المشروع سيغطي حاجة المدينة لعشرين عاما».',
        'وتبلغ كلفة المشروع مليار ريال.',
      ],
      ['وفي سوق عنيزة القديم، يبيع أبو خالد التمر في دكانه الصغير منذ ثلاثين عاما.'],
      [
        'وتساعده زوجته، أم خالد، في تغليف التمر، وتقول إن «الإقبال هذا الموسم أفضل من العام الماضي».',
        'وتضيف: «الزبائن يأتون من الكويت وقطر لشراء السكري».',
      ],
      ['ويعمل في السوق أكثر من مئتي بائع.'],
      [
        'من جهتها، قالت رئيسة جمعية سيدات الأعمال في المنطقة، نورة عبدالله السالم، إن «النساء يدرن ربع محلات السوق».',
        'وتنظم الجمعية دورات تدريبية للبائعات على التسويق الإلكتروني.',
      ],
      ['ويختتم المهرجان فعالياته نهاية الشهر الجاري.'],
    ],
    7,
    [
      ['التمور أصبحت رافدا مهما لاقتصاد المنطقة', 'partial', 'فيصل بن مشعل بن سعود'],
      ['المشروع سيغطي حاجة المدينة لعشرين عاما', 'direct', 'عبدالعزيز بن سعد بن عبدالعزيز'],
      ['الإقبال هذا الموسم أفضل من العام الماضي', 'partial', 'أم خالد'],
      ['الزبائن يأتون من الكويت وقطر لشراء السكري', 'direct', 'أم خالد'],
      ['النساء يدرن ربع محلات السوق', 'partial', 'نورة عبدالله السالم'],
    ],
  ),
];

describe('articles whose paragraph breaks were lost', () => {
  runRows(flatRows);
});

describe('articles partly flattened: a headline over a body on one line, long paragraphs', () => {
  runRows(partlyFlatRows);
});

describe('sentences: the scope of a text without paragraph breaks', () => {
  const sentences = (text: string) =>
    tokenize(text)
      .tokens.filter((t) => t.type === 'word')
      .map((t) => t.sentence);

  it('a sentence end after a word or a closing mark, then a space, opens the next sentence', () => {
    expect(sentences('وصل الوفد. وقال «نعم». ثم غادر')).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('a closing mark or another sentence end right after the sentence end keeps it (.» and ؟!)', () => {
    expect(sentences('قال «انتهى.» ثم سأل هل؟! لا')).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('an initial (د.), a decimal point and a stop with no space after it open no sentence', () => {
    expect(sentences('وقال د. سامي إن النسبة 12.5 في المئة.وأضاف')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('a paragraph break opens a sentence too', () => {
    expect(sentences('وصل الوفد\n\nوقال')).toEqual([1, 1, 2]);
  });

  it('the first sentence of each paragraph is kept, and one past the last paragraph', () => {
    expect(tokenize('وصل الوفد. وقال الوزير.\n\nثم غادر').paragraphSentences).toEqual([0, 1, 3, 4]);
  });
});
