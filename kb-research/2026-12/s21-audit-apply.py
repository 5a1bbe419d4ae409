import json
p='/work/main/lib/kb/packs/default.json'
d=json.load(open(p)); by={e['id']:e for e in d['entities']}
def fact(i, label): return next(f for f in by[i]['facts'] if f['label']==label)
# firefox: 1.0 was not the first release (Phoenix 0.1, 2002)
e=by['firefox']
e['description'].update({
 'en':'Open-source web browser made by Mozilla; version 1.0 came out in November 2004.',
 'ar':'متصفح ويب مفتوح المصدر تصنعه موزيلا، صدر إصداره 1.0 في نوفمبر 2004.',
 'zh':'由Mozilla开发的开源网络浏览器；1.0版于2004年11月发布。',
 'ja':'モジラが開発するオープンソースのウェブブラウザー。バージョン1.0は2004年11月に公開された。',
 'fr':'Navigateur web open source développé par Mozilla ; sa version 1.0 est sortie en novembre 2004.',
 'es':'Navegador web de código abierto desarrollado por Mozilla; su versión 1.0 salió en noviembre de 2004.',
 'de':'Open-Source-Webbrowser von Mozilla; Version 1.0 erschien im November 2004.',
 'ru':'Браузер с открытым исходным кодом от Mozilla; версия 1.0 вышла в ноябре 2004 года.'})
f=fact('firefox','First released'); f['label']='Version 1.0'
f['labels']={'ar':'الإصدار 1.0','de':'Version 1.0','es':'Versión 1.0','fr':'Version 1.0','ja':'バージョン1.0','ru':'Версия 1.0','zh':'1.0版'}
f=dict(f); 
# raspberry-pi: £166m was the offer, not what the company raised; the Foundation a major shareholder
e=by['raspberry-pi']
f=fact('raspberry-pi','Listed')
f['value']='Listed on the London Stock Exchange on 11 June 2024 at 280p a share, in an offer worth £166 million'
f['values']={'ar':'أُدرجت في بورصة لندن في 11 يونيو 2024 بسعر 280 بنسًا للسهم، في طرح بقيمة 166 مليون جنيه إسترليني',
 'zh':'2024年6月11日在伦敦证券交易所上市，发行价每股280便士，发行规模1.66亿英镑',
 'ja':'2024年6月11日にロンドン証券取引所に上場。公開価格は1株280ペンス、売り出し規模は1億6600万ポンド',
 'fr':"Cotée à la Bourse de Londres le 11 juin 2024 à 280 pence l'action, dans une offre de 166 millions de livres",
 'es':'Salió a la Bolsa de Londres el 11 de junio de 2024 a 280 peniques por acción, en una oferta de 166 millones de libras',
 'de':'Am 11. Juni 2024 an der Londoner Börse notiert, zu 280 Pence je Aktie, in einem Angebot über 166 Mio. Pfund',
 'ru':'Разместилась на Лондонской фондовой бирже 11 июня 2024 года по 280 пенсов за акцию; объём предложения — 166 млн фунтов стерлингов'}
f=fact('raspberry-pi','Parent')
f['value']='Subsidiary of the Raspberry Pi Foundation, a UK educational charity and a major shareholder'
f['values']={'ar':'شركة تابعة لمؤسسة راسبيري باي، وهي مؤسسة خيرية تعليمية بريطانية ومساهم رئيسي فيها',
 'zh':'树莓派基金会的子公司，该基金会是英国教育慈善机构，也是其主要股东',
 'ja':'ラズベリーパイ財団の子会社。同財団は英国の教育慈善団体で、主要株主',
 'fr':'Filiale de la Raspberry Pi Foundation, organisation caritative éducative britannique et actionnaire important',
 'es':'Filial de la Raspberry Pi Foundation, organización benéfica educativa británica y una de sus principales accionistas',
 'de':'Tochter der Raspberry Pi Foundation, einer britischen gemeinnützigen Bildungsorganisation und Großaktionärin',
 'ru':'Дочерняя компания Raspberry Pi Foundation — британского образовательного благотворительного фонда и крупного акционера'}
e['description'].update({
 'en':'Cambridge-based maker of low-cost single-board computers, a subsidiary of the Raspberry Pi Foundation charity; listed on the London Stock Exchange in June 2024. Founded by Eben Upton.',
 'ar':'شركة مقرها كامبريدج تصنع حواسيب أحادية اللوحة منخفضة التكلفة، تابعة لمؤسسة راسبيري باي الخيرية؛ أُدرجت في بورصة لندن في يونيو 2024، وأسسها إيبن أبتون.',
 'zh':'总部位于剑桥的低成本单板计算机制造商，是慈善机构树莓派基金会的子公司；2024年6月在伦敦证券交易所上市。由埃本·厄普顿创立。',
 'ja':'英ケンブリッジに本拠を置く低価格シングルボードコンピューターのメーカーで、慈善団体のラズベリーパイ財団の子会社。2024年6月にロンドン証券取引所に上場した。創業者はエベン・アプトン氏。',
 'fr':"Fabricant cambridgien d'ordinateurs monocartes bon marché, filiale de l'organisation caritative Raspberry Pi Foundation ; coté à la Bourse de Londres depuis juin 2024. Fondé par Eben Upton.",
 'es':'Fabricante de ordenadores de placa única de bajo coste con sede en Cambridge, filial de la fundación benéfica Raspberry Pi Foundation; cotiza en la Bolsa de Londres desde junio de 2024. Fundado por Eben Upton.',
 'de':'Hersteller günstiger Einplatinencomputer aus Cambridge, Tochter der gemeinnützigen Raspberry Pi Foundation; seit Juni 2024 an der Londoner Börse notiert. Gegründet von Eben Upton.',
 'ru':'Кембриджский производитель недорогих одноплатных компьютеров, дочерняя компания благотворительного фонда Raspberry Pi Foundation; с июня 2024 года акции торгуются на Лондонской фондовой бирже. Основатель — Эбен Аптон.'})
e['names']['en']['aliases']=[a for a in e['names']['en']['aliases'] if a!='Raspberry Pi 5']
e['names']['ar']['aliases']=[a for a in e['names']['ar']['aliases'] if a!='حاسوب راسبيري باي']
# opera: the first public version was 2.0, 1996
f=fact('opera-browser','Origin')
f['value']='Created by Telenor engineers Jon von Tetzchner and Geir Ivarsøy; the first public version, Opera 2.0 for Windows, came out in 1996'
f['as_of']='1996'
f['source']='https://www.tagesanzeiger.ch/der-browser-der-aus-der-kaelte-kommt-318985400010'
f['values']={'ar':'أنشأه مهندسا تلينور يون فون تتسشنر وغير إيفارسوي؛ وصدر أول إصدار عام منه، أوبرا 2.0 لويندوز، عام 1996',
 'zh':'由Telenor工程师Jon von Tetzchner和Geir Ivarsøy创建；首个公开版本Opera 2.0（Windows版）于1996年推出',
 'ja':'テレノールの技術者ヨン・フォン・テッツナー氏とゲイル・イバルソイ氏が開発。最初の公開版「Opera 2.0」（Windows向け）は1996年に登場した',
 'de':'Entwickelt von den Telenor-Ingenieuren Jon von Tetzchner und Geir Ivarsøy; die erste öffentliche Version, Opera 2.0 für Windows, erschien 1996',
 'ru':'Создан инженерами Telenor Йоном фон Течнером и Гейром Иварсёем; первая публичная версия, Opera 2.0 для Windows, вышла в 1996 году',
 'fr':'Créé par les ingénieurs de Telenor Jon von Tetzchner et Geir Ivarsøy ; la première version publique, Opera 2.0 pour Windows, est sortie en 1996',
 'es':'Creado por los ingenieros de Telenor Jon von Tetzchner y Geir Ivarsøy; la primera versión pública, Opera 2.0 para Windows, salió en 1996'}
# gopro: the 15% plan was widened later in 2024; the description no longer gives the share
e=by['gopro']
e['description'].update({
 'en':'US maker of HERO action cameras, founded in 2002 by Nick Woodman; it cut staff in 2024 as revenue fell and pursued patent claims against Insta360.',
 'ar':'شركة أمريكية مصنّعة لكاميرات الحركة HERO، أسسها نيك وودمان عام 2002؛ خفّضت موظفيها عام 2024 مع تراجع إيراداتها ولاحقت شركة Insta360 بدعاوى براءات.',
 'zh':'美国HERO运动相机制造商，2002年由尼克·伍德曼创立；2024年因营收下滑裁员，并对影石Insta360提出专利主张。',
 'ja':'アクションカメラ「HERO」の米メーカー。2002年にニック・ウッドマン氏が創業した。売上高の減少を受けて2024年に人員を削減し、Insta360に対する特許侵害の申し立てを進めた。',
 'fr':"Fabricant américain des caméras d'action HERO, fondé en 2002 par Nick Woodman ; il a réduit ses effectifs en 2024 face à la baisse de son chiffre d'affaires et a fait valoir ses brevets contre Insta360.",
 'es':'Fabricante estadounidense de las cámaras de acción HERO, fundado en 2002 por Nick Woodman; recortó plantilla en 2024 por la caída de sus ingresos y emprendió reclamaciones de patentes contra Insta360.',
 'de':'US-Hersteller der Actionkameras HERO, 2002 von Nick Woodman gegründet; baute 2024 bei sinkendem Umsatz Stellen ab und verfolgte Patentansprüche gegen Insta360.',
 'ru':'Американский производитель экшн-камер HERO, основанный в 2002 году Ником Вудманом; в 2024 году на фоне падения выручки сократил персонал и выдвинул патентные претензии к Insta360.'})
e['names']['en']['aliases']=[a for a in e['names']['en']['aliases'] if a!='GoPro HERO']
open(p,'w').write(json.dumps(d, ensure_ascii=False, indent=1)+'\n')
print('ok')
