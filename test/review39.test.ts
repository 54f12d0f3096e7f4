/**
 * Review of the nisba6 merge (issue 3): sentences written here in news style on the shapes where the
 * rules of sources and bodies with their adjectives read the opposite case. Each regression's rows sit
 * beside a guard that the rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows39: readonly Row[] = [
  {
    what: 'a described member, then في and a city: where he is, not his group (قيادي حوثي في صنعاء)',
    text: 'وقال قيادي حوثي في صنعاء إن «الجماعة مستعدة للتفاوض».',
    quotes: [['الجماعة مستعدة للتفاوض', 'partial', 'قيادي حوثي']],
  },
  {
    what: 'a member with an adjective of rank, then في and a city’s head noun and its name (قيادي بارز في مدينة غزة)',
    text: 'وقال قيادي بارز في مدينة غزة إن «الحركة لن تقبل بالشروط».',
    quotes: [['الحركة لن تقبل بالشروط', 'partial', 'قيادي بارز']],
  },
  {
    what: 'a member with an adjective of rank in a capital (عضو بارز في الرياض)',
    text: 'وقال عضو بارز في الرياض إن «المجلس سيناقش الميزانية الأسبوع المقبل».',
    quotes: [['المجلس سيناقش الميزانية الأسبوع المقبل', 'partial', 'عضو بارز']],
  },
  {
    what: 'guard: a member with an adjective of rank in a movement speaks for it (قيادي بارز في حركة حماس)',
    text: 'وقال قيادي بارز في حركة حماس إن «الحركة لن تقبل بالشروط».',
    quotes: [['الحركة لن تقبل بالشروط', 'partial', 'حركة حماس']],
  },
  {
    what: 'a member with an adjective of rank, his body, then his title and name (عضو بارز في مجلس الشيوخ الأمريكي فلان)',
    text: 'وقال عضو بارز في مجلس الشيوخ الأمريكي ليندسي غراهام إن «التصويت سيجري الأسبوع المقبل».',
    quotes: [['التصويت سيجري الأسبوع المقبل', 'partial', 'ليندسي غراهام']],
  },
  {
    what: 'a member with an adjective of field, a party of three words, then his name (عضو قيادي في حزب الأمة القومي فلان)',
    text: 'وقال عضو قيادي في حزب الأمة القومي صديق إسماعيل إن «الحزب سيقاطع الانتخابات».',
    quotes: [['الحزب سيقاطع الانتخابات', 'partial', 'صديق إسماعيل']],
  },
  {
    what: 'guard: a described member, his movement, then his name in apposition after a comma',
    text: 'وقال قيادي بارز في حركة حماس، محمود الزهار، إن «الحركة لن تقبل بالشروط».',
    quotes: [['الحركة لن تقبل بالشروط', 'partial', 'محمود الزهار']],
  },
  {
    what: 'a described member, a movement of two words, then a name the plain reading does not find (قيادي بارز في حركة حماس فلان)',
    text: 'وقال قيادي بارز في حركة حماس محمود الزهار إن «الحركة لن تقبل بالشروط».',
    quotes: [['الحركة لن تقبل بالشروط', 'partial', 'محمود الزهار']],
  },
  {
    what: 'a described source, then في and a forum he spoke at, not his body (مسؤول كبير في منتدى دافوس)',
    text: 'وقال مسؤول كبير في منتدى دافوس إن «الاقتصاد العالمي يتباطأ».',
    quotes: [['الاقتصاد العالمي يتباطأ', 'partial', 'مسؤول كبير']],
  },
  {
    what: 'a described source, then في and an investment meeting (مسؤول رفيع في ملتقى الاستثمار)',
    text: 'وقال مسؤول رفيع في ملتقى الاستثمار إن «العقود الجديدة وقعت».',
    quotes: [['العقود الجديدة وقعت', 'partial', 'مسؤول رفيع']],
  },
  {
    what: 'guard: a described source keeps the ministry he serves (مسؤول رفيع في وزارة الدفاع)',
    text: 'وقال مسؤول رفيع في وزارة الدفاع إن «المفاوضات ستستأنف قريبا».',
    quotes: [['المفاوضات ستستأنف قريبا', 'partial', 'وزارة الدفاع']],
  },
];

describe('review of the nisba6 merge', () => runRows(reviewRows39));
