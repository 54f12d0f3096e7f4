/**
 * Review of the bodies3 merge (issue 3): passages written here in news style on the shapes where its
 * rules read the opposite case. Each rule row fails without its fix; each guard row keeps the shape the
 * merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows23: readonly Row[] = [
  {
    what: 'a country alone after a warning verb and before من أن is whom the last speaker warns (وحذر إيران من أن)',
    text: 'وقال الرئيس الأمريكي جو بايدن: «لن نتراجع». وحذر إيران من أن «الرد سيكون قاسيا».',
    quotes: [
      ['لن نتراجع', 'direct', 'جو بايدن'],
      ['الرد سيكون قاسيا', 'partial', 'جو بايدن'],
    ],
  },
  {
    what: 'a movement alone after وحذر and before من «…» is the object of the dropped subject',
    text: 'وقال رئيس الوزراء الإسرائيلي: «سنواصل العملية». وحذر حماس من «عواقب وخيمة».',
    quotes: [
      ['سنواصل العملية', 'direct', 'رئيس الوزراء الإسرائيلي'],
      ['عواقب وخيمة', 'partial', 'رئيس الوزراء الإسرائيلي'],
    ],
  },
  {
    what: 'two countries joined by و after وحذر, before من «…», are warned, not who warns',
    text: 'وقال الأمين العام: «لا بد من وقف النار». وحذر روسيا وأوكرانيا من «كارثة نووية».',
    quotes: [
      ['لا بد من وقف النار', 'direct', 'الأمين العام'],
      ['كارثة نووية', 'partial', 'الأمين العام'],
    ],
  },
  {
    what: 'guard: a person’s name of two words after وحذرت, right before من أن, still warns',
    text: 'وقال وزير الصحة: «المستشفيات ممتلئة». وحذرت لينا حداد من أن «الأدوية ستنفد خلال أسبوع».',
    quotes: [
      ['المستشفيات ممتلئة', 'direct', 'وزير الصحة'],
      ['الأدوية ستنفد خلال أسبوع', 'partial', 'لينا حداد'],
    ],
  },
  {
    what: 'ذوي after the genitive of a body’s indefinite head qualifies it: a word of the name (جمعية الأشخاص ذوي الإعاقة)',
    text: 'وقالت جمعية الأشخاص ذوي الإعاقة إن «البرنامج مجاني للأسر المحتاجة».',
    quotes: [['البرنامج مجاني للأسر المحتاجة', 'partial', 'جمعية الأشخاص ذوي الإعاقة']],
  },
  {
    what: 'another centre named for those it serves, with ذوي and its adjective (مركز الأطفال ذوي الاحتياجات الخاصة)',
    text: 'وقال مركز الأطفال ذوي الاحتياجات الخاصة إن «المبنى الجديد جاهز».',
    quotes: [['المبنى الجديد جاهز', 'partial', 'مركز الأطفال ذوي الاحتياجات الخاصة']],
  },
  {
    what: 'guard: a plain word and a definite word after a body’s genitive stay the verb’s object (شددت وزارة التعليم شروط القبول)',
    text: 'وشددت وزارة التعليم شروط القبول، وقالت: «الجودة أولا».',
    quotes: [['الجودة أولا', 'direct', 'وزارة التعليم']],
  },
  {
    what: 'after أفادت, ب + a definite noun and its adjective is what the ministry reports, not the body it belongs to',
    text: 'وأفادت وزارة الصحة بالعدد الإجمالي للإصابات، وقالت: «الوضع مستقر».',
    quotes: [['الوضع مستقر', 'direct', 'وزارة الصحة']],
  },
  {
    what: 'after أبلغت, ب + a decision and its adjective is the complement (أبلغت وزارة الخارجية بالقرار الأمريكي الجديد)',
    text: 'وأبلغت وزارة الخارجية بالقرار الأمريكي الجديد، وقالت: «سندرسه بعناية».',
    quotes: [['سندرسه بعناية', 'direct', 'وزارة الخارجية']],
  },
  {
    what: 'guard: a part of a body goes on through ب + a body’s head and its adjective (إدارة الشؤون الصحية بالحرس الوطني)',
    text: 'وقالت إدارة الشؤون الصحية بالحرس الوطني إن «المستشفى الميداني جاهز».',
    quotes: [['المستشفى الميداني جاهز', 'partial', 'إدارة الشؤون الصحية بالحرس الوطني']],
  },
  {
    what: 'guard: and through ب + a region and its adjective (إدارة التعليم بالمنطقة الشرقية)',
    text: 'وأعلنت إدارة التعليم بالمنطقة الشرقية أن «الدراسة ستستأنف الأحد».',
    quotes: [['الدراسة ستستأنف الأحد', 'partial', 'إدارة التعليم بالمنطقة الشرقية']],
  },
];

describe('review of the bodies3 merge: the opposite case of each rule', () => {
  runRows(reviewRows23);
});
