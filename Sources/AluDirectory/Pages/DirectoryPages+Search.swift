import AluCatalog
import AluLocalization

extension DirectoryPages {
    /// The search page `/{lang}/…` for one result: the search form, the facets with
    /// their counts, the active filters, one page of result cards, pagination and the
    /// downloads of the whole result set. A result with no hit gets an empty state that
    /// links to the same search without each of its filters.
    public static func search(result: DirectoryResult, directory: Directory, language: PortalLanguage) -> String {
        String(decoding: searchBytes(result: result, directory: directory, language: language), as: UTF8.self)
    }

    /// ``search(result:directory:language:)`` as the UTF-8 bytes the server sends.
    public static func searchBytes(result: DirectoryResult, directory: Directory, language: PortalLanguage) -> [UInt8] {
        let query = result.query
        let frame = PageFrame(
            language: language,
            title: title(query, language),
            path: { DirectoryURL.url(language: $0, query: query) },
            day: directory.day)
        let page = SearchPage(result: result, directory: directory, frame: frame)
        return frame.renderBytes { page.main(&$0) }
    }

    static func title(_ query: DirectoryQuery, _ language: PortalLanguage) -> String {
        let site = Message("portal.site-name").text(language.rawValue)
        guard let text = query.text, !text.isEmpty else {
            return Message("portal.search.title").text(language.rawValue) + " — " + site
        }
        return Message("portal.search.title-with-text", ["text": text]).text(language.rawValue) + " — " + site
    }
}

/// One search page being written.
struct SearchPage {
    let result: DirectoryResult
    let directory: Directory
    let frame: PageFrame

    var query: DirectoryQuery { result.query }
    var language: PortalLanguage { frame.language }
    func text(_ key: String, _ values: [String: String] = [:]) -> String { frame.text(key, values) }
    func href(_ query: DirectoryQuery) -> String { DirectoryURL.url(language: language, query: query) }

    func main(_ html: inout HTMLWriter) {
        html.element("h1", text: text("portal.search.title"))
        html.element("p", [.init("class", "intro")], text: text("portal.search.intro"))
        form(&html)
        // On a phone the facets come after the results: a way to jump to them.
        if hasFacets {
            html.element("p", [.init("class", "to-facets")]) { p in
                p.element("a", [.init("href", "#facets")], text: text("portal.facets"))
            }
        }
        html.newline()
        html.element("div", [.init("class", "layout")]) { layout in
            layout.element("section", [.init("class", "results"), .init("aria-labelledby", "results-heading")]) { section in
                results(&section)
            }
            layout.newline()
            facets(&layout)
        }
    }

    /// A GET form on the page's own address: the text box, and the current filters as
    /// hidden fields so a new text keeps them (the page goes back to 1).
    func form(_ html: inout HTMLWriter) {
        html.element("form", [
            .init("class", "search"), .init("role", "search"), .init("method", "get"),
            .init("action", DirectoryURL.url(language: language, query: DirectoryQuery())),
        ]) { form in
            form.element("label", [.init("for", "q")], text: text("portal.search.label"))
            form.element("div", [.init("class", "search-row")]) { row in
                row.element("input", [
                    .init("type", "search"), .init("id", "q"), .init("name", "q"), .init("value", query.text ?? ""),
                    .init("maxlength", String(DirectoryURL.maximumTextLength)), .init("dir", "auto"), .init("autocomplete", "off"),
                ])
                row.element("button", [.init("type", "submit")], text: text("portal.search.submit"))
            }
            var kept = query.clearingText()
            kept.page = 1
            for item in DirectoryURL.items(kept) {
                form.element("input", [.init("type", "hidden"), .init("name", item.name), .init("value", item.value)])
            }
        }
    }

    // MARK: Results

    func results(_ html: inout HTMLWriter) {
        html.element("h2", [.init("id", "results-heading")]) { h2 in
            h2.text(result.total == 0
                ? text("portal.results.none")
                : Message(PluralCategory.key("portal.results.count", count: result.total, language: language.rawValue),
                          ["count": String(result.total)]).text(language.rawValue))
        }
        activeFilters(&html)
        if result.total == 0 {
            emptyState(&html)
            return
        }
        if result.hits.isEmpty {
            html.element("p", [.init("class", "empty")]) { p in
                p.text(text("portal.results.past-end"))
                p.text(" ")
                p.element("a", [.init("href", href(query.onPage(1)))], text: text("portal.results.first-page"))
            }
        } else {
            if result.pageCount > 1 {
                html.element("p", [.init("class", "page-of")],
                             text: text("portal.results.page", ["page": String(query.page), "pages": String(result.pageCount)]))
            }
            html.element("ol", [.init("class", "cards"), .init("start", String((query.page - 1) * query.pageSize + 1))]) { ol in
                for hit in result.hits {
                    ol.newline()
                    ol.element("li") { card(hit, &$0) }
                }
            }
        }
        pagination(&html)
        downloads(&html)
    }

    /// One result: the name (a link to its page), kind and place, the capabilities
    /// that answered the filter, and the start of its description in the page's
    /// language (or the best available, marked with its own `lang`).
    func card(_ hit: DirectoryHit, _ html: inout HTMLWriter) {
        let supplier = hit.supplier
        html.element("article", [.init("class", "card")]) { article in
            article.element("h3") { h3 in
                h3.element("a", [.init("href", DirectoryURL.supplier(supplier.id, language: language))]) { $0.isolated(supplier.displayName) }
            }
            article.element("p", [.init("class", "meta")]) { p in
                var first = true
                func separator(_ p: inout HTMLWriter) {
                    if !first { p.element("span", [.init("class", "sep"), .init("aria-hidden", "true")], text: " · ") }
                    first = false
                }
                if let kind = supplier.kind {
                    separator(&p)
                    p.text(VocabularyNames.name(family: "kind", kind.rawValue, language.rawValue))
                }
                if !supplier.address.city.isEmpty {
                    separator(&p)
                    p.isolated(supplier.address.city)
                }
                if supplier.address.region != nil || !supplier.address.regionName.isEmpty {
                    separator(&p)
                    // One piece, so a narrow screen moves it to the next line whole.
                    p.element("span", [.init("class", "place")]) { $0.region(supplier.address, page: language) }
                }
            }
            let matched = hit.matchedCapabilities.compactMap { directory.taxonomy[$0] }
            if !matched.isEmpty {
                article.element("p", [.init("class", "matched")]) { p in
                    p.element("span", [.init("class", "label")], text: text("portal.card.matched"))
                    p.text(" ")
                    for (index, node) in matched.enumerated() {
                        if index > 0 { p.text(language == .ar ? "، " : ", ") }
                        p.localized(node.labels, page: language)
                    }
                }
            }
            if let (description, tag) = supplier.descriptions.resolved(language.rawValue) {
                article.element("p", [.init("class", "summary"), .init("lang", tag), .init("dir", "auto")],
                                text: directory.excerpts.excerpt(of: description, supplierID: supplier.id, language: tag))
            }
        }
    }

    /// The start of `text`, cut at a word boundary near `limit` characters, with `…`.
    static func excerpt(_ text: String, limit: Int = 280) -> String {
        let text = isPlainlySpaced(text) ? text : text.split(whereSeparator: Self.isWhitespace).joined(separator: " ")
        // Characters counted only up to `limit`, and only when the bytes could be more:
        // counting a 4,000-character description whole cost more than the rest of its card.
        // One walk to the `limit`-th character gives both the answer and the cut.
        guard text.utf8.count > limit,
              let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex
        else { return text }
        var cut = text[..<end]
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut.trimmingCharacters(punctuation: ",;:.-–—،؛") + "…"
    }

    /// True when splitting `text` at whitespace and joining the pieces with one space
    /// gives `text` back (the usual description): no whitespace but single ASCII spaces,
    /// none first or last, each followed by a character below U+0300 that is not
    /// whitespace (so no combining mark makes the space part of another character). A `Character` is
    /// whitespace when its first scalar is, so nothing else in such a text is. One pass
    /// over the bytes instead of one over the characters.
    static func isPlainlySpaced(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return true }
            guard first != 0x20, last != 0x20 else { return false }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    if (0x09...0x0D).contains(byte) { return false }
                    if byte == 0x20 {
                        // A space is never last (checked above). What follows it must start a
                        // character of its own: below U+0300 nothing extends the one before.
                        let next = utf8[index + 1]
                        if next == 0x20 || (0x09...0x0D).contains(next) { return false }
                        if next >= 0x80, !(0xC2...0xCB).contains(next) { return false }  // U+0080 to U+02FF
                    }
                    index += 1
                } else {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
                    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    if Unicode.Scalar(value)?.properties.isWhitespace ?? true { return false }
                    index += length
                }
            }
            return true
        }
    }

    /// `Character.isWhitespace`, without its Unicode property lookup for ASCII (tab to
    /// carriage return and space; `"\r\n"` is whitespace too, and its ASCII value is `\n`'s).
    static func isWhitespace(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        return ascii == 0x20 || (0x09...0x0D).contains(ascii)
    }

    /// Every active filter with a link that removes it, and one that removes them all.
    func activeFilters(_ html: inout HTMLWriter) {
        let values = query.facetValues
        let hasText = !(query.text ?? "").isEmpty
        guard hasText || !values.isEmpty else { return }
        html.element("div", [.init("class", "active-filters")]) { div in
            div.element("h3", [.init("id", "active-heading")], text: text("portal.active"))
            div.element("ul", [.init("aria-labelledby", "active-heading")]) { ul in
                if let text = query.text, !text.isEmpty {
                    ul.element("li") { li in
                        filter(label: self.text("portal.facet.text"), removeHref: href(query.clearingText()), &li) {
                            $0.element("bdi", [.init("dir", "auto")], text: text)
                        }
                    }
                }
                for value in values {
                    ul.element("li") { li in
                        filter(label: facetName(value.facet), removeHref: href(query.clearing(value.facet)), &li) {
                            self.value(value, &$0)
                        }
                    }
                }
            }
            if values.count + (hasText ? 1 : 0) > 1 {
                div.element("p", [.init("class", "clear-all")]) { p in
                    p.element("a", [.init("href", href(query.clearingAll()))], text: text("portal.active.clear-all"))
                }
            }
        }
    }

    private func filter(label: String, removeHref: String, _ html: inout HTMLWriter, value: (inout HTMLWriter) -> Void) {
        html.element("span", [.init("class", "filter-name")], text: label)
        html.text(" ")
        html.element("span", [.init("class", "filter-value")]) { value(&$0) }
        html.text(" ")
        html.element("a", [
            .init("class", "remove"), .init("href", removeHref),
            .init("aria-label", text("portal.active.remove-label", ["facet": label])),
        ], text: text("portal.active.remove"))
    }

    /// What helps when nothing answers: each filter's removal with the count it would
    /// give, advice on the words, and a way to every supplier.
    func emptyState(_ html: inout HTMLWriter) {
        html.element("div", [.init("class", "empty")]) { div in
            let values = query.facetValues
            let hasText = !(query.text ?? "").isEmpty
            if !values.isEmpty || hasText {
                div.element("p", text: text("portal.results.none-hint"))
                div.element("ul") { ul in
                    if hasText {
                        let wider = query.clearingText()
                        ul.element("li") { li in
                            li.element("a", [.init("href", href(wider))]) { a in
                                a.text(text("portal.active.remove-label", ["facet": text("portal.facet.text")]))
                            }
                            li.text(" ")
                            li.element("span", [.init("class", "count")], text: "(\(directory.search(wider).total))")
                        }
                    }
                    for value in values {
                        let wider = query.clearing(value.facet)
                        let count = directory.search(wider).total
                        ul.element("li") { li in
                            li.element("a", [.init("href", href(wider))]) { a in
                                a.text(text("portal.active.remove-label", ["facet": facetName(value.facet)]))
                            }
                            li.text(" ")
                            li.element("span", [.init("class", "count")], text: "(\(count))")
                        }
                    }
                }
            }
            if let text = query.text, !text.isEmpty {
                div.element("p", text: self.text("portal.results.none-text"))
            }
            div.element("p") { p in
                p.element("a", [.init("href", href(DirectoryQuery()))], text: text("portal.results.browse-all"))
            }
        }
    }

    /// Previous, page numbers (the first, the last, and two on each side of the
    /// current one), next; links carry `rel="prev"`/`rel="next"`.
    func pagination(_ html: inout HTMLWriter) {
        let pages = result.pageCount
        guard pages > 1 else { return }
        let current = query.page
        html.element("nav", [.init("class", "pagination"), .init("aria-label", text("portal.pagination"))]) { nav in
            nav.element("ul") { ul in
                if current > 1 {
                    ul.element("li") { li in
                        li.element("a", [.init("href", href(query.onPage(min(current - 1, pages)))), .init("rel", "prev")],
                                   text: text("portal.pagination.previous"))
                    }
                }
                var previous = 0
                for number in Self.pageNumbers(current: current, count: pages) {
                    if number > previous + 1 {
                        ul.element("li", [.init("class", "gap"), .init("aria-hidden", "true")], text: "…")
                    }
                    previous = number
                    ul.element("li") { li in
                        li.element("a", [
                            .init("href", href(query.onPage(number))),
                            .init("aria-label", text("portal.pagination.page", ["page": String(number)])),
                            .init("aria-current", number == current ? "page" : nil),
                        ], text: String(number))
                    }
                }
                if current < pages {
                    ul.element("li") { li in
                        li.element("a", [.init("href", href(query.onPage(current + 1))), .init("rel", "next")],
                                   text: text("portal.pagination.next"))
                    }
                }
            }
        }
    }

    static func pageNumbers(current: Int, count: Int) -> [Int] {
        Set([1, count] + ((current - 2)...(current + 2)).filter { (1...count).contains($0) }).sorted()
    }

    /// The four downloads of the whole result set, on the same query.
    func downloads(_ html: inout HTMLWriter) {
        html.element("section", [.init("class", "downloads"), .init("aria-labelledby", "downloads-heading")]) { section in
            section.element("h3", [.init("id", "downloads-heading")], text: text("portal.downloads"))
            section.element("p", text: text("portal.downloads.note"))
            section.element("ul") { ul in
                for format in DirectoryURL.ExportFormat.allCases {
                    ul.element("li") { li in
                        li.element("a", [
                            .init("href", DirectoryURL.export(format, language: language, query: query)),
                            .init("download", ""), .init("type", format.mediaType),
                        ], text: text("portal.download." + format.rawValue))
                    }
                }
            }
        }
    }

    // MARK: Names of facets and values

    func facetName(_ facet: DirectoryFacet) -> String { text("portal.facet." + facet.rawValue) }

    /// A facet value in the page's language: vocabulary, country and language names
    /// from their tables, capability labels from the taxonomy; region names (French,
    /// official) and certification schemes (as suppliers write them) marked as such.
    func value(_ value: FacetValue, _ html: inout HTMLWriter) {
        let code = language.rawValue
        switch value {
        case .capability(let id):
            if let node = directory.taxonomy[id] { html.localized(node.labels, page: language) } else { html.isolated(id) }
        case .region(let region): html.text(region.rawValue, language: "fr", page: language)
        case .kind(let kind): html.text(VocabularyNames.name(family: "kind", kind.rawValue, code))
        case .country(let country): html.text(CountryNames.name(country, code))
        case .certification(let scheme): html.isolated(scheme)
        case .language(let tag): html.text(LanguageNames.name(tag, code))
        case .role(let role): html.text(VocabularyNames.name(family: "role", role.rawValue, code))
        }
    }
}

extension DirectoryURL.ExportFormat {
    /// The media type of the download (the link's `type` hint).
    var mediaType: String {
        switch self {
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .csv: "text/csv"
        case .xml: "application/xml"
        case .vcf: "text/vcard"
        }
    }
}

extension StringProtocol {
    /// Without trailing characters from `punctuation` or spaces.
    func trimmingCharacters(punctuation: String) -> String {
        // One backward walk to the last character kept, then one copy (reversing twice
        // and rebuilding the string a character at a time was half of a search page's time).
        guard let last = lastIndex(where: { !(punctuation.contains($0) || $0 == " ") }) else { return "" }
        return String(self[...last])
    }
}
