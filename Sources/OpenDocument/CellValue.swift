/// One cell of a spreadsheet row, as written by ``SpreadsheetWriter`` and read back by the reader.
///
/// The kinds map one to one onto ODF `office:value-type`s (ODF 1.3 Part 3 §19.387):
/// integers and floats are both `float` in the file, a hyperlink is a `string` cell whose
/// paragraph holds a `text:a`. Text is never interpreted: a string starting with `=` stays
/// text; the only `table:formula` the writer emits is a ``CellFormula``, built from typed parts.
public enum CellValue: Sendable, Hashable {
    /// Text; `\n` (or `\r\n`) separates lines, each written as its own paragraph.
    case string(String)
    /// A whole number (written as `office:value-type="float"`).
    case int(Int)
    /// A finite number; NaN and infinities are rejected by the writer.
    case float(Double)
    /// A fraction: `0.15` is shown as `15.0%`.
    case percentage(Double)
    /// An amount with its ISO 4217 currency code (three upper-case letters, e.g. `"CAD"`).
    case currency(amount: Double, code: String)
    /// A calendar day, with no time and no time zone (readers shift zoned dates).
    case date(CalendarDay)
    case boolean(Bool)
    /// A link shown as `text`; `url` is `http:`, `https:`, `mailto:`, `ftp:` or `tel:`.
    case hyperlink(text: String, url: String)
    /// A formula whose result is text (``CellFormula``); never built from text.
    case formula(CellFormula)
    /// No content at all (not an empty string).
    case empty
}

/// A day of the proleptic Gregorian calendar, without time or time zone.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the day exists (month 1–12, day within the month, year 1–9999).
    public var isValid: Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= CalendarDay.daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 `YYYY-MM-DD`, zero-padded.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
