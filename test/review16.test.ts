/**
 * Review of the hearers and flat3 merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows16: readonly Row[] = [
  {
    what: 'people in the plural after ل with one man’s name after them are his title’s field (للمتطوعين أحمد …)',
    text: 'وقال المنسق العام للمتطوعين أحمد الزهراني: «عدد المتطوعين تجاوز ألفا هذا الموسم».',
    quotes: [['عدد المتطوعين تجاوز ألفا هذا الموسم', 'direct', 'أحمد الزهراني']],
  },
  {
    what: 'a minister of state for youth with her name after the field (وزيرة الدولة للشباب شما المزروعي)',
    text: 'وقالت وزيرة الدولة للشباب شما المزروعي: «الشباب شركاء في التنمية».',
    quotes: [['الشباب شركاء في التنمية', 'direct', 'شما المزروعي']],
  },
  {
    what: 'a UN envoy for youth with a foreign name after the field (مبعوث الأمم المتحدة للشباب …)',
    text: 'وقال مبعوث الأمم المتحدة للشباب جياتو ويكراماناياكي: «الشباب يريدون وظائف لا وعودا».',
    quotes: [['الشباب يريدون وظائف لا وعودا', 'direct', 'جياتو ويكراماناياكي']],
  },
  {
    what: 'the general supervisor of pilgrims with his name after the field (للحجاج عبدالفتاح …)',
    text: 'وأضاف المشرف العام للحجاج عبدالفتاح مشاط: «اكتملت خطة التفويج».',
    quotes: [['اكتملت خطة التفويج', 'direct', 'عبدالفتاح مشاط']],
  },
  {
    what: 'guard: players after ل and an adjective with the article are whom the coach told',
    text: 'وقال مدرب المنتخب للاعبين الدوليين: «المباراة صعبة ولا مجال للخطأ».',
    quotes: [['المباراة صعبة ولا مجال للخطأ', 'direct', 'مدرب المنتخب']],
  },
  {
    what: 'guard: pilgrims after ل and a time adverb are whom the minister told',
    text: 'وقال وزير الحج للحجاج مساء أمس: «سلامتكم أولويتنا».',
    quotes: [['سلامتكم أولويتنا', 'direct', 'وزير الحج']],
  },
  {
    what: 'after a cue of saying, a known full name goes on with the son’s mark (دونالد ترامب جونيور)',
    text: [
      'قال الرئيس الأمريكي دونالد ترامب إنه سيزور المنطقة الشهر المقبل.',
      'وقال دونالد ترامب جونيور: «والدي سيفوز بسهولة».',
    ].join('\n\n'),
    quotes: [['والدي سيفوز بسهولة', 'direct', 'دونالد ترامب جونيور']],
  },
  {
    what: 'after a cue of saying, a known full name goes on with the father’s mark (جورج بوش الأب)',
    text: [
      'قال الرئيس الأمريكي الأسبق جورج بوش إن الحرب كانت ضرورية.',
      'وقال جورج بوش الأب في رسالة: «ابني اتخذ القرار الصحيح».',
    ].join('\n\n'),
    quotes: [['ابني اتخذ القرار الصحيح', 'direct', 'جورج بوش الأب']],
  },
  {
    what: 'guard: after a verb that takes an object, a known surname ends the name (واستقبل روبيو وزراء …)',
    text: [
      'وصل وزير الخارجية الأمريكي ماركو روبيو إلى الرياض أمس في زيارة رسمية.',
      'واستقبل روبيو وزراء الخارجية العرب في مقر إقامته، وقال: «نريد السلام».',
    ].join('\n\n'),
    quotes: [['نريد السلام', 'direct', 'ماركو روبيو']],
  },
];

describe('review16: the hearers and flat3 merges on the opposite cases', () => {
  runRows(reviewRows16);
});
