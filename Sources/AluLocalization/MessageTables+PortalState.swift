extension MessageTables {
    /// The portal's accounts, sessions, passwords and links (module `AluPortalState`): what
    /// a supplier or staff member reads when signing in, accepting an invitation or
    /// resetting a password, and the errors staff meet when the state cannot be opened.
    /// Supplier-facing: French and English.
    static let accountTable = TranslationTable("""
    account.database-from-future	la base d'état du portail {path} a été mise à niveau par une version plus récente d'AluCat (migrations inconnues : {migrations}) ; elle n'est pas ouverte, pour ne rien abîmer : démarrez la version plus récente	the portal state database {path} was upgraded by a newer AluCat (unknown migrations: {migrations}); it is not opened, so that nothing is damaged: start the newer version
    account.database	base d'état du portail {path} : {reason}	portal state database {path}: {reason}
    account.io	{path} : {reason}	{path}: {reason}
    account.password-too-short	le mot de passe doit compter au moins {minimum} caractères	the password must have at least {minimum} characters
    account.password-too-long	le mot de passe doit compter au plus {maximum} caractères	the password must have at most {maximum} characters
    account.password-control	le mot de passe ne peut pas contenir de caractère de contrôle (saut de ligne, tabulation, caractère nul)	the password cannot contain a control character (line break, tab, null character)
    account.email-invalid	« {email} » n'est pas une adresse courriel valide	'{email}' is not a valid e-mail address
    account.email-taken	un compte existe déjà pour {email}	an account already exists for {email}
    account.legal-name-required	indiquez le nom légal de l'entreprise (200 caractères au plus, sur une ligne)	give the company's legal name (200 characters at most, on one line)
    account.supplier-id-invalid	« {id} » n'est pas un identifiant de fiche : des lettres minuscules sans accent, des chiffres et des tirets, comme electro-saguenay	'{id}' is not an entry id: lowercase letters without accents, digits and hyphens, like electro-saguenay
    account.password-common	ce mot de passe est parmi les plus courants, les premiers qu'un attaquant essaie : choisissez-en un autre, par exemple une phrase de quelques mots	this password is among the most common, the first an attacker tries: choose another, for example a phrase of a few words
    account.supplier-id-required	un compte fournisseur est rattaché à une fiche : indiquez l'identifiant du fournisseur	a supplier account belongs to an entry: give the supplier id
    account.staff-without-supplier	un compte du personnel (évaluateur, administrateur) n'est rattaché à aucune fiche	a staff account (reviewer, admin) belongs to no entry
    account.invitation-invalid	ce lien d'invitation n'est pas valide : il a expiré, il a déjà servi ou il est incomplet ; demandez-en un nouveau au personnel de la grappe	this invitation link is not valid: it has expired, has already been used or is incomplete; ask the cluster staff for a new one
    account.reset-invalid	ce lien de réinitialisation n'est pas valide : il a expiré, il a déjà servi ou il est incomplet ; demandez-en un nouveau	this reset link is not valid: it has expired, has already been used or is incomplete; ask for a new one
    account.sign-in-refused	courriel ou mot de passe incorrect	wrong e-mail address or password
    account.throttled	trop de tentatives de connexion ; réessayez dans {seconds} secondes	too many sign-in attempts; try again in {seconds} seconds
    account.forbidden	vous n'avez pas le droit de faire ceci ({action})	you are not allowed to do this ({action})
    account.unknown	aucun compte n° {id}	no account number {id}
    """, languages: supplierLanguages)

    /// Submissions and their review in the portal (module `AluPortalState`): the states a
    /// supplier sees, and why an action on a submission is refused. Supplier-facing:
    /// French and English.
    static let reviewTable = TranslationTable("""
    review.state.draft	brouillon	draft
    review.state.pending	en attente d'examen	pending review
    review.state.approved	approuvée	approved
    review.state.rejected	refusée	rejected
    review.state.withdrawn	retirée	withdrawn
    review.not-found	aucune soumission n° {id}	no submission number {id}
    review.wrong-state	la soumission n° {id} est à l'état « {state} » : cette action n'est plus possible	submission {id} is {state}: this action is no longer possible
    review.entry-id-mismatch	la fiche porte l'identifiant « {submitted} », mais cette soumission est celle de la fiche « {expected} »	the entry's id is '{submitted}', but this submission is for the entry '{expected}'
    review.entry-invalid	la fiche contient {errors} erreur(s) ; corrigez-les puis soumettez-la de nouveau	the entry has {errors} error(s); correct them and submit it again
    review.claimed	la soumission n° {id} est prise en charge par {reviewer} jusqu'à {until} (UTC)	submission {id} is claimed by {reviewer} until {until} (UTC)
    review.stale	la soumission n° {id} a changé depuis que vous l'avez ouverte (révision {opened}, maintenant {current}) ; rouvrez-la avant de décider	submission {id} changed since you opened it (revision {opened}, now {current}); open it again before deciding
    review.in-progress	une décision sur la soumission n° {id} est déjà en cours	a decision on submission {id} is already under way
    review.comment-required	un refus se motive : écrivez au fournisseur ce qu'il doit corriger	a rejection needs a reason: tell the supplier what to correct
    review.comment-too-long	le commentaire dépasse {maximum} caractères	the comment is longer than {maximum} characters
    review.entry-too-large	la fiche dépasse {maximum} octets	the entry is larger than {maximum} bytes
    """, languages: supplierLanguages)

    /// The portal's e-mails (module `AluPortalState`): one key per subject and per
    /// paragraph, since a table cell holds no line break. Supplier-facing: French and English.
    static let mailTable = TranslationTable("""
    mail.header-injection	l'en-tête {field} contient un saut de ligne ou un caractère de contrôle : le message n'est pas construit	the {field} header contains a line break or a control character: the message is not built
    mail.address-invalid	« {address} » n'est pas une adresse courriel utilisable dans un message	'{address}' is not an e-mail address a message can carry
    mail.sendmail-timed-out	la commande d'envoi {command} n'a pas terminé en {seconds} s : elle a été arrêtée, le message n'est pas parti	the mail command {command} did not finish within {seconds} s: it was stopped, the message did not leave
    mail.sendmail-failed	la commande d'envoi {command} a échoué (état {status}) : {output}	the mail command {command} failed (status {status}): {output}
    mail.signature	— L'équipe du catalogue des fournisseurs de l'aluminium du Québec	— The Québec aluminium supplier catalogue team
    mail.invitation.subject	Invitation : votre fiche au catalogue des fournisseurs de l'aluminium	Invitation: your entry in the aluminium supplier catalogue
    mail.invitation.intro	Bonjour, vous êtes invité à gérer la fiche « {supplier} » du catalogue des fournisseurs de l'aluminium du Québec.	Hello, you are invited to manage the entry '{supplier}' of the Québec aluminium supplier catalogue.
    mail.invitation.action	Pour créer votre compte et choisir votre mot de passe, ouvrez ce lien (valable {days} jours, une seule fois) :	To create your account and choose your password, open this link (valid for {days} days, once):
    mail.invitation.ignore	Si vous n'attendiez pas cette invitation, ignorez ce message.	If you did not expect this invitation, ignore this message.
    mail.reset.subject	Réinitialisation de votre mot de passe	Resetting your password
    mail.reset.intro	Une réinitialisation du mot de passe de votre compte a été demandée.	A reset of your account's password was requested.
    mail.reset.action	Pour choisir un nouveau mot de passe, ouvrez ce lien (valable {minutes} minutes, une seule fois) ; vos sessions ouvertes seront fermées :	To choose a new password, open this link (valid for {minutes} minutes, once); your open sessions will be closed:
    mail.reset.ignore	Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.	If you asked for nothing, ignore this message: your password does not change.
    mail.received.subject	Soumission n° {id} reçue : fiche « {supplier} »	Submission {id} received: entry '{supplier}'
    mail.received.body	Votre soumission n° {id} pour la fiche « {supplier} » est en attente d'examen par le personnel de la grappe. La fiche publiée reste visible telle quelle d'ici la décision.	Your submission {id} for the entry '{supplier}' is waiting for review by the cluster staff. The published entry stays as it is until the decision.
    mail.approved.subject	Soumission n° {id} approuvée : fiche « {supplier} »	Submission {id} approved: entry '{supplier}'
    mail.approved.body	Votre soumission n° {id} pour la fiche « {supplier} » a été approuvée et publiée.	Your submission {id} for the entry '{supplier}' was approved and published.
    mail.rejected.subject	Soumission n° {id} refusée : fiche « {supplier} »	Submission {id} rejected: entry '{supplier}'
    mail.rejected.body	Votre soumission n° {id} pour la fiche « {supplier} » a été refusée. Le commentaire de l'évaluateur :	Your submission {id} for the entry '{supplier}' was rejected. The reviewer's comment:
    mail.rejected.after	Corrigez la fiche puis soumettez-la de nouveau.	Correct the entry, then submit it again.
    """, languages: supplierLanguages)
}
