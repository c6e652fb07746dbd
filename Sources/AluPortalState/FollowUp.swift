public import AluCatalog

/// The staff's follow-up lists, from the catalogue's entries (valid or not: an entry
/// with errors needs following up too).
public enum FollowUp {
    /// A certificate that ends soon.
    public struct ExpiringCertificate: Sendable, Hashable {
        public var supplierID: String
        public var scheme: String
        public var number: String?
        public var validUntil: CalendarDay
        /// Days from today to its last valid day (0: it ends today).
        public var daysLeft: Int
    }

    /// Entries not confirmed for `months` months: no last update, or one before the same
    /// day `months` months ago (the 31st going back to a shorter month is its last day).
    /// Oldest first; never confirmed first of all; then by id.
    public static func unconfirmed(_ suppliers: [Supplier], today: CalendarDay, months: Int = 12) -> [Supplier] {
        let limit = today.adding(months: -months)
        return suppliers.filter { $0.lastUpdated.map { $0 < limit } ?? true }
            .sorted { ($0.lastUpdated ?? CalendarDay(year: 0, month: 1, day: 1), $0.id) < ($1.lastUpdated ?? CalendarDay(year: 0, month: 1, day: 1), $1.id) }
    }

    /// Certificates still valid today whose last day is within `days` days; soonest first.
    public static func expiringCertificates(_ suppliers: [Supplier], today: CalendarDay, within days: Int) -> [ExpiringCertificate] {
        var found: [ExpiringCertificate] = []
        for supplier in suppliers {
            for certificate in supplier.certifications {
                guard let end = certificate.validUntil, end >= today else { continue }
                let left = end.dayNumber - today.dayNumber
                if left <= days {
                    found.append(ExpiringCertificate(supplierID: supplier.id, scheme: certificate.scheme, number: certificate.number,
                                                     validUntil: end, daysLeft: left))
                }
            }
        }
        return found.sorted { ($0.daysLeft, $0.supplierID, $0.scheme) < ($1.daysLeft, $1.supplierID, $1.scheme) }
    }

    /// Both lists over a catalogue index's entries.
    public static func suppliers(of index: CatalogIndex) -> [Supplier] { index.entries.compactMap(\.supplier) }
}

extension CalendarDay {
    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's end.
    func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        let leap = (newYear % 4 == 0 && newYear % 100 != 0) || newYear % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return CalendarDay(year: newYear, month: newMonth, day: min(day, lengths[newMonth - 1]))
    }
}
