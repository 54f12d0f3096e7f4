/**
 * A person brought in by the narration who then speaks with a dropped subject (issue 3, the rows of
 * probes 24 and 25): the newcomer, not the last speaker, takes up `وقال` / `وتقول` when named where a
 * subject stands just before the cue; and a speaker named before the verb after لكن with a quoted body
 * in the title. Each rule row is a passage written here in news style and fails without its rule; a
 * guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

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
];

describe('narration rules: a newcomer takes up a dropped subject', () => {
  runRows(narrationRuleRows);
});
