/**
 * A ninety-eighth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Jazirah on the national karate team back from the Arab championship in Amman (a city-dash-name byline, a
 * lede with no quote, the federation's president (الأستاذ) لـ«الجزيرة» with إن … «…» and معتبراً أن «…», then
 * وزاد + family name:, the Egyptian coach with his nationality before his name between commas and نوه …
 * بـ…، لافتاً إلى أن … «…», the gold medallist with أما …، اللاعب …، فأهدى … إلى والده الذي «…» and وقال وهو
 * …:, a closing paragraph with the championship's quoted slogan); Al-Watan on Indonesia's halt to sending
 * housemaids, seen from Abha's recruitment offices (a city-colon-name byline, a lede with no quote, an office
 * owner in apposition with وأوضح …، …، لـ"الوطن" أن "…" and مبيناً أن "…", then ويستدرك + family name:, a
 * woman teacher with لم تجد … وتقول لـ"الوطن":, the labour ministry with وكانت … قد أعلنت عبر حسابها في
 * "تويتر" أن … "…", an unnamed official of an Indonesian ministry relayed by a quoted agency with قوله إن … "…"
 * (credited to the ministry), a closing يذكر أن with no quote); Sabq on a worker's severed hand reattached in
 * Hail (its name-سبق-city: byline run into a lede with no quote, the team's head with a chain of posts
 * (استشاري … الدكتور) لـ"سبق": , then وأوضح أن … "…" with no subject and لافتاً إلى أن with no quote, the
 * worker with عبر مترجم لـ"سبق" من سريره:, the health affairs' statement with ثمنت … وأكدت في بيان أن … "…",
 * the workshop owner in apposition with إن … "…" and مضيفاً:, a quoted hashtag); Al-Eqtisadiah on motor
 * insurance premiums rising (its name-then-من-city byline, وفق ما رصدته «الاقتصادية» in a lede with no speech,
 * a broker's chief executive named first with ويعزو … الارتفاع إلى «…» then ويضيف: with no subject, the
 * monetary agency with its quoted short name and وكانت … قد ألزمت … مؤكدة في تعميم أن … «…», a firm's
 * spokesman (Najm) لـ«الاقتصادية» with إن … «…», a woman car owner with أما …، وهي …، فتقول إن … «…», a
 * financial adviser with حذر … من أن «…»، داعياً إلى «…», a background paragraph) and Al-Hayat on a comedy
 * play sold out for the Eid festival in Riyadh (a city-dash-name byline with a woman reporter, the play's
 * quoted title in the lede, the director (الفنان) لـ«الحياة» with إن … «…» and مشيراً إلى أن with no quote,
 * then ومضى + family name قائلاً:, the woman playwright in apposition with أما …، …، فأكدت … أنها «…»،
 * مستدركة:, an actor's words first with ، يقول …، الذي …, a background paragraph with no quote).
 * Five are in the voices of international outlets: Asharq Al-Awsat on Gulf orders at the Paris Air Show (its
 * city-colon-name byline, the show's quoted name in the lede, an airline's chief executive with the airline's
 * quoted name and في حديث لـ«الشرق الأوسط» … إن … «…», then وأضاف + family name:, Airbus by its quoted name
 * with أعلنت … في بيان أن … «…», an unnamed official of the French defence ministry with طلب عدم كشف اسمه،
 * إن … «…» (credited to the ministry), a woman analyst in apposition with ترى … أن … «…»، وتقول:, a
 * background paragraph); France 24 Arabic on an Eritrean rider in the polka-dot jersey of the Tour de France
 * (a lede with the jersey's quoted name, the rider لفرانس 24 عقب المرحلة: , his team's manager in apposition
 * with the team's quoted name, اعتبر … أن … "…" and مضيفا أن … "…", a fan in Asmara relayed by AFP with
 * ونقلت … عن …، …، قوله: , a woman commentator with كتبت على حسابها في "تويتر": , a background paragraph);
 * Sky News Arabia on cyclone Ashobaa nearing Oman (a city-dash-channel dateline, the cyclone's quoted name in
 * the lede, the weather directorate's bulletin with إن … "…"، متوقعة "…", the emergency committee's
 * spokesman (العقيد) with لسكاي نيوز عربية أن … "…" then وتابع:, a fisherman's words first with قال …، …،
 * after them, a woman resident with التي …: , the UAE weather centre relayed by WAM with the agency's quoted
 * short name and قوله إن … "…" (credited to the centre), a background paragraph); Al-Quds Al-Arabi on the
 * Palestinian motion against Israel withdrawn at the FIFA congress (its city-«paper» byline, a lede with no
 * quote, the Palestinian federation's president (اللواء) with قال … في كلمته أمام الكونغرس:, then وعاد +
 * family name ليؤكد لـ«القدس العربي» أن … «…», a faction's statement with وصفت … في بيان الخطوة بأنها «…»
 * and مطالبة بـ«…», the Israeli federation's head with رحب … وقال للصحافيين إن … «…», a Gaza player with
 * ويقول …، …، لـ«القدس العربي»: , a background paragraph) and Anadolu Arabic on Cappadocia's balloon season
 * (its city/name/الأناضول byline, the valley's quoted name in the lede, the governor in apposition في تصريح
 * لمراسل الأناضول، إن … "…" and مبيناً أن … "…", then وأضاف + surname:, a woman pilot with her age in brackets
 * and وتقول … إن … "…" then وتضيف:, the civil aviation directorate's rules with a quoted rule name and وكانت …
 * قد أعلنت أن … "…", a Kuwaiti tourist with أما …، الذي …، فقال لمراسل الأناضول:, a background paragraph).
 * Quotes in « », " " as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, firms, the show, the race and the cyclone
 * are real); no row was tuned on the corpus. The expectations come from reading each article as a person
 * would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the article
 * gives, without title, rank, role, nationality or honorific; a body for its statement; an unnamed official
 * of a named body to the body; relayed words to the person or body relayed; names of papers, channels,
 * agencies, firms, plays, shows, jerseys, teams, rules, valleys, slogans and hashtags are mentions with no
 * speaker), and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe98: 3/10 rows, 51/61 speech quotes, 31/31 mentions; by hand from the rows, Saudi
 * 2/5 rows, 26/30 speech, 15/15 mentions, international 1/5 rows, 25/31 speech, 16/16 mentions; the cyclone's
 * bulletin fragment counts as right there, its speaker being right and only its kind wrong). After the run
 * no expectation was found to misread the rules, and none was changed. Each passage the engine misreads was
 * split out of its article into a row of its own (the tables of split rows below), the rest of the article
 * kept as written; every paragraph and expectation of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Jazirah the karate team back from the Arab championship in « »: a city-dash-name byline, a lede with no quote, the federation’s president (الأستاذ) لـ«الجزيرة» with إن … «…» and معتبراً أن «…», then وزاد + family name:, the Egyptian coach with نوه … بـ…، لافتاً إلى أن … «…», the gold medallist with أما …، اللاعب …، فأهدى … إلى والده الذي «…» and وقال وهو …:, a closing paragraph with a quoted slogan; the gold medallist the engine misreads is split out below',
    text: [
      'الرياض - عبدالله بن حمد الدوسري',
      'عاد المنتخب السعودي الأول للكاراتيه فجر أمس إلى الرياض قادماً من العاصمة الأردنية عمّان، حاملاً سبع ميداليات بينها ذهبيتان في البطولة العربية للرجال والشباب، في أفضل حصيلة للعبة منذ بدء مشاركاتها الخارجية، وكان في استقبال البعثة بمطار الملك خالد الدولي عدد من مسؤولي الرئاسة العامة لرعاية الشباب وذوي اللاعبين.',
      'وقال رئيس الاتحاد السعودي للكاراتيه الأستاذ ماجد بن عبدالرحمن الحقباني لـ«الجزيرة» إن هذه النتيجة «ثمرة معسكرين خارجيين في تركيا وماليزيا، ولم تأت بالصدفة كما يظن البعض»، معتبراً أن لاعبي المنتخب «أثبتوا أن الكاراتيه السعودي قادر على المنافسة عربياً وقارياً إذا وجد الدعم».',
      'وزاد الحقباني: «نطمح إلى التأهل لدورة الألعاب الآسيوية المقبلة، ولدينا جيل من اللاعبين تحت 21 عاماً سيكون عماد المنتخب في السنوات الخمس القادمة، لكننا نحتاج إلى صالات تدريب مجهزة في كل المناطق».',
      'ونوه مدرب المنتخب، المصري هشام عبدالفتاح الشريف، بالتزام اللاعبين خلال فترة الإعداد التي تزامنت مع شهر رمضان، لافتاً إلى أن بعضهم «كان يتدرب بعد الإفطار حتى منتصف الليل دون أن يشتكي مرة واحدة».',
      'وشهدت البطولة، التي أقيمت تحت شعار «العرب على بساط واحد»، مشاركة أكثر من 300 لاعب ولاعبة من 14 دولة عربية، وتصدر المنتخب المصري جدول الميداليات فيها، تلاه المنتخبان الأردني والجزائري.',
    ].join('\n\n'),
    quotes: [
      ['الجزيرة', 'mention', null],
      [
        'ثمرة معسكرين خارجيين في تركيا وماليزيا، ولم تأت بالصدفة كما يظن البعض',
        'partial',
        'ماجد بن عبدالرحمن الحقباني',
      ],
      [
        'أثبتوا أن الكاراتيه السعودي قادر على المنافسة عربياً وقارياً إذا وجد الدعم',
        'partial',
        'ماجد بن عبدالرحمن الحقباني',
      ],
      [
        'نطمح إلى التأهل لدورة الألعاب الآسيوية المقبلة، ولدينا جيل من اللاعبين تحت 21 عاماً سيكون عماد المنتخب في السنوات الخمس القادمة، لكننا نحتاج إلى صالات تدريب مجهزة في كل المناطق',
        'direct',
        'ماجد بن عبدالرحمن الحقباني',
      ],
      ['كان يتدرب بعد الإفطار حتى منتصف الليل دون أن يشتكي مرة واحدة', 'partial', 'هشام عبدالفتاح الشريف'],
      ['العرب على بساط واحد', 'mention', null],
    ],
  },
  {
    what: 'Al-Watan Indonesia’s halt to sending housemaids, seen from Abha, in " ": a city-colon-name byline, a lede with no quote, an office owner in apposition with وأوضح …، …، لـ"الوطن" أن "…" and مبيناً أن "…", then ويستدرك + family name:, a woman teacher with لم تجد … وتقول لـ"الوطن":, the labour ministry with وكانت … قد أعلنت عبر حسابها في "تويتر" أن … "…", an unnamed official of a ministry relayed by a quoted agency with قوله إن … "…", a closing يذكر أن with no quote',
    text: [
      'أبها: سعيد بن علي آل حامد',
      'تعيش مكاتب الاستقدام في منطقة عسير ركوداً غير مسبوق منذ أعلنت الحكومة الإندونيسية وقف إرسال العمالة المنزلية الجديدة إلى 21 دولة في الشرق الأوسط بينها المملكة، فيما قفزت المبالغ التي تطلبها الأسر مقابل نقل كفالة العاملات الموجودات داخل المملكة إلى أكثر من 25 ألف ريال.',
      'وأوضح مالك أحد مكاتب الاستقدام في أبها، عبدالله بن مفرح الشهري، لـ"الوطن" أن مكتبه "لم يستقبل أي طلب جديد لعاملات إندونيسيات منذ مايو الماضي"، مبيناً أن العملاء "يتجهون اليوم إلى الفلبين وسريلانكا وإثيوبيا رغم أن فترة الانتظار قد تتجاوز ستة أشهر".',
      'ويستدرك الشهري: "الأسر في عسير اعتادت على العاملة الإندونيسية لأنها تتقن الطبخ المحلي وتفهم عاداتنا، ولهذا يرفض كثير منهم البدائل ويفضلون الانتظار على أمل أن يرفع القرار".',
      'المعلمة فاطمة بنت علي الأحمري لم تجد حلاً بعد أن غادرت عاملتها المنزلية قبل شهرين سوى الاستعانة بوالدتها لرعاية طفليها، وتقول لـ"الوطن": "أخرج إلى المدرسة في السادسة صباحاً وأعود بعد الثانية، ولا توجد حضانة قريبة من البيت، فماذا أفعل؟".',
      'وكانت وزارة العمل قد أعلنت عبر حسابها في "تويتر" أن المفاوضات مع الجانب الإندونيسي حول اتفاقية العمالة المنزلية "ما زالت مستمرة، ولم تغلق الأبواب"، دون أن تحدد موعداً لانتهائها.',
      'في المقابل، نقلت وكالة "أنتارا" الرسمية عن مسؤول في وزارة القوى العاملة قوله إن القرار "يهدف إلى حماية العاملات من ساعات العمل الطويلة وغياب يوم الراحة الأسبوعي"، وإنه لن يشمل العاملات اللواتي يعملن حالياً في تلك الدول.',
      'يذكر أن عدد العاملات المنزليات الإندونيسيات في المملكة كان يقدر بأكثر من 600 ألف عاملة قبل أن تعلق جاكرتا إرسالهن للمرة الأولى عام 2011، ثم تستأنفه جزئياً بعد توقيع اتفاقية بين البلدين.',
    ].join('\n\n'),
    quotes: [
      ['الوطن', 'mention', null],
      ['لم يستقبل أي طلب جديد لعاملات إندونيسيات منذ مايو الماضي', 'partial', 'عبدالله بن مفرح الشهري'],
      [
        'يتجهون اليوم إلى الفلبين وسريلانكا وإثيوبيا رغم أن فترة الانتظار قد تتجاوز ستة أشهر',
        'partial',
        'عبدالله بن مفرح الشهري',
      ],
      [
        'الأسر في عسير اعتادت على العاملة الإندونيسية لأنها تتقن الطبخ المحلي وتفهم عاداتنا، ولهذا يرفض كثير منهم البدائل ويفضلون الانتظار على أمل أن يرفع القرار',
        'direct',
        'عبدالله بن مفرح الشهري',
      ],
      ['الوطن', 'mention', null],
      [
        'أخرج إلى المدرسة في السادسة صباحاً وأعود بعد الثانية، ولا توجد حضانة قريبة من البيت، فماذا أفعل؟',
        'direct',
        'فاطمة بنت علي الأحمري',
      ],
      ['تويتر', 'mention', null],
      ['ما زالت مستمرة، ولم تغلق الأبواب', 'partial', 'وزارة العمل'],
      ['أنتارا', 'mention', null],
      [
        'يهدف إلى حماية العاملات من ساعات العمل الطويلة وغياب يوم الراحة الأسبوعي',
        'partial',
        'وزارة القوى العاملة',
      ],
    ],
  },
  {
    what: 'Sabq a worker’s severed hand reattached in Hail in " ": its name-سبق-city: byline run into a lede with no quote, the team’s head with a chain of posts (استشاري … الدكتور) لـ"سبق": , then وأوضح أن … "…" with no subject and لافتاً إلى أن with no quote, the worker with عبر مترجم لـ"سبق" من سريره:, the health affairs’ statement with ثمنت … وأكدت في بيان أن … "…", the workshop owner in apposition with إن … "…" and مضيفاً:, a quoted hashtag; the health affairs’ statement the engine misreads is split out below',
    text: [
      'فهد الشمري- سبق- حائل: نجح فريق طبي بمستشفى الملك خالد بحائل في إعادة زرع يد عامل آسيوي بترت بالكامل من فوق الرسغ أثناء عمله على آلة لقص الحديد في إحدى الورش بالمنطقة الصناعية، في عملية استغرقت تسع ساعات متواصلة.',
      'وقال رئيس الفريق الطبي استشاري جراحة التجميل والحروق والجراحة الدقيقة الدكتور سامي بن عيد الرشيدي لـ"سبق": "وصل العامل إلى الطوارئ بعد ساعة ونصف من الحادث ويده محفوظة في كيس نظيف مع الثلج، وهذا التصرف البسيط من زملائه هو ما أنقذ اليد".',
      'وأوضح أن الفريق، المكون من جراحي العظام والأوعية الدموية والتخدير، "أعاد توصيل العظام أولاً ثم الشرايين والأوردة والأعصاب والأوتار تحت المجهر"، لافتاً إلى أن الدورة الدموية عادت إلى أصابع اليد بعد الساعات الأولى من انتهاء العملية.',
      'وقال العامل البنغالي محمد حسين أكبر، عبر مترجم، لـ"سبق" من سريره في قسم العناية: "ظننت أنني لن أعمل مرة أخرى ولن أستطيع إعالة أسرتي، والآن أحرك أصابعي، وأشكر كل من وقف معي".',
      'وقال صاحب الورشة، المواطن سليمان بن حمود الشمري، إن العمال "لم يتدربوا على الإسعافات الأولية، لكنهم تصرفوا بحكمة"، مضيفاً: "سنلزم كل العاملين من الآن بدورة في السلامة، ولن تعمل الآلة مرة أخرى دون غطاء الحماية".',
      'وتداول مغردون خبر العملية عبر وسم "#أطباء_حائل"، مشيدين بالفريق الطبي ومطالبين بتكريم أعضائه.',
    ].join('\n\n'),
    quotes: [
      ['سبق', 'mention', null],
      [
        'وصل العامل إلى الطوارئ بعد ساعة ونصف من الحادث ويده محفوظة في كيس نظيف مع الثلج، وهذا التصرف البسيط من زملائه هو ما أنقذ اليد',
        'direct',
        'سامي بن عيد الرشيدي',
      ],
      [
        'أعاد توصيل العظام أولاً ثم الشرايين والأوردة والأعصاب والأوتار تحت المجهر',
        'partial',
        'سامي بن عيد الرشيدي',
      ],
      ['سبق', 'mention', null],
      [
        'ظننت أنني لن أعمل مرة أخرى ولن أستطيع إعالة أسرتي، والآن أحرك أصابعي، وأشكر كل من وقف معي',
        'direct',
        'محمد حسين أكبر',
      ],
      ['لم يتدربوا على الإسعافات الأولية، لكنهم تصرفوا بحكمة', 'partial', 'سليمان بن حمود الشمري'],
      [
        'سنلزم كل العاملين من الآن بدورة في السلامة، ولن تعمل الآلة مرة أخرى دون غطاء الحماية',
        'direct',
        'سليمان بن حمود الشمري',
      ],
      ['#أطباء_حائل', 'mention', null],
    ],
  },
  {
    what: 'Al-Eqtisadiah motor insurance premiums rising in « »: a name-then-من-city byline, وفق ما رصدته «الاقتصادية» in a lede with no speech, a broker’s chief executive named first with ويعزو … الارتفاع إلى «…» then ويضيف: with no subject, the monetary agency with its quoted short name and مؤكدة في تعميم أن … «…», Najm’s spokesman لـ«الاقتصادية» with إن … «…», a woman car owner with أما …، وهي …، فتقول إن … «…», a financial adviser with حذر … من أن «…»، داعياً إلى «…», a background paragraph; the monetary agency the engine misreads is split out below',
    text: [
      'ماجد بن ناصر الخالدي من الرياض',
      'ارتفعت أسعار وثائق التأمين الشامل على المركبات في السوق السعودية بنسب تراوحت بين 20 و45 في المائة خلال النصف الأول من العام الجاري، وفق ما رصدته «الاقتصادية» لدى عدد من شركات التأمين ووسطائه في الرياض وجدة والدمام.',
      'ويعزو سلطان بن عبدالعزيز الدريس، الرئيس التنفيذي لشركة وساطة تأمين في الرياض، الارتفاع إلى «تكاليف قطع الغيار والإصلاح التي تضاعفت خلال عامين، وإلى الخسائر المتراكمة لشركات التأمين في هذا الفرع». ويضيف: «بعض الشركات كانت تبيع الوثيقة بأقل من كلفتها لتكسب حصة سوقية، واليوم تدفع ثمن تلك المنافسة».',
      'وقال المتحدث الرسمي باسم شركة نجم لخدمات التأمين عادل بن علي العيسى لـ«الاقتصادية» إن عدد الحوادث التي باشرتها الشركة في المدن الرئيسة «تجاوز 1.2 مليون حادث خلال النصف الأول، بزيادة 11 في المائة عن الفترة نفسها من العام الماضي».',
      'أما المواطنة منى بنت سعد العتيبي، وهي موظفة تملك سيارة يقودها سائقها الخاص، فتقول إن قسط وثيقتها «قفز من 2400 ريال إلى 3900 ريال دون أن يسجل على السيارة أي حادث».',
      'وحذر المستشار المالي محمد بن فهد السهلي من أن «كثيراً من الملاك سيلجؤون إلى تأمين ضد الغير الأرخص، فتتحمل الأسرة وحدها كلفة أي حادث»، داعياً إلى «ربط قسط التأمين بسجل السائق لا بطراز السيارة وحده».',
      'ويعمل في السوق السعودية 35 شركة تأمين مرخصة، ويستحوذ تأمين المركبات مع التأمين الصحي على أكثر من ثلاثة أرباع أقساطها المكتتبة.',
    ].join('\n\n'),
    quotes: [
      ['الاقتصادية', 'mention', null],
      [
        'تكاليف قطع الغيار والإصلاح التي تضاعفت خلال عامين، وإلى الخسائر المتراكمة لشركات التأمين في هذا الفرع',
        'partial',
        'سلطان بن عبدالعزيز الدريس',
      ],
      [
        'بعض الشركات كانت تبيع الوثيقة بأقل من كلفتها لتكسب حصة سوقية، واليوم تدفع ثمن تلك المنافسة',
        'direct',
        'سلطان بن عبدالعزيز الدريس',
      ],
      ['الاقتصادية', 'mention', null],
      [
        'تجاوز 1.2 مليون حادث خلال النصف الأول، بزيادة 11 في المائة عن الفترة نفسها من العام الماضي',
        'partial',
        'عادل بن علي العيسى',
      ],
      ['قفز من 2400 ريال إلى 3900 ريال دون أن يسجل على السيارة أي حادث', 'partial', 'منى بنت سعد العتيبي'],
      [
        'كثيراً من الملاك سيلجؤون إلى تأمين ضد الغير الأرخص، فتتحمل الأسرة وحدها كلفة أي حادث',
        'partial',
        'محمد بن فهد السهلي',
      ],
      ['ربط قسط التأمين بسجل السائق لا بطراز السيارة وحده', 'partial', 'محمد بن فهد السهلي'],
    ],
  },
  {
    what: 'Al-Hayat a comedy play sold out for the Eid festival in Riyadh in « »: a city-dash-name byline with a woman reporter, the play’s quoted title in the lede, the director (الفنان) لـ«الحياة» with إن … «…» and مشيراً إلى أن with no quote, then ومضى + family name قائلاً:, the woman playwright in apposition with أما …، …، فأكدت … أنها «…»، مستدركة:, an actor’s words first with ، يقول …، الذي …, a background paragraph with no quote',
    text: [
      'الرياض - ريم بنت خالد الحربي',
      'نفدت تذاكر العروض الخمسة الأولى لمسرحية «واي فاي» الكوميدية، التي تقدمها جمعية الثقافة والفنون بالرياض ضمن فعاليات مهرجان عيد الفطر، قبل يومين من رفع الستار على مسرح مركز الملك فهد الثقافي.',
      'وقال مخرج العمل الفنان عبدالعزيز بن صالح المطرودي لـ«الحياة» إن المسرحية «تتناول بأسلوب ساخر كيف صار كل فرد في الأسرة السعودية يعيش داخل هاتفه، حتى على سفرة العيد»، مشيراً إلى أن الفرقة أجرت أكثر من 40 بروفة خلال شهر رمضان.',
      'ومضى المطرودي قائلاً: «أردنا أن نضحك الناس على أنفسهم من دون أن نجرح أحداً، فالجمهور السعودي ذكي ويلتقط النكتة قبل أن تكتمل، ولا يحتاج إلى التهريج».',
      'أما كاتبة النص، هند بنت فهد السبيعي، فأكدت في حديثها إلى «الحياة» أنها «كتبت المشاهد من مواقف حقيقية عاشتها في بيت العائلة»، مستدركة: «لم أتوقع أن يضحك أبي على شخصية الجد لأنه هو نفسه الجد في الحقيقة».',
      '«المسرح في الرياض عطشان، والناس يشترون التذاكر قبل أن يعرفوا من يمثل»، يقول بطل العرض الممثل ناصر بن راشد العبيد، الذي يقف على الخشبة منذ أكثر من عشرين عاماً.',
      'وتخصص الجمعية عرضين للعائلات في نهاية الأسبوع، فيما تقتصر بقية العروض على الرجال، وتبلغ قيمة التذكرة 50 ريالاً يذهب جزء من ريعها إلى دعم ورش المسرح المدرسي.',
    ].join('\n\n'),
    quotes: [
      ['واي فاي', 'mention', null],
      ['الحياة', 'mention', null],
      [
        'تتناول بأسلوب ساخر كيف صار كل فرد في الأسرة السعودية يعيش داخل هاتفه، حتى على سفرة العيد',
        'partial',
        'عبدالعزيز بن صالح المطرودي',
      ],
      [
        'أردنا أن نضحك الناس على أنفسهم من دون أن نجرح أحداً، فالجمهور السعودي ذكي ويلتقط النكتة قبل أن تكتمل، ولا يحتاج إلى التهريج',
        'direct',
        'عبدالعزيز بن صالح المطرودي',
      ],
      ['الحياة', 'mention', null],
      ['كتبت المشاهد من مواقف حقيقية عاشتها في بيت العائلة', 'partial', 'هند بنت فهد السبيعي'],
      ['لم أتوقع أن يضحك أبي على شخصية الجد لأنه هو نفسه الجد في الحقيقة', 'direct', 'هند بنت فهد السبيعي'],
      [
        'المسرح في الرياض عطشان، والناس يشترون التذاكر قبل أن يعرفوا من يمثل',
        'direct',
        'ناصر بن راشد العبيد',
      ],
    ],
  },
];

describe('probe 98: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Karate team, split out: the gold medallist named after a description with a weight class (أما صاحب ذهبية وزن تحت 67 كيلوغراماً، اللاعب فلان، فأهدى … إلى والده الذي «…»، وقال وهو …: «…»)',
    text: [
      'أما صاحب ذهبية وزن تحت 67 كيلوغراماً، اللاعب عبدالإله بن سعد القرني، فأهدى الميدالية إلى والده الذي «كان أول من أخذني إلى النادي وأنا في الثامنة من عمري»، وقال وهو يرفعها أمام عدسات المصورين: «وعدته قبل السفر أن أعود بالذهب، والحمد لله أوفيت بوعدي».',
    ].join('\n\n'),
    quotes: [
      ['كان أول من أخذني إلى النادي وأنا في الثامنة من عمري', 'partial', 'عبدالإله بن سعد القرني'],
      ['وعدته قبل السفر أن أعود بالذهب، والحمد لله أوفيت بوعدي', 'direct', 'عبدالإله بن سعد القرني'],
    ],
  },
  {
    what: 'Severed hand, split out: a directorate named with its region (ثمنت المديرية العامة للشؤون الصحية بمنطقة حائل جهود الفريق، وأكدت في بيان أن … "…")',
    text: [
      'من جهتها، ثمنت المديرية العامة للشؤون الصحية بمنطقة حائل جهود الفريق، وأكدت في بيان أن العملية "الأولى من نوعها في مستشفيات المنطقة"، وأن المستشفى بات قادراً على استقبال حالات البتر من المحافظات المجاورة.',
    ].join('\n\n'),
    quotes: [['الأولى من نوعها في مستشفيات المنطقة', 'partial', 'المديرية العامة للشؤون الصحية بمنطقة حائل']],
  },
  {
    what: 'Motor insurance, split out: the monetary agency with its quoted short name in apposition (وكانت مؤسسة النقد العربي السعودي «ساما» قد ألزمت …، مؤكدة في تعميم … أن … «…»)',
    text: [
      'وكانت مؤسسة النقد العربي السعودي «ساما» قد ألزمت شركات التأمين العام الماضي بتكوين مخصصات كافية لمواجهة المطالبات، مؤكدة في تعميم وجهته إلى الشركات أن التسعير يجب أن «يستند إلى دراسة اكتوارية معتمدة لا إلى اعتبارات المنافسة».',
    ].join('\n\n'),
    quotes: [
      ['ساما', 'mention', null],
      ['يستند إلى دراسة اكتوارية معتمدة لا إلى اعتبارات المنافسة', 'partial', 'مؤسسة النقد العربي السعودي'],
    ],
  },
];

describe('probe 98: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Asharq Al-Awsat Gulf orders at the Paris Air Show in « »: a city-colon-name byline, the show’s quoted name in the lede, an airline’s chief executive with the airline’s quoted name and في حديث لـ«الشرق الأوسط» … إن … «…», then وأضاف + family name:, Airbus by its quoted name with أعلنت … في بيان أن … «…», an unnamed official of the French defence ministry with طلب عدم كشف اسمه، إن … «…», a woman analyst in apposition with ترى … أن … «…»، وتقول:, a background paragraph; Airbus and the analyst, which the engine misreads, are split out below',
    text: [
      'باريس: سامر بن يوسف الخوري',
      'هيمنت طلبيات شركات الطيران الخليجية على اليوم الثاني من معرض «لوبورجيه» الدولي للطيران في ضاحية باريس الشمالية، إذ تجاوزت قيمة العقود ومذكرات التفاهم التي وقعتها هذه الشركات 25 مليار دولار، في وقت تراجعت فيه طلبيات شركات الطيران الأوروبية.',
      'وقال الرئيس التنفيذي لشركة «طيران ناس» بندر بن عبدالله المهنا، في حديث لـ«الشرق الأوسط» على هامش المعرض، إن صفقة الطائرات ضيقة البدن التي وقعتها الشركة «ستضاعف أسطولنا خلال خمس سنوات، وتسمح لنا بفتح خطوط مباشرة إلى مدن في آسيا الوسطى وشرق أفريقيا».',
      'وأضاف المهنا: «السوق السعودية ما زالت تعاني نقصاً في المقاعد، خصوصاً في مواسم الحج والعمرة والإجازات، والطلب يكبر أسرع من قدرة الشركات على التوسع».',
      'وقال مسؤول في وزارة الدفاع الفرنسية، طلب عدم كشف اسمه، إن المحادثات مع دول خليجية بشأن طائرات مقاتلة ومروحيات «تسير بصورة جيدة، لكن الإعلان عنها ليس مسألة أيام».',
      'ويقام معرض لوبورجيه كل عامين بالتناوب مع معرض فارنبره البريطاني، ويشارك فيه هذا العام أكثر من ألفي عارض من 48 دولة.',
    ].join('\n\n'),
    quotes: [
      ['لوبورجيه', 'mention', null],
      ['طيران ناس', 'mention', null],
      ['الشرق الأوسط', 'mention', null],
      [
        'ستضاعف أسطولنا خلال خمس سنوات، وتسمح لنا بفتح خطوط مباشرة إلى مدن في آسيا الوسطى وشرق أفريقيا',
        'partial',
        'بندر بن عبدالله المهنا',
      ],
      [
        'السوق السعودية ما زالت تعاني نقصاً في المقاعد، خصوصاً في مواسم الحج والعمرة والإجازات، والطلب يكبر أسرع من قدرة الشركات على التوسع',
        'direct',
        'بندر بن عبدالله المهنا',
      ],
      ['تسير بصورة جيدة، لكن الإعلان عنها ليس مسألة أيام', 'partial', 'وزارة الدفاع الفرنسية'],
    ],
  },
  {
    what: 'France 24 Arabic an Eritrean rider in the Tour de France’s polka-dot jersey in " ": a lede with the jersey’s quoted name, the rider لفرانس 24 عقب المرحلة: , his team’s manager in apposition with the team’s quoted name, اعتبر … أن … "…" and مضيفا أن … "…", a fan in Asmara relayed by AFP with ونقلت … عن …، …، قوله: , a woman commentator with كتبت على حسابها في "تويتر": , a background paragraph; the lede and the rider the engine misreads are split out below',
    text: [
      'من جهته، اعتبر مدير فريق "إم تي إن-كوبيكا" الجنوب أفريقي، داوود فان دير مروي، أن ما حققه الدراج "رسالة إلى كل من كان يعتقد أن أفريقيا لا تصنع أبطالا في الدراجات"، مضيفا أن الفريق "سيحاول الحفاظ على القميص حتى جبال الألب".',
      'ونقلت وكالة فرانس برس عن أحد المشجعين في أسمرة، سلمون تسفاي، قوله: "خرج الناس إلى الشوارع بعد المرحلة وكأننا فزنا بكأس العالم، الجميع هنا يعرف اسمه الآن".',
      'أما المعلقة الرياضية الفرنسية ناتالي بيرنار فكتبت على حسابها في "تويتر": "أجمل صورة في هذا الطواف حتى الآن، وسيتذكرها الجميع بعد سنوات".',
      'ويشارك فريق إم تي إن-كوبيكا في الطواف للمرة الأولى هذا العام، وهو أول فريق أفريقي مسجل يحصل على بطاقة دعوة للمشاركة في السباق الذي انطلق عام 1903.',
    ].join('\n\n'),
    quotes: [
      ['إم تي إن-كوبيكا', 'mention', null],
      ['رسالة إلى كل من كان يعتقد أن أفريقيا لا تصنع أبطالا في الدراجات', 'partial', 'داوود فان دير مروي'],
      ['سيحاول الحفاظ على القميص حتى جبال الألب', 'partial', 'داوود فان دير مروي'],
      [
        'خرج الناس إلى الشوارع بعد المرحلة وكأننا فزنا بكأس العالم، الجميع هنا يعرف اسمه الآن',
        'direct',
        'سلمون تسفاي',
      ],
      ['تويتر', 'mention', null],
      ['أجمل صورة في هذا الطواف حتى الآن، وسيتذكرها الجميع بعد سنوات', 'direct', 'ناتالي بيرنار'],
    ],
  },
  {
    what: 'Sky News Arabia cyclone Ashobaa nearing Oman in " ": a city-dash-channel dateline, the cyclone’s quoted name in the lede, the weather directorate’s bulletin with إن … "…"، متوقعة "…", the emergency committee’s spokesman (العقيد) with لسكاي نيوز عربية أن … "…" then وتابع:, a fisherman’s words first with قال …، …، after them, a woman resident with التي …: , the UAE weather centre relayed by WAM with the agency’s quoted short name and قوله إن … "…", a background paragraph; the bulletin the engine misreads is split out below',
    text: [
      'مسقط - سكاي نيوز عربية',
      'رفعت السلطات العمانية درجة التأهب في المحافظات الشرقية والوسطى، الأربعاء، مع اقتراب العاصفة المدارية "أشوبا" من سواحل السلطنة، وأعلنت إجلاء سكان جزيرة مصيرة إلى مراكز إيواء في البر الرئيسي.',
      'وأوضح المتحدث باسم اللجنة الوطنية لإدارة الحالات الطارئة العقيد سالم بن حمد المعمري لسكاي نيوز عربية أن اللجنة جهزت "أكثر من 60 مركز إيواء مزودة بالغذاء والماء والرعاية الطبية". وتابع: "نطلب من المواطنين والمقيمين الابتعاد عن الأودية وعدم المجازفة بعبورها مهما بدا منسوب المياه منخفضا".',
      '"سحبنا القوارب إلى البر منذ أمس، ولن نخرج إلى البحر حتى تعلن الأرصاد انتهاء الخطر"، قال الصياد خميس بن راشد العريمي، من ولاية صور، وهو يربط قاربه إلى شاحنة صغيرة.',
      'وقالت المواطنة زينب بنت سعيد البلوشية، التي تسكن قرب وادي بني خالد: "تعلمنا من إعصار جونو ألا نستهين بأي عاصفة، خزنا الماء والطعام ونقلنا الأوراق المهمة إلى بيت أخي في إبراء".',
      'ونقلت وكالة أنباء الإمارات "وام" عن المركز الوطني للأرصاد الجوية والزلازل قوله إن تأثير العاصفة على الدولة "سيقتصر على سحب ركامية وأمطار متفرقة على المناطق الشرقية"، داعيا مرتادي البحر إلى الحذر.',
      'وكان إعصار جونو قد ضرب سواحل السلطنة في يونيو 2007 متسببا في مقتل نحو 50 شخصا وخسائر مادية قدرت بأكثر من أربعة مليارات دولار.',
    ].join('\n\n'),
    quotes: [
      ['أشوبا', 'mention', null],
      ['أكثر من 60 مركز إيواء مزودة بالغذاء والماء والرعاية الطبية', 'partial', 'سالم بن حمد المعمري'],
      [
        'نطلب من المواطنين والمقيمين الابتعاد عن الأودية وعدم المجازفة بعبورها مهما بدا منسوب المياه منخفضا',
        'direct',
        'سالم بن حمد المعمري',
      ],
      [
        'سحبنا القوارب إلى البر منذ أمس، ولن نخرج إلى البحر حتى تعلن الأرصاد انتهاء الخطر',
        'direct',
        'خميس بن راشد العريمي',
      ],
      [
        'تعلمنا من إعصار جونو ألا نستهين بأي عاصفة، خزنا الماء والطعام ونقلنا الأوراق المهمة إلى بيت أخي في إبراء',
        'direct',
        'زينب بنت سعيد البلوشية',
      ],
      ['وام', 'mention', null],
      [
        'سيقتصر على سحب ركامية وأمطار متفرقة على المناطق الشرقية',
        'partial',
        'المركز الوطني للأرصاد الجوية والزلازل',
      ],
    ],
  },
  {
    what: 'Al-Quds Al-Arabi the Palestinian motion against Israel withdrawn at the FIFA congress in « »: a city-«paper» byline, a lede with no quote, the Palestinian federation’s president (اللواء) with قال … في كلمته أمام الكونغرس:, then وعاد + family name ليؤكد لـ«القدس العربي» أن … «…», a faction’s statement with وصفت … في بيان الخطوة بأنها «…» and مطالبة بـ«…», the Israeli federation’s head with رحب … وقال للصحافيين إن … «…», a Gaza player with ويقول …، …، لـ«القدس العربي»: , a background paragraph; the faction’s statement the engine misreads is split out below',
    text: [
      'زيوريخ ـ «القدس العربي»:',
      'سحب الاتحاد الفلسطيني لكرة القدم في اللحظات الأخيرة طلبه تعليق عضوية الاتحاد الإسرائيلي في الاتحاد الدولي «فيفا»، واستعاض عنه بمقترح لتشكيل لجنة دولية تراقب حرية تنقل اللاعبين الفلسطينيين، وافق عليه الكونغرس بأغلبية كبيرة.',
      'وقال رئيس الاتحاد الفلسطيني اللواء عادل بن حسن الطيطي في كلمته أمام الكونغرس: «لم نأت إلى هنا لنعاقب أحداً، جئنا لنطلب أن يلعب شبابنا كرة القدم مثل شباب العالم، دون حواجز ودون اعتقال».',
      'وعاد الطيطي ليؤكد لـ«القدس العربي» بعد الجلسة أن قرار السحب «جاء بعد ضغوط هائلة من اتحادات عربية وأوروبية، ووعود بأن تعمل اللجنة الجديدة بجدية»، مضيفاً أن الاتحاد سيعود بالطلب نفسه العام المقبل إذا لم يتغير شيء على الأرض.',
      'في المقابل، رحب رئيس الاتحاد الإسرائيلي لكرة القدم موشيه بن دافيد بالقرار، وقال للصحافيين إن بلاده «ستتعاون مع اللجنة ما دامت بعيدة عن السياسة».',
      'ويقول لاعب نادي اتحاد الشجاعية، محمود بن ياسر أبو حسنين، لـ«القدس العربي» عبر الهاتف من غزة: «لم أتمكن من الالتحاق بالمنتخب في الضفة مرتين لأنني لم أحصل على تصريح، ولا أعرف إن كانت لجنة في زيوريخ ستغير ذلك».',
      'وكان الاتحاد الفلسطيني قد انضم إلى «فيفا» عام 1998، ويشكو منذ سنوات من القيود المفروضة على تنقل لاعبيه بين غزة والضفة الغربية وعلى إدخال المعدات الرياضية.',
    ].join('\n\n'),
    quotes: [
      ['القدس العربي', 'mention', null],
      ['فيفا', 'mention', null],
      [
        'لم نأت إلى هنا لنعاقب أحداً، جئنا لنطلب أن يلعب شبابنا كرة القدم مثل شباب العالم، دون حواجز ودون اعتقال',
        'direct',
        'عادل بن حسن الطيطي',
      ],
      ['القدس العربي', 'mention', null],
      [
        'جاء بعد ضغوط هائلة من اتحادات عربية وأوروبية، ووعود بأن تعمل اللجنة الجديدة بجدية',
        'partial',
        'عادل بن حسن الطيطي',
      ],
      ['ستتعاون مع اللجنة ما دامت بعيدة عن السياسة', 'partial', 'موشيه بن دافيد'],
      ['القدس العربي', 'mention', null],
      [
        'لم أتمكن من الالتحاق بالمنتخب في الضفة مرتين لأنني لم أحصل على تصريح، ولا أعرف إن كانت لجنة في زيوريخ ستغير ذلك',
        'direct',
        'محمود بن ياسر أبو حسنين',
      ],
      ['فيفا', 'mention', null],
    ],
  },
  {
    what: 'Anadolu Arabic Cappadocia’s balloon season in " ": its city/name/الأناضول byline, the valley’s quoted name in the lede, the governor in apposition في تصريح لمراسل الأناضول، إن … "…" and مبيناً أن … "…", then وأضاف + surname:, a woman pilot with her age in brackets and وتقول … إن … "…" then وتضيف:, the civil aviation directorate with a quoted rule name and وكانت … قد أعلنت أن … "…", a Kuwaiti tourist with أما …، الذي …، فقال لمراسل الأناضول:, a background paragraph',
    text: [
      'نوشهير/ أحمد يلدز/ الأناضول',
      'تشهد سماء منطقة كابادوكيا وسط تركيا، منذ مطلع الصيف، تحليق أكثر من 150 منطاداً كل صباح فوق مداخن الجن والأودية الصخرية، وفي مقدمتها "وادي الحب"، في موسم يتوقع أن يحطم أرقام السنوات الماضية في أعداد الزوار.',
      'وقال والي نوشهير، عثمان قايا، في تصريح لمراسل الأناضول، إن عدد من حلقوا بالمناطيد منذ بداية العام "تجاوز 300 ألف سائح، نصفهم تقريبا من دول الخليج وشرق آسيا"، مبيناً أن الولاية "تعمل مع الشركات على رفع معايير السلامة قبل زيادة عدد الرحلات".',
      'وأضاف قايا: "كابادوكيا لم تعد وجهة ثقافية فقط، بل أصبحت تجربة يحلم بها الناس حول العالم، وصور المناطيد عند الفجر هي أفضل دعاية لتركيا".',
      'وتقول الطيارة أيشه دمير (34 عاما)، وهي من القلائل اللواتي يقدن المناطيد في المنطقة، إن أصعب ما في عملها "الاستيقاظ في الثالثة فجرا وقراءة الرياح قبل أن يصل الركاب". وتضيف: "حين يرتفع المنطاد وتشرق الشمس على الوادي، أنسى التعب كله، وأرى الدهشة نفسها على وجوه الركاب كل يوم".',
      'وكانت المديرية العامة للطيران المدني قد أعلنت العام الماضي، ضمن حزمة قواعد عرفت باسم "لائحة المناطيد"، أن على الشركات "ألا تحلق بأكثر من مئة منطاد في الوقت نفسه في الممر الواحد"، بعد حوادث تصادم متفرقة في المواسم السابقة.',
      'أما السائح الكويتي يوسف بن عبدالله الرشيد، الذي جاء مع عائلته للمرة الثانية، فقال لمراسل الأناضول: "في المرة الأولى لم نجد مكانا في أي رحلة، هذه المرة حجزنا قبل شهرين، وكانت الرحلة تستحق الانتظار".',
      'وتعد كابادوكيا، المدرجة على لائحة التراث العالمي لمنظمة اليونسكو منذ عام 1985، من أكثر المناطق التركية جذبا للسياح، وتضم مدنا منحوتة تحت الأرض وكنائس صخرية تعود إلى العصر البيزنطي.',
    ].join('\n\n'),
    quotes: [
      ['وادي الحب', 'mention', null],
      ['تجاوز 300 ألف سائح، نصفهم تقريبا من دول الخليج وشرق آسيا', 'partial', 'عثمان قايا'],
      ['تعمل مع الشركات على رفع معايير السلامة قبل زيادة عدد الرحلات', 'partial', 'عثمان قايا'],
      [
        'كابادوكيا لم تعد وجهة ثقافية فقط، بل أصبحت تجربة يحلم بها الناس حول العالم، وصور المناطيد عند الفجر هي أفضل دعاية لتركيا',
        'direct',
        'عثمان قايا',
      ],
      ['الاستيقاظ في الثالثة فجرا وقراءة الرياح قبل أن يصل الركاب', 'partial', 'أيشه دمير'],
      [
        'حين يرتفع المنطاد وتشرق الشمس على الوادي، أنسى التعب كله، وأرى الدهشة نفسها على وجوه الركاب كل يوم',
        'direct',
        'أيشه دمير',
      ],
      ['لائحة المناطيد', 'mention', null],
      [
        'ألا تحلق بأكثر من مئة منطاد في الوقت نفسه في الممر الواحد',
        'partial',
        'المديرية العامة للطيران المدني',
      ],
      [
        'في المرة الأولى لم نجد مكانا في أي رحلة، هذه المرة حجزنا قبل شهرين، وكانت الرحلة تستحق الانتظار',
        'direct',
        'يوسف بن عبدالله الرشيد',
      ],
    ],
  },
];

describe('probe 98: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Paris Air Show, split out: a firm by its quoted name as the subject of a statement (وأعلنت «إيرباص» في بيان … أن … «…»، مشيرة إلى أن …)',
    text: [
      'وأعلنت «إيرباص» في بيان وزعته على الصحافيين أن الطلبيات الخليجية «تؤكد أن الشرق الأوسط بات المحرك الأول لنمو النقل الجوي في العالم»، مشيرة إلى أنها سترفع وتيرة الإنتاج في مصانعها في تولوز وهامبورغ.',
    ].join('\n\n'),
    quotes: [
      ['إيرباص', 'mention', null],
      ['تؤكد أن الشرق الأوسط بات المحرك الأول لنمو النقل الجوي في العالم', 'partial', 'إيرباص'],
    ],
  },
  {
    what: 'Paris Air Show, split out: a woman analyst’s long description before her name between commas (وترى المحللة في شؤون الطيران لدى مكتب استشاري فرنسي، فلانة، أن … «…»، وتقول: «…»)',
    text: [
      'وترى المحللة في شؤون الطيران لدى مكتب استشاري فرنسي، كلير دوبوا، أن الشركات الخليجية «تشتري اليوم لأن الوقود رخيص والفوائد منخفضة»، وتقول: «السؤال الحقيقي هو ما إذا كانت المطارات في المنطقة ستكون جاهزة لاستقبال كل هذه الطائرات حين تسلم».',
    ].join('\n\n'),
    quotes: [
      ['تشتري اليوم لأن الوقود رخيص والفوائد منخفضة', 'partial', 'كلير دوبوا'],
      [
        'السؤال الحقيقي هو ما إذا كانت المطارات في المنطقة ستكون جاهزة لاستقبال كل هذه الطائرات حين تسلم',
        'direct',
        'كلير دوبوا',
      ],
    ],
  },
  {
    what: 'Tour de France, split out: a rider called back by a family name that opens with ولدي (وقال ولدي ميكائيل لفرانس 24 عقب المرحلة، وهو …: "…"), with the lede that names him in full',
    text: [
      'أصبح الدراج الإريتري يوهانس ولدي ميكائيل أول أفريقي أسود يرتدي قميص "ملك الجبال" المنقط في تاريخ طواف فرنسا للدراجات، بعد أن تصدر ترتيب المتسلقين في نهاية المرحلة السادسة التي انتهت في مدينة لو هافر على ساحل المانش.',
      'وقال ولدي ميكائيل لفرانس 24 عقب المرحلة، وهو لا يزال يلتقط أنفاسه: "حين كنت صغيرا في أسمرة كنت أشاهد الطواف على تلفزيون الجيران، واليوم أنا على المنصة. هذا القميص لكل الأطفال في إريتريا".',
    ].join('\n\n'),
    quotes: [
      ['ملك الجبال', 'mention', null],
      [
        'حين كنت صغيرا في أسمرة كنت أشاهد الطواف على تلفزيون الجيران، واليوم أنا على المنصة. هذا القميص لكل الأطفال في إريتريا',
        'direct',
        'يوهانس ولدي ميكائيل',
      ],
    ],
    // engine gap: gives the direct quote no speaker (null)
    gaps: ['attribution'],
  },
  {
    what: 'Cyclone Ashobaa, split out: a bulletin’s noun-phrase object after a participle (وقالت المديرية … في نشرة عاجلة إن … "…"، متوقعة "هطول …")',
    text: [
      'وقالت المديرية العامة للأرصاد الجوية في نشرة عاجلة إن مركز العاصفة "يبعد نحو 400 كيلومتر عن رأس الحد، ويتحرك ببطء نحو الشمال الغربي"، متوقعة "هطول أمطار غزيرة قد تتجاوز 200 مليمتر على بعض المناطق خلال 48 ساعة".',
    ].join('\n\n'),
    quotes: [
      [
        'يبعد نحو 400 كيلومتر عن رأس الحد، ويتحرك ببطء نحو الشمال الغربي',
        'partial',
        'المديرية العامة للأرصاد الجوية',
      ],
      [
        'هطول أمطار غزيرة قد تتجاوز 200 مليمتر على بعض المناطق خلال 48 ساعة',
        'partial',
        'المديرية العامة للأرصاد الجوية',
      ],
    ],
    // engine gap: takes the fragment after متوقعة for direct speech, not partial (the speaker is right)
    gaps: ['attribution'],
  },
  {
    what: 'FIFA congress, split out: a faction whose name ends in لتحرير فلسطين as the subject of وصفت … في بيان الخطوة بأنها «…» and مطالبة بـ«…»',
    text: [
      'ووصفت الجبهة الشعبية لتحرير فلسطين في بيان الخطوة بأنها «تراجع مؤسف عن معركة كان يمكن كسبها»، مطالبة بـ«محاسبة كل من ضغط لسحب الطلب».',
    ].join('\n\n'),
    quotes: [
      ['تراجع مؤسف عن معركة كان يمكن كسبها', 'partial', 'الجبهة الشعبية لتحرير فلسطين'],
      ['محاسبة كل من ضغط لسحب الطلب', 'partial', 'الجبهة الشعبية لتحرير فلسطين'],
    ],
  },
];

describe('probe 98: international passages split out', () => {
  runRows(internationalSplitRows);
});
