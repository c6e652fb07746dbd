import Glibc

/// The wall-clock date and time stamped on zip entries (zip stores no time zone).
///
/// libzip converts a `time_t` to the zip's MS-DOS fields through `localtime`, so a fixed
/// `time_t` would give different bytes in different time zones. We go the other way: the
/// fields are fixed and converted with `mktime`, which `localtime` inverts exactly, so the
/// archive bytes are the same on every machine. MS-DOS time has a 2-second resolution and
/// starts in 1980.
public struct ZipTimestamp: Sendable, Hashable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// 1980-01-01 00:00:00, the MS-DOS epoch (what reproducible-build tools use).
    public static let reproducible = ZipTimestamp(year: 1980, month: 1, day: 1)

    var timeForLibzip: time_t {
        var fields = tm()
        fields.tm_year = Int32(max(year, 1980) - 1900)
        fields.tm_mon = Int32(month - 1)
        fields.tm_mday = Int32(day)
        fields.tm_hour = Int32(hour)
        fields.tm_min = Int32(minute)
        fields.tm_sec = Int32(second)
        fields.tm_isdst = -1
        return mktime(&fields)
    }
}
