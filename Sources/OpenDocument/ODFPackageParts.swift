import Foundation

/// The small parts of the package: styles.xml, meta.xml, settings.xml and the manifest.
enum ODFPackageParts {
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"
    static let xmlDeclaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"

    static func manifest() -> [UInt8] {
        manifest(mediaType: mediaType, parts: ["content.xml", "styles.xml", "meta.xml", "settings.xml"])
    }

    /// The manifest of a package of `mediaType` whose XML parts are `parts`.
    static func manifest(mediaType: String, parts: [String]) -> [UInt8] {
        var out = XMLByteBuffer()
        out.raw(xmlDeclaration)
        out.raw("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">")
        out.raw("<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"\(mediaType)\"/>")
        for part in parts {
            out.raw("<manifest:file-entry manifest:full-path=\"\(part)\" manifest:media-type=\"text/xml\"/>")
        }
        out.raw("</manifest:manifest>")
        return out.bytes
    }

    /// Splits `fr-CA` into (`fr`, `CA`); nil region when absent.
    static func languageAndCountry(_ tag: String?) -> (String, String?) {
        guard let tag, !tag.isEmpty else { return ("en", "US") }
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let language = parts.first.map { String($0).lowercased() } ?? "en"
        let region = parts.dropFirst().first(where: { $0.count == 2 && $0.allSatisfy(\.isLetter) })
        return (language, region.map { String($0).uppercased() })
    }

    static func styles(metadata: WorkbookMetadata, page: PageLayout) -> [UInt8] {
        var out = XMLByteBuffer()
        out.raw(xmlDeclaration)
        out.raw("<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\">")
        out.raw("<office:font-face-decls><style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/><style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"&apos;DejaVu Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>")
        let (language, country) = languageAndCountry(metadata.language)
        out.raw("<office:styles><style:default-style style:family=\"table-cell\"><style:paragraph-properties style:tab-stop-distance=\"1.25cm\"/><style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10pt\" fo:language=\"")
        out.attribute(language)
        out.raw("\"")
        if let country {
            out.raw(" fo:country=\"")
            out.attribute(country)
            out.raw("\"")
        }
        out.raw(" style:font-name-complex=\"DejaVu Sans\" style:font-size-complex=\"10pt\" style:language-complex=\"ar\" style:country-complex=\"SA\"/></style:default-style><style:style style:name=\"Default\" style:family=\"table-cell\"><style:table-cell-properties style:vertical-align=\"top\"/></style:style></office:styles>")
        out.raw("<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties ")
        page.properties(to: &out, extra: " style:print=\"objects charts drawings zero-values\" style:print-page-order=\"ttb\" style:writing-mode=\"lr-tb\"")
        out.raw("/><style:header-style><style:header-footer-properties fo:min-height=\"0.75cm\" fo:margin-bottom=\"0.25cm\"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0.75cm\" fo:margin-top=\"0.25cm\"/></style:footer-style></style:page-layout></office:automatic-styles>")
        out.raw("<office:master-styles><style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\"/><style:master-page style:name=\"Sheet\" style:page-layout-name=\"pm1\"><style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header><style:footer><text:p><text:page-number>1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>")
        out.raw("</office:document-styles>")
        return out.bytes
    }

    /// `YYYY-MM-DDTHH:MM:SS` in UTC, without zone (readers shift zoned values).
    static func dateTime(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(CalendarDay(year: year, month: month, day: day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
    }

    static func meta(_ metadata: WorkbookMetadata) -> [UInt8] {
        var out = XMLByteBuffer()
        out.raw(xmlDeclaration)
        out.raw("<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>")
        func element(_ open: StaticString, _ value: String?, _ close: StaticString) {
            guard let value else { return }
            out.raw(open)
            out.attribute(value)
            out.raw(close)
        }
        element("<meta:generator>", metadata.generator, "</meta:generator>")
        element("<dc:title>", metadata.title, "</dc:title>")
        element("<dc:subject>", metadata.subject, "</dc:subject>")
        element("<dc:language>", metadata.language, "</dc:language>")
        if let date = metadata.creationDate {
            let text = dateTime(date)
            element("<meta:creation-date>", text, "</meta:creation-date>")
            element("<dc:date>", text, "</dc:date>")
        }
        out.raw("</office:meta></office:document-meta>")
        return out.bytes
    }

    struct SheetView {
        var name: String
        var freezeRow: Bool
        var freezeColumn: Bool
    }

    /// LibreOffice view settings: frozen panes per sheet, keyed by the exact sheet name.
    static func settings(_ sheets: [SheetView]) -> [UInt8] {
        var out = XMLByteBuffer()
        out.raw(xmlDeclaration)
        out.raw("<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" xmlns:ooo=\"http://openoffice.org/2004/office\" office:version=\"1.3\"><office:settings><config:config-item-set config:name=\"ooo:view-settings\"><config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry><config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item><config:config-item-map-named config:name=\"Tables\">")
        func item(_ name: StaticString, _ type: StaticString, _ value: Int) {
            out.raw("<config:config-item config:name=\"")
            out.raw(name)
            out.raw("\" config:type=\"")
            out.raw(type)
            out.raw("\">")
            out.decimal(value)
            out.raw("</config:config-item>")
        }
        for sheet in sheets {
            out.raw("<config:config-item-map-entry config:name=\"")
            out.attribute(sheet.name)
            out.raw("\">")
            let row = sheet.freezeRow ? 1 : 0, column = sheet.freezeColumn ? 1 : 0
            item("CursorPositionX", "int", column)
            item("CursorPositionY", "int", row)
            item("HorizontalSplitMode", "short", column * 2)
            item("VerticalSplitMode", "short", row * 2)
            item("HorizontalSplitPosition", "int", column)
            item("VerticalSplitPosition", "int", row)
            item("ActiveSplitRange", "short", column == 1 ? 3 : 2)
            item("PositionLeft", "int", 0)
            item("PositionRight", "int", column)
            item("PositionTop", "int", 0)
            item("PositionBottom", "int", row)
            out.raw("</config:config-item-map-entry>")
        }
        out.raw("</config:config-item-map-named><config:config-item config:name=\"ActiveTable\" config:type=\"string\">")
        out.attribute(sheets.first?.name ?? "")
        out.raw("</config:config-item></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>")
        return out.bytes
    }
}
