/// The wall-clock date and time stamped on zip entries (zip stores no time zone).
///
/// Given to libzip as MS-DOS date and time fields (`zip_file_set_dostime`). libzip 1.7.3
/// still keeps them as a `time_t`: it converts them with `mktime` when they are set and
/// back with `localtime_r` each time it writes a header (a local header at its entry's
/// turn, the central directory at the end), and its reader compares local and central
/// after `mktime` again. So the bytes are the same in every time zone, but only while the
/// process's zone stays put: a `setenv("TZ")` + `tzset()` during a write gives local
/// headers in one zone and the central directory in another, which `ZIP_CHECKCONS`
/// refuses (`ZipTimeZoneChild` in the tests shows it; no test changes the zone in the
/// test process). MS-DOS time has a 2-second resolution and starts in 1980.
public struct ZipTimestamp: Sendable, Hashable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// 1980-01-01 00:00:00, the MS-DOS epoch (what reproducible-build tools use).
    public static let reproducible = ZipTimestamp(year: 1980, month: 1, day: 1)

    /// MS-DOS time: hours << 11 | minutes << 5 | seconds / 2.
    var dosTime: UInt16 { UInt16(hour << 11 | minute << 5 | second / 2) }

    /// MS-DOS date: (year − 1980) << 9 | month << 5 | day.
    var dosDate: UInt16 { UInt16((min(max(year, 1980), 2107) - 1980) << 9 | month << 5 | day) }
}
