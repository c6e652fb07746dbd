import AluZip

/// Writes a ``TextDocument`` as an OpenDocument text file (`.odt`, ODF 1.3).
///
/// ```swift
/// var document = TextDocument(metadata: .init(title: "Delegation", language: "fr-CA"))
/// document.blocks = [.heading("Fournisseurs", level: 1), .paragraph([TextRun("Alu Québec inc.", bold: true)])]
/// try TextDocumentWriter.write(document, to: "delegation.odt")
/// ```
///
/// **Package.** `mimetype` first and stored, then content.xml, styles.xml, meta.xml
/// and the manifest, through the deterministic zip writer: the same document gives
/// the same bytes, and the file appears at `path` only once complete (libzip writes a
/// temporary file and renames it).
///
/// **Styles.** Named styles a person editing the document in LibreOffice recognises
/// (`Heading 1`, `Text body`, `Title`, `Contents 1`…) in styles.xml; automatic styles
/// in content.xml carry only what differs per paragraph: a language, a page break.
public enum TextDocumentWriter {
    public static let mediaType = "application/vnd.oasis.opendocument.text"

    /// Writes `document` to `path`.
    public static func write(_ document: TextDocument, to path: String) throws(SpreadsheetError) {
        let content = TextContentBuilder(document: document).build()
        let styles = TextStyles.styles(document)
        do throws(ZipWriteError) {
            let zip = try ZipArchiveWriter(path: path)
            try zip.addFile("mimetype", bytes: Array(mediaType.utf8), compression: .store)
            try zip.addFile("content.xml", bytes: content, compression: .default)
            try zip.addFile("styles.xml", bytes: styles, compression: .default)
            try zip.addFile("meta.xml", bytes: ODFPackageParts.meta(document.metadata), compression: .default)
            try zip.addFile("META-INF/manifest.xml", bytes: ODFPackageParts.manifest(mediaType: mediaType, parts: ["content.xml", "styles.xml", "meta.xml"]), compression: .default)
            try zip.close()
        } catch {
            throw .writeFailed(path: path, reason: error.errorDescription ?? "\(error)")
        }
    }

    /// content.xml alone, for tests and tools that look inside.
    public static func contentXML(_ document: TextDocument) -> [UInt8] {
        TextContentBuilder(document: document).build()
    }

    /// styles.xml alone.
    public static func stylesXML(_ document: TextDocument) -> [UInt8] {
        TextStyles.styles(document)
    }
}
