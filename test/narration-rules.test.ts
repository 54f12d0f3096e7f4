/**
 * A person brought in by the narration who then speaks with a dropped subject (issue 3, the rows of
 * probes 24 and 25): the newcomer, not the last speaker, takes up `وقال` / `وتقول` when named where a
 * subject stands just before the cue; and a speaker named before the verb after لكن with a quoted body
 * in the title. Each rule row is a passage written here in news style and fails without its rule; a
 * guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const narrationRuleRows: readonly Row[] = [
  {
    what: 'an MP before his verb after لكن, the quoted name of his society in the title (لكن النائب عن جمعية «…»، فلان، قال لـ«…» إن)',
    text: [
      'وقال وزير الأشغال البحريني عصام خلف إن المشروع «سينتهي في موعده».',
      'لكن النائب عن جمعية «الأصالة»، عبدالحليم مراد، قال لـ«الوسط» إن الأعمال «متأخرة ستة أشهر على الأقل».',
    ].join('\n\n'),
    quotes: [
      ['سينتهي في موعده', 'partial', 'عصام خلف'],
      ['الأصالة', 'mention', null],
      ['الوسط', 'mention', null],
      ['متأخرة ستة أشهر على الأقل', 'partial', 'عبدالحليم مراد'],
    ],
  },
  {
    what: 'a site’s name with a dot after the verb (قال للعربية.نت إن «…»): no full stop, the cue stays in reach',
    text: [
      'أكدت وزارة التموين المصرية أن مخزون القمح «يكفي حتى نهاية العام».',
      'لكن عضو مجلس الشيوخ عن حزب «النور»، أحمد عبدالرازق الشريف، قال للعربية.نت إن الأسعار «ارتفعت بنسبة الثلث في شهرين».',
    ].join('\n\n'),
    quotes: [
      ['يكفي حتى نهاية العام', 'partial', 'وزارة التموين المصرية'],
      ['النور', 'mention', null],
      ['ارتفعت بنسبة الثلث في شهرين', 'partial', 'أحمد عبدالرازق الشريف'],
    ],
  },
  {
    what: 'a saleswoman as the subject of a narrative verb with her full name (تعمل فلانة في …، وتقول), after a ministry spoke',
    text: [
      'وقالت وزارة الموارد البشرية إن نسبة التوطين في قطاع التجزئة «تجاوزت المستهدف».',
      'تعمل ريم بنت عبدالله الشهري في متجر للعطور بجدة منذ عامين، وتقول: «أصبح العمل في المتاجر أمرا عاديا لبنات جيلي».',
      'وتضيف الشهري أن زميلاتها «يتنافسن على ساعات العمل الإضافية».',
    ].join('\n\n'),
    quotes: [
      ['تجاوزت المستهدف', 'partial', 'وزارة الموارد البشرية'],
      ['أصبح العمل في المتاجر أمرا عاديا لبنات جيلي', 'direct', 'ريم بنت عبدالله الشهري'],
      ['يتنافسن على ساعات العمل الإضافية', 'partial', 'ريم بنت عبدالله الشهري'],
    ],
  },
  {
    what: 'a pilgrim by his kunya after كان, an apposition between commas, then …، وقال and يصف + kunya with its object (ويصف أبو فلان الرحلة بأنها «…»)',
    text: [
      'وقال مدير عام الجوازات اللواء سليمان بن عبدالعزيز اليحيى إن المنافذ «استقبلت أكثر من مليون حاج».',
      'وفي مطار الملك عبدالعزيز، كان أبو خالد، القادم من جاكرتا مع شقيقه، ينتظر حافلة النقل، وقال: «انتظرت هذه الرحلة عشرين عاما».',
      'ويصف أبو خالد الإجراءات بأنها «أسرع مما توقع»، مشيرا إلى أن الانتظار «لم يتجاوز نصف ساعة».',
    ].join('\n\n'),
    quotes: [
      ['استقبلت أكثر من مليون حاج', 'partial', 'سليمان بن عبدالعزيز اليحيى'],
      ['انتظرت هذه الرحلة عشرين عاما', 'direct', 'أبو خالد'],
      ['أسرع مما توقع', 'partial', 'أبو خالد'],
      ['لم يتجاوز نصف ساعة', 'partial', 'أبو خالد'],
    ],
  },
  {
    what: 'guard: the narrative verb is masculine and the cue feminine (يقف فلان … ، وتقول): the woman who spoke goes on',
    text: [
      'وقالت مديرة المدرسة هدى بنت محمد القرني: «الطالبات جاهزات للاختبارات».',
      'يقف سعد بن علي الزهراني عند بوابة المدرسة كل صباح، وتقول: «وجوده يطمئن الأهالي».',
    ].join('\n\n'),
    quotes: [
      ['الطالبات جاهزات للاختبارات', 'direct', 'هدى بنت محمد القرني'],
      ['وجوده يطمئن الأهالي', 'direct', 'هدى بنت محمد القرني'],
    ],
  },
  {
    what: 'guard: the newcomer is only named after a reporting verb’s clause (وأشار فلان إلى أن الوزير فلان …، وأضاف): the speaker goes on',
    text: [
      'وقال رئيس غرفة الشرقية عبدالحكيم بن حمد العمار إن القطاع الخاص «مستعد للشراكة».',
      'وأشار العمار إلى أن وزير الصناعة بندر الخريف زار المنطقة الأسبوع الماضي، وأضاف: «نتوقع قرارات قريبة».',
    ].join('\n\n'),
    quotes: [
      ['مستعد للشراكة', 'partial', 'عبدالحكيم بن حمد العمار'],
      ['نتوقع قرارات قريبة', 'direct', 'عبدالحكيم بن حمد العمار'],
    ],
  },
  {
    what: 'a survivor brought in by the paragraph’s first sentence (وصلت فلانة إلى …. وقالت:), after a body of her gender spoke',
    text: [
      'وقالت هيئة الهلال الأحمر في بيان إن فرقها «نقلت عشرات المصابين إلى مستشفيات المنطقة».',
      'وصلت مريم بنت حسن العسيري إلى مستشفى أبها بعد ست ساعات تحت الركام. وقالت لـ«الوطن» من سريرها: «كنت أسمع أصوات المنقذين ولا أستطيع الرد».',
    ].join('\n\n'),
    quotes: [
      ['نقلت عشرات المصابين إلى مستشفيات المنطقة', 'partial', 'هيئة الهلال الأحمر'],
      ['الوطن', 'mention', null],
      ['كنت أسمع أصوات المنقذين ولا أستطيع الرد', 'direct', 'مريم بنت حسن العسيري'],
    ],
  },
  {
    what: 'a survivor after a fronted predicate, said who he is (ومن بين المصابين فلان، وهو …. وقال:), after a body spoke',
    text: [
      'وقال الدفاع المدني اللبناني في بيان إن الحريق «أتى على ثلاثة مبان سكنية».',
      'ومن بين المصابين جورج حداد، وهو موظف في الخمسين من عمره، قفز من الطابق الثاني. وقال لوكالة الصحافة الفرنسية: «لم يكن أمامي خيار آخر».',
    ].join('\n\n'),
    quotes: [
      ['أتى على ثلاثة مبان سكنية', 'partial', 'الدفاع المدني اللبناني'],
      ['لم يكن أمامي خيار آخر', 'direct', 'جورج حداد'],
    ],
  },
  {
    what: 'guard: the man brought in by the paragraph’s first sentence disagrees with وقالت (نقل فلان إلى …. وقالت): the spokeswoman goes on',
    text: [
      'وقالت المتحدثة باسم صحة الرياض هيفاء بنت سعد الشمري إن المصابين «تلقوا الإسعافات اللازمة».',
      'نقل سعد بن علي القحطاني إلى مستشفى الملك خالد بعد الحادث. وقالت إن حالته «مستقرة».',
    ].join('\n\n'),
    quotes: [
      ['تلقوا الإسعافات اللازمة', 'partial', 'هيفاء بنت سعد الشمري'],
      ['مستقرة', 'partial', 'هيفاء بنت سعد الشمري'],
    ],
  },
];

describe('narration rules: a newcomer takes up a dropped subject', () => {
  runRows(narrationRuleRows);
});
