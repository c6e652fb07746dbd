extension MessageTables {
    /// Why a submission is refused (``SubmissionRefusal`` in AluIntake), and what
    /// `alucat submit` says of its outcome. Supplier-facing: French and English.
    static let submissionTable = TranslationTable("""
    submission.invalid	la fiche contient {errors} erreur(s) ; corrigez-les puis soumettez-la de nouveau	the entry has {errors} error(s); correct them and submit it again
    submission.unsafe-id	l'identifiant « {id} » ne peut pas servir de nom de fichier (lettres minuscules, chiffres et traits d'union seulement)	the id '{id}' cannot be a file name (lower-case letters, digits and hyphens only)
    submission.id-taken	l'identifiant « {id} » est déjà pris par une autre fiche ; choisissez-en un autre	the id '{id}' is already taken by another entry; choose another one
    submission.stored-unreadable	la fiche actuelle « {id} » est illisible ; le personnel de la grappe doit d'abord la corriger	the current entry '{id}' cannot be read; the cluster staff must fix it first
    submission.neq-differs	le NEQ {submitted} n'est pas celui de la fiche « {id} » ({stored}) : vérifiez ce numéro ; si votre numéro d'entreprise a changé, écrivez au personnel de la grappe	NEQ {submitted} is not the NEQ of the entry '{id}' ({stored}): check the number; if the enterprise number changed, write to the cluster staff
    submission.neq-taken	le NEQ {neq} appartient déjà à la fiche « {owner} » ; soumettez sous cet identifiant	NEQ {neq} already belongs to the entry '{owner}'; submit under that id
    submission.nothing-changed	rien n'a été modifié	nothing was changed
    submission.stored	fiche enregistrée : {path}	stored {path}
    submission.stored-with-history	fiche enregistrée : {path} (version précédente conservée : {previous})	stored {path} (previous version kept as {previous})
    submission.unchanged	aucun changement : {path} contient déjà cette fiche	unchanged: {path} already holds this entry
    """, languages: supplierLanguages)
}
