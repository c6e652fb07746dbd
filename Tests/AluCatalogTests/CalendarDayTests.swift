import AluCatalog
import Foundation
import Testing

@Suite("The cluster's day")
struct CalendarDayTests {
    private func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    @Test("on a Québec winter evening, UTC is already tomorrow but the cluster's day is not")
    func winterEveningIsStillToday() throws {
        #expect(CalendarDay.today(at: try instant("2026-12-05T03:30:00Z")) == CalendarDay(year: 2026, month: 12, day: 4))
        #expect(CalendarDay.today(at: try instant("2026-12-05T05:00:00Z")) == CalendarDay(year: 2026, month: 12, day: 5))
    }

    @Test("in summer the cluster is four hours behind UTC (daylight time)")
    func summerFollowsDaylightTime() throws {
        #expect(CalendarDay.today(at: try instant("2027-07-01T03:59:00Z")) == CalendarDay(year: 2027, month: 6, day: 30))
        #expect(CalendarDay.today(at: try instant("2027-07-01T04:00:00Z")) == CalendarDay(year: 2027, month: 7, day: 1))
    }
}
