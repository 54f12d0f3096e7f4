/**
 * Review of the titles5 merge (issue 3): passages written here in news style on the shapes where its
 * rules (a body's participle in ة after a definite feminine noun, a foreign name's short word after a
 * title) read the opposite case. Each rule row fails without its fix; each guard row keeps the shape
 * the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows26: readonly Row[] = [
  {
    what: 'المنظمة after a body and before على is the object of شكر, not its adjective (وشكرت الوزارة المنظمة على جهودها)',
    text: 'وشكرت الوزارة المنظمة على جهودها في إغاثة النازحين، وقالت في بيان: «نقدر هذا الدعم الكبير».',
    quotes: [['نقدر هذا الدعم الكبير', 'direct', 'الوزارة']],
  },
  {
    what: 'المنظمة before من after a cue that takes an object is the one warned (وحذرت الحكومة المنظمة من «…»)',
    text: 'وحذرت الحكومة المنظمة من «تسييس العمل الإنساني في المخيمات».',
    quotes: [['تسييس العمل الإنساني في المخيمات', 'partial', 'الحكومة']],
  },
  {
    what: 'المؤسسة with a definite adjective in ة of its own (العامة) is another body, the object (وطالبت الحكومة المؤسسة العامة للتأمينات)',
    text: 'وطالبت الحكومة المؤسسة العامة للتأمينات الاجتماعية بـ«مراجعة لوائح التقاعد المبكر».',
    quotes: [['مراجعة لوائح التقاعد المبكر', 'partial', 'الحكومة']],
  },
  {
    what: 'guard: after a cue that takes no object, المنظمة before على is the committee’s adjective (وشددت اللجنة المنظمة على)',
    text: 'وشددت اللجنة المنظمة على «ضرورة وصول المشاركين قبل موعد الانطلاق بساعة».',
    quotes: [['ضرورة وصول المشاركين قبل موعد الانطلاق بساعة', 'partial', 'اللجنة المنظمة']],
  },
  {
    what: 'guard: اللجنة المنظمة من جهتها إن «…» after قالت stays the organising committee',
    text: 'وقالت اللجنة المنظمة من جهتها إن «التسجيل في البطولة سيغلق نهاية الأسبوع».',
    quotes: [['التسجيل في البطولة سيغلق نهاية الأسبوع', 'partial', 'اللجنة المنظمة']],
  },
  {
    what: 'لي before an adverb in the accusative and a colon is "to me", no name’s word (وقال المدير لي يوما:)',
    text: 'وقال المدير لي يوما: «العمل الجاد لا يضيع أبدا».',
    quotes: [['العمل الجاد لا يضيع أبدا', 'direct', 'المدير']],
  },
  {
    what: 'another time word with its alif after لي before a colon (وقالت الموظفة لي يومها: «…»)',
    text: 'وقالت الموظفة لي يومها: «لا أحد يسمع شكوانا».',
    quotes: [['لا أحد يسمع شكوانا', 'direct', 'الموظفة']],
  },
  {
    what: 'بان (بأن without its hamza) and a clause to a comma before the quote is no name (وصرح المتحدث بان ثلاثة أشخاص أصيبوا، مضيفا:)',
    text: 'وصرح المتحدث بان ثلاثة أشخاص أصيبوا، مضيفا: «الحصيلة ما زالت أولية».',
    quotes: [['الحصيلة ما زالت أولية', 'direct', 'المتحدث']],
  },
  {
    what: 'another clause after بان that runs to a full stop, then the speaker’s own quote (وأفاد المصدر بان خمسة جنود قتلوا. وقال:)',
    text: 'وأفاد المصدر بان خمسة جنود قتلوا. وقال: «الهجوم كان مباغتا».',
    quotes: [['الهجوم كان مباغتا', 'direct', 'المصدر']],
  },
  {
    what: 'guard: after the quote a full stop still ends the name (»، قال المتحدث باسم الخارجية الصينية هونغ لي.)',
    text: '«الصين ترفض أي تدخل في شؤونها الداخلية»، قال المتحدث باسم الخارجية الصينية هونغ لي.',
    quotes: [['الصين ترفض أي تدخل في شؤونها الداخلية', 'direct', 'هونغ لي']],
  },
  {
    what: 'guard: a Korean name of three short words after a title and before a colon (السفير الكوري لي سانغ هوا:)',
    text: 'وقال السفير الكوري لي سانغ هوا: «نرحب بتوسيع التعاون في مجال الطاقة».',
    quotes: [['نرحب بتوسيع التعاون في مجال الطاقة', 'direct', 'لي سانغ هوا']],
  },
];

describe('review26: the titles5 rules on the opposite case', () => runRows(reviewRows26));
