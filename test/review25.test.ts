/**
 * Review of the ends merge (issue 3): passages written here in news style on the shapes where
 * isAdverbAfterName and the new time words read the opposite case. Each rule row fails without its fix;
 * each guard row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows25: readonly Row[] = [
  {
    what: 'a country in ـيا after a title’s head in construct is its genitive, not an adverb (فلان رئيس سوريا)',
    text: 'وقال أحمد الشرع رئيس سوريا: «لن نقبل بالتقسيم».',
    quotes: [['لن نقبل بالتقسيم', 'direct', 'أحمد الشرع']],
  },
  {
    what: 'another country in ـيا after a title’s head (فلان سفير تركيا لدى المملكة)',
    text: 'وقال محمد الخالد سفير تركيا لدى المملكة: «العلاقات في أفضل حالاتها».',
    quotes: [['العلاقات في أفضل حالاتها', 'direct', 'محمد الخالد']],
  },
  {
    what: 'a city in the shape فعيلا after a feminine head in construct is the body’s name (رئيس بلدية فيينا)',
    text: 'وقال رئيس بلدية فيينا إن «المدينة مستعدة لاستضافة القمة».',
    quotes: [['المدينة مستعدة لاستضافة القمة', 'partial', 'رئيس بلدية فيينا']],
  },
  {
    what: 'another city of that shape after مدينة (عمدة مدينة سيينا)',
    text: 'وقال عمدة مدينة سيينا: «السياح عادوا بعد سنوات».',
    quotes: [['السياح عادوا بعد سنوات', 'direct', 'عمدة مدينة سيينا']],
  },
  {
    what: 'guard: a state in the shape فاعلا after a family name with the article still ends the name (سالم الدوسري ساخرا)',
    text: 'وعلق سالم الدوسري ساخرا: «الحكم لم ير شيئا».',
    quotes: [['الحكم لم ير شيئا', 'direct', 'سالم الدوسري']],
  },
  {
    what: 'guard: a participle in م after a name with بن still ends it (فيصل بن فرحان مبتسما)',
    text: 'ورد وزير الخارجية فيصل بن فرحان مبتسما: «سنرى».',
    quotes: [['سنرى', 'direct', 'فيصل بن فرحان']],
  },
  {
    what: 'ليلة after a title’s head in construct opens the event it names, no time phrase (خطيب ليلة القدر)',
    text: 'وقال خطيب ليلة القدر في المسجد الحرام: «اللهم احفظ بلادنا».',
    quotes: [['اللهم احفظ بلادنا', 'direct', 'خطيب ليلة القدر']],
  },
  {
    what: 'another event after a plural head in construct (منظمو ليلة القدر)',
    text: 'وقال منظمو ليلة القدر الرمضانية: «الحضور فاق التوقعات».',
    quotes: [['الحضور فاق التوقعات', 'direct', 'منظمو ليلة القدر الرمضانية']],
  },
  {
    what: 'ليلة after a place’s name that ends a title is a time phrase, not its genitive (رئيس بلدية روما ليلة رأس السنة)',
    text: 'وقال رئيس بلدية روما ليلة رأس السنة: «الاحتفالات آمنة».',
    quotes: [['الاحتفالات آمنة', 'direct', 'رئيس بلدية روما']],
  },
  {
    what: 'guard: ليلة after a foreign family name is a time phrase (دونالد ترامب ليلة الانتخابات)',
    text: 'وقال الرئيس الأمريكي دونالد ترامب ليلة الانتخابات: «سنفوز».',
    quotes: [['سنفوز', 'direct', 'دونالد ترامب']],
  },
  {
    what: 'guard: ليلة after a definite title is a time phrase, not the title’s (المدرب ليلة المباراة)',
    text: 'وقال المدرب ليلة المباراة: «نحن جاهزون».',
    quotes: [['نحن جاهزون', 'direct', 'المدرب']],
  },
  {
    what: 'guard: ليلة before أمس after a name ends it (الرئيس فلان ليلة أمس)',
    text: 'وقال الرئيس التركي رجب طيب أردوغان ليلة أمس: «لن نسمح بذلك».',
    quotes: [['لن نسمح بذلك', 'direct', 'رجب طيب أردوغان']],
  },
  {
    what: 'a given name with ا after a compound name is the chain’s third name, no state (محمد عبد الله حميدا)',
    text: 'وقال محمد عبد الله حميدا للصحفيين: «لم نتلق أي رد».',
    quotes: [['لم نتلق أي رد', 'direct', 'محمد عبد الله حميدا']],
  },
  {
    what: 'another given name with ا after a given name (علي حسن ماجدا)',
    text: 'وقال علي حسن ماجدا إن «المشروع تأخر عامين».',
    quotes: [['المشروع تأخر عامين', 'partial', 'علي حسن ماجدا']],
  },
  {
    what: 'guard: a state whose stem is a given name still ends a family name with the article (خالد العمري شاكرا)',
    text: 'ورد خالد العمري شاكرا: «أشكر الجميع على ثقتهم».',
    quotes: [['أشكر الجميع على ثقتهم', 'direct', 'خالد العمري']],
  },
];

describe('review25: the ends merge on the opposite case', () => {
  runRows(reviewRows25);
});
