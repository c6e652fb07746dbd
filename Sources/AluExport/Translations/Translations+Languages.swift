package import AluLocalization
extension Translations {
    /// The name of a language (ISO 639-1 code) in this language, lower-case where
    /// the language writes it so (`anglais`, `inglés`).
    ///
    /// Falls back to the English name, then to the code.
    public func languageName(_ code: String) -> String {
        Self.languageTable.value(code, language) ?? Self.languageTable.value(code, "en") ?? code
    }

    /// Codes every table must cover: the packet languages, those the sample
    /// catalogue's contacts speak (de hi vi zh…), and a few more buyers ask for.
    package static let requiredLanguageCodes = ["fr", "en", "es", "ar", "pt", "de", "zh", "it", "hi", "vi"]

    /// Source: Unicode CLDR language names (via the toolchain's ICU), frozen here.
    package static let languageTable = TranslationTable("""
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
