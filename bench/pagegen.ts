// The generated ~1 MB English/Arabic news page for the page benchmark: filler prose with names
// from the knowledge base dropped into it, deterministic (same bytes every run).
import { defaultKnowledgeBase } from '../lib/kb/default-pack';
import { rng } from './util';

const ARABIC = /[\u0600-\u06FF]/;

/** Every name Dossier can paint (blocking phrases and topic words left out), deduplicated case-insensitively. */
export function nameTerms(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of defaultKnowledgeBase().matcherData.aliases) {
    const t = a.text.trim();
    if (a.entity < 0 || !t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** mark.js markRegExp's pattern for the names: one union, longest first, with Unicode word boundaries (lookarounds). */
export function markRegExpSource(terms: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}_])(?:${[...terms].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`;
}

// Filler sentences: generic business and technology prose with no knowledge-base name in them.
// `@` marks where a name goes.
const EN_FILL = [
  'The company said the new system would reach customers before the end of the quarter.',
  'Analysts expect spending on data centres to keep rising through next year.',
  'Shares moved little in early trading as investors waited for more details.',
  'The agreement still needs approval from regulators in several countries.',
  'People familiar with the talks said the terms could change before signing.',
  'Engineers spent months tuning the training runs on thousands of chips.',
  'Critics warned that the pace of release leaves little time for safety testing.',
  'The startup raised fresh funding at a valuation that doubled in six months.',
  'Several lawmakers asked for hearings on how the models are evaluated.',
  'Developers on the forum reported faster answers and fewer errors.',
  'The report found that energy use by large clusters grew sharply last year.',
  'Executives declined to comment on the size of the deal.',
  'A spokesperson said the feature would roll out gradually to paying users.',
  'The research paper describes a cheaper way to serve long conversations.',
  'Competition for senior researchers has pushed salaries to record levels.',
  'Customers in banking and health care were the first to sign up.',
  'The hardware shortage eased slightly after new factories came online.',
  'Unions representing writers and actors called the move a step backwards.',
];
const EN_SLOT = [
  '@ said on Tuesday that it would expand the programme to more countries.',
  'According to a filing, @ plans to double its computing capacity.',
  'A person close to @ described the talks as friendly but slow.',
  'In a blog post, @ outlined the limits of the current release.',
  'Investors pressed @ for clearer answers about costs.',
  'The partnership with @ covers research, cloud credits and hiring.',
  'Earlier this year @ hired dozens of engineers from rival labs.',
  'Regulators have opened an inquiry into how @ collects training data.',
  'Former staff at @ said the culture changed quickly after the launch.',
  'Officials met representatives of @ to discuss export rules.',
  'Benchmarks published by @ show gains on coding and maths tasks.',
  'The board of @ approved the plan late on Friday.',
];
const AR_FILL = [
  'وقالت الشركة إن النظام الجديد سيصل إلى العملاء قبل نهاية الربع.',
  'ويتوقع المحللون أن يستمر الإنفاق على مراكز البيانات في الارتفاع خلال العام المقبل.',
  'ولم تتحرك الأسهم كثيرا في بداية التداول بينما انتظر المستثمرون مزيدا من التفاصيل.',
  'ولا يزال الاتفاق بحاجة إلى موافقة الجهات التنظيمية في عدة دول.',
  'وقال أشخاص مطلعون على المحادثات إن الشروط قد تتغير قبل التوقيع.',
  'وأمضى المهندسون أشهرا في ضبط عمليات التدريب على آلاف الرقائق.',
  'وحذر منتقدون من أن وتيرة الإطلاق لا تترك وقتا كافيا لاختبارات السلامة.',
  'وجمعت الشركة الناشئة تمويلا جديدا بتقييم تضاعف خلال ستة أشهر.',
  'وطالب عدد من المشرعين بعقد جلسات استماع حول طريقة تقييم النماذج.',
  'وأفاد مطورون بأن الإجابات أصبحت أسرع وأن الأخطاء أصبحت أقل.',
  'ورفض المسؤولون التعليق على حجم الصفقة.',
  'وقال متحدث إن الميزة ستطرح تدريجيا للمشتركين.',
];
const AR_SLOT = [
  'وقالت @ يوم الثلاثاء إنها ستوسع البرنامج ليشمل دولا أخرى.',
  'وبحسب وثيقة رسمية، تخطط @ لمضاعفة قدرتها الحاسوبية.',
  'ووصف شخص مقرب من @ المحادثات بأنها ودية لكنها بطيئة.',
  'وفي منشور على مدونتها، عرضت @ حدود الإصدار الحالي.',
  'وضغط المستثمرون على @ للحصول على إجابات أوضح بشأن التكاليف.',
  'وتشمل الشراكة مع @ البحث والحوسبة السحابية والتوظيف.',
  'وفتحت الجهات التنظيمية تحقيقا في طريقة جمع @ لبيانات التدريب.',
  'والتقى مسؤولون ممثلين عن @ لمناقشة قواعد التصدير.',
];

export interface GeneratedPage {
  html: string;
  bytes: number;
  /** names inserted (each one a mention Dossier should paint) */
  inserted: number;
  paragraphs: number;
}

/** About `targetBytes` of HTML: sections of <p> blocks, 70 % English, 30 % Arabic (dir=rtl). */
export function generatedPage(targetBytes = 1_000_000): GeneratedPage {
  const aliases = defaultKnowledgeBase().matcherData.aliases.filter((a) => a.entity >= 0 && !a.partial);
  const pools = {
    en: { sure: aliases.filter((a) => !a.ambiguous && !ARABIC.test(a.text)), amb: aliases.filter((a) => a.ambiguous && !ARABIC.test(a.text)) },
    ar: { sure: aliases.filter((a) => !a.ambiguous && ARABIC.test(a.text)), amb: aliases.filter((a) => a.ambiguous && ARABIC.test(a.text)) },
  };
  const next = rng(20240601);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  const head =
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>The AI industry, week by week | Bench Gazette</title>\n' +
    '<style>body{margin:0 auto;max-width:760px;padding:24px;font:17px/1.6 Georgia,serif;color:#1c1d21}h2{font:700 22px/1.3 Arial,sans-serif;margin-top:32px}' +
    'section[dir=rtl]{font-family:"Noto Naskh Arabic",Arial,sans-serif}</style>\n</head>\n<body>\n<header><h1>The AI industry, week by week</h1></header>\n<main>\n';
  const tail = '</main>\n<footer><p>Bench Gazette. Generated page for the Dossier benchmark.</p></footer>\n</body>\n</html>\n';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let inserted = 0;
  let paragraphs = 0;
  for (let section = 0; bytes < targetBytes; section++) {
    const lang = next() < 0.3 ? 'ar' : 'en';
    const fill = lang === 'ar' ? AR_FILL : EN_FILL;
    const slot = lang === 'ar' ? AR_SLOT : EN_SLOT;
    const pool = pools[lang];
    const open = lang === 'ar' ? `<section lang="ar" dir="rtl">\n<h2>ملف الأسبوع ${section + 1}</h2>\n` : `<section>\n<h2>Week ${section + 1} in review</h2>\n`;
    const body: string[] = [open];
    for (let p = 0; p < 8; p++) {
      const sentences: string[] = [];
      // about one name per 100 bytes of text; the first name of a block is a sure one, so the
      // ambiguous names after it are kept too
      const names = 4 + Math.floor(next() * 3);
      for (let n = 0; n < names; n++) {
        const alias = n > 0 && pool.amb.length && next() < 0.15 ? pick(pool.amb) : pick(pool.sure);
        sentences.push(pick(slot).replace('@', esc(alias.text)));
        if (next() < 0.2) sentences.push(pick(fill));
        inserted++;
      }
      body.push(`<p>${sentences.join(' ')}</p>\n`);
      paragraphs++;
    }
    body.push('</section>\n');
    const chunk = body.join('');
    parts.push(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  parts.push(tail);
  return { html: parts.join(''), bytes, inserted, paragraphs };
}
