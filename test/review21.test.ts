/**
 * Review of the kinds6 merge (issue 3): passages written here in news style on the shapes where its
 * rules read the opposite case. Each rule row fails without its fix; each guard row keeps the shape the
 * merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows21: readonly Row[] = [
  {
    what: 'after قال a noun with the subject’s pronoun opens the speaker’s own sentence about someone, direct (وقالت الأم «ابنها لم يعد …»)',
    text: 'وقالت الأم «ابنها لم يعد إلى المنزل منذ يومين».',
    quotes: [['ابنها لم يعد إلى المنزل منذ يومين', 'direct', 'الأم']],
  },
  {
    what: 'another after قال with an adjective for predicate (وقال الوزير «موقفه واضح …»)',
    text: 'وقال الوزير «موقفه واضح من البداية».',
    quotes: [['موقفه واضح من البداية', 'direct', 'الوزير']],
  },
  {
    what: 'after a participle that goes on (مضيفا) the possessed noun opens a sentence said (مضيفا «حالته مستقرة»)',
    text: 'وقال الطبيب إن المريض لا يقدر أن يتكلم، مضيفا «حالته مستقرة».',
    quotes: [['حالته مستقرة', 'direct', 'الطبيب']],
  },
  {
    what: 'after أعلن a possessed noun then لم is a clause with its verb, direct (وأعلن المتحدث «موعده لم يحدد بعد»)',
    text: 'وأعلن المتحدث «موعده لم يحدد بعد».',
    quotes: [['موعده لم يحدد بعد', 'direct', 'المتحدث']],
  },
  {
    what: 'after توقع a broken plural of the فعول shape, its genitive, then a future verb: a sentence said (ظروف السوق ستتحسن)',
    text: 'وتوقع الخبير «ظروف السوق ستتحسن في الربع المقبل».',
    quotes: [['ظروف السوق ستتحسن في الربع المقبل', 'direct', 'الخبير']],
  },
  {
    what: 'guard: after أكد a noun with the subject’s pronoun and its adjective is the verb’s object, partial (وأكد اللاعب «جاهزيته …»)',
    text: 'وأكد اللاعب «جاهزيته التامة للمباراة».',
    quotes: [['جاهزيته التامة للمباراة', 'partial', 'اللاعب']],
  },
  {
    what: 'guard: after أعلن an indefinite verbal noun in construct is the verb’s object, partial (وأعلنت الوزارة «انطلاق حملة …»)',
    text: 'وأعلنت الوزارة «انطلاق حملة التطعيم الموسمية».',
    quotes: [['انطلاق حملة التطعيم الموسمية', 'partial', 'الوزارة']],
  },
  {
    what: 'a one-word quote after a cue’s subject phrase headed by a body, a comma and no إن/colon to come, is the words said (وقال رئيس لجنة … «مستحيل»، مشيرا)',
    text: 'وقال رئيس لجنة الانتخابات في المحافظة «مستحيل»، مشيرا إلى ضيق الوقت.',
    quotes: [['مستحيل', 'partial', 'رئيس لجنة الانتخابات']],
  },
  {
    what: 'another after كتب and a party’s deputy head, a participle after the comma (وكتب نائب رئيس حزب … «عار»، معلقا)',
    text: 'وكتب نائب رئيس حزب الوفد في القاهرة «عار»، معلقا على قرار الحكومة.',
    quotes: [['عار', 'partial', 'نائب رئيس حزب الوفد']],
  },
  {
    what: 'and a preposition after the comma, the words said described (وعلق مدير مكتب منظمة … «كارثة»، في إشارة إلى …)',
    text: 'وعلق مدير مكتب منظمة الصحة العالمية في جدة «كارثة»، في إشارة إلى الوضع.',
    quotes: [['كارثة', 'partial', 'مدير مكتب منظمة الصحة العالمية']],
  },
  {
    what: 'guard: after a title over a body, its short name, then the person’s name and the verb’s object: a mention (، كريستوف ميلر، انتهاء …)',
    text: 'وأعلن رئيس بعثة الاتحاد الأوروبي في العراق «يوبام»، كريستوف ميلر، انتهاء المرحلة الأولى.',
    quotes: [['يوبام', 'mention', null]],
  },
  {
    what: 'guard: the body as a cue’s subject, its short name, then في بيان and أن: a mention (وأكدت بعثة … «أونسميل»، في بيان، أن)',
    text: 'وأكدت بعثة الأمم المتحدة للدعم في ليبيا «أونسميل»، في بيان، أن الحوار سيستأنف الأسبوع المقبل.',
    quotes: [['أونسميل', 'mention', null]],
  },
  {
    what: 'guard: after a title over a body, its short name, the name of the person and إن: a mention (رئيس بعثة … «أميسوم»، اللواء …، إن)',
    text: 'وقال رئيس بعثة الاتحاد الأفريقي في الصومال «أميسوم»، اللواء أحمد العلي، إن القوات ستنسحب.',
    quotes: [['أميسوم', 'mention', null]],
  },
  {
    what: 'a cue in a relative clause on an إن subject with the mark right after it says the quote, its noun the speaker (إن الموظفين الذين قالوا «لا»)',
    text: 'وقال إن الموظفين الذين قالوا «لا» تم فصلهم.',
    quotes: [['لا', 'partial', 'الموظفين']],
  },
  {
    what: 'another after أن and هتفوا (أن المحتجين الذين هتفوا «ارحل» اعتقلوا)',
    text: 'وأضاف أن المحتجين الذين هتفوا «ارحل» اعتقلوا.',
    quotes: [['ارحل', 'partial', 'المحتجين']],
  },
  {
    what: 'guard: the relative clause’s verb with its own complement and subject before the mark is passed over (التعهدات التي وعدت بها الوزارة «…»)',
    text: 'وقال النائب إن التعهدات التي وعدت بها الوزارة «لم تنفذ حتى الآن».',
    quotes: [['لم تنفذ حتى الآن', 'partial', 'النائب']],
  },
  {
    what: 'قدر negated before أن is "can", no cue: the quote is the words of the cue after it (ولا يقدر أحد أن «…»، كما قال المدرب)',
    text: 'ولا يقدر أحد أن «يتنبأ بالنتيجة»، كما قال المدرب.',
    quotes: [['يتنبأ بالنتيجة', 'partial', 'المدرب']],
  },
  {
    what: 'another with لن and بحسب ما قال (ولن يقدر أحد أن «…»، بحسب ما قال الوزير)',
    text: 'ولن يقدر أحد أن «يوقف المسيرة»، بحسب ما قال الوزير.',
    quotes: [['يوقف المسيرة', 'partial', 'الوزير']],
  },
  {
    what: 'guard: يقدّر before أن with its subject is a judgement said (ويقدر الخبراء أن «…»)',
    text: 'ويقدر الخبراء أن «المشروع سيوفر آلاف الوظائف».',
    quotes: [['المشروع سيوفر آلاف الوظائف', 'partial', 'الخبراء']],
  },
  {
    what: 'a verb after the definite subject of an أن clause ends the subject: a naming noun it governs takes its name at the sentence’s end (بأن العلماء رصدوا على سطح القمر «أوروبا»)',
    text: 'وأفادت بأن العلماء رصدوا على سطح القمر «أوروبا».',
    quotes: [['أوروبا', 'mention', null]],
  },
  {
    what: 'another after إن, the verb’s object and ل before the naming noun (إن المسبار التقط صورا … لسطح القمر «جانيميد»)',
    text: 'وقالت الوكالة إن المسبار التقط صورا دقيقة لسطح القمر «جانيميد».',
    quotes: [['جانيميد', 'mention', null]],
  },
  {
    what: 'guard: a subject of nouns and a preposition up to a naming noun, the sentence ending after the mark: the predicate (أن عدد المسافرين عبر المعبر «محدود»)',
    text: 'وأوضح المسؤول أن عدد المسافرين عبر المعبر «محدود».',
    quotes: [['محدود', 'partial', 'المسؤول']],
  },
];

describe('review of the kinds6 merge (reviewRows21)', () => {
  runRows(reviewRows21);
});
