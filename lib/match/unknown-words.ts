/**
 * Words that make a capitalised run something other than a name Dossier could learn: what starts a
 * sentence, dates, places, titles and jobs, and the generic words of news. Lower case; matched
 * against each word of a candidate.
 */

/** Capitalised only because they start a sentence or a clause. */
export const STARTERS = new Set(
  `the a an in on at but and or so its it this that these those their there then when while after before as for with by from to of if once since
  until unlike like last next earlier later meanwhile however according among despite although though yet still also even instead only now today
  yesterday tomorrow some many most much more few several both each every all any no not one two three four five first second other another
  such what which who whom whose why how where we he she they i you our his her my your us them here mr mrs ms dr sir`.split(/\s+/),
);

export const DATES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter christmas easter ramadan eid q1 q2 q3 q4`.split(/\s+/),
);

/** Titles and jobs: "Chief Executive", "Prime Minister", "Senator" are not names. */
export const TITLES = new Set(
  `chief executive officer ceo cfo cto coo president vice chair chairman chairwoman chairperson founder co-founder cofounder director minister
  prime secretary senator representative governor mayor judge justice professor prof general admiral commissioner ambassador spokesperson
  spokesman spokeswoman analyst head manager partner editor reporter correspondent king queen prince princess sheikh emir premier chancellor
  deputy attorney officer leader member economist researcher scientist engineer investor chief vp svp evp`.split(/\s+/),
);

/** Places: countries, regions and the cities news names most. */
export const PLACES = new Set(
  `united states america us usa uk britain england scotland wales ireland europe european union eu asia africa middle east latin north south east
  west china japan korea india pakistan bangladesh indonesia malaysia singapore thailand vietnam philippines taiwan hong kong macau australia
  new zealand canada mexico brazil argentina chile colombia peru germany france italy spain portugal netherlands belgium switzerland austria
  sweden norway denmark finland poland ukraine russia turkey israel iran iraq syria lebanon jordan egypt saudi arabia uae emirates qatar kuwait
  bahrain oman yemen morocco algeria tunisia nigeria kenya ethiopia ghana south-africa california texas washington new york florida nevada arizona
  oregon massachusetts virginia illinois ohio georgia michigan alabama alaska arkansas colorado connecticut delaware hawaii idaho indiana
  iowa kansas kentucky louisiana maine maryland minnesota mississippi missouri montana nebraska hampshire jersey mexico carolina dakota
  oklahoma pennsylvania rhode tennessee utah vermont wisconsin wyoming silicon valley san francisco los angeles seattle boston chicago austin miami
  london paris berlin munich frankfurt madrid barcelona rome milan amsterdam brussels zurich geneva stockholm dublin tokyo osaka seoul beijing
  shanghai shenzhen hangzhou guangzhou taipei mumbai delhi bangalore bengaluru dubai abu dhabi riyadh doha cairo tel aviv toronto vancouver
  montreal sydney melbourne memphis redmond cupertino mountain view menlo park palo alto santa clara wall street street avenue road
  city state county province district capital island islands coast bay area river valley american european asian african arab arabian
  chinese japanese korean indian british french german russian gulf nordic latin-american`.split(/\s+/),
);

/** Generic words of news that are capitalised in headlines and section names. */
export const GENERIC = new Set(
  `breaking news exclusive update updated opinion analysis live read more subscribe sign share comments related latest video photo photos
  getty images reuters ap afp advertisement sponsored newsletter podcast home page section contact about privacy policy terms cookie cookies
  monday's said says told added copyright all rights reserved government ministry department agency court congress parliament senate house
  white national federal international global ai artificial intelligence generative tech technology internet web online digital data
  cloud chip chips model models company companies market markets stock stocks shares billion million dollar dollars percent big`.split(/\s+/),
);

/** Last words that say "organisation". */
export const ORG_ENDINGS = new Set(
  `ai labs lab inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh ag sa group holdings technologies technology systems robotics
  dynamics networks software semiconductor semiconductors capital ventures partners bank foundation institute university college
  studios games media motors energy therapeutics biosciences health analytics cloud computing`.split(/\s+/),
);

/** Words just before a person's name: "founder Jane Doe", "chief executive Jane Doe". */
export const PERSON_CUES = /\b(?:founded by|co-founded by|founder|co-?founder|chief executive|ceo|cto|cfo|president|chairman|chairwoman|chair|director|head|researcher|scientist|engineer|professor|investor|partner|analyst|CEO)\s*,?\s*$/i;
/** Words just after a person's name: "Jane Doe said", "Jane Doe, who". */
export const PERSON_AFTER = /^\s*(?:said|says|told|wrote|added|argued|, who|, the (?:company's |firm's |startup's )?(?:founder|chief|ceo|head)|, (?:a |its )?(?:co-?founder|founder|chief executive))/i;

/**
 * Arabic: the words after which an organisation is named (شركة, مؤسسة, مجموعة …), with a conjunction
 * or preposition attached (وشركة, لمختبر); `AR_MASCULINE` those an adjective in ي follows (صندوق
 * استثماري), `AR_NAMED_BY_ARTICLE` those whose next word may be a name with the article (جامعة
 * اليرموك, صحيفة النهار, بنك المشرق).
 */
export const AR_ORG_CUE = 'شركة|مؤسسة|مجموعة|منصة|مختبر|صحيفة|بنك|صندوق|جامعة|هيئة|وكالة|استوديو|نادي';
export const AR_MASCULINE = /^(?:[وف]?[بل]?)(?:مختبر|بنك|صندوق|استوديو|نادي)$/;
export const AR_NAMED_BY_ARTICLE = /^(?:[وف]?[بل]?)(?:صحيفة|بنك|جامعة|نادي)$/;
export const AR_STOP = new Set(
  `التي الذي الذين في من على إلى الى عن مع و أو ثم قد لقد كما بعد قبل عند حتى منذ خلال بين هذه هذا ذلك تلك أن إن كان كانت يوم أمس اليوم
  الأمريكية الأميركية الصينية الناشئة العملاقة المتخصصة الرائدة الجديدة الكبرى العالمية الناشئة، العربية السعودية الإماراتية البريطانية الفرنسية
  الألمانية اليابانية الكورية الهندية التقنية للتكنولوجيا للذكاء الاصطناعي قالت قال أعلنت أعلن أخرى أخرى، ذات ناشئة تابعة كبيرة صغيرة عملاقة
  مساهمة قابضة تقنية تكنولوجيا برمجيات رقائق أشباه ناشئة واحدة جديدة كبرى عامة خاصة مدرجة منافسة شقيقة أم
  منافس مستقل مستقلة مشترك مشتركة أبحاث بحث استثمار استثماري تابع ناشئ عملاق رائد جديد كبير صغير مماثل مماثلة أجنبي أجنبية محلي
  حكومي خاص عام دولي دولية إقليمي إقليمية سيادي مركزي رقمي ذكي ضخم ضخمة متخصص متخصصة كل بعض أي غير`.split(/\s+/),
);
/** Arabic: before ، الرئيس التنفيذي (or another role) a person is named. */
export const AR_PERSON_AFTER = /^\s*[،,]\s*(?:ال)?(?:رئيس|الرئيس|مؤسس|المؤسس|المدير|مدير|مديرة|الشريك|شريك|نائب|عميد|عميدة|أستاذ|أستاذة)/;
/** Arabic: titles and roles just before a person's name (الدكتورة, المهندس, مؤسسها). */
export const AR_PERSON_BEFORE = 'الدكتور|الدكتورة|المهندس|المهندسة|الباحث|الباحثة|البروفيسور|البروفيسورة|مؤسسها|مؤسسه|مؤسستها|المحامي|المحامية';
/** Arabic: the words after which a product is named ("باسم", "يحمل اسم"). */
export const AR_PRODUCT_CUE = /(?<![\u0621-\u064A])(?:باسم|[يت]حمل اسم)\s+/g;

/** Chinese and Japanese: the words that follow (or, for 株式会社, also precede) a company's name. */
export const CJK_ORG_AFTER = /^(?:公司|集团|股份有限公司|有限公司|科技|株式会社|社)/;
export const CJK_STOP = /[的是在和与及、，。「」『』（）()“”"'：:；;！？\s年月日了也将已把被对向从为等该这那此其一家他她它们はがをにでとものへやか]/;
/** What stands before 公司 without being a name: "a database company", "its parent company". */
export const CJK_GENERIC = /(?:数据库|芯片|科技|创业|初创|人工智能|半导体|软件|互联网|游戏|投资|技术|能源|汽车|电动车|机器人|模型|云计算|上市|空壳|控股|新|大|小|母|子|分|本|各|多|两|三|几|相关|合资|管理|咨询|服务|制造|电子|通信|电信|金融|保险|银行|传媒|媒体|网络|信息|系统|平台|基金|资本|集团|这|那|该|其)$/;
