/**
 * Words that say a page is about AI, in the languages Dossier reads. They are matched with the
 * names (same normalisation, same boundaries) but never painted: they only feed the page gate.
 * `exact` marks acronyms that must be written in capitals.
 */
export const TOPIC_WORDS: readonly { text: string; exact?: boolean }[] = [
  // English
  { text: 'AI', exact: true }, { text: 'A.I.', exact: true }, { text: 'AGI', exact: true }, { text: 'LLM', exact: true }, { text: 'LLMs', exact: true },
  { text: 'artificial intelligence' }, { text: 'machine learning' }, { text: 'deep learning' }, { text: 'neural network' }, { text: 'neural networks' },
  { text: 'chatbot' }, { text: 'chatbots' }, { text: 'language model' }, { text: 'language models' }, { text: 'generative AI' },
  { text: 'data center' }, { text: 'data centers' }, { text: 'data centre' }, { text: 'data centres' },
  // Arabic (the article ال is a prefix, so these match with and without it)
  { text: 'ذكاء الاصطناعي' }, { text: 'ذكاء اصطناعي' }, { text: 'روبوت الدردشة' }, { text: 'روبوتات الدردشة' }, { text: 'نموذج لغوي' },
  { text: 'نماذج اللغوية' }, { text: 'نماذج لغوية' }, { text: 'تعلم الآلي' }, { text: 'مراكز البيانات' }, { text: 'رقائق' },
  // Chinese and Japanese
  { text: '人工智能' }, { text: '大模型' }, { text: '大语言模型' }, { text: '聊天机器人' }, { text: '算力' },
  { text: '人工知能' }, { text: '生成AI' }, { text: '大規模言語モデル' }, { text: 'チャットボット' }, { text: '対話型AI' },
  // French, Spanish, German, Russian
  { text: 'intelligence artificielle' }, { text: 'IA', exact: true }, { text: 'inteligencia artificial' }, { text: 'künstliche Intelligenz' },
  { text: 'KI', exact: true }, { text: 'искусственный интеллект' }, { text: 'искусственного интеллекта' }, { text: 'ИИ', exact: true }, { text: 'нейросеть' }, { text: 'нейросети' },
  // language models and data centres, as English has them
  { text: 'modèle de langage' }, { text: 'modèles de langage' }, { text: 'centre de données' }, { text: 'centres de données' },
  { text: 'modelo de lenguaje' }, { text: 'modelos de lenguaje' }, { text: 'centro de datos' }, { text: 'centros de datos' },
  { text: 'Sprachmodell' }, { text: 'Sprachmodelle' }, { text: 'Rechenzentrum' }, { text: 'Rechenzentren' },
  { text: 'языковая модель' }, { text: 'языковые модели' }, { text: 'дата-центр' }, { text: 'дата-центры' },
  // chips: the industry's hardware news, in every language (never "chips" alone: potato chips, blue chips)
  { text: 'semiconductor' }, { text: 'semiconductors' }, { text: 'Halbleiter' }, { text: 'semi-conducteurs' }, { text: 'semiconductores' },
  { text: 'полупроводники' }, { text: 'полупроводников' }, { text: 'أشباه الموصلات' }, { text: '半导体' }, { text: '芯片' }, { text: '半導体' },
];
