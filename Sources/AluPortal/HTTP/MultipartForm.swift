import MultipartKit
import NIOCore

/// A `multipart/form-data` body, read whole (it was already bounded by the caller)
/// with MultipartKit's parser, and held to limits before anything trusts it: how many
/// parts, how large each part's headers and each text field are. Text fields become
/// ``fields``; parts with a file name become ``files``.
struct MultipartForm: Sendable {
    struct File: Sendable {
        let field: String
        /// The name the browser gave, as sent (never used as a path).
        let fileName: String
        let bytes: [UInt8]
    }

    struct Limits: Sendable {
        var parts = 16
        var fieldBytes = 4096
        var headerBytes = 4096
    }

    enum Failure: Error, Equatable {
        /// No boundary in the Content-Type, a part without a name, a syntax error, a cut body.
        case malformed
        /// More parts, or a larger text field, than ``Limits`` allows.
        case tooLarge
    }

    var fields: [(name: String, value: String)] = []
    var files: [File] = []

    /// The boundary of a `multipart/form-data` Content-Type, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            // RFC 2046 §5.1.1: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    init(body: ByteBuffer, boundary: String, limits: Limits = Limits()) throws(Failure) {
        let parser = MultipartParser(boundary: boundary)
        var failure: Failure?
        var headers: [(String, String)] = []
        var headerBytes = 0
        var partBody: [UInt8] = []
        var inPart = false
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        parser.onHeader = { name, value in
            inPart = true
            headerBytes += name.utf8.count + value.utf8.count
            if headerBytes > limits.headerBytes { failure = failure ?? .tooLarge }
            headers.append((name.lowercased(), value))
        }
        parser.onBody = { buffer in
            inPart = true
            partBody += buffer.readableBytesView
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        }
        parser.onPartComplete = {
            parts.append((headers, partBody))
            if parts.count > limits.parts { failure = failure ?? .tooLarge }
            headers = []
            headerBytes = 0
            partBody = []
            inPart = false
        }
        do {
            try parser.execute(body)
        } catch {
            throw .malformed
        }
        if let failure { throw failure }
        // A body cut before its closing boundary leaves a part open (or none at all).
        guard !inPart, !parts.isEmpty else { throw .malformed }
        for part in parts {
            guard let disposition = part.headers.first(where: { $0.0 == "content-disposition" })?.1,
                  let name = Self.parameter("name", in: disposition) else { throw .malformed }
            if let fileName = Self.parameter("filename", in: disposition) {
                files.append(File(field: name, fileName: fileName, bytes: part.body))
            } else {
                guard part.body.count <= limits.fieldBytes else { throw .tooLarge }
                guard let value = String(validating: part.body, as: UTF8.self) else { throw .malformed }
                fields.append((name, value))
            }
        }
    }

    /// A parameter of a Content-Disposition value (`form-data; name="file"; filename="a.ods"`).
    static func parameter(_ wanted: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == wanted else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
