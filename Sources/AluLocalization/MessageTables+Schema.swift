/// What XML Schema validation found (`AluXML/XMLMessageWording` rewords libxml2's
/// messages into these), without the subject: the XML door puts `<email>` in front,
/// the form door the cell's label. The `-form` keys are what the form door says
/// instead of a message that would need XML to be understood. Supplier-facing:
/// French and English.
extension MessageTables {
    static let schemaTable = TranslationTable("""
    schema.pattern	« {value} » n'a pas la forme attendue	'{value}' does not have the required form
    schema.empty	ne doit pas être vide	must not be empty
    schema.enumeration	« {value} » n'est pas une des valeurs permises : {allowed}	'{value}' is not one of the allowed values: {allowed}
    schema.enumeration-form	« {value} » n'est pas une valeur permise ; choisissez-la dans la liste déroulante	'{value}' is not one of the allowed values; choose it from the drop-down list
    schema.too-short	est trop court : longueur {length}, au moins {limit} requis	is too short: length {length}, at least {limit} required
    schema.too-long	est trop long : longueur {length}, au plus {limit} permis	is too long: length {length}, at most {limit} allowed
    schema.too-small	« {value} » est sous le minimum permis ({limit})	'{value}' is below the allowed minimum ({limit})
    schema.too-large	« {value} » dépasse le maximum permis ({limit})	'{value}' is above the allowed maximum ({limit})
    schema.invalid-value	« {value} » n'est pas une valeur valide	'{value}' is not a valid value
    schema.unexpected	cet élément n'est pas attendu ici ; attendu : {expected}	this element is not expected here; expected {expected}
    schema.unexpected-any	cet élément n'est pas attendu ici	this element is not expected here
    schema.missing-child	élément manquant ; attendu : {expected}	missing element; expected {expected}
    schema.attribute-required	l'attribut « {attribute} » est obligatoire mais manque	attribute '{attribute}' is required but missing
    schema.attribute-not-allowed	l'attribut « {attribute} » n'est pas permis	attribute '{attribute}' is not allowed
    schema.wrong-root	ce n'est pas le type de document attendu (mauvais élément racine ou espace de noms)	this is not the expected kind of document (wrong root element or namespace)
    schema.other	{text}	{text}
    schema.file.unreadable	impossible de lire le fichier : {reason}	cannot read the file: {reason}
    schema.too-many	{count} autres problèmes ne sont pas montrés (les {kept} premiers le sont) ; corrigez-les puis validez de nouveau	{count} more problems are not shown (the first {kept} are); fix these and validate again
    schema.not-supplier	ce fichier n'est pas une fiche de fournisseur	this file is not a supplier entry
    schema.taxonomy-unusable	la taxonomie a des erreurs ; lancez alucat validate {path}	the taxonomy has errors; run alucat validate {path}
    schema.file.too-large	le fichier compte {size} octets ou plus, au-delà de la limite de {limit} octets	the file is {size} bytes or more, over the {limit}-byte limit
    schema.namespace	<{name}> n'est pas un document du catalogue (espace de noms attendu : {namespace})	<{name}> is not a catalogue document (expected namespace {namespace})
    schema.root	<{name}> n'est pas un document du catalogue (attendu : <supplier>, <mission> ou <taxonomy>)	<{name}> is not a catalogue document (expected <supplier>, <mission> or <taxonomy>)
    schema.taxonomy-extra	un second fichier de taxonomie est ignoré ; la taxonomie du catalogue est {path}	a second taxonomy file is ignored; the catalogue's taxonomy is {path}
    schema.form-incomplete	un champ obligatoire manque ou la fiche est incomplète	a required field is missing or the form is incomplete
    schema.form-required	ce champ est obligatoire	this field is required
    schema.form-refused	cette valeur n'est pas acceptée	this value is not accepted
    schema.hint.neq	le NEQ est le numéro d'entreprise du Québec à 10 chiffres, p. ex. 1145678901	the NEQ is the 10-digit Québec enterprise number, e.g. 1145678901
    schema.hint.postal-code	un code postal canadien comme G7H 5B1	a Canadian postal code like G7H 5B1
    schema.hint.phone	forme internationale E.164, comme +14185550123	international E.164 form, like +14185550123
    schema.hint.email	une adresse comme nom@entreprise.com	an address like name@company.com
    schema.hint.website	une adresse complète comme https://www.entreprise.com	a full address like https://www.company.com
    schema.hint.taxonomy-id	un code de la taxonomie comme smelting.potroom.pot-tending-machines	a taxonomy id such as smelting.potroom.pot-tending-machines
    schema.hint.hs	une sous-position SH 2022 comme 8426.11	an HS 2022 subheading like 8426.11
    schema.hint.country	un code de pays ISO 3166-1 de deux majuscules, comme AE ou IN	an ISO 3166-1 code of two capital letters, such as AE or IN
    schema.hint.countries	des codes de pays ISO 3166-1 séparés par des espaces, comme AE BH IN	ISO 3166-1 codes separated by spaces, such as AE BH IN
    schema.hint.languages	des codes de langue séparés par des espaces, comme fr en es	language codes separated by spaces, such as fr en es
    schema.hint.year	une année à quatre chiffres	a four-digit year
    schema.hint.date	une date comme 2026-09-14	a date like 2026-09-14
    """, languages: supplierLanguages)
}
