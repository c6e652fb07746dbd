extension MessageTables {
    /// The staff's pages: the review queue, a submission's diff and decision, follow-up, the audit log and accounts;
    /// and the supplier's own submissions page. French and English.
    ///
    /// `staff.field.*` word the fields of ``EntryDiff`` rows by model name (`contacts.email`);
    /// `staff.group.*` the repeated groups an item belongs to. Times on these pages are UTC.
    static let staffTable = TranslationTable("""
    staff.age.minutes	{count} min	{count} min
    staff.age.hours	{count} h	{count} h
    staff.age.days	{count} j	{count} d
    staff.cell-label	{label} :	{label}:
    staff.by	par	by
    staff.on-behalf	(pour le fournisseur, par la grappe)	(on the supplier's behalf, by the cluster)
    staff.kind.new	Nouvelle fiche	New entry
    staff.kind.update	Mise à jour	Update
    staff.queue.title	Soumissions en attente d'examen	Submissions waiting for review
    staff.queue.count	En attente : {count}	Waiting: {count}
    staff.queue.count-filtered	En attente, selon le filtre : {count}	Waiting, as filtered: {count}
    staff.queue.clear	Retirer les filtres	Clear the filters
    staff.queue.empty	Aucune soumission n'attend d'examen.	No submission is waiting for review.
    staff.queue.empty-filtered	Aucune soumission en attente ne correspond à ce filtre.	No waiting submission matches this filter.
    staff.queue.waiting	depuis {age}	waiting {age}
    staff.queue.filter.supplier	Fournisseur	Supplier
    staff.queue.filter.any-supplier	Tous les fournisseurs	All suppliers
    staff.queue.filter.kind	Type	Kind
    staff.queue.filter.any-kind	Nouvelles fiches et mises à jour	New entries and updates
    staff.queue.filter.button	Filtrer	Filter
    staff.queue.column.number	Soumission	Submission
    staff.queue.column.submitted	Soumise le	Submitted
    staff.queue.column.supplier	Fournisseur	Supplier
    staff.queue.column.kind	Type	Kind
    staff.queue.column.author	Auteur	Author
    staff.queue.column.claim	Prise en charge	Claimed by
    staff.claim.none	Personne	No one
    staff.claim.until	jusqu'à	until
    staff.claim.unclaimed	Personne n'a pris en charge cette soumission.	No one has claimed this submission.
    staff.claim.mine	Vous avez pris en charge cette soumission	You have claimed this submission
    staff.claim.other	Prise en charge par	Claimed by
    staff.claim.button	Prendre en charge	Claim it
    staff.claim.renew	Prolonger ma prise en charge	Renew my claim
    staff.submission.number	Soumission n° {id}	Submission {id}
    staff.submission.title	{number}	{number}
    staff.submission.back	Retour à la file d'attente	Back to the queue
    staff.submission.supplier	Fiche	Entry
    staff.submission.kind	Type	Kind
    staff.submission.state	État	State
    staff.submission.author	Auteur	Author
    staff.submission.submitted	Soumise le	Submitted
    staff.submission.revision	Révision	Revision
    staff.submission.file	Fichier	File
    staff.outcome	Décision : {state}	Decision: {state}
    staff.diagnostics.title	Problèmes relevés	Problems found
    staff.diagnostics.none	Aucun problème relevé.	No problem found.
    staff.diff.title	Changements	Changes
    staff.diff.count	Champs modifiés : {count}	Fields changed: {count}
    staff.diff.new-entry	Nouvelle fiche : rien n'est encore publié sous cet identifiant. Tous les champs sont ajoutés.	New entry: nothing is published under this id yet. Every field is added.
    staff.diff.no-change	Aucun changement : la fiche soumise est identique à la fiche publiée.	No change: the submitted entry is the same as the published one.
    staff.diff.unreadable	La fiche soumise n'a pas pu être lue ; voyez les problèmes relevés.	The submitted entry could not be read; see the problems found.
    staff.diff.column.field	Champ	Field
    staff.diff.column.change	Changement	Change
    staff.diff.column.published	Publié	Published
    staff.diff.column.submitted	Soumis	Submitted
    staff.diff.added	ajouté	added
    staff.diff.removed	retiré	removed
    staff.diff.changed	modifié	changed
    staff.history.title	Historique	History
    staff.history.none	Aucun événement.	No event yet.
    staff.history.revision	(révision {revision})	(revision {revision})
    staff.event.saved	Enregistrée	Saved
    staff.event.submitted	Soumise pour examen	Submitted for review
    staff.event.claimed	Prise en charge par un évaluateur	Claimed by a reviewer
    staff.event.approved	Approuvée et publiée	Approved and published
    staff.event.rejected	Refusée	Rejected
    staff.event.withdrawn	Retirée	Withdrawn
    staff.decision.title	Décision	Decision
    staff.decision.approve.title	Approuver et publier	Approve and publish
    staff.decision.approve.comment	Commentaire pour le fournisseur (facultatif)	Comment for the supplier (optional)
    staff.decision.approve.hint	La fiche soumise remplace la fiche publiée dès l'approbation.	The submitted entry replaces the published one as soon as it is approved.
    staff.decision.approve.button	Approuver	Approve
    staff.decision.reject.title	Refuser	Reject
    staff.decision.reject.comment	Motif du refus (obligatoire)	Reason for rejecting (required)
    staff.decision.reject.hint	Le fournisseur lit ce commentaire : dites-lui ce qu'il doit corriger.	The supplier reads this comment: tell them what to correct.
    staff.decision.reject.button	Refuser	Reject
    staff.group.contacts	Contact	Contact
    staff.group.capabilities	Capacité	Capability
    staff.group.equipment	Équipement	Equipment
    staff.group.references	Référence	Reference
    staff.group.certifications	Certification	Certification
    staff.field.id	Identifiant au catalogue	Catalogue id
    staff.field.legalName	Raison sociale	Legal name
    staff.field.operatingName	Nom d'usage	Operating name
    staff.field.neq	NEQ	NEQ
    staff.field.kind	Type d'organisation	Kind of organisation
    staff.field.employees	Nombre d'employés	Employees
    staff.field.founded	Année de fondation	Year founded
    staff.field.address.street	Adresse	Street address
    staff.field.address.city	Ville	City
    staff.field.address.region	Région administrative	Administrative region
    staff.field.address.postalCode	Code postal	Postal code
    staff.field.website	Site Web	Website
    staff.field.email	Courriel	E-mail
    staff.field.phone	Téléphone	Phone
    staff.field.descriptions	Description	Description
    staff.field.internalNotes	Notes internes	Internal notes
    staff.field.lastUpdated	Dernière mise à jour	Last updated
    staff.field.contacts.name	Nom	Name
    staff.field.contacts.title	Titre	Title
    staff.field.contacts.responsibility	Responsabilité	Responsibility
    staff.field.contacts.languages	Langues parlées	Languages spoken
    staff.field.contacts.email	Courriel	E-mail
    staff.field.contacts.phone	Téléphone	Phone
    staff.field.contacts.consent	Consentement à la publication	Consent to publication
    staff.field.capabilities.taxonomyID	Capacité	Capability
    staff.field.capabilities.roles	Rôles	Roles
    staff.field.equipment.capability	Capacité	Capability
    staff.field.equipment.hsCode	Code SH	HS code
    staff.field.equipment.names	Nom	Name
    staff.field.references.client	Client	Client
    staff.field.references.site	Site	Site
    staff.field.references.country	Pays	Country
    staff.field.references.year	Année	Year
    staff.field.references.roles	Rôles	Roles
    staff.field.references.citable	Citable	Citable
    staff.field.references.scope	Portée	Scope
    staff.field.certifications.scheme	Norme	Scheme
    staff.field.certifications.number	Numéro	Number
    staff.field.certifications.issuer	Organisme	Issuer
    staff.field.certifications.validFrom	Valide depuis	Valid from
    staff.field.certifications.validUntil	Valide jusqu'au	Valid until
    staff.field.exportExperience	Expérience d'exportation	Export experience
    staff.field.targetMarkets	Marché visé	Target market
    staff.field.memberships	Adhésion	Membership
    staff.field.industries	Industrie desservie	Industry served
    staff.follow-up.title	Suivi des fiches	Entry follow-up
    staff.follow-up.stale.title	Fiches non confirmées depuis 12 mois	Entries not confirmed for 12 months
    staff.follow-up.stale.intro	Demandez au fournisseur de confirmer ou de mettre à jour sa fiche, ou faites-le pour lui.	Ask the supplier to confirm or update its entry, or do it on its behalf.
    staff.follow-up.stale.none	Toutes les fiches ont été confirmées au cours des 12 derniers mois.	Every entry was confirmed in the last 12 months.
    staff.follow-up.expiring.title	Certificats qui expirent bientôt	Certificates about to expire
    staff.follow-up.expiring.none	Aucun certificat n'expire bientôt.	No certificate is about to expire.
    staff.follow-up.column.supplier	Fournisseur	Supplier
    staff.follow-up.column.last-updated	Dernière confirmation	Last confirmed
    staff.follow-up.column.certificate	Certificat	Certificate
    staff.follow-up.column.valid-until	Valide jusqu'au	Valid until
    staff.follow-up.column.days-left	Reste	Left
    staff.follow-up.column.action	Action	Action
    staff.follow-up.number	n°	no.
    staff.follow-up.days	{count} j	{count} d
    staff.follow-up.ends-today	se termine aujourd'hui	ends today
    staff.follow-up.edit	Modifier pour le fournisseur	Edit on the supplier's behalf
    staff.audit.title	Journal d'audit	Audit log
    staff.audit.none	Le journal est vide.	The log is empty.
    staff.audit.column.when	Quand (UTC)	When (UTC)
    staff.audit.column.who	Qui	Who
    staff.audit.column.action	Action	Action
    staff.audit.column.target	Objet	Target
    staff.audit.column.address	Depuis	From
    staff.audit.column.details	Détails	Details
    staff.accounts.title	Comptes	Accounts
    staff.accounts.column.email	Courriel	E-mail
    staff.accounts.column.role	Rôle	Role
    staff.accounts.column.supplier	Fournisseur	Supplier
    staff.accounts.column.created	Créé le	Created
    staff.accounts.column.status	État	Status
    staff.accounts.column.action	Action	Action
    staff.accounts.active	actif	active
    staff.accounts.disabled	désactivé le	disabled on
    staff.accounts.disable	Désactiver	Disable
    staff.invite.title	Inviter une personne	Invite someone
    staff.invite.role	Rôle	Role
    staff.invite.supplier	Fiche du fournisseur	Supplier's entry
    staff.invite.supplier-hint	Pour un compte fournisseur seulement : la fiche sur laquelle la personne travaillera.	For a supplier account only: the entry the person will work on.
    staff.invite.no-supplier	— aucune (personnel de la grappe) —	— none (cluster staff) —
    staff.invite.language	Langue des courriels	Language of e-mails
    staff.invite.button	Envoyer l'invitation	Send the invitation
    staff.status.title	Mes soumissions	My submissions
    staff.status.entry-link	Modifier ma fiche	Edit my entry
    staff.status.none	Vous n'avez encore rien soumis.	You have not submitted anything yet.
    staff.status.created	Créée le	Created
    staff.status.decided	Décision le	Decided
    staff.status.comment	Commentaire de l'évaluateur	The reviewer's comment
    staff.status.withdraw	Retirer cette soumission	Withdraw this submission
    staff.follow-up.never	jamais confirmée	never confirmed
    """, languages: supplierLanguages)
}
