/**
 * The reporting-cue lexicon, as data a linguist can extend. Each verb row gives the forms that news
 * writes (past masculine, past feminine, past plural, present masculine, ḥāl participle masculine);
 * the dual, the feminine present, the plural present and the feminine participle are derived.
 * Forms are written without diacritics; lookups fold hamzas, diacritics and tatweel.
 */

/** What follows a verb: `say` takes إنّ and is the plain "said"; `verb` most others (أنّ). */
export type CueClass = 'say' | 'verb' | 'relay';

export interface VerbRow {
  /** past masc. sg, past fem. sg, past masc. pl, present masc. sg, participle masc. (or '' for none) */
  forms: readonly [string, string, string, string, string];
  cls: CueClass;
  /** The forms are duals (قالا, أضافا): their dropped subject is a pair, never one person. */
  dual?: true;
}

export const VERBS: readonly VerbRow[] = [
  { forms: ['قال', 'قالت', 'قالوا', 'يقول', 'قائلا'], cls: 'say' },
  { forms: ['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'مضيفا'], cls: 'verb' },
  { forms: ['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'مؤكدا'], cls: 'verb' },
  { forms: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'موضحا'], cls: 'verb' },
  { forms: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'مشيرا'], cls: 'verb' },
  { forms: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'مصرحا'], cls: 'verb' },
  { forms: ['أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'معلنا'], cls: 'verb' },
  { forms: ['ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'ذاكرا'], cls: 'verb' },
  { forms: ['لفت', 'لفتت', 'لفتوا', 'يلفت', 'لافتا'], cls: 'verb' },
  { forms: ['شدد', 'شددت', 'شددوا', 'يشدد', 'مشددا'], cls: 'verb' },
  { forms: ['تابع', 'تابعت', 'تابعوا', 'يتابع', 'متابعا'], cls: 'verb' },
  { forms: ['أردف', 'أردفت', 'أردفوا', 'يردف', 'مردفا'], cls: 'verb' },
  { forms: ['استطرد', 'استطردت', 'استطردوا', 'يستطرد', 'مستطردا'], cls: 'verb' },
  // "added" in Gulf papers (وزاد الوزير: …); also "increased", so a cue only before a colon or أن.
  { forms: ['زاد', 'زادت', 'زادوا', '', ''], cls: 'verb' },
  // "showed", of a report or a survey (أظهرت الدراسة أن …); the present يظهر is mostly "appears".
  { forms: ['أظهر', 'أظهرت', 'أظهروا', '', ''], cls: 'verb' },
  // "estimated", of an expert or a body judging (ويقدّر الخبير أن …, وقدرت الوزارة أن …); also the noun
  // "amount" and the present "can" (لا يقدر على), so a cue only before أنّ (lexicon COLLISIONS).
  { forms: ['قدر', 'قدرت', 'قدروا', 'يقدر', ''], cls: 'verb' },
  { forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'معتبرا'], cls: 'verb' },
  // "deemed" (عدّ المحامي القرار «انتصاراً …»): also "promised" once و is written on it (وعد) and "counted";
  // its present يعد is وعد's. A cue only bare, with a speaker for subject (lexicon COLLISIONS).
  { forms: ['عد', 'عدت', 'عدوا', '', ''], cls: 'verb' },
  { forms: ['رأى', 'رأت', 'رأوا', 'يرى', ''], cls: 'verb' },
  { forms: ['اعتقد', 'اعتقدت', 'اعتقدوا', 'يعتقد', 'معتقدا'], cls: 'verb' },
  // "directed": a cue only with a speech noun for object (وجه النائب سؤالا إلى الوزير حول «…», وجهت
  // الهيئة رسالة); also the noun "face". See lexicon COLLISIONS.
  { forms: ['وجه', 'وجهت', 'وجهوا', 'يوجه', 'موجها'], cls: 'verb' },
  // "issued", "launched", "broadcast": cues only with a warning, a notice or an appeal for object before
  // a quoted complement (أصدر المركز تنبيها من «…», أطلقت الهيئة نداء إلى «…»); see lexicon COLLISIONS.
  { forms: ['أصدر', 'أصدرت', 'أصدروا', 'يصدر', ''], cls: 'verb' },
  { forms: ['أطلق', 'أطلقت', 'أطلقوا', 'يطلق', ''], cls: 'verb' },
  { forms: ['أذاع', 'أذاعت', 'أذاعوا', 'يذيع', ''], cls: 'verb' },
  // "went": an opinion only in ذهب … إلى أن (held that); see lexicon COLLISIONS.
  { forms: ['ذهب', 'ذهبت', 'ذهبوا', 'يذهب', ''], cls: 'verb' },
  { forms: ['نفى', 'نفت', 'نفوا', 'ينفي', 'نافيا'], cls: 'verb' },
  { forms: ['كشف', 'كشفت', 'كشفوا', 'يكشف', 'كاشفا'], cls: 'verb' },
  { forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'مفيدا'], cls: 'verb' },
  { forms: ['بين', 'بينت', 'بينوا', 'يبين', 'مبينا'], cls: 'verb' },
  { forms: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'محذرا'], cls: 'verb' },
  { forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'داعيا'], cls: 'verb' },
  { forms: ['طالب', 'طالبت', 'طالبوا', 'يطالب', 'مطالبا'], cls: 'verb' },
  { forms: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'متهما'], cls: 'verb' },
  { forms: ['وصف', 'وصفت', 'وصفوا', 'يصف', 'واصفا'], cls: 'verb' },
  { forms: ['أعرب', 'أعربت', 'أعربوا', 'يعرب', 'معربا'], cls: 'verb' },
  { forms: ['أبدى', 'أبدت', 'أبدوا', 'يبدي', 'مبديا'], cls: 'verb' },
  { forms: ['نوه', 'نوهت', 'نوهوا', 'ينوه', 'منوها'], cls: 'verb' },
  { forms: ['أقر', 'أقرت', 'أقروا', 'يقر', 'مقرا'], cls: 'verb' },
  { forms: ['اعترف', 'اعترفت', 'اعترفوا', 'يعترف', 'معترفا'], cls: 'verb' },
  { forms: ['زعم', 'زعمت', 'زعموا', 'يزعم', 'زاعما'], cls: 'verb' },
  { forms: ['ادعى', 'ادعت', 'ادعوا', 'يدعي', 'مدعيا'], cls: 'verb' },
  { forms: ['تساءل', 'تساءلت', 'تساءلوا', 'يتساءل', 'متسائلا'], cls: 'verb' },
  { forms: ['تساءل', 'تساءلت', 'تساءلوا', 'يتساءل', 'متساءلا'], cls: 'verb' }, // the participle spelt both ways
  { forms: ['أجاب', 'أجابت', 'أجابوا', 'يجيب', 'مجيبا'], cls: 'verb' },
  { forms: ['رد', 'ردت', 'ردوا', 'يرد', 'رادا'], cls: 'verb' },
  { forms: ['علق', 'علقت', 'علقوا', 'يعلق', 'معلقا'], cls: 'verb' },
  { forms: ['كتب', 'كتبت', 'كتبوا', 'يكتب', 'كاتبا'], cls: 'verb' },
  { forms: ['غرد', 'غردت', 'غردوا', 'يغرد', 'مغردا'], cls: 'verb' },
  { forms: ['نشر', 'نشرت', 'نشروا', 'ينشر', 'ناشرا'], cls: 'verb' },
  { forms: ['أبلغ', 'أبلغت', 'أبلغوا', 'يبلغ', 'مبلغا'], cls: 'verb' },
  { forms: ['أخبر', 'أخبرت', 'أخبروا', 'يخبر', 'مخبرا'], cls: 'verb' },
  { forms: ['اختتم', 'اختتمت', 'اختتموا', 'يختتم', 'مختتما'], cls: 'verb' },
  { forms: ['ختم', 'ختمت', 'ختموا', 'يختم', 'خاتما'], cls: 'verb' },
  { forms: ['جدد', 'جددت', 'جددوا', 'يجدد', ''], cls: 'verb' }, // مجددا also means "again"
  { forms: ['نقل', 'نقلت', 'نقلوا', 'ينقل', 'ناقلا'], cls: 'relay' },
  { forms: ['روى', 'روت', 'رووا', 'يروي', 'راويا'], cls: 'verb' },
  // "told", "recounted": features tell a memory in the present (يحكي فلان: «…», وتحكي فلانة أن …).
  { forms: ['حكى', 'حكت', 'حكوا', 'يحكي', 'حاكيا'], cls: 'verb' },
  { forms: ['شرح', 'شرحت', 'شرحوا', 'يشرح', 'شارحا'], cls: 'verb' },
  { forms: ['استدرك', 'استدركت', 'استدركوا', 'يستدرك', 'مستدركا'], cls: 'verb' },
  { forms: ['لاحظ', 'لاحظت', 'لاحظوا', 'يلاحظ', 'ملاحظا'], cls: 'verb' },
  { forms: ['توقع', 'توقعت', 'توقعوا', 'يتوقع', 'متوقعا'], cls: 'verb' },
  { forms: ['رجح', 'رجحت', 'رجحوا', 'يرجح', 'مرجحا'], cls: 'verb' },
  { forms: ['أشاد', 'أشادت', 'أشادوا', 'يشيد', 'مشيدا'], cls: 'verb' },
  // "praised" (أثنى الشاعر على المهرجان قائلا: «…»); its past folds as the number اثني (اثني عشر), so it is
  // a cue only before no word of a number (lexicon COLLISIONS, collidedVerbAt).
  { forms: ['أثنى', 'أثنت', 'أثنوا', 'يثني', 'مثنيا'], cls: 'verb' },
  // Verbs of stance and manner that news sets before a quote or أنّ (ألمح المدرب إلى أن …, استغرب
  // النائب أن …, طمأن الوزير المواطنين بأن …). A participle left out where it is also a noun or an
  // adjective (مبرر a reason, مطمئن at ease). Not هاجم (armed men attack a place named in marks),
  // اعترض (also "intercepted") nor تطرق (a film or a conference touches on a subject too).
  { forms: ['ألمح', 'ألمحت', 'ألمحوا', 'يلمح', 'ملمحا'], cls: 'verb' },
  { forms: ['أفصح', 'أفصحت', 'أفصحوا', 'يفصح', 'مفصحا'], cls: 'verb' },
  { forms: ['استغرب', 'استغربت', 'استغربوا', 'يستغرب', 'مستغربا'], cls: 'verb' },
  { forms: ['صرخ', 'صرخت', 'صرخوا', 'يصرخ', 'صارخا'], cls: 'verb' },
  { forms: ['همس', 'همست', 'همسوا', 'يهمس', 'هامسا'], cls: 'verb' },
  { forms: ['برر', 'بررت', 'برروا', 'يبرر', ''], cls: 'verb' },
  { forms: ['تنبأ', 'تنبأت', 'تنبأوا', 'يتنبأ', 'متنبئا'], cls: 'verb' },
  { forms: ['طمأن', 'طمأنت', 'طمأنوا', 'يطمئن', ''], cls: 'verb' },
  { forms: ['سخر', 'سخرت', 'سخروا', 'يسخر', 'ساخرا'], cls: 'verb' },
  { forms: ['تهكم', 'تهكمت', 'تهكموا', 'يتهكم', 'متهكما'], cls: 'verb' },
  { forms: ['جزم', 'جزمت', 'جزموا', 'يجزم', 'جازما'], cls: 'verb' },
  { forms: ['أنذر', 'أنذرت', 'أنذروا', 'ينذر', 'منذرا'], cls: 'verb' },
  { forms: ['انتقد', 'انتقدت', 'انتقدوا', 'ينتقد', 'منتقدا'], cls: 'verb' },
  // "doubted", "questioned" (شكك الخبير في أن …, شككت المعارضة في النتائج، وقالت)
  { forms: ['شكك', 'شككت', 'شككوا', 'يشكك', 'مشككا'], cls: 'verb' },
  // "dedicated": a win or a prize given to whom the quote names (أهدى رئيس النادي الفوز إلى «…»)
  { forms: ['أهدى', 'أهدت', 'أهدوا', 'يهدي', 'مهديا'], cls: 'verb' },
  { forms: ['هدد', 'هددت', 'هددوا', 'يهدد', 'مهددا'], cls: 'verb' },
  { forms: ['وعد', 'وعدت', 'وعدوا', 'يعد', 'واعدا'], cls: 'verb' },
  { forms: ['ناشد', 'ناشدت', 'ناشدوا', 'يناشد', 'مناشدا'], cls: 'verb' },
  { forms: ['أهاب', 'أهابت', 'أهابوا', 'يهيب', 'مهيبا'], cls: 'verb' },
  { forms: ['سأل', 'سألت', 'سألوا', 'يسأل', 'سائلا'], cls: 'verb' },
  { forms: ['تحدث', 'تحدثت', 'تحدثوا', 'يتحدث', 'متحدثا'], cls: 'verb' },
  { forms: ['نبه', 'نبهت', 'نبهوا', 'ينبه', 'منبها'], cls: 'verb' },
  { forms: ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'رافضا'], cls: 'verb' },
  { forms: ['أوصى', 'أوصت', 'أوصوا', 'يوصي', 'موصيا'], cls: 'verb' },
  { forms: ['هتف', 'هتفت', 'هتفوا', 'يهتف', 'هاتفا'], cls: 'verb' },
  { forms: ['تعهد', 'تعهدت', 'تعهدوا', 'يتعهد', 'متعهدا'], cls: 'verb' },
  { forms: ['عبر', 'عبرت', 'عبروا', 'يعبر', 'معبرا'], cls: 'verb' },
  { forms: ['أورد', 'أوردت', 'أوردوا', 'يورد', 'موردا'], cls: 'relay' }, // وأوردت الوكالة عن فلان أن: as نقل
  { forms: ['اقترح', 'اقترحت', 'اقترحوا', 'يقترح', 'مقترحا'], cls: 'verb' },
  { forms: ['أدان', 'أدانت', 'أدانوا', 'يدين', 'مدينا'], cls: 'verb' },
  { forms: ['استنكر', 'استنكرت', 'استنكروا', 'يستنكر', 'مستنكرا'], cls: 'verb' },
  { forms: ['طلب', 'طلبت', 'طلبوا', 'يطلب', 'طالبا'], cls: 'verb' },
  { forms: ['ندد', 'نددت', 'نددوا', 'يندد', 'منددا'], cls: 'verb' },
  { forms: ['حيا', 'حيت', 'حيوا', 'يحيي', 'محييا'], cls: 'verb' },
  { forms: ['هنأ', 'هنأت', 'هنأوا', 'يهنئ', 'مهنئا'], cls: 'verb' },
  { forms: ['توعد', 'توعدت', 'توعدوا', 'يتوعد', 'متوعدا'], cls: 'verb' },
  { forms: ['رحب', 'رحبت', 'رحبوا', 'يرحب', 'مرحبا'], cls: 'verb' },
  { forms: ['ثمن', 'ثمنت', 'ثمنوا', 'يثمن', 'مثمنا'], cls: 'verb' },
  { forms: ['استبعد', 'استبعدت', 'استبعدوا', 'يستبعد', 'مستبعدا'], cls: 'verb' },
  { forms: ['حث', 'حثت', 'حثوا', 'يحث', 'حاثا'], cls: 'verb' },
  // "advised", of health and safety officials: the advice is its object after ب (نصح المواطنين بـ«…»)
  { forms: ['نصح', 'نصحت', 'نصحوا', 'ينصح', 'ناصحا'], cls: 'verb' },
  { forms: ['خاطب', 'خاطبت', 'خاطبوا', 'يخاطب', 'مخاطبا'], cls: 'verb' },
  { forms: ['سجل', 'سجلت', 'سجلوا', 'يسجل', 'مسجلا'], cls: 'verb' },
  // "wished": the wish is its object (متمنيا للاعب «التوفيق»)
  { forms: ['تمنى', 'تمنت', 'تمنوا', 'يتمنى', 'متمنيا'], cls: 'verb' },
  { forms: ['تخوف', 'تخوفت', 'تخوفوا', 'يتخوف', 'متخوفا'], cls: 'verb' },
  // "recalled": features quote a memory (ويتذكر: «…», تستذكر والدته أن …)
  { forms: ['تذكر', 'تذكرت', 'تذكروا', 'يتذكر', 'متذكرا'], cls: 'verb' },
  { forms: ['استذكر', 'استذكرت', 'استذكروا', 'يستذكر', 'مستذكرا'], cls: 'verb' },
  // "repeated", "kept saying" (ويردد فلان: «…», وتردد الأم «…»); also "chanted" a slogan, its object
  // (ردد المتظاهرون شعار «…»). The feminine present تردد is also "hesitated", "was rumoured" (وتردد أن …,
  // دون تردد), and its subject as often a crowd chanting (ويردد المتظاهرون «…», الذين رددوا «…»): all its
  // forms are collided, see lexicon COLLISIONS.
  { forms: ['ردد', 'رددت', 'رددوا', 'يردد', 'مرددا'], cls: 'verb' },
  // "complained", of vox-pop copy (وتشكو فلانة من أن …, ويشكو فلان: «…», واشتكى فلان من «…»)
  { forms: ['شكا', 'شكت', 'شكوا', 'يشكو', 'شاكيا'], cls: 'verb' },
  { forms: ['اشتكى', 'اشتكت', 'اشتكوا', 'يشتكي', 'مشتكيا'], cls: 'verb' },
  // "regretted", "lamented" (ويتحسر فلان على أيام «…»)
  { forms: ['تحسر', 'تحسرت', 'تحسروا', 'يتحسر', 'متحسرا'], cls: 'verb' },
  // "repeated", as ردد (ويكرر فلان: «…»); تكرر is also "recurred" (تكرر الحادث): see lexicon COLLISIONS.
  { forms: ['كرر', 'كررت', 'كرروا', 'يكرر', 'مكررا'], cls: 'verb' },
  // "went on" (وواصل: «…», ويواصل «…», وواصل حديثه قائلا); واصل is also a man's given name, تواصل
  // "communication", "kept on" (تواصل الأمطار هطولها): see lexicon COLLISIONS.
  { forms: ['واصل', 'واصلت', 'واصلوا', 'يواصل', 'مواصلا'], cls: 'verb' },
  // "went on", "completed" (ويكمل: «…», وأكملت حديثها: «…»); also "completed" with any object (أكمل
  // المشروع, تكمل الدراسة): a cue only where واصل is one, see lexicon COLLISIONS.
  { forms: ['أكمل', 'أكملت', 'أكملوا', 'يكمل', 'مكملا'], cls: 'verb' },
  // …and the other verbs of going on or finishing that desks put before the colon (واستكملت: «…», وأتم
  // المدرب: «…», واستأنف حديثه: «…», وأنهى كلمته: «…»); each also takes any object (استكملت الوزارة
  // إجراءاتها, أتم الفريق استعداداته, استأنف الحكم, أنهى الموسم), so a cue only where أكمل is one. The
  // present of أتم, يتم, is the passive's auxiliary (يتم تنفيذ …): left out.
  { forms: ['استكمل', 'استكملت', 'استكملوا', 'يستكمل', 'مستكملا'], cls: 'verb' },
  { forms: ['أتم', 'أتمت', 'أتموا', '', ''], cls: 'verb' },
  { forms: ['استأنف', 'استأنفت', 'استأنفوا', 'يستأنف', 'مستأنفا'], cls: 'verb' },
  { forms: ['أنهى', 'أنهت', 'أنهوا', 'ينهي', 'منهيا'], cls: 'verb' },
  // "went on at length" (واسترسلت: «…», واسترسل قائلا): no other sense.
  { forms: ['استرسل', 'استرسلت', 'استرسلوا', 'يسترسل', 'مسترسلا'], cls: 'verb' },
  // "stressed" in Maghrebi news; also the superlative "most prominent" (أبرز ما قاله): see COLLISIONS.
  { forms: ['أبرز', 'أبرزت', 'أبرزوا', 'يبرز', 'مبرزا'], cls: 'verb' },
  // "attributed to": what a cause is put down to, its object before إلى (عزا المدير التأخير إلى «…»,
  // وأرجع الخبير الظاهرة إلى …، موضحا). The present يرجع is also "goes back", the participle مرجعا also
  // "a reference": left out. عزت, the feminine past, is also a man's given name (وقال الدكتور عزت …):
  // see lexicon COLLISIONS.
  { forms: ['عزا', 'عزت', 'عزوا', 'يعزو', 'عازيا'], cls: 'verb' },
  { forms: ['أرجع', 'أرجعت', 'أرجعوا', '', ''], cls: 'verb' },
  { forms: ['قالا', 'قالتا', '', 'يقولان', ''], cls: 'say', dual: true },
  // The dual of the verbs that carry a pair's words on (قال الشقيقان: «…». وأضافا: «…»). Only these: the
  // dual of most other verbs is also an accusative noun (وعدا، رفضا، طلبا، تابعا).
  { forms: ['أضافا', 'أضافتا', '', 'يضيفان', ''], cls: 'verb', dual: true },
  { forms: ['أكدا', 'أكدتا', '', 'يؤكدان', ''], cls: 'verb', dual: true },
  { forms: ['أوضحا', 'أوضحتا', '', 'يوضحان', ''], cls: 'verb', dual: true },
  { forms: ['أشارا', 'أشارتا', '', 'يشيران', ''], cls: 'verb', dual: true },
  { forms: ['أردفا', 'أردفتا', '', 'يردفان', ''], cls: 'verb', dual: true },
  { forms: ['استطردا', 'استطردتا', '', 'يستطردان', ''], cls: 'verb', dual: true },
  // "came", "occurred": cues only before في and a document (وجاء في البيان «…»); see lexicon COLLISIONS.
  // "stipulated", of laws, articles and agreements (ينص القانون على أن, نصت الاتفاقية على); the bare
  // past نص is left out: it is also the noun "text" (نص البيان).
  { forms: ['', 'نصت', '', 'ينص', ''], cls: 'verb' },
  { forms: ['جاء', '', '', '', ''], cls: 'verb' },
  { forms: ['ورد', '', '', '', ''], cls: 'verb' },
];

/**
 * Verbs whose first noun is often their object, the subject being dropped or said before
 * (`ووصف تصرفات أخيه بأنها …`, `دعا الحكومة إلى …`): a plain noun after them is only taken for the
 * subject when it is a title, a body, or a name the article already uses.
 */
export const OBJECT_TAKING: readonly string[] = [
  'طمأن',
  'أنذر',
  'عزا',
  'أرجع',
  'أظهر',
  'وجه',
  'تمنى',
  'حيا',
  'هنأ',
  'توعد',
  'ثمن',
  'أهدى',
  'استبعد',
  'حث',
  'نصح',
  'خاطب',
  'سجل',
  'وصف',
  'اتهم',
  'دعا',
  'طالب',
  'سأل',
  'أبلغ',
  'أخبر',
  'حذر',
  'انتقد',
  'ناشد',
  'هدد',
  'وعد',
  'اعتبر',
  'عد',
  'رفض',
  'نفى',
  'أشاد',
  'أدان',
  'استنكر',
  'طلب',
  'نشر',
  'كتب',
  'روى',
  'حكى',
  'ردد',
  'كرر',
  'واصل',
  'شرح',
  'أبدى',
  'أعرب',
  'جدد',
  'تابع',
  'ذكر',
  'كشف',
  'أعلن',
  'توقع',
  'رجح',
  'لاحظ',
  'اقترح',
  'أورد',
  'بين',
];

/**
 * Phrases that credit a quote to whoever follows them, before or after the quote
 * (`«…»، بحسب فلان`, `وفقا لـ…`, `نقلا عن …`, `على لسان …`, `من وجهة نظر …، فإن`). Folded on lookup.
 */
export const SOURCE_PHRASES: readonly string[] = [
  'بحسب',
  'حسب',
  'حسبما',
  'وفق',
  'وفقا',
  'وفقما',
  'طبقا',
  'نقلا عن',
  'على لسان',
  'بحسب ما',
  'وفق ما',
  'حسب ما',
  'من وجهة نظر',
];

/** Phrases after a quote that point back to the last speaker: «…»، على حد قوله. */
export const BACK_REFERENCES: readonly string[] = [
  'على حد قوله',
  'على حد تعبيره',
  'على حد وصفه',
  'على حد قولها',
  'على حد تعبيرها',
  'وفق تعبيره',
  'وفق تعبيرها',
  'بحسب تعبيره',
  'بحسب تعبيرها',
  'حسب تعبيره',
  'حسب تعبيرها',
  'كما قال',
  'كما قالت',
  'بتعبيره',
  'بتعبيرها',
];

/**
 * The verbal noun of قال after ب, which reports as a participle does: its subject is the sentence's
 * (واكتفى المدرب بالقول: «…», بدأ فلان حديثه بالقول إن «…», وهو ما نفاه الوزير بقوله: «…»). With its
 * pronoun it agrees as the pronoun does; بالقول carries none and is read masculine.
 */
export const SAYING_BY: readonly (readonly [form: string, agreement: 'm' | 'f' | 'pl'])[] = [
  ['بالقول', 'm'],
  ['بقوله', 'm'],
  ['بقولها', 'f'],
  ['بقولهم', 'pl'],
];

/**
 * The verbal noun of وصف after ب with the pronoun of what is described (هاجم الوزير الحركة، بوصفها
 * «…»: "calling it"), which reports as the participle واصفا does: the quote right after it is the
 * sentence's subject's judgement, a fragment. The pronoun is the object's, so it says nothing of the
 * speaker's gender.
 */
export const DESCRIBING_BY: readonly string[] = ['بوصفه', 'بوصفها', 'بوصفهم', 'بوصفهما'];

/** Proclitics a cue may carry: conjunctions و and ف (and both, وف is not Arabic; فو neither). */
export const CUE_PROCLITICS: readonly string[] = ['و', 'ف'];

/**
 * Verbs that go on with what was said (وأضاف, وتابع, وأردف): their speaker has spoken before, so their
 * dropped subject is never someone the narration has just brought in.
 */
export const GOING_ON: readonly string[] = [
  ...['أضاف', 'تابع', 'أردف', 'استطرد', 'زاد', 'واصل', 'أكمل'],
  ...['استكمل', 'أتم', 'استأنف', 'أنهى', 'استرسل'],
];

/**
 * Verbs of going on or finishing that also complete any object (أكمل المشروع, استكملت الوزارة إجراءاتها,
 * أتم الفريق استعداداته, استأنف الحكم, أنهى الموسم): cues only right before the colon or the quote, after
 * a noun of one's own speech (حديثه, كلمته), or with a person for subject before the colon.
 */
export const COMPLETING: readonly string[] = ['أكمل', 'استكمل', 'أتم', 'استأنف', 'أنهى'];

/**
 * Verbs whose object is a thing said about, not the utterance itself (`ووصف القرار «…»`,
 * `وحيّا «صمود اللاعبين»`): a quote that is their object is a fragment (partial) even with no
 * complementiser before it.
 */
export const FRAGMENT_OBJECT: readonly string[] = [
  // سخر من «…», تهكم على «…»: what is mocked
  'سخر',
  'تهكم',
  // عزا التأخير إلى «نقص العمالة»: the cause it is put down to
  'عزا',
  'أرجع',
  'وجه',
  // ناشد الأهالي «عدم الاقتراب»: what those appealed to are asked, as after دعا … إلى
  'ناشد',
  'تمنى',
  'أهاب',
  'سجل',
  'وصف',
  'اتهم',
  'دعا',
  'طالب',
  'حث',
  'نصح',
  'انتقد',
  'أشاد',
  'أدان',
  'استنكر',
  'رفض',
  'حيا',
  'هنأ',
  'توعد',
  'ثمن',
  'ندد',
  // ويتحسر فلان على أيام «…»: what is regretted, after على
  'تحسر',
  // وأثنى فلان على «…»: what is praised, after على
  'أثنى',
  'أهدى',
  'رحب',
  'حذر',
  'طلب',
  'اعتبر',
  'عد',
];
