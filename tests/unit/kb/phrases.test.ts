import { describe, expect, it } from 'vitest';
import { factLabel, labelReads, RELATION_PHRASES } from '../../../lib/kb/phrases';
import { LANGS, RELATION_TYPES, type Lang, type RelationType } from '../../../lib/kb/schema';

/** What a card shows for a relation to an entity named "Acme": the phrase with its name in place (as the store fills it). */
const reads = (lang: Lang, type: RelationType, dir: 'out' | 'in') => RELATION_PHRASES[lang][type][dir].replace('{t}', 'Acme');

/** Per language and relation type: how it reads from the entity that holds the relation (out), then from its target (in). */
const EXPECTED: Record<Lang, Record<RelationType, [fromHolder: string, fromTarget: string]>> = {
  en: {
    invested_in: ['invested in Acme', 'backed by Acme'],
    founded: ['founded Acme', 'founded by Acme'],
    leads: ['leads Acme', 'led by Acme'],
    works_at: ['works at Acme', 'employs Acme'],
    formerly_at: ['formerly at Acme', 'former home of Acme'],
    owns: ['owns Acme', 'owned by Acme'],
    subsidiary_of: ['part of Acme', 'parent of Acme'],
    made_by: ['made by Acme', 'makes Acme'],
    partner_of: ['partner of Acme', 'partner of Acme'],
    competitor_of: ['competes with Acme', 'competes with Acme'],
    board_member_of: ['on the board of Acme', 'board member: Acme'],
    acquired: ['acquired Acme', 'acquired by Acme'],
    involves: ['involves Acme', 'involved in Acme'],
  },
  ar: {
    invested_in: ['استثمر في Acme', 'بدعم من Acme'],
    founded: ['أسّس Acme', 'أسّسها Acme'],
    leads: ['يقود Acme', 'بقيادة Acme'],
    works_at: ['يعمل في Acme', 'يعمل فيها Acme'],
    formerly_at: ['عمل سابقًا في Acme', 'عمل فيها سابقًا Acme'],
    owns: ['يملك Acme', 'مملوكة لـ Acme'],
    subsidiary_of: ['تابعة لـ Acme', 'تتبعها Acme'],
    made_by: ['من إنتاج Acme', 'تنتج Acme'],
    partner_of: ['شريك Acme', 'شريك Acme'],
    competitor_of: ['ينافس Acme', 'ينافس Acme'],
    board_member_of: ['عضو مجلس إدارة Acme', 'من أعضاء مجلس إدارتها Acme'],
    acquired: ['استحوذ على Acme', 'استحوذت عليها Acme'],
    involves: ['أطرافه Acme', 'طرف في Acme'],
  },
  zh: {
    invested_in: ['投资了Acme', '获Acme投资'],
    founded: ['创立了Acme', '由Acme创立'],
    leads: ['领导Acme', '由Acme领导'],
    works_at: ['任职于Acme', '员工：Acme'],
    formerly_at: ['曾任职于Acme', '前员工：Acme'],
    owns: ['拥有Acme', '归Acme所有'],
    subsidiary_of: ['隶属于Acme', '旗下有Acme'],
    made_by: ['由Acme开发', '开发了Acme'],
    partner_of: ['Acme的合作伙伴', 'Acme的合作伙伴'],
    competitor_of: ['与Acme竞争', '与Acme竞争'],
    board_member_of: ['Acme董事会成员', '董事会成员：Acme'],
    acquired: ['收购了Acme', '被Acme收购'],
    involves: ['涉及Acme', '参与Acme'],
  },
  ja: {
    invested_in: ['Acmeに出資', 'Acmeが出資'],
    founded: ['Acmeを創業', 'Acmeが創業'],
    leads: ['Acmeを率いる', 'Acmeが率いる'],
    works_at: ['Acmeに在籍', 'Acmeが在籍'],
    formerly_at: ['元Acme', 'Acmeが以前在籍'],
    owns: ['Acmeを所有', 'Acmeが所有'],
    subsidiary_of: ['Acme傘下', '傘下にAcme'],
    made_by: ['Acmeが開発', 'Acmeを開発'],
    partner_of: ['Acmeと提携', 'Acmeと提携'],
    competitor_of: ['Acmeと競合', 'Acmeと競合'],
    board_member_of: ['Acmeの取締役', '取締役：Acme'],
    acquired: ['Acmeを買収', 'Acmeが買収'],
    involves: ['関係者：Acme', 'Acmeに関与'],
  },
  fr: {
    invested_in: ['a investi dans Acme', 'soutenu par Acme'],
    founded: ['a fondé Acme', 'fondé par Acme'],
    leads: ['dirige Acme', 'dirigé par Acme'],
    works_at: ['travaille chez Acme', 'emploie Acme'],
    formerly_at: ['ancien de Acme', 'a employé Acme'],
    owns: ['possède Acme', 'détenu par Acme'],
    subsidiary_of: ['filiale de Acme', 'maison mère de Acme'],
    made_by: ['conçu par Acme', 'conçoit Acme'],
    partner_of: ['partenaire de Acme', 'partenaire de Acme'],
    competitor_of: ['concurrent de Acme', 'concurrent de Acme'],
    board_member_of: ['au conseil d’administration de Acme', 'administrateur : Acme'],
    acquired: ['a racheté Acme', 'racheté par Acme'],
    involves: ['implique Acme', 'partie prenante de Acme'],
  },
  es: {
    invested_in: ['invirtió en Acme', 'respaldado por Acme'],
    founded: ['fundó Acme', 'fundado por Acme'],
    leads: ['dirige Acme', 'dirigido por Acme'],
    works_at: ['trabaja en Acme', 'emplea a Acme'],
    formerly_at: ['trabajó en Acme', 'empleó a Acme'],
    owns: ['es dueño de Acme', 'propiedad de Acme'],
    subsidiary_of: ['filial de Acme', 'matriz de Acme'],
    made_by: ['desarrollado por Acme', 'desarrolla Acme'],
    partner_of: ['socio de Acme', 'socio de Acme'],
    competitor_of: ['compite con Acme', 'compite con Acme'],
    board_member_of: ['en el consejo de Acme', 'consejero: Acme'],
    acquired: ['adquirió Acme', 'adquirido por Acme'],
    involves: ['involucra a Acme', 'parte en Acme'],
  },
  de: {
    invested_in: ['investiert in Acme', 'finanziert von Acme'],
    founded: ['gründete Acme', 'gegründet von Acme'],
    leads: ['leitet Acme', 'geleitet von Acme'],
    works_at: ['arbeitet bei Acme', 'beschäftigt Acme'],
    formerly_at: ['früher bei Acme', 'früherer Arbeitgeber von Acme'],
    owns: ['besitzt Acme', 'im Besitz von Acme'],
    subsidiary_of: ['Tochter von Acme', 'Mutter von Acme'],
    made_by: ['entwickelt von Acme', 'entwickelt Acme'],
    partner_of: ['Partner von Acme', 'Partner von Acme'],
    competitor_of: ['konkurriert mit Acme', 'konkurriert mit Acme'],
    board_member_of: ['im Board von Acme', 'Board-Mitglied: Acme'],
    acquired: ['übernahm Acme', 'übernommen von Acme'],
    involves: ['betrifft Acme', 'beteiligt an Acme'],
  },
  ru: {
    invested_in: ['инвестиции: Acme', 'инвестор: Acme'],
    founded: ['основал: Acme', 'основатель: Acme'],
    leads: ['руководит: Acme', 'руководитель: Acme'],
    works_at: ['место работы: Acme', 'сотрудник: Acme'],
    formerly_at: ['прежнее место работы: Acme', 'бывший сотрудник: Acme'],
    owns: ['владеет: Acme', 'владелец: Acme'],
    subsidiary_of: ['входит в группу: Acme', 'дочерняя компания: Acme'],
    made_by: ['разработчик: Acme', 'разработал: Acme'],
    partner_of: ['партнёр: Acme', 'партнёр: Acme'],
    competitor_of: ['конкурент: Acme', 'конкурент: Acme'],
    board_member_of: ['член совета директоров: Acme', 'в совете директоров: Acme'],
    acquired: ['приобрёл: Acme', 'покупатель: Acme'],
    involves: ['участники: Acme', 'участие: Acme'],
  },
};

describe('relation phrases', () => {
  it.each(LANGS)('reads every relation from both ends in %s, with the other entity’s name in its place', (lang) => {
    const seen = Object.fromEntries(RELATION_TYPES.map((type) => [type, [reads(lang, type, 'out'), reads(lang, type, 'in')]]));
    expect(seen).toEqual(EXPECTED[lang]);
  });

  it('reads the two ends of a directed relation differently, and of a symmetric one the same', () => {
    for (const lang of LANGS) {
      expect(reads(lang, 'invested_in', 'out'), lang).not.toBe(reads(lang, 'invested_in', 'in'));
      expect(reads(lang, 'partner_of', 'out'), lang).toBe(reads(lang, 'partner_of', 'in'));
      expect(reads(lang, 'competitor_of', 'out'), lang).toBe(reads(lang, 'competitor_of', 'in'));
    }
  });
});

describe('fact labels', () => {
  it('keeps a label as written on an English card', () => {
    expect(factLabel('CEO', 'en')).toBe('CEO');
    expect(factLabel('Nobel Prize', 'en')).toBe('Nobel Prize');
  });

  it('gives each of the common labels its Arabic words', () => {
    const labels: [string, string][] = [
      ['Founded', 'التأسيس'],
      ['Headquarters', 'المقر'],
      ['CEO', 'الرئيس التنفيذي'],
      ['Latest release', 'أحدث إصدار'],
      ['Role', 'المنصب'],
      ['Revenue', 'الإيرادات'],
      ['Funding', 'التمويل'],
      ['Valuation', 'التقييم'],
      ['Announced', 'الإعلان'],
      ['Ruling', 'الحكم'],
      ['Born', 'الميلاد'],
      ['Established', 'التأسيس'],
      ['Launched', 'الإطلاق'],
      ['Lawsuit', 'دعوى قضائية'],
      ['Acquired', 'استحواذ'],
      ['Developer', 'المطوّر'],
      ['Users', 'المستخدمون'],
      ['Chair', 'رئاسة مجلس الإدارة'],
      ['IPO', 'الطرح العام الأولي'],
      ['Successor', 'الخلف'],
      ['Introduced', 'الطرح'],
      ['Released', 'الإصدار'],
      ['Background', 'خلفية'],
      ['Renamed', 'تغيير الاسم'],
      ['Investigation', 'تحقيق'],
      ['President', 'الرئيس'],
      ['Parent', 'الشركة الأم'],
      ['Held', 'الانعقاد'],
      ['First held', 'أول انعقاد'],
      ['Discontinued', 'التوقف'],
      ['Owner', 'المالك'],
      ['Investment', 'استثمار'],
      ['First released', 'أول إصدار'],
      ['Acquired by', 'استحوذت عليها'],
      ['Settlement', 'تسوية'],
      ['Chairman', 'رئيس مجلس الإدارة'],
      ['Signed', 'التوقيع'],
      ['Outcome', 'النتيجة'],
    ];
    for (const [en, ar] of labels) expect(factLabel(en, 'ar'), en).toBe(ar);
  });

  it('gives the first, a middle and the last common label in every other language', () => {
    const words = (lang: Lang) => ['Founded', 'Lawsuit', 'Outcome'].map((l) => factLabel(l, lang));
    expect(words('zh')).toEqual(['成立', '诉讼', '结果']);
    expect(words('ja')).toEqual(['設立', '訴訟', '結果']);
    expect(words('fr')).toEqual(['Fondation', 'Procès', 'Issue']);
    expect(words('es')).toEqual(['Fundación', 'Demanda', 'Resultado']);
    expect(words('de')).toEqual(['Gründung', 'Klage', 'Ausgang']);
    expect(words('ru')).toEqual(['Основание', 'Иск', 'Итог']);
  });

  it('keeps a label the table does not have, in any language', () => {
    expect(factLabel('Nobel Prize in Chemistry', 'de')).toBe('Nobel Prize in Chemistry');
    expect(factLabel('Nobel Prize in Chemistry', 'ar')).toBe('Nobel Prize in Chemistry');
    expect(factLabel('ceo', 'fr')).toBe('ceo');
  });

  it("takes the fact's own translation of its label before the table's, and says in which languages a label reads", () => {
    const own = { ar: 'صفقة', fr: 'Accord' };
    expect([factLabel('Deal', 'ar', own), factLabel('Deal', 'fr', own), factLabel('Deal', 'de', own), factLabel('Deal', 'en', own)]).toEqual(['صفقة', 'Accord', 'Deal', 'Deal']);
    expect(factLabel('CEO', 'ar', { ar: 'المدير' })).toBe('المدير');
    expect(factLabel('CEO', 'ar', { fr: 'PDG' })).toBe('الرئيس التنفيذي');
    expect([labelReads('Deal', 'ar', own), labelReads('Deal', 'de', own), labelReads('Deal', 'en'), labelReads('CEO', 'ja'), labelReads('Origin', 'ja')]).toEqual([true, false, true, true, false]);
  });
});
