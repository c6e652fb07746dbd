/// The supplier form's own words (`form.*`): what the template writes besides the
/// vocabulary, and what reading a form back says about it, in French and English.
///
/// Rows run in the order the form shows them: the workbook title and sheet names
/// (`form.sheet.*`), the instructions sheet (`form.instructions.*`), the identity
/// rows (`form.field.<field>.label` and `.help`), the table sheets' columns
/// (`form.column.<sheet>.<column>.title` and `.help`; `form.column.role.*` and
/// `form.column.pair.*` for the repeated role and language/text columns), the
/// Lists sheet, then what reading a form back reports. No wording holds a tab or a
/// line break (a row is one line of `key<TAB>fr<TAB>en`).
extension MessageTables {
    static let formTable = TranslationTable("""
    form.title	Fiche fournisseur AluCat	AluCat supplier form
    form.title.supplier	Fiche fournisseur AluCat — {supplier}	AluCat supplier form — {supplier}
    form.sheet.instructions	Instructions	Instructions
    form.sheet.identity	Identité	Identity
    form.sheet.contacts	Contacts	Contacts
    form.sheet.descriptions	Descriptions	Descriptions
    form.sheet.capabilities	Capacités	Capabilities
    form.sheet.equipment	Équipements	Equipment
    form.sheet.references	Références	References
    form.sheet.markets	Marchés	Markets
    form.sheet.certifications	Certifications	Certifications
    form.sheet.memberships	Adhésions	Memberships
    form.sheet.industries	Industries	Industries
    form.sheet.lists	Listes	Lists
    form.instructions.about	Cette fiche décrit votre entreprise dans le catalogue des fournisseurs de la grappe de l'aluminium du Québec. Les acheteurs étrangers la reçoivent lors des missions commerciales.	This form describes your business in the Québec aluminium cluster's supplier catalogue. Foreign buyers receive it during trade missions.
    form.instructions.fill-in	Remplissez chaque feuille ({sheets}). Les champs marqués * sont obligatoires.	Fill in each sheet ({sheets}). Fields marked * are required.
    form.instructions.update	Votre fiche actuelle est déjà remplie : corrigez ce qui a changé, ajoutez ce qui manque, videz les lignes qui ne s'appliquent plus.	Your current entry is already filled in: correct what changed, add what is missing, empty the rows that no longer apply.
    form.instructions.how	Comment remplir : une valeur par cellule. Sélectionnez une cellule pour voir son aide. Les cellules à liste déroulante n'acceptent que les valeurs de la liste.	How to fill it in: one value per cell. Select a cell to see its help. Cells with a drop-down list accept only the values in the list.
    form.instructions.tables	Sur les feuilles en tableau, une ligne par élément ; ajoutez des lignes au besoin sous la dernière.	On table sheets, one row per item; add rows below the last one if you need more.
    form.instructions.formats	Les dates s'écrivent AAAA-MM-JJ (p. ex. 2027-03-31). Les numéros de téléphone s'écrivent en forme internationale : +14185550123.	Dates are written YYYY-MM-DD (e.g. 2027-03-31). Phone numbers are written in international form: +14185550123.
    form.instructions.consent	Consentement : inscrivez « oui » dans la colonne Consentement d'un contact seulement si cette personne a accepté que son nom, son titre, son courriel et son téléphone soient publiés dans le catalogue et remis à des acheteurs.	Consent: write "yes" in a contact's Consent column only if that person agreed that their name, title, e-mail and phone be published in the catalogue and given to buyers.
    form.instructions.no-consent	Sinon inscrivez « non » : la personne reste connue de la grappe mais n'est jamais publiée.	Otherwise write "no": the person stays known to the cluster but is never published.
    form.instructions.references	Références : « Citable » = oui seulement si le client accepte d'être nommé auprès d'acheteurs.	References: "Citable" = yes only if the client agreed to be named to buyers.
    form.instructions.lists	La feuille {sheet} donne le libellé de chaque code de capacité et les codes de pays et de langue.	The {sheet} sheet gives the label of every capability code and the country and language codes.
    form.instructions.send	Enregistrez au format .ods (sans mot de passe) et envoyez le fichier à {address}. Nous le vérifions et vous répondons avec la liste précise de ce qui reste à corriger, cellule par cellule.	Save as .ods (without a password) and send the file to {address}. We check it and reply with the exact list of anything left to correct, cell by cell.
    form.identity.field.title	Champ	Field
    form.identity.value.title	Valeur	Value
    form.identity.help.title	Aide	Help
    form.field.id.label	Identifiant au catalogue	Catalogue id
    form.field.id.help	Rempli par la grappe ; ne pas modifier. Laisser vide pour une première inscription.	Filled in by the cluster; do not change. Leave empty for a first registration.
    form.field.legal-name.label	Raison sociale	Legal name
    form.field.legal-name.help	Le nom inscrit au Registraire des entreprises.	The name registered with the Registraire des entreprises.
    form.field.operating-name.label	Nom d'usage	Operating name
    form.field.operating-name.help	Facultatif : le nom que vos clients connaissent, s'il diffère.	Optional: the name your clients know, if different.
    form.field.neq.label	NEQ	NEQ
    form.field.neq.help	Numéro d'entreprise du Québec : 10 chiffres.	Québec enterprise number: 10 digits.
    form.field.kind.label	Type d'organisation	Kind of organisation
    form.field.kind.help	Choisir dans la liste.	Choose from the list.
    form.field.employees.label	Nombre d'employés	Employees
    form.field.employees.help	Choisir une tranche dans la liste.	Choose a band from the list.
    form.field.founded.label	Année de fondation	Year founded
    form.field.founded.help	Facultatif : quatre chiffres, p. ex. 1968.	Optional: four digits, e.g. 1968.
    form.field.street.label	Adresse (numéro et rue)	Street address
    form.field.street.help	P. ex. 3900, boulevard du Royaume	E.g. 3900 boulevard du Royaume
    form.field.city.label	Ville	City
    form.field.city.help	Municipalité.	Municipality.
    form.field.region.label	Région administrative	Administrative region
    form.field.region.help	Une des 17 régions administratives ; choisir dans la liste.	One of the 17 administrative regions; choose from the list.
    form.field.postal-code.label	Code postal	Postal code
    form.field.postal-code.help	Forme G7X 0A4 (avec l'espace).	Form G7X 0A4 (with the space).
    form.field.website.label	Site Web	Website
    form.field.website.help	Adresse complète commençant par https://	Full address starting with https://
    form.field.email.label	Courriel général	General e-mail
    form.field.email.help	P. ex. info@entreprise.com	E.g. info@company.com
    form.field.phone.label	Téléphone général	Main phone
    form.field.phone.help	Forme internationale sans espaces : +14185550123	International form without spaces: +14185550123
    form.column.contacts.name.title	Nom	Name
    form.column.contacts.name.help	Prénom et nom.	First and last name.
    form.column.contacts.title.title	Titre	Title
    form.column.contacts.title.help	Fonction dans l'entreprise.	Job title.
    form.column.contacts.responsibility.title	Responsabilité	Responsibility
    form.column.contacts.responsibility.help	Choisir dans la liste.	Choose from the list.
    form.column.contacts.languages.title	Langues parlées	Languages spoken
    form.column.contacts.email.title	Courriel	E-mail
    form.column.contacts.email.help	Adresse personnelle de travail.	Personal work address.
    form.column.contacts.phone.title	Téléphone	Phone
    form.column.contacts.phone.help	Facultatif ; forme +14185550123.	Optional; form +14185550123.
    form.column.contacts.consent.title	Consentement à la publication	Consent to publication
    form.column.contacts.consent.help	oui seulement si cette personne a accepté que ses coordonnées soient publiées et remises à des acheteurs ; sinon non.	yes only if this person agreed that their details be published and given to buyers; otherwise no.
    form.column.descriptions.language.title	Langue	Language
    form.column.descriptions.language.help	fr et en sont obligatoires ; d'autres langues sont bienvenues.	fr and en are required; other languages are welcome.
    form.column.descriptions.text.title	Texte de présentation	Description
    form.column.descriptions.text.help	Ce que vous faites, pour qui, avec quels moyens ; quelques phrases. Les retours à la ligne sont conservés.	What you do, for whom, with what means; a few sentences. Line breaks are kept.
    form.column.capabilities.code.title	Capacité (code)	Capability (code)
    form.column.capabilities.code.help	Choisir un code dans la liste ; la feuille Listes donne le libellé de chaque code.	Choose a code from the list; the Lists sheet gives each code's label.
    form.column.capabilities.label.title	Libellé (pour information)	Label (for information)
    form.column.equipment.code.title	Capacité (code)	Capability (code)
    form.column.equipment.code.help	Le code de capacité auquel se rattache cet équipement.	The capability code this equipment belongs to.
    form.column.equipment.hs-code.title	Code SH	HS code
    form.column.equipment.hs-code.help	Facultatif : sous-position SH à six chiffres, p. ex. 8426.11	Optional: six-digit HS subheading, e.g. 8426.11
    form.column.equipment.name.title	Nom	Name
    form.column.references.citable.title	Citable	Citable
    form.column.references.citable.help	oui si le client accepte d'être cité ; sinon non.	yes if the client agreed to be cited; otherwise no.
    form.column.references.client.title	Client	Client
    form.column.references.client.help	Nom du client.	Client name.
    form.column.references.site.title	Site	Site
    form.column.references.site.help	Usine ou lieu.	Plant or place.
    form.column.references.country.title	Pays	Country
    form.column.references.year.title	Année	Year
    form.column.references.year.help	Année de réalisation.	Year of the project.
    form.column.references.scope.title	Portée	Scope
    form.column.markets.country.title	Pays	Country
    form.column.markets.kind.title	Type	Kind
    form.column.markets.kind.help	expérience : vous y avez déjà exporté ; visé : marché que vous voulez développer.	experience: you have exported there; target: a market you want to develop.
    form.column.certifications.scheme.title	Norme	Scheme
    form.column.certifications.scheme.help	Choisir dans la liste.	Choose from the list.
    form.column.certifications.number.title	Numéro	Number
    form.column.certifications.number.help	Facultatif : numéro du certificat.	Optional: certificate number.
    form.column.certifications.issuer.title	Organisme	Issuer
    form.column.certifications.issuer.help	Facultatif : organisme de certification.	Optional: certification body.
    form.column.certifications.valid-from.title	Valide du	Valid from
    form.column.certifications.valid-from.help	Facultatif : date AAAA-MM-JJ.	Optional: date YYYY-MM-DD.
    form.column.certifications.valid-until.title	Valide jusqu'au	Valid until
    form.column.certifications.valid-until.help	Facultatif : date AAAA-MM-JJ.	Optional: date YYYY-MM-DD.
    form.column.memberships.organisation.title	Organisation	Organisation
    form.column.memberships.organisation.help	Association, réseau ou grappe dont vous êtes membre.	Association, network or cluster you belong to.
    form.column.industries.industry.title	Industrie desservie	Industry served
    form.column.industries.industry.help	Choisir dans la liste ; au moins une.	Choose from the list; at least one.
    form.column.role.title	Rôle {number}	Role {number}
    form.column.role.help	Ce que vous faites : conception, fabrication, installation, entretien ou fourniture. Un rôle par colonne.	What you do: design, manufacture, install, maintain or supply. One role per column.
    form.column.pair.other-language	autre	other
    form.column.pair.language.title	Langue {number}	Language {number}
    form.column.pair.text.title	{text} ({language})	{text} ({language})
    form.column.pair.text.help	Texte dans cette langue.	Text in that language.
    form.lists.capability.title	Code de capacité	Capability code
    form.lists.label.title	Libellé	Label
    form.lists.country.title	Pays	Country
    form.lists.language.title	Langue	Language
    form.validation.error	Choisissez une valeur de la liste déroulante.	Choose a value from the drop-down list.
    form.help.capability-label	Calculé à partir du code choisi ; non relu.	Worked out from the chosen code; not read back.
    form.help.languages	Langues séparées par des espaces ou des virgules : codes ou noms, p. ex. « fr en es » ou « français, anglais ».	Languages separated by spaces or commas: codes or names, e.g. "fr en es" or "French, English".
    form.help.country	Choisir un pays dans la liste ; le code (CA) ou le nom (Canada) est aussi accepté.	Choose a country from the list; the code (CA) or the name (Canada) is accepted too.
    form.help.language	Choisir une langue dans la liste ; le code (fr) ou le nom (français) est aussi accepté.	Choose a language from the list; the code (fr) or the name (French) is accepted too.
    form.year	« {value} » n'est pas une année (quatre chiffres, p. ex. 2019)	'{value}' is not a year (four digits, e.g. 2019)
    form.date	cette cellule doit contenir une date (AAAA-MM-JJ, p. ex. 2027-03-31), pas « {value} »	this cell must hold a date (YYYY-MM-DD, e.g. 2027-03-31), not '{value}'
    form.not-in-list	« {value} » n'est pas dans la liste des valeurs permises ({allowed}) ; choisissez dans la liste déroulante	'{value}' is not one of the allowed values ({allowed}); choose from the drop-down list
    form.required	« {field} » est obligatoire	'{field}' is required
    form.region-not-in-list	« {value} » n'est pas une des 17 régions administratives du Québec ; choisissez dans la liste déroulante	'{value}' is not one of Québec's 17 administrative regions; choose from the drop-down list
    form.allowed.yes-no	oui ou non	yes or no
    form.language-missing	indiquez la langue de ce texte	give the language of this text
    form.allowed.market-kind	expérience ou visé	experience or target
    form.market-kind-missing	indiquez « {experience} » ou « {target} »	give '{experience}' or '{target}'
    form.country-unknown	« {value} » n'est pas un pays de la liste : choisissez-le dans la liste déroulante (p. ex. « Nouvelle-Zélande (NZ) ») ou écrivez son code de deux lettres	'{value}' is not a country of the list: choose it from the drop-down list (e.g. 'New Zealand (NZ)') or type its two-letter code
    form.control-characters	le texte de cette cellule contient des caractères de contrôle invisibles ({characters}), souvent laissés par un copier-coller depuis un autre logiciel : retapez les apostrophes, guillemets et lettres accentuées de ce texte	this cell's text holds invisible control characters ({characters}), often left by a copy and paste from another program: retype the apostrophes, quotes and accented letters of this text
    form.not-a-form	{file} : ce classeur n'est pas une fiche fournisseur AluCat (il n'a pas de feuille Identité) ; partez de la fiche que la grappe vous a envoyée (alucat template)	{file}: this workbook is not an AluCat supplier form (it has no Identity sheet); start from the form the cluster sent you (alucat template)
    form.not-ods	{file} : ce fichier n'est pas un classeur OpenDocument mais {format} ; ouvrez-le dans votre tableur, enregistrez-le au format OpenDocument (.ods) et envoyez ce fichier .ods	{file}: this file is not an OpenDocument spreadsheet but {format}; open it in your spreadsheet program, save it as an OpenDocument spreadsheet (.ods) and send that .ods file
    form.format.xlsx	un classeur Excel (.xlsx)	an Excel workbook (.xlsx)
    form.format.xls	un ancien classeur Excel (.xls)	a legacy Excel workbook (.xls)
    form.format.csv	un fichier texte (CSV)	a text file (CSV)
    form.format.pdf	un document PDF	a PDF document
    """, languages: supplierLanguages)
}
