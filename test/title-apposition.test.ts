/**
 * A long title and the name in apposition after it (issue 3). A title that runs through genitives, a
 * company's or a place's name and a field after ل leaves words that open no given name before the
 * comma; when a name that opens one follows, closed by a comma of its own, that name is the title's
 * holder and the speaker, and the words before the comma go back on the title. So too a title's
 * destination after إلى (رئيس وفد الحكومة إلى المفاوضات فلان), when a given name follows it, closed by
 * إن or by the hearers after ل (للصحفيين). Each rule row is a
 * sentence written here in news style and fails without the rule; a guard row keeps the opposite case
 * (a place after the comma of a name already read; a time after a title with no name; إلى and what
 * a cue points to, no name).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const ruleRows: readonly Row[] = [
  {
    what: 'a Saudi company’s chief executive whose title ends on a field after ل (لشركة نماء لحلول الطاقة المتجددة), his name between commas, أكد … أن',
    text: 'وأكد المدير التنفيذي لشركة نماء لحلول الطاقة المتجددة، فيصل بن عبدالله العتيبي، أن المشروع "سيوفر ألفي وظيفة للشباب السعوديين".',
    quotes: [['سيوفر ألفي وظيفة للشباب السعوديين', 'partial', 'فيصل بن عبدالله العتيبي']],
  },
  {
    what: 'a manager of one of a city’s rental companies (مدير إحدى شركات تأجير السيارات في الدمام), the place before the comma, then his name, أوضح … أن',
    text: 'وأوضح مدير إحدى شركات تأجير السيارات في الدمام، سعد بن علي الدوسري، أن الطلب "ارتفع بنسبة الثلث خلال الإجازة".',
    quotes: [['ارتفع بنسبة الثلث خلال الإجازة', 'partial', 'سعد بن علي الدوسري']],
  },
  {
    what: 'a Brazilian deputy governor with a state’s four-word name in his title (ولاية ريو غراندي دو سول), his name between commas, قال … إن',
    text: 'وقال نائب حاكم ولاية ريو غراندي دو سول، ماريو سوزا، إن الفيضانات "شردت أكثر من نصف مليون شخص".',
    quotes: [['شردت أكثر من نصف مليون شخص', 'partial', 'ماريو سوزا']],
  },
  {
    what: 'a Saudi ambassador with his posting after إلى (سفير خادم الحرمين الشريفين إلى الأردن) and his name with no comma, قال … إن',
    text: 'وقال سفير خادم الحرمين الشريفين إلى الأردن نايف بن بندر السديري إن العلاقات "تشهد مرحلة غير مسبوقة من التعاون".',
    quotes: [['تشهد مرحلة غير مسبوقة من التعاون', 'partial', 'نايف بن بندر السديري']],
  },
  {
    what: 'a delegation’s head with its destination after إلى (رئيس وفد المعارضة إلى المحادثات), his name, then the hearers (للصحفيين) before إن',
    text: 'وقال رئيس وفد المعارضة إلى المحادثات أحمد طعمة للصحفيين إن الوفد "لن يوقع على أي ورقة لا تضمن وقف القصف".',
    quotes: [['لن يوقع على أي ورقة لا تضمن وقف القصف', 'partial', 'أحمد طعمة']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a minister named right after his title, then a place between commas (، في الرياض،): the name read stays',
    text: 'وقال وزير الخارجية فيصل بن فرحان، في الرياض، إن المملكة "تدعم كل جهود التهدئة".',
    quotes: [['تدعم كل جهود التهدئة', 'partial', 'فيصل بن فرحان']],
  },
  {
    what: 'guard: a spokesman by title alone, a time between commas (، أمس،): no name, the title speaks',
    text: 'وقال المتحدث باسم وزارة الداخلية، أمس، إن الوزارة "ضبطت 12 مطلوباً في حملة واحدة".',
    quotes: [['ضبطت 12 مطلوباً في حملة واحدة', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: a minister’s title, then إلى and what he pointed to (أشار … إلى الاتفاق): no name after إلى, the title speaks',
    text: 'وأشار وزير الخارجية إلى الاتفاق الموقع مع الجانب التركي، وقال: "سنلتزم بكل بنوده".',
    quotes: [['سنلتزم بكل بنوده', 'direct', 'وزير الخارجية']],
  },
];

describe('title apposition: a long title, then the holder’s name after a comma', () => {
  runRows(ruleRows);
});

describe('title apposition: guards', () => {
  runRows(guardRows);
});
