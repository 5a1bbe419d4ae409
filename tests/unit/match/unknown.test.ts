import { describe, expect, it } from 'vitest';
import { candidatesIn, offered, pageCandidates, type Candidate } from '../../../lib/match/unknown';

/** Known names by their text, as the matcher would find them. */
const KNOWN = ['OpenAI', 'Nvidia', 'Microsoft', 'Google DeepMind', 'أوبن إيه آي', 'مايكروسوفت', '英伟达', 'オープンAI'];
const spans = (text: string) => KNOWN.flatMap((k) => [...text.matchAll(new RegExp(k, 'g'))].map((m) => ({ start: m.index, end: m.index + k.length })));
const isKnown = (name: string) => KNOWN.includes(name);
const page = (...texts: string[]): Candidate[] => texts.flatMap((t) => candidatesIn(t, spans(t), isKnown));
const names = (c: Candidate[]) => offered(c).map((u) => `${u.name} (${u.type}, ${u.count})`);

const STARTUP = [
  'SAN FRANCISCO — Quillmark Robotics, a maker of warehouse robots, said on Tuesday that it had raised $40 million in a round led by Nvidia.',
  'The company was founded by Teodora Vance, a former engineer at Google DeepMind. “Warehouses come first,” Teodora Vance said.',
  'Investors have poured money into robotics. In March, Microsoft joined other backers, and analysts expect more deals before December.',
  'Chief Executive Teodora Vance said Quillmark Robotics would open an office in London next spring. Last week it hired staff in Silicon Valley and New York.',
  'The Prime Minister of a European country visited the lab on Monday.',
];

describe('names no pack knows', () => {
  it('offers a startup and its founder that recur, with a guessed type, and none of the look-alikes', () => {
    expect(names(page(...STARTUP))).toEqual(['Teodora Vance (person, 3)', 'Quillmark Robotics (organization, 2)']);
    const all = page(...STARTUP).map((c) => c.name);
    for (const trap of ['Investors', 'In March', 'Chief Executive', 'Prime Minister', 'Silicon Valley', 'New York', 'Last', 'San Francisco', 'SAN FRANCISCO', 'Tuesday', 'Monday', 'December', 'London']) {
      expect(all, trap).not.toContain(trap);
    }
  });

  it('offers a name seen once only when it stands next to a known one', () => {
    expect(names(page('Halcyon Vision signed a deal with OpenAI on Friday.'))).toEqual(['Halcyon Vision (organization, 1)']);
    expect(names(page('Halcyon Vision opened a shop. Nothing else happened here that day, and the report ended with weather and sport.'))).toEqual([]);
  });

  it('never offers a name the packs know, or a run of capitals in a Title Case headline', () => {
    expect(page('Google DeepMind and Nvidia Corp said so.').map((c) => c.name)).toEqual([]);
    expect(page('Nvidia Beats Forecasts As Demand For Chips Soars Again').map((c) => c.name)).toEqual([]);
  });

  it('keeps a sentence of context, and a full stop never joins two sentences', () => {
    const c = page('The deal was signed in Redmond. Staff at Microsoft cheered.');
    expect(c.map((x) => x.name)).toEqual([]);
    const [h] = page('Halcyon Vision signed a deal with OpenAI. Then it rained.');
    expect(h!.sentence).toBe('Halcyon Vision signed a deal with OpenAI.');
  });

  it('finds Arabic names after شركة, with Latin inside Arabic, and a chief executive before his title, but not "the company" or "another company"', () => {
    const text = 'وقّعت شركة كوانتيكس اتفاقًا مع مايكروسوفت. وقال سامر الحداد، الرئيس التنفيذي لشركة كوانتيكس، إن شركة Quillmark ستعمل مع أوبن إيه آي. وقالت الشركة الناشئة إن شركة أخرى انسحبت.';
    const all = page(text);
    expect(all.map((c) => `${c.name}|${c.type}`)).toEqual(expect.arrayContaining(['كوانتيكس|organization', 'Quillmark|organization', 'سامر الحداد|person']));
    expect(all.map((c) => c.name)).not.toContain('أخرى');
    expect(all.map((c) => c.name).some((n) => n.startsWith('الناشئة'))).toBe(false);
  });

  it('finds Arabic names after the other cues, a product after باسم, and a person after a title', () => {
    const text = 'أطلق مختبر سنمار نموذجًا باسم ضياء بالتعاون مع مايكروسوفت. وقالت الدكتورة هالة النسور إن صحيفة النهار نشرت النتائج، وإن جامعة اليرموك لتقديم المساقات شريكة.';
    expect(page(text).map((c) => `${c.name}|${c.type}`)).toEqual(
      expect.arrayContaining(['سنمار|organization', 'ضياء|product', 'هالة النسور|person', 'النهار|organization', 'اليرموك|organization']),
    );
    // a name ends before a word with a preposition attached
    expect(page(text).map((c) => c.name)).not.toContain('اليرموك لتقديم');
  });

  it('takes no adjective, verb or pronoun after an Arabic cue for a name, nor the article after a company', () => {
    const text = 'قالت شركة أمريكية إن صندوق استثماري وصندوق أسسه مديرون سابقون دعما شركة تعمل في دبي، وإن شركة الاتصالات ومنصة محلية تتابعان.';
    expect(page(text).map((c) => c.name)).toEqual([]);
    // nor is a cue that ends a known name one (سوفت بنك)
    expect(candidatesIn('سوفت بنك تضاعف رهانها', [{ start: 0, end: 8 }], isKnown)).toEqual([]);
  });

  it('reads an Arabic name to its end: a second word that is part of it, a Latin product, but no adjective of a cue', () => {
    const text = 'أعلنت شركة نوفا تك أن مختبر بحثي في دبي يختبر مساعدًا باسم Kestrel X2 للمبرمجين، وأن شركة بحرينية ومنصة لساني تتابعان.';
    expect(page(text).map((c) => `${c.name}|${c.type}`)).toEqual(['نوفا تك|organization', 'لساني|organization', 'Kestrel X2|product']);
  });

  it('takes no titled or named person whose words are not a name', () => {
    expect(page('قال الدكتور في الجامعة إن المهندس الحداد سافر، وقالت سارة، المديرة، إن الأمر انتهى.').map((c) => c.name)).toEqual([]);
  });

  it('counts an Arabic name again wherever the page names it without its cue, prefixes and all', () => {
    const texts = ['وقّعت منصة مرقاة اتفاقًا مع جامعة في عمّان.', 'وتأسست مرقاة عام 2019. وقالت لـمرقاة مصادر إن ومرقاة تنمو.', 'مرقاتها ليست مرقاة2 ولا همرقاة.'];
    const all = pageCandidates(texts, texts.map(spans), isKnown);
    expect(names(all)).toEqual(['مرقاة (organization, 4)']);
    // each text alone knows only what its own cues introduce
    expect(texts.flatMap((t) => candidatesIn(t, spans(t), isKnown)).map((c) => c.name)).toEqual(['مرقاة']);
    // a name with the article is counted where its cue stands only: elsewhere it is the common noun
    const bank = ['قال بنك الاستثمار إن أرباحه زادت.', 'ويرتفع الاستثمار في الرقائق، والاستثمار في السحابة أيضًا.'];
    expect(offered(pageCandidates(bank, bank.map(spans), isKnown))).toEqual([]);
  });

  it('finds Chinese and Japanese company names before 公司 and 株式会社, not "a chip company"', () => {
    const all = page('英伟达投资了灵犀智能公司。一家芯片公司也参与了。', 'オープンAIはクオンタム株式会社と提携した。');
    expect(all.map((c) => c.name)).toEqual(expect.arrayContaining(['灵犀智能', 'クオンタム']));
    expect(all.map((c) => c.name)).not.toContain('芯片');
  });

  it('guesses a person when any mention of the name reads as one', () => {
    const c: Candidate[] = [
      { name: 'Vera Lind', type: 'person', near: false, sentence: 'a' },
      { name: 'Vera Lind', type: 'organization', near: false, sentence: 'b' },
    ];
    expect(offered(c)).toEqual([{ name: 'Vera Lind', type: 'person', count: 2, sentence: 'a' }]);
  });

  it('keeps a shorter name when the longer one around it is not offered', () => {
    const c: Candidate[] = [
      { name: 'Marta Quillon', type: 'person', near: false, sentence: 'a' },
      { name: 'Quillon', type: 'organization', near: false, sentence: 'b' },
      { name: 'Quillon', type: 'organization', near: false, sentence: 'c' },
    ];
    expect(offered(c).map((u) => u.name)).toEqual(['Quillon']);
  });

  it('takes a shorter form inside a longer offered name as the same name', () => {
    const c: Candidate[] = [
      { name: 'Marta Quillon', type: 'person', near: true, sentence: 'a' },
      { name: 'Marta Quillon', type: 'person', near: false, sentence: 'b' },
      { name: 'Quillon', type: 'organization', near: true, sentence: 'c' },
    ];
    expect(offered(c).map((u) => u.name)).toEqual(['Marta Quillon']);
  });
});
