import AluLocalization

/// The row of language links at the top of every packet page: each packet language
/// named in itself (`français`, `العربية`), linked to its landing page with
/// `hreflang`, tagged with its own `lang` and direction; the page's own marked
/// `aria-current="page"`.
enum LanguageSwitcher {
    /// `<nav>` for `languages`; `current` is the page's language (nil on the chooser).
    static func render(languages: [String], current: String?, label: String) -> String {
        let e = HTMLText.escape
        var out = "<nav class=\"languages\" aria-label=\"\(e(label))\">\n<ul>\n"
        for language in languages {
            let name = Self.name(language)
            let dir = Translations(language: language)?.isRightToLeft == true ? "rtl" : "ltr"
            out += "<li><a href=\"\(e(HTMLIndexPage.fileName(language: language)))\" hreflang=\"\(e(language))\""
            out += " lang=\"\(e(language))\" xml:lang=\"\(e(language))\" dir=\"\(dir)\""
            out += language == current ? " aria-current=\"page\">" : ">"
            out += "\(e(name))</a></li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    /// A language's name in itself, capitalised as a menu item (`Français`, `Español`;
    /// Arabic has no case).
    static func name(_ language: String) -> String {
        let name = LanguageNames.name(language, language)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
