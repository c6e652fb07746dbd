/// The supplier form's own words (`form.*`): what the template writes besides the
/// vocabulary, and what reading a form back says about it, in French and English.
extension MessageTables {
    static let formTable = TranslationTable("""
    form.country-unknown	« {value} » n'est pas un pays de la liste : choisissez-le dans la liste déroulante (p. ex. « Nouvelle-Zélande (NZ) ») ou écrivez son code de deux lettres	'{value}' is not a country of the list: choose it from the drop-down list (e.g. 'New Zealand (NZ)') or type its two-letter code
    form.control-characters	le texte de cette cellule contient des caractères de contrôle invisibles ({characters}), souvent laissés par un copier-coller depuis un autre logiciel : retapez les apostrophes, guillemets et lettres accentuées de ce texte	this cell's text holds invisible control characters ({characters}), often left by a copy and paste from another program: retype the apostrophes, quotes and accented letters of this text
    form.not-a-form	{file} : ce classeur n'est pas une fiche fournisseur AluCat (il n'a pas de feuille Identité) ; partez de la fiche que la grappe vous a envoyée (alucat template)	{file}: this workbook is not an AluCat supplier form (it has no Identity sheet); start from the form the cluster sent you (alucat template)
    form.not-ods	{file} : ce fichier n'est pas un classeur OpenDocument mais {format} ; ouvrez-le dans votre tableur, enregistrez-le au format OpenDocument (.ods) et envoyez ce fichier .ods	{file}: this file is not an OpenDocument spreadsheet but {format}; open it in your spreadsheet program, save it as an OpenDocument spreadsheet (.ods) and send that .ods file
    form.format.xlsx	un classeur Excel (.xlsx)	an Excel workbook (.xlsx)
    form.format.xls	un ancien classeur Excel (.xls)	a legacy Excel workbook (.xls)
    form.format.csv	un fichier texte (CSV)	a text file (CSV)
    form.format.pdf	un document PDF	a PDF document
    form.help.capability-label	Calculé à partir du code choisi ; non relu.	Worked out from the chosen code; not read back.
    form.help.languages	Langues séparées par des espaces ou des virgules : codes ou noms, p. ex. « fr en es » ou « français, anglais ».	Languages separated by spaces or commas: codes or names, e.g. "fr en es" or "French, English".
    form.help.country	Choisir un pays dans la liste ; le code (CA) ou le nom (Canada) est aussi accepté.	Choose a country from the list; the code (CA) or the name (Canada) is accepted too.
    form.help.language	Choisir une langue dans la liste ; le code (fr) ou le nom (français) est aussi accepté.	Choose a language from the list; the code (fr) or the name (French) is accepted too.
    """, languages: supplierLanguages)
}
