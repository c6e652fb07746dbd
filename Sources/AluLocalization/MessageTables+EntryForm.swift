extension MessageTables {
    /// The supplier's entry form in the portal: labels, hints, buttons and what each field's problem says. French and English.
    ///
    /// Field labels shared with the ODS form come from its table (`form.field.*.label`,
    /// `form.column.*.title`), so the two doors name a field alike; the problems come from
    /// the rules' and the schema's tables, like every door's.
    static let entryFormTable = TranslationTable("""
    entryform.title	Votre fiche au catalogue	Your catalogue entry
    entryform.intro	Remplissez votre fiche ici, en une seule page ; les champs marqués * sont obligatoires. Enregistrez le brouillon quand vous voulez, puis soumettez la fiche quand elle est prête : la grappe la relit avant de la publier.	Fill in your entry here, on one page; fields marked * are required. Save the draft whenever you like, then submit the entry when it is ready: the cluster reviews it before publishing it.
    entryform.save	Enregistrer le brouillon	Save draft
    entryform.submit	Soumettre pour révision	Submit for review
    entryform.choose	— Choisir —	— Choose —
    entryform.other-value	{value} (valeur actuelle, hors liste)	{value} (current value, not in the list)
    entryform.error-prefix	Erreur :	Error:
    entryform.warning-prefix	À vérifier :	To check:
    entryform.summary.errors	À corriger avant de soumettre ({count})	To correct before submitting ({count})
    entryform.summary.warnings	À vérifier ({count})	To check ({count})
    entryform.summary.item	{label} : {message}	{label}: {message}
    entryform.section.identity	Identité	Identity
    entryform.section.address	Adresse	Address
    entryform.section.web	Site Web et coordonnées générales	Website and general contact details
    entryform.section.contacts	Personnes-ressources	Contacts
    entryform.section.contacts.hint	Les acheteurs écrivent à ces personnes. Ne cochez « Oui » au consentement que si la personne a accepté que son nom, son titre, son courriel et son téléphone soient publiés et remis à des acheteurs.	Buyers write to these people. Tick "Yes" for consent only if the person agreed that their name, title, e-mail and phone be published and given to buyers.
    entryform.section.descriptions	Présentation de l'entreprise	About your business
    entryform.section.descriptions.hint	Ce que vous faites, pour qui, avec quels moyens, en quelques phrases. Le français et l'anglais sont obligatoires ; d'autres langues sont bienvenues.	What you do, for whom, with what means, in a few sentences. French and English are required; other languages are welcome.
    entryform.section.capabilities	Capacités	Capabilities
    entryform.section.capabilities.hint	Ouvrez un secteur, cochez chaque domaine ou capacité qui vous concerne, puis cochez ce que vous y faites (conception, fabrication, installation, entretien, fourniture).	Open a sector, tick each area or capability that concerns you, then tick what you do in it (design, manufacture, installation, maintenance, supply).
    entryform.section.equipment	Équipements	Equipment
    entryform.section.equipment.hint	Les équipements que vous fabriquez ou fournissez, chacun rattaché à une capacité, avec son code SH s'il existe.	The equipment you build or supply, each under a capability, with its HS code if there is one.
    entryform.section.references	Références	References
    entryform.section.references.hint	Des projets réalisés : client, site, pays, année, ce que vous y avez fait. Un client n'est nommé aux acheteurs que s'il a accepté d'être cité.	Projects you carried out: client, site, country, year, what you did. A client is named to buyers only if it agreed to be cited.
    entryform.section.exportExperience	Pays où vous avez déjà exporté	Countries you have exported to
    entryform.section.exportExperience.hint	Un pays par ligne.	One country per row.
    entryform.section.targetMarkets	Marchés visés	Target markets
    entryform.section.targetMarkets.hint	Les pays où vous voulez vous développer, un par ligne.	The countries where you want to grow, one per row.
    entryform.section.certifications	Certifications	Certifications
    entryform.section.certifications.hint	Une certification échue n'est plus montrée aux acheteurs tant qu'elle n'est pas renouvelée.	An expired certification is no longer shown to buyers until it is renewed.
    entryform.section.memberships	Adhésions	Memberships
    entryform.section.memberships.hint	Associations, réseaux ou grappes dont vous êtes membre.	Associations, networks or clusters you belong to.
    entryform.section.industries	Industries desservies	Industries served
    entryform.row.contacts	Contact {number}	Contact {number}
    entryform.row.descriptions	Autre langue {number}	Other language {number}
    entryform.row.equipment	Équipement {number}	Equipment {number}
    entryform.row.references	Référence {number}	Reference {number}
    entryform.row.exportExperience	Pays {number}	Country {number}
    entryform.row.targetMarkets	Marché {number}	Market {number}
    entryform.row.certifications	Certification {number}	Certification {number}
    entryform.row.memberships	Adhésion {number}	Membership {number}
    entryform.add.contacts	Ajouter un contact	Add a contact
    entryform.add.descriptions	Ajouter une langue	Add a language
    entryform.add.equipment	Ajouter un équipement	Add equipment
    entryform.add.references	Ajouter une référence	Add a reference
    entryform.add.exportExperience	Ajouter un pays	Add a country
    entryform.add.targetMarkets	Ajouter un marché	Add a market
    entryform.add.certifications	Ajouter une certification	Add a certification
    entryform.add.memberships	Ajouter une adhésion	Add a membership
    entryform.remove.contacts	Retirer le contact {number}	Remove contact {number}
    entryform.remove.descriptions	Retirer la langue {number}	Remove language {number}
    entryform.remove.equipment	Retirer l'équipement {number}	Remove equipment {number}
    entryform.remove.references	Retirer la référence {number}	Remove reference {number}
    entryform.remove.exportExperience	Retirer le pays {number}	Remove country {number}
    entryform.remove.targetMarkets	Retirer le marché {number}	Remove market {number}
    entryform.remove.certifications	Retirer la certification {number}	Remove certification {number}
    entryform.remove.memberships	Retirer l'adhésion {number}	Remove membership {number}
    entryform.field.description	Présentation en {language}	Description in {language}
    entryform.field.description-text	Texte	Text
    entryform.field.language	Langue (code)	Language (code)
    entryform.field.slot-language	Langue {number}	Language {number}
    entryform.field.slot-name	Nom {number}	Name {number}
    entryform.field.slot-scope	Portée {number}	Scope {number}
    entryform.field.equipment-capability	Capacité	Capability
    entryform.field.citable	Le client accepte d'être cité auprès des acheteurs	The client agreed to be cited to buyers
    entryform.field.roles	Ce que vous avez fait	What you did
    entryform.field.roles-of	Vos rôles : {capability}	Your roles: {capability}
    entryform.field.industries	Industries	Industries
    entryform.consent.yes	Oui : cette personne a accepté d'être publiée	Yes: this person agreed to be published
    entryform.consent.no	Non : connue de la grappe seulement, jamais publiée	No: known to the cluster only, never published
    entryform.tree.count	cochées : {count}	ticked: {count}
    entryform.capabilities.other	Capacités absentes de l'arbre actuel	Capabilities not in the current tree
    entryform.hint.legal-name	Le nom inscrit au Registraire des entreprises.	The name registered with the Registraire des entreprises.
    entryform.hint.operating-name	Facultatif : le nom que vos clients connaissent, s'il diffère.	Optional: the name your clients know, if different.
    entryform.hint.neq	Numéro d'entreprise du Québec : 10 chiffres.	Québec enterprise number: 10 digits.
    entryform.hint.founded	Facultatif : quatre chiffres, p. ex. 1968.	Optional: four digits, e.g. 1968.
    entryform.hint.street	P. ex. 3900, boulevard du Royaume	E.g. 3900 boulevard du Royaume
    entryform.hint.postal-code	Forme G7X 0A4 (avec l'espace).	Form G7X 0A4 (with the space).
    entryform.hint.website	Adresse complète commençant par https://	Full address starting with https://
    entryform.hint.email	P. ex. info@entreprise.com	E.g. info@company.com
    entryform.hint.phone	Forme internationale sans espaces : +14185550123	International form without spaces: +14185550123
    entryform.hint.contact-title	Fonction dans l'entreprise.	Job title.
    entryform.hint.contact-languages	Codes ou noms séparés par des espaces ou des virgules, p. ex. « fr en es » ou « français, anglais ».	Codes or names separated by spaces or commas, e.g. "fr en es" or "French, English".
    entryform.hint.contact-phone	Facultatif ; forme +14185550123.	Optional; form +14185550123.
    entryform.hint.language	Code de langue, p. ex. es pour l'espagnol.	Language code, e.g. es for Spanish.
    entryform.hint.hs-code	Facultatif : sous-position SH à six chiffres, p. ex. 8426.11	Optional: six-digit HS subheading, e.g. 8426.11
    entryform.hint.site	Usine ou lieu.	Plant or place.
    entryform.hint.year	Année de réalisation, quatre chiffres.	Year of the project, four digits.
    entryform.hint.date	Facultatif : AAAA-MM-JJ.	Optional: YYYY-MM-DD.
    entryform.hint.industries	Au moins une.	At least one.
    entryform.problem.year	« {value} » n'est pas une année (quatre chiffres, p. ex. 2019)	'{value}' is not a year (four digits, e.g. 2019)
    entryform.problem.date	« {value} » n'est pas une date (AAAA-MM-JJ, p. ex. 2027-03-31)	'{value}' is not a date (YYYY-MM-DD, e.g. 2027-03-31)
    entryform.problem.choose	choisissez une valeur dans la liste	choose a value from the list
    entryform.problem.unchecked	la fiche n'a pas pu être vérifiée pour l'instant ; votre saisie est conservée, réessayez dans un moment	the entry could not be checked just now; what you typed is kept, try again in a moment
    entryform.other.title	Autres façons de remplir votre fiche	Other ways to fill in your entry
    entryform.download.ods	Télécharger votre fiche à remplir dans un tableur (.ods)	Download your entry as a spreadsheet form to fill in (.ods)
    entryform.download.xml	Télécharger votre fiche en XML	Download your entry as XML
    entryform.upload.label	Fiche remplie à envoyer (.ods ou .xml)	Filled-in entry to send (.ods or .xml)
    entryform.upload.hint	Le fichier envoyé remplace votre brouillon ; il est vérifié comme cette page.	The file sent replaces your draft; it is checked like this page.
    entryform.upload.button	Envoyer le fichier	Send the file
    entryform.search.label	Chercher une capacité (par exemple : anodes, brasquage, coulée)	Find a capability (for example: anodes, pot lining, casting)
    entryform.search.found	Capacités trouvées : {count}	Capabilities found: {count}
    """, languages: supplierLanguages)
}
