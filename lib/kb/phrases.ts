import type { Lang } from '../shared/vocabulary';
import type { RelationType } from './schema';

type Phrases = { out: string; in: string };

/** How a relation reads from each end; {t} is the other entity. Russian puts {t} after a colon: names stay in the nominative. */
export const RELATION_PHRASES: Record<Lang, Record<RelationType, Phrases>> = {
  en: {
    invested_in: { out: 'invested in {t}', in: 'backed by {t}' },
    founded: { out: 'founded {t}', in: 'founded by {t}' },
    leads: { out: 'leads {t}', in: 'led by {t}' },
    works_at: { out: 'works at {t}', in: 'employs {t}' },
    formerly_at: { out: 'formerly at {t}', in: 'former home of {t}' },
    owns: { out: 'owns {t}', in: 'owned by {t}' },
    subsidiary_of: { out: 'part of {t}', in: 'parent of {t}' },
    made_by: { out: 'made by {t}', in: 'makes {t}' },
    partner_of: { out: 'partner of {t}', in: 'partner of {t}' },
    competitor_of: { out: 'competes with {t}', in: 'competes with {t}' },
    board_member_of: { out: 'on the board of {t}', in: 'board member: {t}' },
    acquired: { out: 'acquired {t}', in: 'acquired by {t}' },
    involves: { out: 'involves {t}', in: 'involved in {t}' },
  },
  ar: {
    invested_in: { out: 'استثمر في {t}', in: 'بدعم من {t}' },
    founded: { out: 'أسّس {t}', in: 'أسّسها {t}' },
    leads: { out: 'يقود {t}', in: 'بقيادة {t}' },
    works_at: { out: 'يعمل في {t}', in: 'يعمل فيها {t}' },
    formerly_at: { out: 'عمل سابقًا في {t}', in: 'عمل فيها سابقًا {t}' },
    owns: { out: 'يملك {t}', in: 'مملوكة لـ {t}' },
    subsidiary_of: { out: 'تابعة لـ {t}', in: 'تتبعها {t}' },
    made_by: { out: 'من إنتاج {t}', in: 'تنتج {t}' },
    partner_of: { out: 'شريك {t}', in: 'شريك {t}' },
    competitor_of: { out: 'ينافس {t}', in: 'ينافس {t}' },
    board_member_of: { out: 'عضو مجلس إدارة {t}', in: 'من أعضاء مجلس إدارتها {t}' },
    acquired: { out: 'استحوذ على {t}', in: 'استحوذت عليها {t}' },
    involves: { out: 'أطرافه {t}', in: 'طرف في {t}' },
  },
  zh: {
    invested_in: { out: '投资了{t}', in: '获{t}投资' },
    founded: { out: '创立了{t}', in: '由{t}创立' },
    leads: { out: '领导{t}', in: '由{t}领导' },
    works_at: { out: '任职于{t}', in: '员工：{t}' },
    formerly_at: { out: '曾任职于{t}', in: '前员工：{t}' },
    owns: { out: '拥有{t}', in: '归{t}所有' },
    subsidiary_of: { out: '隶属于{t}', in: '旗下有{t}' },
    made_by: { out: '由{t}开发', in: '开发了{t}' },
    partner_of: { out: '{t}的合作伙伴', in: '{t}的合作伙伴' },
    competitor_of: { out: '与{t}竞争', in: '与{t}竞争' },
    board_member_of: { out: '{t}董事会成员', in: '董事会成员：{t}' },
    acquired: { out: '收购了{t}', in: '被{t}收购' },
    involves: { out: '涉及{t}', in: '参与{t}' },
  },
  ja: {
    invested_in: { out: '{t}に出資', in: '{t}が出資' },
    founded: { out: '{t}を創業', in: '{t}が創業' },
    leads: { out: '{t}を率いる', in: '{t}が率いる' },
    works_at: { out: '{t}に在籍', in: '{t}が在籍' },
    formerly_at: { out: '元{t}', in: '{t}が以前在籍' },
    owns: { out: '{t}を所有', in: '{t}が所有' },
    subsidiary_of: { out: '{t}傘下', in: '傘下に{t}' },
    made_by: { out: '{t}が開発', in: '{t}を開発' },
    partner_of: { out: '{t}と提携', in: '{t}と提携' },
    competitor_of: { out: '{t}と競合', in: '{t}と競合' },
    board_member_of: { out: '{t}の取締役', in: '取締役：{t}' },
    acquired: { out: '{t}を買収', in: '{t}が買収' },
    involves: { out: '関係者：{t}', in: '{t}に関与' },
  },
  fr: {
    invested_in: { out: 'a investi dans {t}', in: 'soutenu par {t}' },
    founded: { out: 'a fondé {t}', in: 'fondé par {t}' },
    leads: { out: 'dirige {t}', in: 'dirigé par {t}' },
    works_at: { out: 'travaille chez {t}', in: 'emploie {t}' },
    formerly_at: { out: 'ancien de {t}', in: 'a employé {t}' },
    owns: { out: 'possède {t}', in: 'détenu par {t}' },
    subsidiary_of: { out: 'filiale de {t}', in: 'maison mère de {t}' },
    made_by: { out: 'conçu par {t}', in: 'conçoit {t}' },
    partner_of: { out: 'partenaire de {t}', in: 'partenaire de {t}' },
    competitor_of: { out: 'concurrent de {t}', in: 'concurrent de {t}' },
    board_member_of: { out: 'au conseil d’administration de {t}', in: 'administrateur : {t}' },
    acquired: { out: 'a racheté {t}', in: 'racheté par {t}' },
    involves: { out: 'implique {t}', in: 'partie prenante de {t}' },
  },
  es: {
    invested_in: { out: 'invirtió en {t}', in: 'respaldado por {t}' },
    founded: { out: 'fundó {t}', in: 'fundado por {t}' },
    leads: { out: 'dirige {t}', in: 'dirigido por {t}' },
    works_at: { out: 'trabaja en {t}', in: 'emplea a {t}' },
    formerly_at: { out: 'trabajó en {t}', in: 'empleó a {t}' },
    owns: { out: 'es dueño de {t}', in: 'propiedad de {t}' },
    subsidiary_of: { out: 'filial de {t}', in: 'matriz de {t}' },
    made_by: { out: 'desarrollado por {t}', in: 'desarrolla {t}' },
    partner_of: { out: 'socio de {t}', in: 'socio de {t}' },
    competitor_of: { out: 'compite con {t}', in: 'compite con {t}' },
    board_member_of: { out: 'en el consejo de {t}', in: 'consejero: {t}' },
    acquired: { out: 'adquirió {t}', in: 'adquirido por {t}' },
    involves: { out: 'involucra a {t}', in: 'parte en {t}' },
  },
  de: {
    invested_in: { out: 'investiert in {t}', in: 'finanziert von {t}' },
    founded: { out: 'gründete {t}', in: 'gegründet von {t}' },
    leads: { out: 'leitet {t}', in: 'geleitet von {t}' },
    works_at: { out: 'arbeitet bei {t}', in: 'beschäftigt {t}' },
    formerly_at: { out: 'früher bei {t}', in: 'früherer Arbeitgeber von {t}' },
    owns: { out: 'besitzt {t}', in: 'im Besitz von {t}' },
    subsidiary_of: { out: 'Tochter von {t}', in: 'Mutter von {t}' },
    made_by: { out: 'entwickelt von {t}', in: 'entwickelt {t}' },
    partner_of: { out: 'Partner von {t}', in: 'Partner von {t}' },
    competitor_of: { out: 'konkurriert mit {t}', in: 'konkurriert mit {t}' },
    board_member_of: { out: 'im Board von {t}', in: 'Board-Mitglied: {t}' },
    acquired: { out: 'übernahm {t}', in: 'übernommen von {t}' },
    involves: { out: 'betrifft {t}', in: 'beteiligt an {t}' },
  },
  ru: {
    invested_in: { out: 'инвестиции: {t}', in: 'инвестор: {t}' },
    founded: { out: 'основал: {t}', in: 'основатель: {t}' },
    leads: { out: 'руководит: {t}', in: 'руководитель: {t}' },
    works_at: { out: 'место работы: {t}', in: 'сотрудник: {t}' },
    formerly_at: { out: 'прежнее место работы: {t}', in: 'бывший сотрудник: {t}' },
    owns: { out: 'владеет: {t}', in: 'владелец: {t}' },
    subsidiary_of: { out: 'входит в группу: {t}', in: 'дочерняя компания: {t}' },
    made_by: { out: 'разработчик: {t}', in: 'разработал: {t}' },
    partner_of: { out: 'партнёр: {t}', in: 'партнёр: {t}' },
    competitor_of: { out: 'конкурент: {t}', in: 'конкурент: {t}' },
    board_member_of: { out: 'член совета директоров: {t}', in: 'в совете директоров: {t}' },
    acquired: { out: 'приобрёл: {t}', in: 'покупатель: {t}' },
    involves: { out: 'участники: {t}', in: 'участие: {t}' },
  },
};

/** The pack's most used fact labels (about half of all facts), in the order of each language's row below. */
const LABEL_KEYS = ['Founded', 'Headquarters', 'CEO', 'Latest release', 'Role', 'Revenue', 'Funding', 'Valuation', 'Announced', 'Ruling', 'Born', 'Established', 'Launched', 'Lawsuit', 'Acquired', 'Developer', 'Users', 'Chair', 'IPO', 'Successor', 'Introduced', 'Released', 'Background', 'Renamed', 'Investigation', 'President', 'Parent', 'Held', 'First held', 'Discontinued', 'Owner', 'Investment', 'First released', 'Acquired by', 'Settlement', 'Chairman', 'Signed', 'Outcome'] as const;
const LABEL_ROWS: Record<Exclude<Lang, 'en'>, string> = {
  ar: 'التأسيس|المقر|الرئيس التنفيذي|أحدث إصدار|المنصب|الإيرادات|التمويل|التقييم|الإعلان|الحكم|الميلاد|التأسيس|الإطلاق|دعوى قضائية|استحواذ|المطوّر|المستخدمون|رئاسة مجلس الإدارة|الطرح العام الأولي|الخلف|الطرح|الإصدار|خلفية|تغيير الاسم|تحقيق|الرئيس|الشركة الأم|الانعقاد|أول انعقاد|التوقف|المالك|استثمار|أول إصدار|استحوذت عليها|تسوية|رئيس مجلس الإدارة|التوقيع|النتيجة',
  zh: '成立|总部|首席执行官|最新版本|职务|营收|融资|估值|发布|裁决|出生|成立|推出|诉讼|收购|开发方|用户|董事长|首次公开募股|继任者|推出|发布|背景|更名|调查|总裁|母公司|举办|首次举办|停止服务|所有者|投资|首次发布|收购方|和解|董事长|签署|结果',
  ja: '設立|本社|CEO|最新版|役職|売上高|資金調達|評価額|発表|判決|生年|設立|提供開始|訴訟|買収|開発元|利用者|会長|新規株式公開|後継|導入|公開|経緯|名称変更|調査|社長|親会社|開催|初開催|提供終了|所有者|出資|初公開|買収元|和解|会長|署名|結果',
  fr: 'Fondation|Siège|PDG|Dernière version|Fonction|Chiffre d’affaires|Financement|Valorisation|Annonce|Décision|Naissance|Création|Lancement|Procès|Acquisition|Développeur|Utilisateurs|Présidence|Introduction en Bourse|Successeur|Présentation|Sortie|Contexte|Nouveau nom|Enquête|Président|Maison mère|Tenue|Première édition|Arrêt|Propriétaire|Investissement|Première version|Racheté par|Accord|Président du conseil|Signature|Issue',
  es: 'Fundación|Sede|Consejero delegado|Última versión|Cargo|Ingresos|Financiación|Valoración|Anuncio|Fallo|Nacimiento|Creación|Lanzamiento|Demanda|Adquisición|Desarrollador|Usuarios|Presidencia|Salida a bolsa|Sucesor|Presentación|Publicación|Contexto|Nuevo nombre|Investigación|Presidente|Matriz|Celebración|Primera edición|Retirada|Propietario|Inversión|Primera versión|Adquirido por|Acuerdo|Presidente del consejo|Firma|Resultado',
  de: 'Gründung|Sitz|CEO|Neueste Version|Funktion|Umsatz|Finanzierung|Bewertung|Angekündigt|Urteil|Geboren|Gegründet|Start|Klage|Übernahme|Entwickler|Nutzer|Vorsitz|Börsengang|Nachfolger|Vorgestellt|Veröffentlicht|Hintergrund|Umbenannt|Untersuchung|Präsident|Mutterkonzern|Ausgerichtet|Erstmals ausgerichtet|Eingestellt|Eigentümer|Investition|Erstveröffentlichung|Übernommen von|Vergleich|Vorsitzender|Unterzeichnet|Ausgang',
  ru: 'Основание|Штаб-квартира|Гендиректор|Последняя версия|Должность|Выручка|Финансирование|Оценка|Объявлено|Решение суда|Родился|Создание|Запуск|Иск|Приобретение|Разработчик|Пользователи|Председатель|IPO|Преемник|Представлено|Выпуск|Предыстория|Переименование|Расследование|Президент|Материнская компания|Проведение|Впервые проведено|Прекращение|Владелец|Инвестиции|Первый выпуск|Покупатель|Урегулирование|Председатель совета директоров|Подписание|Итог',
};

/** Per language: English label → that language's, parsed once. */
export const FACT_LABELS = {} as Record<Exclude<Lang, 'en'>, ReadonlyMap<string, string>>;
for (const [lang, row] of Object.entries(LABEL_ROWS) as [Exclude<Lang, 'en'>, string][]) FACT_LABELS[lang] = new Map(row.split('|').map((w, i) => [LABEL_KEYS[i]!, w]));

/** The translations a fact carries of its own label, where the table lacks it (`labels` in the pack). */
type OwnLabels = Readonly<Partial<Record<Lang, string>>> | undefined;

/** A fact's label in the card's language: its own translation, else the table's, else as written (the value stays as written). */
export function factLabel(label: string, lang: Lang, own?: OwnLabels): string {
  return lang === 'en' ? label : (own?.[lang] ?? FACT_LABELS[lang].get(label) ?? label);
}

/** Whether a fact's label reads in `lang`: English, or a translation of its own or in the table. */
export function labelReads(label: string, lang: Lang, own?: OwnLabels): boolean {
  return lang === 'en' || own?.[lang] !== undefined || FACT_LABELS[lang].has(label);
}

/** How many labels the table has, in every language (a unit test holds each row to it). */
export const FACT_LABEL_COUNT = LABEL_KEYS.length;
