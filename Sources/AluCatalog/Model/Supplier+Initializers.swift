/// Public initialisers for the parts of an entry that other doors into the catalogue
/// (the ODS form) build field by field.
extension EquipmentLine {
    public init(capability: String, hsCode: String?, names: LocalizedText) {
        self.init(capability: capability, hsCode: hsCode, names: names, line: 0)
    }
}

extension Certification {
    public init(scheme: String, number: String?, issuer: String?, validFrom: CalendarDay?, validUntil: CalendarDay?) {
        self.init(scheme: scheme, number: number, issuer: issuer, validFrom: validFrom, validUntil: validUntil, line: 0)
    }
}
