import AluCatalog
import Foundation

/// The largest entry the schema allows: every free text at its maximum, every list full,
/// texts made of varied emoji (4 UTF-8 bytes each, slow for a spreadsheet program to lay out,
/// and poorly compressible), with a space every eighth character.
enum MaximalEntry {
    static let languages = ["fr", "en", "es", "ar", "pt", "de", "it", "zh", "ja", "ko", "ru", "nl", "pl", "sv", "fi", "da", "tr", "he", "hi", "el"]
    static let schemes = ["ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "ISO 50001:2018", "ISO 3834-2", "CWB CSA W47.1", "CSA W59",
                          "ASME", "CE", "ISO/IEC 17025", "IATF 16949", "ASI Performance Standard", "ASI Chain of Custody", "AS9100D", "EN 1090"]

    /// `count` characters of emoji, a space after every seven, never at either end; with
    /// `repetitive`, the letter a, which compresses about as well as text can.
    static func text(_ count: Int, seed: Int, repetitive: Bool = false) -> String {
        if repetitive { return String(repeating: "a", count: count) }
        var state = UInt32(truncatingIfNeeded: seed &* 2_654_435_761 &+ 1)
        var scalars = String.UnicodeScalarView()
        for index in 0..<count {
            if index % 8 == 7 && index < count - 1 {
                scalars.append(" ")
            } else {
                state = state &* 1_103_515_245 &+ 12_345
                scalars.append(Unicode.Scalar(0x1F300 + (state >> 8) % 0x250)!)
            }
        }
        return String(scalars)
    }

    /// `base` grown to the schema's maxima; `legalNameExtra` adds characters to the legal name.
    static func supplier(from base: Supplier, taxonomy: Taxonomy, legalNameExtra: Int = 0, repetitive: Bool = false) -> Supplier {
        var seed = 0
        func t(_ count: Int) -> String { seed += 1; return text(count, seed: seed, repetitive: repetitive) }
        var s = base
        s.id = "maximal-entry"
        s.legalName = t(200 + legalNameExtra)
        s.operatingName = t(200)
        s.address.street = t(200)
        s.address.city = t(200)
        s.contacts = (0..<50).map { index in
            var c = Contact()
            c.consent = true
            c.name = t(200)
            c.title = t(150)
            c.responsibility = .sales
            c.languages = ["fr", "en"]
            c.email = "contact\(index)@maximal.example"
            c.phone = "+1418555" + String(1000 + index)
            return c
        }
        s.descriptions = LocalizedText(languages.map { ($0, t(4000)) })
        let claimable = taxonomy.nodes.filter { $0.level != .domain }.map(\.id)
        s.capabilities = claimable.map { CapabilityClaim(taxonomyID: $0, roles: Role.allCases) }
        s.equipment = (0..<200).map { index in
            EquipmentLine(capability: claimable[index % claimable.count], hsCode: "8426.11",
                          names: LocalizedText(["fr", "en", "es"].map { ($0, t(150)) }))
        }
        s.references = (0..<50).map { _ in
            var r = ReferenceProject(citable: true)
            r.client = t(200)
            r.site = t(200)
            r.country = "QA"
            r.year = 2020
            r.roles = Role.allCases
            r.scope = LocalizedText(["fr", "en", "es"].map { ($0, t(1000)) })
            return r
        }
        s.certifications = (0..<50).map { index in
            Certification(scheme: schemes[index % schemes.count], number: t(200), issuer: t(200),
                          validFrom: CalendarDay(year: 2025, month: 1, day: 1), validUntil: CalendarDay(year: 2029, month: 1, day: 1))
        }
        s.memberships = (0..<50).map { _ in t(200) }
        s.internalNotes = t(4000)
        return s
    }
}
