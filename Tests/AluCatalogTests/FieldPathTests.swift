import AluCatalog
import Testing

@Suite("Field paths between the model and the XML")
struct FieldPathTests {
    @Test("libxml2's element paths become model paths", arguments: [
        ("neq[0]", "neq"),
        ("@id", "id"),
        ("address[0].postalCode[0]", "address.postalCode"),
        ("contacts[0].contact[2].email[0]", "contacts[2].email"),
        ("contacts[0].contact[1]@consent", "contacts[1].consent"),
        ("contacts[0].contact[0].languages[0]", "contacts[0].languages"),
        ("descriptions[0].description[1]", "descriptions[1]"),
        ("capabilities[0].capability[3]@ref", "capabilities[3].taxonomyID"),
        ("equipment[0].line[1]@hs", "equipment[1].hsCode"),
        ("equipment[0].line[1].name[2]", "equipment[1].names[2]"),
        ("references[0].reference[4].country[0]", "references[4].country"),
        ("references[0].reference[0].scope[1]", "references[0].scope[1]"),
        ("certifications[0].certification[0]@validUntil", "certifications[0].validUntil"),
        ("exportExperience[0]", "exportExperience"),
    ])
    func modelPaths(xml: String, model: String) {
        #expect(FieldPath.model(fromXML: xml) == model)
    }

    @Test("the XML door names a field as its element or attribute", arguments: [
        ("neq", "<neq>"),
        ("id", "<supplier> attribute 'id'"),
        ("address.postalCode", "<postalCode>"),
        ("contacts", "<contacts>"),
        ("contacts[2]", "<contact>"),
        ("contacts[2].email", "<email>"),
        ("contacts[0].consent", "<contact> attribute 'consent'"),
        ("contacts[0].languages[1]", "<languages>"),
        ("descriptions[1]", "<description>"),
        ("descriptions.fr", "<descriptions>"),
        ("capabilities[0].taxonomyID", "<capability> attribute 'ref'"),
        ("equipment[0].hsCode", "<line> attribute 'hs'"),
        ("references[0].country", "<country>"),
        ("exportExperience[3]", "<exportExperience>"),
        ("certifications[0].validUntil", "<certification> attribute 'validUntil'"),
    ])
    func xmlSubjects(path: String, subject: String) {
        #expect(FieldPath.xmlSubject(path, root: "supplier") == subject)
    }
}
