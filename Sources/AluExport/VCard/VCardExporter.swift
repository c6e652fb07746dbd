public import AluCatalog

/// The consented contacts of the selected suppliers as vCard 4.0 (RFC 6350).
///
/// One card per contact whose `consent` is `true` (nil and false are left out),
/// in supplier-id order, then the supplier's contact order. Lines end with
/// CRLF and are folded at 75 octets. Each card carries the company's name,
/// website and address, so a buyer's address book keeps the context.
public enum VCardExporter {
    /// The file name the packet uses.
    public static let fileName = "contacts.vcf"

    /// All cards, concatenated.
    ///
    /// - Parameter generated: written as `REV` (midnight UTC); never read from the clock.
    public static func document(_ suppliers: PublishedSuppliers, generated: CalendarDay) -> String {
        var out = ""
        var seen: Set<String> = []
        for supplier in suppliers.sorted(by: { $0.id < $1.id }) where seen.insert(supplier.id).inserted {
            for (index, contact) in supplier.contacts.enumerated() where contact.consent == true {
                for line in card(contact, index: index, of: supplier, generated: generated) { out += VCardLine.fold(line) }
            }
        }
        return out
    }

    /// The cards as UTF-8 bytes.
    public static func bytes(_ suppliers: PublishedSuppliers, generated: CalendarDay) -> [UInt8] {
        Array(document(suppliers, generated: generated).utf8)
    }

    /// The unfolded content lines of one card.
    ///
    /// Every TEXT value is one line (``InlineText/singleLine(_:)``, then escaped).
    /// `ORG` is the company's legal name: RFC 6350 §6.6.4 defines its components as
    /// the organisation's name then its units (department, division), so an operating
    /// name is neither; and `NICKNAME` (§6.2.3) names the card's subject, here the
    /// person. The operating name is therefore not written: the buyer finds it beside
    /// the legal name on the landing page and in the brochure.
    static func card(_ c: Contact, index: Int, of s: Supplier, generated: CalendarDay) -> [String] {
        func e(_ value: String) -> String { VCardLine.escape(InlineText.singleLine(value)) }
        var lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:individual"]
        lines.append("UID:" + VCardLine.uri("urn:alucat:contact:\(s.id):\(index + 1)"))
        lines.append("FN:" + e(c.name))
        let name = PersonName(c.name)
        let components = [[name.family], [name.given.joined(separator: " ")], [], name.prefixes, name.suffixes]
        lines.append("N:" + components.map { $0.map(e).joined(separator: ",") }.joined(separator: ";"))
        lines.append("ORG:" + e(s.legalName.isEmpty ? s.displayName : s.legalName))
        if !c.title.isEmpty { lines.append("TITLE:" + e(c.title)) }
        if !c.email.isEmpty { lines.append("EMAIL;TYPE=work:" + e(c.email)) }
        if let phone = c.phone, !phone.isEmpty {
            // E.164 as a tel: URI (RFC 3966); anything else as the text it is.
            if let tel = HTMLText.telURI(phone) {
                lines.append("TEL;VALUE=uri;TYPE=work,voice:" + VCardLine.uri(tel))
            } else {
                lines.append("TEL;TYPE=work,voice:" + e(phone))
            }
        }
        for (rank, language) in c.languages.enumerated() {
            lines.append("LANG;PREF=\(min(rank + 1, 100)):" + VCardLine.uri(language))
        }
        if HTMLText.isWebURL(s.website) { lines.append("URL;TYPE=work:" + VCardLine.uri(s.website)) }
        let a = s.address
        lines.append("ADR;TYPE=work:;;" + [a.street, a.city, "QC", a.postalCode, "Canada"].map(e).joined(separator: ";"))
        lines.append("REV:\(generated.description.filter { $0 != "-" })T000000Z")
        lines.append("END:VCARD")
        return lines
    }
}
