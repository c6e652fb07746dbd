import Foundation

/// E-mail addresses as accounts and mail use them: plain ASCII `local@domain` (no
/// internationalised addresses, which need SMTPUTF8 end to end), compared without case.
public enum EmailAddress {
    /// The address trimmed, if it is one we accept: at most 254 characters, a local part
    /// of RFC 5322's atom characters and dots, a domain of at least two dot-separated labels
    /// of letters, digits and hyphens. Nothing here can break a mail header.
    public static func validated(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespaces)
        guard address.utf8.count <= 254, address.isASCII else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64, !parts[1].isEmpty else { return nil }
        let atom = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-.")
        guard parts[0].allSatisfy(atom.contains), !parts[0].hasPrefix("."), !parts[0].hasSuffix("."), !parts[0].contains("..") else {
            return nil
        }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        let labelCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        guard labels.count >= 2, labels.allSatisfy({
            !$0.isEmpty && $0.count <= 63 && $0.allSatisfy(labelCharacters.contains) && !$0.hasPrefix("-") && !$0.hasSuffix("-")
        }) else { return nil }
        return address
    }

    /// What uniqueness and look-ups use: the address lower-cased.
    public static func key(_ address: String) -> String {
        address.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

extension String {
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
