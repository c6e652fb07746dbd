/// The catalogue's rules (`AluCatalog/Rules`): what is wrong with one field, without
/// saying which field — the door puts the subject in front (`<email>` in an XML file,
/// the cell's label in a form). So no wording here names an XML element or attribute.
/// Supplier-facing: French and English.
extension MessageTables {
    static let ruleTable = TranslationTable("""
    rule.id-file	l'identifiant « {id} » doit être le nom du fichier « {file}.xml »	the id '{id}' must equal the file name '{file}.xml'
    rule.hint.id-file	renommez le fichier {id}.xml ou changez l'identifiant	rename the file to {id}.xml or change the id
    rule.id-duplicate	« {id} » est déjà l'identifiant de {owner}	'{id}' is already the id of {owner}
    rule.neq-duplicate	{neq} est aussi le NEQ de {owner} ; une entreprise ne devrait avoir qu'une fiche	{neq} is also the NEQ of {owner}; one enterprise should have one entry
    rule.mission.id-duplicate	« {id} » est déjà l'identifiant de {owner}	'{id}' is already the id of {owner}
    rule.neq.form	« {value} » doit compter exactement 10 chiffres (le numéro d'entreprise du Québec, au Registraire des entreprises)	'{value}' must be exactly 10 digits (the Québec enterprise number from the Registraire des entreprises)
    rule.neq.placeholder	« {value} » est un numéro fictif, pas un vrai numéro d'entreprise	'{value}' is a placeholder, not a real enterprise number
    rule.postal-code.form	« {value} » doit avoir la forme G7H 5B1 (lettre chiffre lettre, espace, chiffre lettre chiffre ; sans D, F, I, O, Q ni U)	'{value}' must look like G7H 5B1 (letter digit letter, space, digit letter digit; no D, F, I, O, Q or U)
    rule.postal-code.quebec	« {value} » n'est pas au Québec (les codes du Québec commencent par G, H ou J)	'{value}' is not in Québec (Québec codes begin with G, H or J)
    rule.region	« {value} » n'est pas une des 17 régions administratives du Québec	'{value}' is not one of Québec's 17 administrative regions
    rule.email.form	« {value} » n'est pas une adresse de courriel valide (une adresse comme nom@entreprise.com)	'{value}' is not a valid e-mail address (an address like name@company.com)
    rule.email.dot	« {value} » a un point mal placé avant le @	'{value}' has a misplaced dot before the @
    rule.domain-dot	« {value} » : le domaine « {domain} » doit contenir un point, comme entreprise.com	'{value}': the domain '{domain}' needs a dot, like company.com
    rule.domain-invalid	« {value} » : « {domain} » n'est pas un nom de domaine valide	'{value}': the domain '{domain}' is not a valid host name
    rule.domain-tld	« {value} » : le domaine « {domain} » ne se termine pas par un vrai domaine de premier niveau	'{value}': the domain '{domain}' does not end with a real top-level domain
    rule.website.scheme	« {value} » doit commencer par https://	'{value}' must start with https://
    rule.website.spaces	« {value} » contient des espaces ou des guillemets	'{value}' contains spaces or quotes
    rule.website.user	« {value} » ne doit pas contenir de nom d'utilisateur	'{value}' must not contain a user name
    rule.website.http	« {value} » commence par http:// ; les navigateurs des acheteurs afficheront un avertissement, préférez https://	'{value}' uses http://; buyers' browsers will warn, prefer https://
    rule.phone.form	« {value} » doit être en forme internationale, comme +14185550123 (sans espaces ni tirets)	'{value}' must be in international form, like +14185550123 (no spaces or dashes)
    rule.phone.nanp	« {value} » n'est pas un numéro nord-américain valide (+1, puis un indicatif régional de 3 chiffres et 7 chiffres)	'{value}' is not a valid North American number (+1, then a 3-digit area code and 7 digits)
    rule.country	« {value} » n'est pas un code de pays ISO 3166-1 (deux majuscules, comme CA, AE, IN, BR)	'{value}' is not an ISO 3166-1 country code (two capital letters, such as CA, AE, IN, BR)
    rule.country-duplicate	le pays {value} est indiqué deux fois	country {value} is listed twice
    rule.language.case	« {value} » s'écrit {canonical}	'{value}' is written {canonical}
    rule.language.tag	« {value} » n'est pas un code de langue (utilisez des codes comme fr, en, es, ar, pt-BR, zh-Hans)	'{value}' is not a language code (use codes such as fr, en, es, ar, pt-BR, zh-Hans)
    rule.language.iso	« {value} » n'est pas un code de langue ISO 639	'{value}' is not an ISO 639 language code
    rule.hs	« {value} » doit être une sous-position SH à six chiffres, comme 8426.11	'{value}' must be a six-digit HS subheading like 8426.11
    rule.founded	l'année de fondation {year} n'est pas plausible ({min}–{max})	founding year {year} is not plausible ({min}–{max})
    rule.contacts	au moins un contact est requis	at least one contact is required
    rule.contact-consent	manque : oui seulement si cette personne a accepté d'être publiée, sinon non	is missing: yes only if this person agreed to be published, otherwise no
    rule.contact-languages	aucune langue parlée n'est indiquée	no spoken language is listed
    rule.description-missing.fr	la description en français manque ; le français et l'anglais sont tous deux obligatoires	the French description is missing; French and English are both required
    rule.description-missing.en	la description en anglais manque ; le français et l'anglais sont tous deux obligatoires	the English description is missing; French and English are both required
    rule.description-empty.fr	la description en français est vide	the French description is empty
    rule.description-empty.en	la description en anglais est vide	the English description is empty
    rule.description-duplicate	deux descriptions dans la même langue « {language} »	two descriptions in the same language '{language}'
    rule.capability-duplicate	la capacité « {id} » est indiquée deux fois	capability '{id}' is listed twice
    rule.capability-roles	la capacité « {id} » demande au moins un rôle (conception, fabrication, installation, entretien, fourniture)	capability '{id}' needs at least one role (design, manufacture, install, maintain, supply)
    rule.taxonomy.unknown	« {id} » n'est pas une capacité de la taxonomie	'{id}' is not a capability of the taxonomy
    rule.taxonomy.domain	« {id} » désigne un domaine entier ; choisissez un secteur ou une capacité plus précis (par exemple {examples})	'{id}' is a whole domain; choose a more precise area or capability (for example {examples})
    rule.hint.did-you-mean	vouliez-vous dire « {id} » ?	did you mean '{id}'?
    rule.equipment-capability	cette ligne d'équipement pour « {id} » ne relève d'aucune capacité indiquée par ce fournisseur	equipment line for '{id}' is not under any capability this supplier lists
    rule.reference-year	l'année {year} n'est pas plausible ({min}–{max})	year {year} is not plausible ({min}–{max})
    rule.reference-scope	la référence « {client} » n'a pas de texte de portée	reference '{client}' has no scope text
    rule.certificate-dates	le certificat {scheme} se termine ({until}) avant de commencer ({from})	certificate {scheme} ends ({until}) before it starts ({from})
    rule.certificate-expired	le certificat {scheme} a expiré le {until} ; il ne sera pas montré aux acheteurs avant son renouvellement	certificate {scheme} expired on {until}; it will not be shown to buyers until renewed
    rule.last-updated	la date de mise à jour {date} est dans le futur	last update {date} is in the future
    rule.mission.title.fr	la mission doit avoir un titre en français	the mission needs a title in French
    rule.mission.title.en	la mission doit avoir un titre en anglais	the mission needs a title in English
    rule.mission.dates	la mission se termine ({end}) avant de commencer ({start})	the mission ends ({end}) before it starts ({start})
    rule.mission.languages	la mission n'indique aucune langue de dossier	the mission lists no packet languages
    rule.mission.buyer-duplicate	l'identifiant d'acheteur « {id} » est utilisé deux fois	buyer id '{id}' is used twice
    rule.mission.buyer-needs	l'acheteur « {name} » n'a aucun besoin ; rien ne peut être apparié	buyer '{name}' has no needs; nothing can be matched
    rule.mission.unknown-capability	« {id} » n'est pas dans la taxonomie	'{id}' is not in the taxonomy
    rule.mission.unknown-supplier	le fournisseur « {id} » n'existe pas dans le catalogue	supplier '{id}' does not exist in the catalogue
    rule.mission.include-exclude	le fournisseur « {id} » est à la fois inclus et exclu	supplier '{id}' is both included and excluded
    rule.taxonomy.duplicate-id	l'identifiant de taxonomie « {id} » est utilisé deux fois	taxonomy id '{id}' is used twice
    rule.taxonomy.nesting	l'identifiant de taxonomie « {id} » doit commencer par celui de son parent « {parent}. »	taxonomy id '{id}' must begin with its parent's id '{parent}.'
    rule.taxonomy.label	« {id} » n'a pas de libellé en « {language} »	'{id}' has no label in '{language}'
    """, languages: supplierLanguages)
}
