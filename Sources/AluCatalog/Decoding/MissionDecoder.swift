import AluXML

/// Builds a ``Mission`` from the tree of a mission file.
enum MissionDecoder {
    static func decode(_ root: XMLElement, fallbackID: String) -> Mission {
        var m = Mission(id: root[attribute: "id"] ?? fallbackID)
        m.lines["id"] = root.line
        for child in root.children {
            m.lines[child.name] = child.line
            switch child.name {
            case "title": m.titles.set(child.trimmedText, for: child.language ?? "")
            case "destination":
                let countries = child.children("country")
                m.countries = countries.map(\.trimmedText)
                for (i, country) in countries.enumerated() { m.lines["countries[\(i)]"] = country.line }
                m.cities = child.children("city").map(\.trimmedText)
            case "dates":
                m.start = child[attribute: "start"].flatMap(CalendarDay.init)
                m.end = child[attribute: "end"].flatMap(CalendarDay.init)
            case "languages": m.languages = child.tokens
            case "organiser":
                m.organiser.name = child.childText("name") ?? ""
                m.organiser.organisation = child.childText("organisation") ?? ""
                m.organiser.email = child.childText("email") ?? ""
                m.organiser.phone = child.childText("phone") ?? ""
            case "buyers":
                m.buyers = child.children("buyer").map { element in
                    var buyer = Buyer(id: element[attribute: "id"] ?? "")
                    buyer.name = element.childText("name") ?? ""
                    buyer.country = element.childText("country") ?? ""
                    buyer.line = element.line
                    buyer.needs = (element.child("needs")?.children("need") ?? []).map { needElement in
                        var need = Need(
                            capability: needElement[attribute: "capability"] ?? "",
                            priority: needElement[attribute: "priority"].flatMap(Priority.init(rawValue:)) ?? .medium)
                        for note in needElement.children("note") { need.notes.set(note.trimmedText, for: note.language ?? "") }
                        need.line = needElement.line
                        return need
                    }
                    return buyer
                }
            case "selection":
                m.selection.line = child.line
                if let capabilities = child.child("capabilities") {
                    m.selection.capabilities = capabilities.tokens
                    m.selection.match = capabilities[attribute: "match"] == "all" ? .all : .any
                }
                m.selection.requiredCertifications = child.child("requiredCertifications")?.children("scheme").map(\.trimmedText) ?? []
                if let include = child.child("include") {
                    m.selection.include = include.tokens
                    m.selection.includeLine = include.line
                }
                if let exclude = child.child("exclude") {
                    m.selection.exclude = exclude.tokens
                    m.selection.excludeLine = exclude.line
                }
            default: break
            }
        }
        return m
    }
}
