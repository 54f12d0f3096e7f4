/**
 * The second naming (floor11): a person first named in the lede in a role that is not a speaker's (the
 * loser after فوزه على, a rival, a counterpart, an envoy to a place) and then named again by a surname
 * alone as the subject of a cue is the one named in full before, and his quote goes under that fullest
 * name. Read back from the surname (expandNames), the full name starts after:
 * - a relation with a possessive pronoun (مواطنتها, منافسه, خصمه; a bare ه only as written, not a
 *   feminine's ة), which names the one it relates to right after it;
 * - a place that ends the title (المبعوث الأممي إلى ليبيا فلان);
 * and it takes in the known name's own words (فان خال, whose فان reads as ف and إن elsewhere) and a
 * foreign given name written with a hamza on its alef (ألفونسو, إليزابيث), which folds to the article's
 * letters but is no definite word; so too after a title's complement (الباحثة في شؤون الهجرة إليزابيث
 * فلان), and a feminine noun with the holder's pronoun after a definite participle (المنتهية ولايته) is
 * the title's. A name read on into the verb's object after its title and closed there (وأشاد المدرب الألماني
 * فلان فلاني بأداء لاعبيه) is cut after the word the article later writes alone (وقال فلاني). A compound given name whose first half is a time word (فجر الدين) opens a cue's subject, who
 * then takes the floor from the last speaker. Each rule row is a passage written here in news style and fails without its rule; a guard
 * row keeps the opposite case (a family name two people share, a relation before a body, a surname the
 * article used alone before, a place, a woman's title in ة).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const relationRows: readonly Row[] = [
  {
    what: 'a tennis player named after بعد فوزها على مواطنتها, then by her surname after قالت',
    text: [
      'بلغت التشيكية بترا كفيتوفا الدور الرابع بعد فوزها على مواطنتها كارولينا بليسكوفا 6-3 و7-5.',
      'وقالت بليسكوفا للصحفيين إن منافستها "كانت أكثر صبرا".',
    ].join('\n\n'),
    quotes: [['كانت أكثر صبرا', 'partial', 'كارولينا بليسكوفا']],
  },
  {
    what: 'a defeated candidate named after على منافسه, then by his surname with a colon',
    text: [
      'فاز الرئيس البولندي أندريه دودا بالجولة الثانية على منافسه برونيسلاف كوموروفسكي.',
      'وقال كوموروفسكي في كلمة متلفزة: "أحترم قرار الناخبين".',
    ].join('\n\n'),
    quotes: [['أحترم قرار الناخبين', 'direct', 'برونيسلاف كوموروفسكي']],
  },
  {
    what: 'a party rival named after هزم … خصمه, then by his surname',
    text: [
      'هزم رئيس الوزراء الياباني شينزو آبي خصمه شيغيرو إيشيبا في انتخابات رئاسة الحزب.',
      'وقال إيشيبا إنه "سيدعم الحكومة".',
    ].join('\n\n'),
    quotes: [['سيدعم الحكومة', 'partial', 'شيغيرو إيشيبا']],
  },
  {
    what: 'an envoy named after إلى ليبيا, the place that ends his title, then by his surname',
    text: [
      'التقى وزير الخارجية الإيطالي باولو جنتيلوني المبعوث الأممي إلى ليبيا برناردينو ليون.',
      'وقال ليون إن الأطراف الليبية "قريبة من اتفاق".',
    ].join('\n\n'),
    quotes: [['قريبة من اتفاق', 'partial', 'برناردينو ليون']],
  },
];

const spellingRows: readonly Row[] = [
  {
    what: 'a Dutch name with فان named in full after a nationality, then as فان خال',
    text: [
      'أعلن الاتحاد الهولندي تعيين مواطنه داني بليند خلفا للمدرب غوس هيدينك، فيما رشح للمنصب الهولندي لويس فان خال.',
      'وقال فان خال إن المنتخب "يحتاج إلى دماء جديدة".',
    ].join('\n\n'),
    quotes: [['يحتاج إلى دماء جديدة', 'partial', 'لويس فان خال']],
  },
  {
    what: 'a given name with a hamza on its alef (ألفونسو) after a nationality, then the surname alone',
    text: [
      'وصل المكسيكي ألفونسو كوارون إلى مهرجان البندقية لعرض فيلمه الجديد.',
      'وقال كوارون: "السينما لغة عالمية".',
    ].join('\n\n'),
    quotes: [['السينما لغة عالمية', 'direct', 'ألفونسو كوارون']],
  },
  {
    what: 'إليزابيث after الباحثة في شؤون الهجرة opens the name: she takes the floor from the minister',
    text: [
      'وقال وزير الداخلية الألماني توماس دي ميزير إن بلاده "تستقبل آلاف اللاجئين يوميا".',
      'وترى الباحثة في شؤون الهجرة إليزابيث مولر أن ألمانيا "لم تستعد جيدا".',
    ].join('\n\n'),
    quotes: [
      ['تستقبل آلاف اللاجئين يوميا', 'partial', 'توماس دي ميزير'],
      ['لم تستعد جيدا', 'partial', 'إليزابيث مولر'],
    ],
  },
];

const compoundRows: readonly Row[] = [
  {
    what: 'ويرى فجر الدين فلان، الباحث في …، أن: a compound given name opens the subject, who takes the floor',
    text: [
      'وقال وزير الدفاع الماليزي هشام الدين حسين إن بلاده "لن تتهاون مع المهربين".',
      'وأضاف أن خفر السواحل "يراقب الحدود على مدار الساعة".',
      'ويرى فجر الدين يوسف، الباحث في مركز الدراسات الآسيوية، أن الحكومة "تأخرت في التحرك".',
    ].join('\n\n'),
    quotes: [
      ['لن تتهاون مع المهربين', 'partial', 'هشام الدين حسين'],
      ['يراقب الحدود على مدار الساعة', 'partial', 'هشام الدين حسين'],
      ['تأخرت في التحرك', 'partial', 'فجر الدين يوسف'],
    ],
  },
  {
    what: 'guard: فجر before a day is the time of the event, the dropped subject goes on with the speaker',
    text: [
      'وقال المتحدث باسم الدفاع المدني العقيد عبدالله الحارثي إن الحريق "اندلع في مستودع مهجور".',
      'وأضاف فجر الخميس أن الفرق "سيطرت عليه خلال ساعة".',
    ].join('\n\n'),
    quotes: [
      ['اندلع في مستودع مهجور', 'partial', 'عبدالله الحارثي'],
      ['سيطرت عليه خلال ساعة', 'partial', 'عبدالله الحارثي'],
    ],
  },
];

const objectWordRows: readonly Row[] = [
  {
    what: 'a coach named after his nationality with ب and the praise’s noun after his name, then by his surname',
    text: [
      'وأشاد المدرب الألماني يورغن كلينسمان بأداء لاعبيه أمام المكسيك.',
      'وقال كلينسمان إن الفريق "يتحسن من مباراة إلى أخرى".',
    ].join('\n\n'),
    quotes: [['يتحسن من مباراة إلى أخرى', 'partial', 'يورغن كلينسمان']],
  },
  {
    what: 'a footballer visiting a hospital: مستشفى after his name is the verb’s object, not his surname',
    text: [
      'زار النجم الغاني أسامواه جيان مستشفى الأطفال في أكرا.',
      'وقال جيان إن الأطفال "يستحقون الدعم".',
    ].join('\n\n'),
    quotes: [['يستحقون الدعم', 'partial', 'أسامواه جيان']],
  },
  {
    what: 'a goalkeeper who led his team (قاد … فريقه), then named by his family name alone',
    text: [
      'قاد اللاعب الدولي عمر هوساوي فريقه إلى التأهل بهدف في الدقيقة الأخيرة.',
      'وقال هوساوي إن الفوز "هدية للجماهير".',
    ].join('\n\n'),
    quotes: [['هدية للجماهير', 'partial', 'عمر هوساوي']],
  },
];

const nameDataRows: readonly Row[] = [
  {
    what: 'a weightlifter named with a compound given name after عبد (عبد الباري), then by his family name',
    text: [
      'أحرز الرباع المصري عبد الباري فكري ذهبية وزن 85 كيلوغراما في البطولة العربية.',
      'وقال فكري إن الميدالية "ثمرة عامين من التدريب".',
    ].join('\n\n'),
    quotes: [['ثمرة عامين من التدريب', 'partial', 'عبد الباري فكري']],
  },
  {
    what: 'a party leader whose name ran into بثقة أعضاء after his title, then his surname with a colon',
    text: [
      'فاز زعيم حزب العمال جيريمي كوربين بثقة أعضاء الحزب في التصويت الأخير.',
      'وقال كوربين: "هذا انتصار للقاعدة".',
    ].join('\n\n'),
    quotes: [['هذا انتصار للقاعدة', 'direct', 'جيريمي كوربين']],
  },
];

const outgoingRows: readonly Row[] = [
  {
    what: 'الرئيس المنتهية ولايته فلان: ولايته is the title’s, not the first word of the name',
    text: 'وقال الرئيس الأفغاني المنتهية ولايته حامد كرزاي إن الانتخابات "جرت في ظروف صعبة".',
    quotes: [['جرت في ظروف صعبة', 'partial', 'حامد كرزاي']],
  },
  {
    what: 'a woman president المنتهية ولايتها named in the lede, then by her surname',
    text: [
      'استقبلت الرئيسة التشيلية المنتهية ولايتها ميشيل باشليت الوفد الأوروبي في سانتياغو.',
      'وقالت باشليت إن بلادها "حققت تقدما اجتماعيا كبيرا".',
    ].join('\n\n'),
    quotes: [['حققت تقدما اجتماعيا كبيرا', 'partial', 'ميشيل باشليت']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a wife who shares the family name is not the speaker the surname calls back',
    text: [
      'قال الرئيس الأمريكي الأسبق بيل كلينتون إن زوجته هيلاري كلينتون "ستكون رئيسة عظيمة".',
      'وأضاف كلينتون: "إنها مستعدة".',
    ].join('\n\n'),
    quotes: [
      ['ستكون رئيسة عظيمة', 'partial', 'بيل كلينتون'],
      ['إنها مستعدة', 'direct', 'بيل كلينتون'],
    ],
  },
  {
    what: 'guard: a club after على منافسه التقليدي is a body, the coach named later speaks',
    text: [
      'تغلب الأهلي على منافسه التقليدي الاتحاد بثلاثة أهداف.',
      'وقال مدرب الأهلي السويسري كريستيان غروس إن الفريق "لعب بروح عالية".',
    ].join('\n\n'),
    quotes: [['لعب بروح عالية', 'partial', 'كريستيان غروس']],
  },
  {
    what: 'guard: a surname the article used alone first keeps its form; the counterpart is another man',
    text: [
      'قال بوتين إن روسيا "لن تسمح بالتدخل".',
      'واستقبل الرئيس الروسي في الكرملين نظيره البيلاروسي ألكسندر لوكاشينكو.',
      'وأضاف بوتين: "نحن حلفاء".',
    ].join('\n\n'),
    quotes: [
      ['لن تسمح بالتدخل', 'partial', 'بوتين'],
      ['نحن حلفاء', 'direct', 'بوتين'],
    ],
  },
  {
    what: 'guard: a woman lawyer whose title ends in ة, then her surname',
    text: [
      'وقالت المحامية بيان زهران إن موكلتها "لم ترتكب أي مخالفة".',
      'وأضافت زهران أن المحكمة "ستنظر في الطعن".',
    ].join('\n\n'),
    quotes: [
      ['لم ترتكب أي مخالفة', 'partial', 'بيان زهران'],
      ['ستنظر في الطعن', 'partial', 'بيان زهران'],
    ],
  },
  {
    what: 'guard: a counterpart with no name after نظيره leaves the minister named before as the speaker',
    text: [
      'التقى وزير الخارجية عادل الجبير نظيره الأمريكي في واشنطن.',
      'وقال الجبير إن العلاقات "استراتيجية".',
    ].join('\n\n'),
    quotes: [['استراتيجية', 'partial', 'عادل الجبير']],
  },
];

describe('floor11: a relation or a place before the full name', () => runRows(relationRows));
describe('floor11: a name’s own words and a hamza on its alef', () => runRows(spellingRows));
describe('floor11: a compound given name whose first half is a time word', () => runRows(compoundRows));
describe('floor11: an object word read into the name', () => runRows(objectWordRows));
describe('floor11: compound given names and foreign given names', () => runRows(nameDataRows));
describe('floor11: an outgoing holder (المنتهية ولايته)', () => runRows(outgoingRows));
describe('floor11: guards', () => runRows(guardRows));
