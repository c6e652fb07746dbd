/// A trade mission: `catalog/missions/<id>.xml`.
public struct Mission: Sendable, Hashable, Identifiable {
    public var id: String
    public var titles = LocalizedText()
    public var countries: [String] = []
    public var cities: [String] = []
    public var start: CalendarDay?
    public var end: CalendarDay?
    /// Packet languages, in the organiser's order.
    public var languages: [String] = []
    public var organiser = Organiser()
    public var buyers: [Buyer] = []
    public var selection = SelectionRules()
    public var lines: [String: Int] = [:]

    public init(id: String) { self.id = id }
}

public struct Organiser: Sendable, Hashable {
    public var name = ""
    public var organisation = ""
    public var email = ""
    public var phone = ""
    public init() {}
}

public struct Buyer: Sendable, Hashable, Identifiable {
    public var id: String
    public var name = ""
    public var country = ""
    public var needs: [Need] = []
    public var line = 0
    public init(id: String) { self.id = id }
}

public struct Need: Sendable, Hashable {
    public var capability: String
    public var priority: Priority
    public var notes = LocalizedText()
    public var line = 0
    public init(capability: String, priority: Priority = .medium) {
        self.capability = capability
        self.priority = priority
    }
}

/// How a mission picks its suppliers.
public struct SelectionRules: Sendable, Hashable {
    public enum Match: String, Sendable, Hashable { case any, all }
    public var capabilities: [String] = []
    public var match: Match = .any
    /// Certification schemes each selected supplier must hold, valid over the mission dates.
    public var requiredCertifications: [String] = []
    public var include: [String] = []
    public var exclude: [String] = []
    public var line = 0
    public var includeLine = 0
    public var excludeLine = 0
    public init() {}
}
