import AluLocalization

/// Where everything sits in the supplier form: sheets, the identity rows, the columns of
/// the table sheets, with their labels and help in both languages. The template writer and
/// the importer both read it, so a cell is written and read at the same place.
enum FormSheet: CaseIterable {
    case instructions, identity, contacts, descriptions, capabilities, equipment, references
    case markets, certifications, memberships, industries, lists

    func name(_ l: FormLanguage) -> String {
        switch self {
        case .instructions: "Instructions"
        case .identity: l.pick("Identité", "Identity")
        case .contacts: "Contacts"
        case .descriptions: "Descriptions"
        case .capabilities: l.pick("Capacités", "Capabilities")
        case .equipment: l.pick("Équipements", "Equipment")
        case .references: l.pick("Références", "References")
        case .markets: l.pick("Marchés", "Markets")
        case .certifications: "Certifications"
        case .memberships: l.pick("Adhésions", "Memberships")
        case .industries: "Industries"
        case .lists: l.pick("Listes", "Lists")
        }
    }

    /// The sheet a workbook's sheet name stands for, with the form's language.
    static func identify(_ name: String) -> (FormSheet, FormLanguage)? {
        for language in [FormLanguage.fr, .en] {
            if let sheet = allCases.first(where: { $0.name(language) == name }) { return (sheet, language) }
        }
        return nil
    }
}

/// The drop-down lists of the form.
enum FormList: Hashable {
    case yesNo, kinds, bands, regions, roles, responsibilities, taxonomy, countries, languages
    case schemes, industries, marketKind
}

/// One row of the identity sheet (label in A, value in B, help in C).
enum IdentityField: CaseIterable {
    case id, legalName, operatingName, neq, kind, employees, founded, street, city, region
    case postalCode, website, email, phone

    /// 0-based row (row 1 is the header).
    var row: Int { IdentityField.allCases.firstIndex(of: self)! + 1 }

    var required: Bool {
        switch self {
        case .id, .operatingName, .founded: false
        default: true
        }
    }

    var list: FormList? {
        switch self {
        case .kind: .kinds
        case .employees: .bands
        case .region: .regions
        default: nil
        }
    }

    func label(_ l: FormLanguage) -> String {
        switch self {
        case .id: l.pick("Identifiant au catalogue", "Catalogue id")
        case .legalName: l.pick("Raison sociale", "Legal name")
        case .operatingName: l.pick("Nom d'usage", "Operating name")
        case .neq: "NEQ"
        case .kind: l.pick("Type d'organisation", "Kind of organisation")
        case .employees: l.pick("Nombre d'employés", "Employees")
        case .founded: l.pick("Année de fondation", "Year founded")
        case .street: l.pick("Adresse (numéro et rue)", "Street address")
        case .city: l.pick("Ville", "City")
        case .region: l.pick("Région administrative", "Administrative region")
        case .postalCode: l.pick("Code postal", "Postal code")
        case .website: l.pick("Site Web", "Website")
        case .email: l.pick("Courriel général", "General e-mail")
        case .phone: l.pick("Téléphone général", "Main phone")
        }
    }

    func help(_ l: FormLanguage) -> String {
        switch self {
        case .id: l.pick("Rempli par la grappe ; ne pas modifier. Laisser vide pour une première inscription.",
                         "Filled in by the cluster; do not change. Leave empty for a first registration.")
        case .legalName: l.pick("Le nom inscrit au Registraire des entreprises.", "The name registered with the Registraire des entreprises.")
        case .operatingName: l.pick("Facultatif : le nom que vos clients connaissent, s'il diffère.", "Optional: the name your clients know, if different.")
        case .neq: l.pick("Numéro d'entreprise du Québec : 10 chiffres.", "Québec enterprise number: 10 digits.")
        case .kind: l.pick("Choisir dans la liste.", "Choose from the list.")
        case .employees: l.pick("Choisir une tranche dans la liste.", "Choose a band from the list.")
        case .founded: l.pick("Facultatif : quatre chiffres, p. ex. 1968.", "Optional: four digits, e.g. 1968.")
        case .street: l.pick("P. ex. 3900, boulevard du Royaume", "E.g. 3900 boulevard du Royaume")
        case .city: l.pick("Municipalité.", "Municipality.")
        case .region: l.pick("Une des 17 régions administratives ; choisir dans la liste.", "One of the 17 administrative regions; choose from the list.")
        case .postalCode: l.pick("Forme G7X 0A4 (avec l'espace).", "Form G7X 0A4 (with the space).")
        case .website: l.pick("Adresse complète commençant par https://", "Full address starting with https://")
        case .email: l.pick("P. ex. info@entreprise.com", "E.g. info@company.com")
        case .phone: l.pick("Forme internationale sans espaces : +14185550123", "International form without spaces: +14185550123")
        }
    }
}

/// One column of a table sheet.
struct FormColumn {
    var title: String
    var help: String
    /// Width in centimetres.
    var width: Double
    var list: FormList?
    var isDate = false
    /// Filled by the form from a neighbouring cell; grey, not read back.
    var isReference = false
}

/// The columns of each table sheet, in order.
enum FormColumns {
    /// Language/text pairs per equipment line or reference.
    static let textPairs = 3
    /// Role columns per capability or reference.
    static let roleColumns = 5

    static func columns(_ sheet: FormSheet, _ l: FormLanguage) -> [FormColumn] {
        switch sheet {
        case .contacts:
            return [
                FormColumn(title: l.pick("Nom", "Name"), help: l.pick("Prénom et nom.", "First and last name."), width: 4.5),
                FormColumn(title: l.pick("Titre", "Title"), help: l.pick("Fonction dans l'entreprise.", "Job title."), width: 5),
                FormColumn(title: l.pick("Responsabilité", "Responsibility"), help: l.pick("Choisir dans la liste.", "Choose from the list."), width: 4, list: .responsibilities),
                FormColumn(title: l.pick("Langues parlées", "Languages spoken"), help: Message("form.help.languages").text(l.rawValue), width: 4),
                FormColumn(title: l.pick("Courriel", "E-mail"), help: l.pick("Adresse personnelle de travail.", "Personal work address."), width: 6.5),
                FormColumn(title: l.pick("Téléphone", "Phone"), help: l.pick("Facultatif ; forme +14185550123.", "Optional; form +14185550123."), width: 3.5),
                FormColumn(title: l.pick("Consentement à la publication", "Consent to publication"), help: l.pick("oui seulement si cette personne a accepté que ses coordonnées soient publiées et remises à des acheteurs ; sinon non.", "yes only if this person agreed that their details be published and given to buyers; otherwise no."), width: 3.2, list: .yesNo),
            ]
        case .descriptions:
            return [
                FormColumn(title: l.pick("Langue", "Language"), help: l.pick("fr et en sont obligatoires ; d'autres langues sont bienvenues.", "fr and en are required; other languages are welcome."), width: 3.5, list: .languages),
                FormColumn(title: l.pick("Texte de présentation", "Description"), help: l.pick("Ce que vous faites, pour qui, avec quels moyens ; quelques phrases. Les retours à la ligne sont conservés.", "What you do, for whom, with what means; a few sentences. Line breaks are kept."), width: 22),
            ]
        case .capabilities:
            return [
                FormColumn(title: l.pick("Capacité (code)", "Capability (code)"), help: l.pick("Choisir un code dans la liste ; la feuille Listes donne le libellé de chaque code.", "Choose a code from the list; the Lists sheet gives each code's label."), width: 7, list: .taxonomy),
                FormColumn(title: l.pick("Libellé (pour information)", "Label (for information)"), help: Message("form.help.capability-label").text(l.rawValue), width: 7, isReference: true),
            ] + roleColumnDefinitions(l)
        case .equipment:
            return [
                FormColumn(title: l.pick("Capacité (code)", "Capability (code)"), help: l.pick("Le code de capacité auquel se rattache cet équipement.", "The capability code this equipment belongs to."), width: 6, list: .taxonomy),
                FormColumn(title: l.pick("Code SH", "HS code"), help: l.pick("Facultatif : sous-position SH à six chiffres, p. ex. 8426.11", "Optional: six-digit HS subheading, e.g. 8426.11"), width: 2.2),
            ] + textPairDefinitions(l, text: l.pick("Nom", "Name"))
        case .references:
            return [
                FormColumn(title: l.pick("Citable", "Citable"), help: l.pick("oui si le client accepte d'être cité ; sinon non.", "yes if the client agreed to be cited; otherwise no."), width: 2, list: .yesNo),
                FormColumn(title: l.pick("Client", "Client"), help: l.pick("Nom du client.", "Client name."), width: 4),
                FormColumn(title: l.pick("Site", "Site"), help: l.pick("Usine ou lieu.", "Plant or place."), width: 4),
                FormColumn(title: l.pick("Pays", "Country"), help: Message("form.help.country").text(l.rawValue), width: 4.5, list: .countries),
                FormColumn(title: l.pick("Année", "Year"), help: l.pick("Année de réalisation.", "Year of the project."), width: 1.8),
            ] + roleColumnDefinitions(l) + textPairDefinitions(l, text: l.pick("Portée", "Scope"))
        case .markets:
            return [
                FormColumn(title: l.pick("Pays", "Country"), help: Message("form.help.country").text(l.rawValue), width: 4.5, list: .countries),
                FormColumn(title: l.pick("Type", "Kind"), help: l.pick("expérience : vous y avez déjà exporté ; visé : marché que vous voulez développer.", "experience: you have exported there; target: a market you want to develop."), width: 3.5, list: .marketKind),
            ]
        case .certifications:
            return [
                FormColumn(title: l.pick("Norme", "Scheme"), help: l.pick("Choisir dans la liste.", "Choose from the list."), width: 5, list: .schemes),
                FormColumn(title: l.pick("Numéro", "Number"), help: l.pick("Facultatif : numéro du certificat.", "Optional: certificate number."), width: 4),
                FormColumn(title: l.pick("Organisme", "Issuer"), help: l.pick("Facultatif : organisme de certification.", "Optional: certification body."), width: 4),
                FormColumn(title: l.pick("Valide du", "Valid from"), help: l.pick("Facultatif : date AAAA-MM-JJ.", "Optional: date YYYY-MM-DD."), width: 2.8, isDate: true),
                FormColumn(title: l.pick("Valide jusqu'au", "Valid until"), help: l.pick("Facultatif : date AAAA-MM-JJ.", "Optional: date YYYY-MM-DD."), width: 2.8, isDate: true),
            ]
        case .memberships:
            return [FormColumn(title: l.pick("Organisation", "Organisation"), help: l.pick("Association, réseau ou grappe dont vous êtes membre.", "Association, network or cluster you belong to."), width: 12)]
        case .industries:
            return [FormColumn(title: l.pick("Industrie desservie", "Industry served"), help: l.pick("Choisir dans la liste ; au moins une.", "Choose from the list; at least one."), width: 8, list: .industries)]
        case .instructions, .identity, .lists:
            return []
        }
    }

    private static func roleColumnDefinitions(_ l: FormLanguage) -> [FormColumn] {
        (1...roleColumns).map {
            FormColumn(title: l.pick("Rôle \($0)", "Role \($0)"),
                       help: l.pick("Ce que vous faites : conception, fabrication, installation, entretien ou fourniture. Un rôle par colonne.",
                                    "What you do: design, manufacture, install, maintain or supply. One role per column."),
                       width: 2.3, list: .roles)
        }
    }

    private static func textPairDefinitions(_ l: FormLanguage, text: String) -> [FormColumn] {
        (1...textPairs).flatMap { n -> [FormColumn] in
            let language = n == 1 ? "fr" : n == 2 ? "en" : l.pick("autre", "other")
            return [
                FormColumn(title: l.pick("Langue \(n)", "Language \(n)"), help: Message("form.help.language").text(l.rawValue), width: 3.5, list: .languages),
                FormColumn(title: "\(text) (\(language))", help: l.pick("Texte dans cette langue.", "Text in that language."), width: 5.5),
            ]
        }
    }
}
