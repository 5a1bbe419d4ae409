/**
 * Cue words for judging an ambiguous name by its context (lib/match/context.ts): words of the
 * industry's news on one side, of everyday things a name can also be on the other. General
 * vocabulary by domain, written per language, not phrases lifted from the labelled set; the
 * trained weights decide how much each list counts. Latin and Cyrillic entries are whole words in
 * lower case; Arabic entries are matched with their attached prefixes stripped; Chinese and
 * Japanese entries are substrings.
 */
export const INDUSTRY_WORDS: Readonly<Record<'latin' | 'ar' | 'cjk', readonly string[]>> = {
  latin: [
    'ai', 'model', 'models', 'chatbot', 'chatbots', 'assistant', 'app', 'apps', 'startup', 'start-up', 'shares', 'stock', 'stocks',
    'investors', 'analysts', 'valuation', 'funding', 'raised', 'revenue', 'earnings', 'quarter', 'ceo', 'executive', 'founder',
    'launched', 'launch', 'launches', 'released', 'release', 'rolled', 'rollout', 'update', 'updated', 'version', 'users', 'subscribers',
    'developers', 'developer', 'api', 'code', 'coding', 'software', 'cloud', 'chip', 'chips', 'gpu', 'gpus', 'server', 'servers',
    'datacenter', 'training', 'trained', 'inference', 'parameters', 'benchmark', 'prompt', 'prompts', 'agent', 'agents', 'browser',
    'device', 'devices', 'headset', 'glasses', 'smartphone', 'iphone', 'android', 'lawsuit', 'regulators', 'antitrust', 'acquisition',
    'acquired', 'deal', 'partnership', 'company', 'companies', 'firm', 'tech', 'technology', 'platform', 'feature', 'features',
    'subscription', 'open-source', 'llm', 'generative', 'generated', 'generate', 'chatgpt', 'robot', 'robots', 'robotaxi',
    'autonomous', 'self-driving', 'deliveries', 'vehicles', 'electric', 'announced', 'unveiled', 'engineers', 'researchers', 'lab',
    'billion', 'million', 'investment', 'invested', 'customers', 'enterprise', 'product', 'products', 'rival', 'rivals', 'competitor',
    'compute', 'nasdaq', 'ipo', 'spokesperson', 'keynote', 'beta', 'laptop', 'desktop', 'online', 'website', 'data', 'privacy',
    'president', 'administration', 'minister', 'government', 'election', 'senate', 'congress', 'tariffs', 'policy', 'sanctions',
    'modèle', 'modelo', 'modell', 'entreprise', 'empresa', 'unternehmen', 'компания', 'модель', 'акции',
  ],
  ar: [
    'شركة', 'الشركة', 'نموذج', 'نماذج', 'تطبيق', 'تطبيقات', 'أسهم', 'سهم', 'المستثمرين', 'مستثمرين', 'المحللين', 'تقييم', 'تمويل', 'إيرادات',
    'أرباح', 'الرئيس التنفيذي', 'التنفيذي', 'مؤسس', 'أطلقت', 'أطلق', 'إطلاق', 'أعلنت', 'أعلن', 'كشفت', 'تحديث', 'إصدار', 'الإصدار', 'المستخدمين',
    'مستخدمي', 'المطورين', 'برمجيات', 'البرمجة', 'سحابة', 'السحابية', 'رقائق', 'شرائح', 'معالجات', 'خوادم', 'بيانات', 'تدريب', 'مساعد',
    'روبوت', 'دردشة', 'متصفح', 'هاتف', 'هواتف', 'آيفون', 'نظارات', 'دعوى', 'قضائية', 'استحواذ', 'صفقة', 'شراكة', 'منصة', 'تقنية',
    'التقنية', 'التكنولوجيا', 'تكنولوجيا', 'مليار', 'مليون', 'دولار', 'استثمار', 'استثمارات', 'عملاء', 'منتج', 'منتجات', 'منافس',
    'ذكاء', 'الاصطناعي', 'اصطناعي', 'سيارات', 'ذاتية', 'القيادة', 'برنامج', 'الرئيس', 'رئيس', 'الحكومة', 'إدارة', 'وزير', 'رسوم',
    'الانتخابات', 'البيت', 'الأبيض', 'قرار', 'مرسوم',
  ],
  cjk: [
    '人工智能', 'AI', '模型', '大模型', '公司', '股价', '股票', '市值', '融资', '估值', '营收', '财报', '发布', '推出', '上线', '更新', '版本',
    '用户', '开发者', '软件', '云', '芯片', '算力', '数据中心', '服务器', '训练', '推理', '参数', '智能', '助手', '聊天', '应用', '手机',
    '平台', '科技', '互联网', '电商', '直播', '短视频', '机器人', '自动驾驶', '电动车', '汽车', '交付', '投资', '基金', '上市', '收购',
    '合作', '诉讼', '监管', '总统', '政府', '首相', '总理', '关税', '选举', '白宫', '政策', '亿元', '亿美元', '代码', '编程', '浏览器',
    '人工知能', '生成', '企業', '株価', '株', '発表', '提供', '開始', '搭載', '機能', 'アプリ', 'ユーザー', '開発', 'ソフト', 'クラウド',
    '半導体', 'チップ', '投資', '買収', '提携', '訴訟', '規制', '大統領', '首相', '政権', '政府', '関税', '選挙', '決算', '売上',
    '億円', 'ドル', 'モデル', 'サービス', '端末', 'スマホ', 'データ', 'ロボット', '自動運転', '電気自動車', 'EV', 'CEO', '最高経営責任者',
  ],
};

export const EVERYDAY_WORDS: Readonly<Record<'latin' | 'ar' | 'cjk', readonly string[]>> = {
  latin: [
    'river', 'rainforest', 'forest', 'forests', 'basin', 'jungle', 'delta', 'tributary', 'wildlife', 'parrot', 'species', 'animal',
    'animals', 'farm', 'farmer', 'wool', 'fleece', 'herd', 'pie', 'cake', 'recipe', 'fruit', 'orchard', 'harvest', 'cider', 'juice',
    'dessert', 'chef', 'menu', 'restaurant', 'bake', 'baking', 'baked', 'eat', 'ate', 'eating', 'breakfast', 'lunch', 'dinner', 'tasty',
    'painter', 'painting', 'paintings', 'gallery', 'museum', 'exhibition', 'artist', 'composer', 'symphony', 'concert', 'album', 'song',
    'single', 'band', 'novel', 'film', 'movie', 'episode', 'actor', 'actress', 'poet', 'poem', 'myth', 'mythology', 'ancient', 'temple',
    'shrine', 'zodiac', 'horoscope', 'astrology', 'constellation', 'telescope', 'sky', 'planet', 'observatory', 'wind', 'weather', 'snow',
    'ski', 'mountain', 'mountains', 'valley', 'hiking', 'trek', 'trekking', 'village', 'wine', 'cocoa', 'chocolate', 'coffee', 'football',
    'striker', 'midfielder', 'league', 'coach', 'pilot', 'plane', 'cockpit', 'aircraft', 'fashion', 'catwalk', 'shift', 'pupils',
    'teacher', 'church', 'hospital', 'patients', 'doctor', 'journal', 'psychology', 'physics', 'unit', 'magnetic', 'inventor',
    'feeling', 'mood', 'garden', 'tree', 'trees', 'flowers', 'bird', 'birds', 'hunting', 'race', 'racing', 'driver', 'tournament',
    'grandmother', 'grandfather', 'wedding', 'funeral', 'obituary', 'born', 'died', 'verb', 'word', 'meaning', 'dictionary',
    'rocket', 'spacecraft', 'nasa', 'astronaut', 'festival', 'fair', 'market', 'shop', 'knit', 'crochet', 'pattern', 'cooking',
    'rivière', 'río', 'fluss', 'река', 'peintre', 'pintor', 'maler', 'художник', 'vent', 'viento', 'wind',
  ],
  ar: [
    'نهر', 'النهر', 'غابات', 'الغابات', 'غابة', 'حوض', 'حيوان', 'حيوانات', 'مزرعة', 'صوف', 'قطيع', 'فاكهة', 'الفاكهة', 'ثمار', 'عصير', 'حلوى',
    'طبق', 'وصفة', 'مطعم', 'طاهي', 'الطاهي', 'أكل', 'أكلت', 'تناول', 'الفطور', 'الغداء', 'العشاء', 'رسام', 'الرسام', 'لوحة', 'لوحات',
    'معرض', 'متحف', 'فنان', 'الفنان', 'موسيقار', 'ملحن', 'أغنية', 'ألبوم', 'فيلم', 'مسلسل', 'رواية', 'شاعر', 'قصيدة', 'أسطورة',
    'الأساطير', 'قديم', 'القديمة', 'معبد', 'برج', 'الأبراج', 'نجم', 'السماء', 'كوكب', 'رياح', 'الرياح', 'الطقس', 'ثلوج', 'جبل', 'جبال',
    'وادي', 'قرية', 'كاكاو', 'شوكولاتة', 'قهوة', 'شاي', 'كرة', 'القدم', 'لاعب', 'اللاعب', 'مدرب', 'ملعب', 'مباراة', 'طيار', 'طائرة',
    'الطائرة', 'أزياء', 'عرض', 'مدرسة', 'طلاب', 'الطلاب', 'معلم', 'مستشفى', 'مريض', 'طبيب', 'الإبل', 'الجمال', 'ناقة', 'حديقة',
    'شجرة', 'أشجار', 'طيور', 'صقر', 'الصقور', 'صيد', 'سباق', 'زفاف', 'توفي', 'ولد', 'كلمة', 'معنى', 'قاموس', 'سورة', 'القرآن', 'آية',
    'مسجد', 'صلاة', 'جدار', 'قناع', 'بشرة', 'شعر', 'ماسكاً', 'ممسكا', 'يد', 'بيده', 'رحلة', 'سياحة', 'البحر', 'صاروخ', 'الفضاء',
  ],
  cjk: [
    '吃', '水果', '果汁', '果酱', '粥', '早餐', '午餐', '晚餐', '甜品', '蛋糕', '菜谱', '餐厅', '做饭', '烘焙', '果园', '种植', '农民', '雨林',
    '河', '流域', '森林', '树', '花', '鸟', '动物', '羊', '毛', '公园', '山', '湖', '海', '天气', '风', '雪', '旅游', '景区', '博物馆',
    '画家', '画', '展览', '艺术', '音乐', '歌', '专辑', '乐队', '电影', '电视剧', '小说', '诗', '神话', '古代', '历史', '考古', '文字',
    '星座', '天文', '星空', '彗星', '火箭', '足球', '球员', '比赛', '教练', '飞行员', '飞机', '学校', '学生', '老师', '医院', '医生',
    '病', '健身', '减肥', '婚礼', '去世', '出生', '成语', '意思', '词', '方言', '话', '《', '》', '「', '」', '『', '』',
    '食べ', '果物', 'ジュース', 'ジャム', '朝食', '昼食', '夕食', 'デザート', 'ケーキ', 'レシピ', '料理', 'レストラン', '農家', '栽培',
    '熱帯雨林', '川', '流域', '森', '木', '花', '鳥', '動物', '羊毛', '公園', '山', '湖', '天気', '風', '雪', '旅行', '観光', '美術館',
    '博物館', '画家', '絵', '展覧会', '芸術', '音楽', '歌', 'アルバム', '映画', 'ドラマ', '小説', '詩', '神話', '古代', '歴史', '星座',
    '天文', '彗星', 'ロケット', 'サッカー', '選手', '試合', '監督', 'パイロット', '飛行機', '学校', '生徒', '先生', '病院', '医師',
    '結婚', '亡くな', '生まれ', '言葉', '意味', '孫', '祖父', '祖母', 'お菓子', 'チョコ', 'カカオ', 'コーヒー',
  ],
};
