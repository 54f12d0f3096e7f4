/**
 * Foreign names the given-name lists lack, read whole by their place in the sentence (foreign12). A
 * reader takes the whole name as the speaker wherever the sentence's shape says a person is named:
 * - a hyphenated given name in apposition after a post and its comma (، جان-لوك بريسون،, ، لو شو-مين،):
 *   the hyphen, tight between two words, joins the halves there as it does after a title with no comma,
 *   and the surname alone later (وأضاف لوكلير) is tied to the whole name;
 * - a French particle that spells a function word inside a name after a title (جان إيف لو دريان): the
 *   given names before the run of short words belong to it when a plain word follows the particle;
 * - a Chinese given name that spells "to me" right after the verb (وقالت لي مين، وهي …، لمراسل …): an
 *   aside after the name's comma, closed by a comma of its own, then whom the words were told, says لي
 *   is no hearer.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a given name and لي as "to me" before إن, لو as "if" after a given name, لي "to me"
 * with a kinsman and an aside but no second hearer, a score written with a hyphen).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const hyphenRows: readonly Row[] = [
  {
    what: 'المتحدث باسم …، جان-لوك فلان، للصحفيين إن: the hyphenated given name in apposition is whole',
    text: 'وقال المتحدث باسم الشرطة الفرنسية، جان-لوك بريسون، للصحفيين إن التحقيق «ما زال في بدايته».',
    quotes: [['ما زال في بدايته', 'partial', 'جان-لوك بريسون']],
  },
  {
    what: 'a spokeswoman’s hyphenated name in apposition before a colon',
    text: 'وقالت المتحدثة باسم الحكومة البلجيكية، آن-صوفي ديبري، للصحفيين: «الإجراءات ستستمر».',
    quotes: [['الإجراءات ستستمر', 'direct', 'آن-صوفي ديبري']],
  },
  {
    what: 'the hyphenated name in apposition, then the surname alone after وأوضح',
    text: [
      'قال المتحدث باسم المنظمة، جان-بول موريل، إن الإغاثة «لم تصل بعد».',
      'وأوضح موريل أن الطرق «مقطوعة».',
    ].join('\n\n'),
    quotes: [
      ['لم تصل بعد', 'partial', 'جان-بول موريل'],
      ['مقطوعة', 'partial', 'جان-بول موريل'],
    ],
  },
  {
    what: 'a Taiwanese name in apposition whose first syllable spells "if" and whose given name is hyphenated',
    text: 'وقال المتحدث باسم الجيش التايواني، لو شو-مين، إن الطائرات «اخترقت المجال الجوي».',
    quotes: [['اخترقت المجال الجوي', 'partial', 'لو شو-مين']],
  },
  {
    what: 'guard: a score with a hyphen in the sentence before the cue is no name',
    text: 'وفاز الهلال على النصر 2-1، وقال مدربه للصحفيين: «الفوز مستحق».',
    quotes: [['الفوز مستحق', 'direct', 'مدربه']],
  },
];

const particleRows: readonly Row[] = [
  {
    what: 'وزير … جان إيف لو دريان للصحفيين إن, then وأضاف لو دريان: the particle لو is the name’s',
    text: [
      'وقال وزير الدفاع الفرنسي جان إيف لو دريان للصحفيين إن الضربات الجوية «ستستمر».',
      'وأضاف لو دريان: «لن نتهاون مع الإرهاب».',
    ].join('\n\n'),
    quotes: [
      ['ستستمر', 'partial', 'جان إيف لو دريان'],
      ['لن نتهاون مع الإرهاب', 'direct', 'جان إيف لو دريان'],
    ],
  },
  {
    what: 'guard: وقال الطبيب فلان لي إن: a given name and لي alone, "to me"',
    text: 'وقال الطبيب أحمد لي إن المريض «تجاوز مرحلة الخطر».',
    quotes: [['تجاوز مرحلة الخطر', 'partial', 'أحمد']],
  },
  {
    what: 'guard: وقال المدرب فلان لو أن: لو is "if" before أن',
    text: 'وقال المدرب جوزيه لو أن الفريق استغل الفرص لفاز، مضيفا: «لم نكن محظوظين».',
    quotes: [['لم نكن محظوظين', 'direct', 'جوزيه']],
  },
];

const afterCueRows: readonly Row[] = [
  {
    what: 'وقالت لي مين، وهي …، لمراسل شينخوا: the name right after the verb, its aside, then whom she told',
    text: 'وقالت لي مين، وهي مديرة مبيعات في الشركة، لمراسل شينخوا: «الطلب على منتجاتنا يتزايد».',
    quotes: [['الطلب على منتجاتنا يتزايد', 'direct', 'لي مين']],
  },
  {
    what: 'وقالت لي هوا، المتحدثة باسم …، لوكالة … إن: her post in apposition, then the outlet',
    text: 'وقالت لي هوا، المتحدثة باسم الشركة، لوكالة شينخوا إن الإنتاج «سيتضاعف».',
    quotes: [['سيتضاعف', 'partial', 'لي هوا']],
  },
  {
    what: 'guard: وقال لي صديقي، وهو طبيب …، إن: "to me", no second hearer after the aside',
    text: 'وقال لي صديقي، وهو طبيب في المستشفى، إن الحالات «تتزايد».',
    quotes: [['تتزايد', 'partial', 'صديقي']],
  },
  {
    what: 'guard: وقالت لي جارتي، وهي تبكي: "to me" before a colon',
    text: 'وقالت لي جارتي، وهي تبكي: «فقدنا كل شيء».',
    quotes: [['فقدنا كل شيء', 'direct', 'جارتي']],
  },
];

describe('a hyphenated given name in apposition after a post', () => runRows(hyphenRows));
describe('a name’s particle that spells a function word after its given names', () => runRows(particleRows));
describe('a Chinese given name that spells لي right after the verb', () => runRows(afterCueRows));
