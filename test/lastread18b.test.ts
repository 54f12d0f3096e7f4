/**
 * lastread18b: a read of the eighteenth session's change to the engine in three families (nonnames,
 * mentions, audience: 73a9469..dc76d9e, src/attribute, src/scan/tokenize.ts and the marks in src/scan) for
 * what it misreads. 504 distinct news-style sentences and short articles (Saudi papers and international
 * Arabic outlets, invented people) were written by reading and run through the engine before the session
 * (73a9469) and after it (dc76d9e); 170 read differently. By reading: the new build right in 92, the old
 * one right in 54, both wrong in 10, and 14 left undecided (invented names built from the new stop words,
 * حسن وجود, سعيد ضد; a desk's count in marks inside an indirect clause; a dubious verb agreement). These
 * rows are the 54 confirmed misfires, where the old build read right and the new one does not, the right
 * reading written by reading (it is the old build's output in every row). Every row fails on its
 * attribution now:
 *   - verbBeforeColon (20): a headline's one-word speaker with و or ف at its head (واشنطن, وارسو, فيسبوك,
 *     واتساب, فولكسفاغن, ويتكوف, فينيسيوس, فليك, فيرمينو, فيتنام, فوتشيتش, فاغنر, فوربس, فرحات,
 *     فرانسيس) read as a verb of going on: the speaker lost, or the one before goes on;
 *   - SUBJECT_STOPS ضد and عدم (5): a body whose own name holds the word (التحالف الدولي ضد داعش, حركة
 *     عدم الانحياز, الحملة الدولية ضد الألغام, تحالف ضد الجوع) cut at it;
 *   - namedBeforeComplement (7): a one-word epithet after بـ in an aside (الذي وصف … بـ«الجبان»، إن,
 *     واصفا … بـ«العصابة»، إن) read as a programme's or a platform's name, a mention;
 *   - isHearerAfterLam with PEOPLE_PLURALS (6): a hospital's or a foundation's field after its head in
 *     construct with its own name (مستشفى بوسطن للأطفال, مستشفى الملك عبدالعزيز للنساء والأطفال, مؤسسة
 *     الملك خالد للأسر المنتجة) cut off as whom the body told;
 *   - placeNamed (5): a place in marks as an answer after a colon (فقال: «الرياض») or as a predicate past
 *     an adjective or a pronoun (إن العاصمة المؤقتة «عدن», إن حلمه «مدريد») made a mention;
 *   - carriesGoods (2): present نقل whose object is someone's statement (وتنقل الصحيفة تصريحات الوزير
 *     التي قال فيها) read as transport, the speaker lost;
 *   - THINGS_PLURAL_HEADS (2): وذكر/وكشف مصادر …: a masculine verb before a broken plural, its subject;
 *   - the COMPLETING verbs (2): ويستأنف الفريق تدريباته، حسب ما قال المدرب: the object read as the speaker;
 *   - countedFigure (2): إن عددهم «300» شخص, the predicate the rule says it leaves;
 *   - DESCRIBING_BY (1): بوصفه «خادم الحرمين الشريفين», a title in the subject's capacity;
 *   - firstOfAlternatives / joinsNamed (1): سواء «بالصواريخ» أو «بالمسيرات», fragments with ب;
 *   - partnerNamed (1): إن لدى «موكلي» أدلة, the lawyer's own word.
 * Mended after the read (48 of the 54 pass now, unmarked): verbBeforeColon taken out (20); مصادر no
 * plural of things (2); ضد/عدم go on a body's name read so far (4; not the campaign's: حملة is no body
 * head); namedBeforeComplement not after a bare ب (7); placeNamed not after a colon nor as a predicate
 * after إنّ (5), which countedFigure shares (2); carriesGoods not before a noun of saying (2); people kept
 * as a field before an agreeing adjective, more people by و, or after a hospital (6). Left as gaps (6): the
 * campaign, the COMPLETING verbs (2), بوصفه, the alternatives with ب, partnerNamed.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'واشنطن: headline of a state',
    text: 'واشنطن: «لن نتراجع عن العقوبات».',
    quotes: [['لن نتراجع عن العقوبات', 'direct', 'واشنطن']],
  },
  {
    what: 'فاغنر: a group’s headline after another speaker',
    text: 'قال المتحدث باسم الخارجية الأمريكية نيد برايس إن بلاده قلقة. فاغنر: «قواتنا باقية في مالي».',
    quotes: [['قواتنا باقية في مالي', 'direct', 'فاغنر']],
  },
  {
    what: 'فوربس: the magazine’s headline',
    text: 'فوربس: «الأمير الوليد أغنى رجل عربي».',
    quotes: [['الأمير الوليد أغنى رجل عربي', 'direct', 'فوربس']],
  },
  {
    what: 'فرحات: a family name alone as a headline after another speaker',
    text: 'قال أحمد الزهراني: «المشروع تأخر». فرحات: «التأخير مبرر».',
    quotes: [
      ['المشروع تأخر', 'direct', 'أحمد الزهراني'],
      ['التأخير مبرر', 'direct', 'فرحات'],
    ],
  },
  {
    what: 'وتنقل وكالة رويترز تصريحات المسؤول التي قال فيها: the official',
    text: 'وتنقل وكالة رويترز تصريحات المسؤول التي قال فيها: «لا اتفاق بعد».',
    quotes: [['لا اتفاق بعد', 'direct', 'المسؤول']],
  },
  {
    what: 'وذكر مصادر مطلعة أن: the sources',
    text: 'وذكر مصادر مطلعة أن «الاتفاق بات قريبا».',
    quotes: [['الاتفاق بات قريبا', 'partial', 'مصادر مطلعة']],
  },
  {
    what: 'وارسو: a capital’s headline',
    text: 'وارسو: «سنغلق الحدود مع بيلاروسيا».',
    quotes: [['سنغلق الحدود مع بيلاروسيا', 'direct', 'وارسو']],
  },
  {
    what: 'وارسو: after the Polish premier, still Warsaw',
    text: 'قال رئيس الوزراء البولندي إن بلاده «مستعدة». وارسو: «سنغلق الحدود».',
    quotes: [
      ['مستعدة', 'partial', 'رئيس الوزراء البولندي'],
      ['سنغلق الحدود', 'direct', 'وارسو'],
    ],
  },
  {
    what: 'فيسبوك: the company’s headline',
    text: 'فيسبوك: «حذفنا ملايين الحسابات الوهمية».',
    quotes: [['حذفنا ملايين الحسابات الوهمية', 'direct', 'فيسبوك']],
  },
  {
    what: 'فيسبوك: after Zuckerberg, the company',
    text: 'قال مارك زوكربيرغ إن «الذكاء الاصطناعي مستقبلنا». فيسبوك: «سنستثمر المليارات».',
    quotes: [
      ['الذكاء الاصطناعي مستقبلنا', 'partial', 'مارك زوكربيرغ'],
      ['سنستثمر المليارات', 'direct', 'فيسبوك'],
    ],
  },
  {
    what: 'واتساب: the app’s headline',
    text: 'واتساب: «الرسائل مشفرة بالكامل».',
    quotes: [['الرسائل مشفرة بالكامل', 'direct', 'واتساب']],
  },
  {
    what: 'فولكسفاغن: the carmaker’s headline',
    text: 'فولكسفاغن: «سنخفض الإنتاج في ألمانيا».',
    quotes: [['سنخفض الإنتاج في ألمانيا', 'direct', 'فولكسفاغن']],
  },
  {
    what: 'فولكسفاغن: after sources, the carmaker',
    text: 'قالت مصادر إن «الشركة تواجه أزمة». فولكسفاغن: «لا نية لإغلاق المصانع».',
    quotes: [
      ['الشركة تواجه أزمة', 'partial', 'مصادر'],
      ['لا نية لإغلاق المصانع', 'direct', 'فولكسفاغن'],
    ],
  },
  {
    what: 'فرانسيس: a given name alone after the minister',
    text: 'قال الوزير: «لا تعليق». فرانسيس: «سأصلي من أجل السلام».',
    quotes: [
      ['لا تعليق', 'direct', 'الوزير'],
      ['سأصلي من أجل السلام', 'direct', 'فرانسيس'],
    ],
  },
  {
    what: 'وتنقل الصحيفة تصريحات الوزير التي أكد فيها أن: the minister',
    text: 'وتنقل الصحيفة تصريحات الوزير التي أكد فيها أن «القرار نهائي».',
    quotes: [['القرار نهائي', 'partial', 'الوزير']],
  },
  {
    what: 'وكشف مصادر مقربة من النادي أن: the sources',
    text: 'وكشف مصادر مقربة من النادي أن «المدرب باق».',
    quotes: [['المدرب باق', 'partial', 'مصادر مقربة من النادي']],
  },
  {
    what: 'الذي وصف الهجوم بـ«الجبان»: the minister’s epithet',
    text: 'وقال الوزير، الذي وصف الهجوم بـ«الجبان»، إن المملكة تقف مع الضحايا.',
    quotes: [['الجبان', 'partial', 'الوزير']],
  },
  {
    what: 'الذي وصف المعارضة بـ«المخربين»: the premier’s epithet',
    text: 'وقال رئيس الوزراء، الذي وصف المعارضة بـ«المخربين»، إن الانتخابات ستجرى في موعدها.',
    quotes: [['المخربين', 'partial', 'رئيس الوزراء']],
  },
  {
    what: 'واصفا المتهمين بـ«العصابة»: the police chief’s word',
    text: 'وقال قائد الشرطة، واصفا المتهمين بـ«العصابة»، إن القبض عليهم تم.',
    quotes: [['العصابة', 'partial', 'قائد الشرطة']],
  },
  {
    // engine gap: DESCRIBING_BY (بوصفه): بوصفه «…» with the subject’s own pronoun is "in his capacity as", a title,
    // not a description the speaker makes.
    // old build: [[خادم الحرمين الشريفين,mention,null]]
    // new build: [[خادم الحرمين الشريفين,partial,الملك]]
    what: 'بوصفه «خادم الحرمين الشريفين»: the king’s title',
    text: 'وأكد الملك، بوصفه «خادم الحرمين الشريفين»، أن المملكة ستواصل خدمة الحجاج.',
    quotes: [['خادم الحرمين الشريفين', 'mention', null]],
    gaps: ['attribution'],
  },
  {
    // engine gap: firstOfAlternatives / joinsNamed: quoted items after سواء that are fragments with ب (no names) are
    // the speaker’s words.
    // old build: [[بالصواريخ,partial,الجيش],[بالمسيرات,partial,الجيش]]
    // new build: [[بالصواريخ,mention,null],[بالمسيرات,mention,null]]
    what: 'سواء «بالصواريخ» أو «بالمسيرات»: the army’s words',
    text: 'واتهم الجيش الحوثيين بتنفيذ الهجوم، سواء «بالصواريخ» أو «بالمسيرات».',
    quotes: [
      ['بالصواريخ', 'partial', 'الجيش'],
      ['بالمسيرات', 'partial', 'الجيش'],
    ],
    gaps: ['attribution'],
  },
  {
    what: 'قال الرئيس: «القدس»: an answer',
    text: 'قال الرئيس: «القدس». وأضاف: «ستبقى عاصمتنا».',
    quotes: [
      ['القدس', 'direct', 'الرئيس'],
      ['ستبقى عاصمتنا', 'direct', 'الرئيس'],
    ],
  },
  {
    what: 'فقال: «الرياض»: an answer',
    text: 'وسئل الوزير عن العاصمة المقبلة فقال: «الرياض».',
    quotes: [['الرياض', 'direct', 'الوزير']],
  },
  {
    what: 'إن حلمه «مدريد»: a predicate',
    text: 'وقال اللاعب إن حلمه «مدريد».',
    quotes: [['مدريد', 'partial', 'اللاعب']],
  },
  {
    what: 'إن عددهم «300» شخص: a predicate',
    text: 'وقال الوزير إن عددهم «300» شخص.',
    quotes: [['300', 'partial', 'الوزير']],
  },
  {
    what: 'مستشفى بوسطن للأطفال: the hospital’s name',
    text: 'وقال مستشفى بوسطن للأطفال في بيان إن «حالة الطفل مستقرة».',
    quotes: [['حالة الطفل مستقرة', 'partial', 'مستشفى بوسطن للأطفال']],
  },
  {
    what: 'مستشفى الملكة رانيا للأطفال: the hospital’s name',
    text: 'وقال مستشفى الملكة رانيا للأطفال إن «الأجنحة ممتلئة».',
    quotes: [['الأجنحة ممتلئة', 'partial', 'مستشفى الملكة رانيا للأطفال']],
  },
  {
    what: 'ويتكوف: the envoy’s headline',
    text: 'ويتكوف: «المفاوضات مع إيران إيجابية».',
    quotes: [['المفاوضات مع إيران إيجابية', 'direct', 'ويتكوف']],
  },
  {
    what: 'ويتكوف: after Trump, the envoy',
    text: 'قال الرئيس الأمريكي دونالد ترمب إن «الصفقة قريبة». ويتكوف: «سأعود إلى موسكو الأسبوع المقبل».',
    quotes: [
      ['الصفقة قريبة', 'partial', 'دونالد ترمب'],
      ['سأعود إلى موسكو الأسبوع المقبل', 'direct', 'ويتكوف'],
    ],
  },
  {
    what: 'فينيسيوس: the player’s headline',
    text: 'فينيسيوس: «سأبقى في ريال مدريد».',
    quotes: [['سأبقى في ريال مدريد', 'direct', 'فينيسيوس']],
  },
  {
    what: 'فليك: the coach’s headline',
    text: 'فليك: «برشلونة يستحق اللقب».',
    quotes: [['برشلونة يستحق اللقب', 'direct', 'فليك']],
  },
  {
    what: 'فيرمينو: the player’s headline',
    text: 'فيرمينو: «الأهلي بيتي».',
    quotes: [['الأهلي بيتي', 'direct', 'فيرمينو']],
  },
  {
    what: 'فيرمينو: after his coach, the player',
    text: 'قال مدرب الأهلي ماتياس يايسله: «الفريق جاهز». فيرمينو: «سنفوز باللقب».',
    quotes: [
      ['الفريق جاهز', 'direct', 'ماتياس يايسله'],
      ['سنفوز باللقب', 'direct', 'فيرمينو'],
    ],
  },
  {
    what: 'فيتنام: a state’s headline',
    text: 'فيتنام: «سنرد على الرسوم الأمريكية».',
    quotes: [['سنرد على الرسوم الأمريكية', 'direct', 'فيتنام']],
  },
  {
    what: 'فوتشيتش: the president’s headline',
    text: 'فوتشيتش: «صربيا لن تعترف بكوسوفو».',
    quotes: [['صربيا لن تعترف بكوسوفو', 'direct', 'فوتشيتش']],
  },
  {
    what: 'الذي اتهم المعارضة بـ«التخريب»: the spokesman’s word',
    text: 'وقال المتحدث، الذي اتهم المعارضة بـ«التخريب»، إن الأمن مستتب.',
    quotes: [['التخريب', 'partial', 'المتحدث']],
  },
  {
    what: 'واصفا القرار بـ«الشجاع»: the minister’s word',
    text: 'وأكد الوزير، واصفا القرار بـ«الشجاع»، أن المملكة تدعمه.',
    quotes: [['الشجاع', 'partial', 'الوزير']],
  },
  {
    what: 'في كلمة وصف فيها الهجوم بـ«الغادر»: the president’s word',
    text: 'وقال الرئيس، في كلمة وصف فيها الهجوم بـ«الغادر»، إن الرد قادم.',
    quotes: [['الغادر', 'partial', 'الرئيس']],
  },
  {
    what: 'الذي وصف المباراة بـ«الصعبة»: the player’s word',
    text: 'وقال اللاعب، الذي وصف المباراة بـ«الصعبة»، إن الفوز مستحق.',
    quotes: [['الصعبة', 'partial', 'اللاعب']],
  },
  {
    what: 'قال الناطق: «ليبيا»: an answer',
    text: 'قال الناطق: «ليبيا». وأضاف: «هي الوجهة».',
    quotes: [
      ['ليبيا', 'direct', 'الناطق'],
      ['هي الوجهة', 'direct', 'الناطق'],
    ],
  },
  {
    what: 'إن العاصمة المؤقتة «عدن»: a predicate',
    text: 'وقال المسؤول إن العاصمة المؤقتة «عدن».',
    quotes: [['عدن', 'partial', 'المسؤول']],
  },
  {
    // engine gap: collidedVerbAt (COMPLETING): استأنف/أنهى now cues of going on; after their object and a comma, حسب
    // ما قال فلان: is read as the verb’s, its object taken for the speaker.
    // old build: [[الراحة انتهت,direct,المدرب]]
    // new build: [[الراحة انتهت,direct,تدريباته غدا]]
    what: 'ويستأنف الفريق تدريباته غدا، حسب ما قال المدرب: the coach',
    text: 'ويستأنف الفريق تدريباته غدا، حسب ما قال المدرب: «الراحة انتهت».',
    quotes: [['الراحة انتهت', 'direct', 'المدرب']],
    gaps: ['attribution'],
  },
  {
    // engine gap: collidedVerbAt (COMPLETING): استأنف/أنهى now cues of going on; after their object and a comma, حسب
    // ما قال فلان: is read as the verb’s, its object taken for the speaker.
    // old build: [[المعسكر ناجح,direct,المدير]]
    // new build: [[المعسكر ناجح,direct,معسكره]]
    what: 'وأنهى الفريق معسكره، حسب ما قال المدير: the director',
    text: 'وأنهى الفريق معسكره، حسب ما قال المدير: «المعسكر ناجح».',
    quotes: [['المعسكر ناجح', 'direct', 'المدير']],
    gaps: ['attribution'],
  },
  {
    what: 'إن عددهم «300» شخصا: a predicate',
    text: 'وقال الوزير إن عددهم «300» شخصا.',
    quotes: [['300', 'partial', 'الوزير']],
  },
  {
    // engine gap: partnerNamed: after لدى a word with the speaker’s own pronoun («موكلي») is his words, no state or
    // body named.
    // old build: [[موكلي,partial,المحامي]]
    // new build: [[موكلي,mention,null]]
    what: 'إن لدى «موكلي» أدلة: the lawyer’s own word',
    text: 'وقال المحامي إن لدى «موكلي» أدلة.',
    quotes: [['موكلي', 'partial', 'المحامي']],
    gaps: ['attribution'],
  },
  {
    what: 'التحالف الدولي ضد داعش: the coalition’s name',
    text: 'وقال التحالف الدولي ضد داعش في بيان إن «الضربات مستمرة».',
    quotes: [['الضربات مستمرة', 'partial', 'التحالف الدولي ضد داعش']],
  },
  {
    what: 'حركة عدم الانحياز: the movement’s name',
    text: 'وقالت حركة عدم الانحياز في بيانها الختامي إن «السلام أولوية».',
    quotes: [['السلام أولوية', 'partial', 'حركة عدم الانحياز']],
  },
  {
    what: 'الأمين العام لحركة عدم الانحياز: his title whole',
    text: 'وقال الأمين العام لحركة عدم الانحياز إن «الحركة موحدة».',
    quotes: [['الحركة موحدة', 'partial', 'الأمين العام لحركة عدم الانحياز']],
  },
  {
    // engine gap: ضد goes on a body's name only after a head the lexicon holds (ORGANISATION_SET); حملة is
    // none, so the campaign is cut at ضد
    what: 'الحملة الدولية ضد الألغام: the campaign’s name',
    text: 'وقالت الحملة الدولية ضد الألغام: «الألغام تقتل الأطفال».',
    quotes: [['الألغام تقتل الأطفال', 'direct', 'الحملة الدولية ضد الألغام']],
    gaps: ['attribution'],
  },
  {
    what: 'تحالف ضد الجوع: the alliance’s name',
    text: 'وقال تحالف ضد الجوع إن «المجاعة تقترب».',
    quotes: [['المجاعة تقترب', 'partial', 'تحالف ضد الجوع']],
  },
  {
    what: 'مستشفى الملك عبدالعزيز للنساء والأطفال: the hospital’s name',
    text: 'وقال مستشفى الملك عبدالعزيز للنساء والأطفال إن «الحالة مستقرة».',
    quotes: [['الحالة مستقرة', 'partial', 'مستشفى الملك عبدالعزيز للنساء والأطفال']],
  },
  {
    what: 'مؤسسة الملك خالد للأسر المنتجة: the foundation’s name',
    text: 'وقالت مؤسسة الملك خالد للأسر المنتجة إن «الدعم متاح».',
    quotes: [['الدعم متاح', 'partial', 'مؤسسة الملك خالد للأسر المنتجة']],
  },
  {
    what: 'عن مستشفى هيوستن للأطفال: the relayed hospital',
    text: 'ونقلت وكالة الأنباء عن مستشفى هيوستن للأطفال قوله إن «الجراحة نجحت».',
    quotes: [['الجراحة نجحت', 'partial', 'مستشفى هيوستن للأطفال']],
  },
  {
    what: 'وأوضح مستشفى بوسطن للأطفال: the hospital’s name',
    text: 'وأوضح مستشفى بوسطن للأطفال أن «الطفل بخير»، وقال المتحدث باسمه: «نتابع حالته».',
    quotes: [
      ['الطفل بخير', 'partial', 'مستشفى بوسطن للأطفال'],
      ['نتابع حالته', 'direct', 'المتحدث باسمه'],
    ],
  },
];

describe('lastread18b: the eighteenth session misfires (nonnames, mentions, audience)', () => {
  runRows(rows);
});
