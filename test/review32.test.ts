/**
 * Review of the resolve5 merge (issue 3): articles written here in news style on the shapes where the
 * rules of that merge read the opposite case — a quote paragraph with no cue after background that
 * brings in a campaign, a banner or a book (its name, a mention, not the last speaker going on), or that
 * credits words to a source (بحسب, وفقا ل) — each beside a guard that the rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows32: readonly Row[] = [
  {
    what: 'a slogan in its own paragraph after background that brings in banners (لافتات): a mention',
    text: [
      'وقال رئيس الجمعية سعد العتيبي: «الحملة تستهدف الشباب».',
      'ورفع المشاركون في المسيرة لافتات في شوارع جدة.',
      '«لا للمخدرات نعم للحياة الصحية»',
    ].join('\n\n'),
    quotes: [
      ['الحملة تستهدف الشباب', 'direct', 'سعد العتيبي'],
      ['لا للمخدرات نعم للحياة الصحية', 'mention', null],
    ],
  },
  {
    what: 'a campaign’s slogan after background that launches it (حملة وطنية): a mention',
    text: [
      'وقال وزير الصحة فهد الجلاجل: «التطعيم آمن ومجاني».',
      'وأطلقت الوزارة حملة وطنية واسعة في جميع مناطق المملكة.',
      '«صحتك في تطعيمك يا بطل»',
    ].join('\n\n'),
    quotes: [
      ['التطعيم آمن ومجاني', 'direct', 'فهد الجلاجل'],
      ['صحتك في تطعيمك يا بطل', 'mention', null],
    ],
  },
  {
    what: 'a book’s title after background on the book, in the accusative (كتابا جديدا): a mention',
    text: [
      'وقال الكاتب محمد الرطيان: «الكتابة الساخرة فن صعب».',
      'وأصدر أخيرا كتابا جديدا عن دار مدارك في بيروت.',
      '«ما تبقى من أوراق محمد الوطبان»',
    ].join('\n\n'),
    quotes: [
      ['الكتابة الساخرة فن صعب', 'direct', 'محمد الرطيان'],
      ['ما تبقى من أوراق محمد الوطبان', 'mention', null],
    ],
  },
  {
    what: 'guard: background on an app the ministry launched (no work of a text), then the minister goes on',
    text: [
      'وقال وزير الحج توفيق الربيعة: «الخدمات هذا العام غير مسبوقة».',
      'وكانت الوزارة قد أطلقت تطبيقا جديدا للحجاج الشهر الماضي.',
      '«نريد أن يؤدي كل حاج مناسكه بيسر»',
    ].join('\n\n'),
    quotes: [
      ['الخدمات هذا العام غير مسبوقة', 'direct', 'توفيق الربيعة'],
      ['نريد أن يؤدي كل حاج مناسكه بيسر', 'direct', 'توفيق الربيعة'],
    ],
  },
  {
    what: 'a quote paragraph after background that credits words to eyewitnesses (وبحسب شهود عيان فإن): a mention',
    text: [
      'وقال المتحدث الأمني طلال الشلهوب: «الحادث تحت السيطرة».',
      'وبحسب شهود عيان فإن النيران اندلعت في مستودع قديم.',
      '«تم إخلاء المنطقة بالكامل من السكان»',
    ].join('\n\n'),
    quotes: [
      ['الحادث تحت السيطرة', 'direct', 'طلال الشلهوب'],
      ['تم إخلاء المنطقة بالكامل من السكان', 'mention', null],
    ],
  },
  {
    what: 'the same after ووفقا لمسؤولين in the background (international outlets): a mention',
    text: [
      'قال المتحدث باسم البنتاغون جون كيربي إن القوات «في حالة تأهب».',
      'ووفقا لمسؤولين أمريكيين فإن التعزيزات وصلت إلى القاعدة الجوية.',
      '«الوضع الآن أكثر هدوءا من الأسبوع الماضي»',
    ].join('\n\n'),
    quotes: [
      ['في حالة تأهب', 'partial', 'جون كيربي'],
      ['الوضع الآن أكثر هدوءا من الأسبوع الماضي', 'mention', null],
    ],
  },
  {
    what: 'guard: background on the weather with no source phrase, then the spokesman goes on',
    text: [
      'وقال المتحدث الأمني طلال الشلهوب: «الحادث تحت السيطرة».',
      'وشهدت المنطقة رياحا شديدة ساعدت على انتشار النيران في المستودعات.',
      '«تم إخلاء المنطقة بالكامل من السكان»',
    ].join('\n\n'),
    quotes: [
      ['الحادث تحت السيطرة', 'direct', 'طلال الشلهوب'],
      ['تم إخلاء المنطقة بالكامل من السكان', 'direct', 'طلال الشلهوب'],
    ],
  },
];

describe('review of the resolve5 merge', () => {
  runRows(reviewRows32);
});
