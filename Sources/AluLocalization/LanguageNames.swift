/// Language names (ISO 639-1) in every packet language, lower-case where the
/// language writes them so (`anglais`, `inglés`): one table for every door.
public enum LanguageNames {
    /// The name of `code` in `language`; the English name, then the code itself.
    public static func name(_ code: String, _ language: String) -> String {
        table.value(code, language) ?? table.value(code, "en") ?? code
    }

    /// Every code the table names, in its order.
    public static var codes: [String] { table.keys }

    /// Source: Unicode CLDR language names (via the toolchain's ICU), frozen here.
    package static let table = TranslationTable("""
    fr	français	French	francés	الفرنسية	francês
    en	anglais	English	inglés	الإنجليزية	inglês
    es	espagnol	Spanish	español	الإسبانية	espanhol
    ar	arabe	Arabic	árabe	العربية	árabe
    pt	portugais	Portuguese	portugués	البرتغالية	português
    de	allemand	German	alemán	الألمانية	alemão
    zh	chinois	Chinese	chino	الصينية	chinês
    it	italien	Italian	italiano	الإيطالية	italiano
    hi	hindi	Hindi	hindi	الهندية	híndi
    vi	vietnamien	Vietnamese	vietnamita	الفيتنامية	vietnamita
    ru	russe	Russian	ruso	الروسية	russo
    ja	japonais	Japanese	japonés	اليابانية	japonês
    ko	coréen	Korean	coreano	الكورية	coreano
    nl	néerlandais	Dutch	neerlandés	الهولندية	holandês
    no	norvégien	Norwegian	noruego	النرويجية	norueguês
    sv	suédois	Swedish	sueco	السويدية	sueco
    is	islandais	Icelandic	islandés	الأيسلندية	islandês
    fi	finnois	Finnish	finés	الفنلندية	finlandês
    da	danois	Danish	danés	الدانمركية	dinamarquês
    pl	polonais	Polish	polaco	البولندية	polonês
    tr	turc	Turkish	turco	التركية	turco
    uk	ukrainien	Ukrainian	ucraniano	الأوكرانية	ucraniano
    ro	roumain	Romanian	rumano	الرومانية	romeno
    el	grec	Greek	griego	اليونانية	grego
    he	hébreu	Hebrew	hebreo	العبرية	hebraico
    fa	persan	Persian	persa	الفارسية	persa
    ur	ourdou	Urdu	urdu	الأوردية	urdu
    ms	malais	Malay	malayo	الماليزية	malaio
    id	indonésien	Indonesian	indonesio	الإندونيسية	indonésio
    th	thaï	Thai	tailandés	التايلاندية	tailandês
    bn	bengali	Bangla	bengalí	البنغالية	bengali
    ta	tamoul	Tamil	tamil	التاميلية	tâmil
    cs	tchèque	Czech	checo	التشيكية	tcheco
    hu	hongrois	Hungarian	húngaro	الهنغارية	húngaro
    """)
}
