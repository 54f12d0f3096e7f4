/**
 * Foreign names the given-name lists lack, read whole by their place in the sentence (foreign12). A
 * reader takes the whole name as the speaker wherever the sentence's shape says a person is named:
 * - a hyphenated given name in apposition after a post and its comma (، جان-لوك بريسون،, ، لو شو-مين،):
 *   the hyphen, tight between two words, joins the halves there as it does after a title with no comma,
 *   and the surname alone later (وأضاف لوكلير) is tied to the whole name.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a score written with a hyphen).
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

describe('a hyphenated given name in apposition after a post', () => runRows(hyphenRows));
