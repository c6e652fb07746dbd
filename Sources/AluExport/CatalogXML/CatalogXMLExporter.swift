public import AluCatalog
import AluXML

/// The selected suppliers as one `<catalog>` document, valid against
/// `catalog/schema/catalog.xsd`.
///
/// Only publishable data leaves: each entry is written with
/// ``SupplierXMLWriter/Publication/publicCopy(on:)`` (no unconsented contact, no
/// uncitable reference, no internal notes, no certificate expired on the export day). Suppliers are sorted by id and a
/// repeated id is written once, so the same selection gives the same bytes.
public enum CatalogXMLExporter {
    /// The file name the packet uses.
    public static let fileName = "catalogue.xml"

    /// The document as text (UTF-8, LF line ends, trailing newline).
    ///
    /// - Parameters:
    ///   - generated: the export day, written in `generated`; never read from the clock.
    ///   - missionID: the mission the subset was selected for, written in `mission`.
    public static func document(_ suppliers: PublishedSuppliers, generated: CalendarDay, missionID: String? = nil) -> String {
        var builder = XMLBuilder()
        builder.open("catalog", [
            "xmlns": CatalogSchemas.namespace, "schemaVersion": "1.0",
            "generated": generated.description, "mission": missionID,
        ])
        var seen: Set<String> = []
        for supplier in suppliers.sorted(by: { $0.id < $1.id }) where seen.insert(supplier.id).inserted {
            SupplierXMLWriter.write(supplier, into: &builder, publication: .publicCopy(on: generated), namespace: nil)
        }
        builder.close()
        return builder.text
    }

    /// The document as UTF-8 bytes.
    public static func bytes(_ suppliers: PublishedSuppliers, generated: CalendarDay, missionID: String? = nil) -> [UInt8] {
        Array(document(suppliers, generated: generated, missionID: missionID).utf8)
    }
}
