extension MessageTables {
    /// The portal's signed-in frame and account pages (sign-in, second factor, invitation, reset, sign-out): French and English.
    static let webTable = TranslationTable("""
    web.signed-out	Votre session a pris fin ou vous n'êtes pas connecté : connectez-vous, puis recommencez.	Your session has ended or you are not signed in: sign in, then try again.
    web.forbidden	Cette page n'est pas accessible avec votre compte.	This page is not available to your account.
    web.foreign-origin	Ce formulaire ne vient pas de ce site : il a été refusé. Ouvrez la page du portail et recommencez.	This form did not come from this site: it was refused. Open the portal's page and try again.
    web.not-a-form	Cette adresse n'accepte que les formulaires du portail.	This address accepts only the portal's forms.
    web.form-too-large	Le formulaire envoyé dépasse {kilobytes} Ko : il n'a pas été lu.	The form sent is larger than {kilobytes} KB: it was not read.
    web.form-unreadable	Le formulaire envoyé est illisible (encodage invalide ou trop de champs).	The form sent cannot be read (invalid encoding or too many fields).
    web.form-expired	Ce formulaire a expiré ou ne vient pas de ce site. Rechargez la page, puis recommencez.	This form has expired or did not come from this site. Reload the page, then try again.
    web.sign-out	Se déconnecter	Sign out
    web.sign-out-everywhere	Se déconnecter sur tous les appareils	Sign out on every device
    web.sign-in.title	Connexion	Sign in
    web.sign-in.button	Se connecter	Sign in
    web.email	Courriel	E-mail address
    web.password	Mot de passe	Password
    web.forgot	Mot de passe oublié ?	Forgot your password?
    web.code.title	Code de vérification	Verification code
    web.code.enrol	Le personnel de la grappe se connecte avec un deuxième facteur. Ajoutez cette clé à votre application d'authentification (Google Authenticator, FreeOTP, Aegis…), puis entrez le code à six chiffres qu'elle affiche.	Cluster staff sign in with a second factor. Add this key to your authenticator app (Google Authenticator, FreeOTP, Aegis…), then enter the six-digit code it shows.
    web.code.uri	Ou l'adresse complète, pour une application qui l'accepte :	Or the whole address, for an app that takes it:
    web.code.label	Code à six chiffres	Six-digit code
    web.code.hint	Le code change toutes les 30 secondes.	The code changes every 30 seconds.
    web.code.button	Vérifier	Verify
    web.code.refused	Ce code n'est pas le bon ou a déjà servi : entrez le code affiché maintenant.	This code is wrong or was already used: enter the code shown now.
    web.invitation.title	Créer votre compte	Create your account
    web.invitation.intro	Vous avez été invité à tenir à jour une fiche du catalogue. Choisissez votre mot de passe.	You were invited to keep an entry of the catalogue up to date. Choose your password.
    web.invitation.button	Créer le compte	Create the account
    web.invitation.done	Votre compte est créé : connectez-vous.	Your account is created: sign in.
    web.reset.title	Réinitialiser le mot de passe	Reset your password
    web.reset.intro	Entrez le courriel de votre compte : nous y enverrons un lien valable 30 minutes.	Enter your account's e-mail address: we will send a link there, valid for 30 minutes.
    web.reset.button	Envoyer le lien	Send the link
    web.reset.sent	Si un compte existe pour ce courriel, un lien de réinitialisation vient d'y être envoyé.	If an account exists for this address, a reset link has just been sent to it.
    web.reset-confirm.title	Nouveau mot de passe	New password
    web.reset-confirm.button	Enregistrer le mot de passe	Save the password
    web.reset-confirm.done	Votre mot de passe est changé et vos autres sessions sont fermées : connectez-vous.	Your password is changed and your other sessions are closed: sign in.
    web.new-password	Nouveau mot de passe	New password
    web.repeat-password	Répétez le mot de passe	Repeat the password
    web.password-hint	Au moins 8 caractères ; une phrase facile à retenir convient très bien.	At least 8 characters; a phrase easy to remember is fine.
    web.passwords-differ	Les deux mots de passe ne sont pas identiques.	The two passwords are not the same.
    web.home.title	Votre espace	Your space
    web.home.signed-in-as	Connecté en tant que	Signed in as
    web.role.supplier	fournisseur	supplier
    web.role.reviewer	évaluateur	reviewer
    web.role.admin	administrateur	admin
    web.home.entry	Modifier votre fiche	Edit your entry
    web.home.submissions	Vos soumissions et leur état	Your submissions and their status
    web.home.queue	Soumissions en attente	Pending submissions
    web.home.follow-up	Suivi : fiches à confirmer, certificats à échéance	Follow-up: entries to confirm, certificates expiring
    web.home.accounts	Comptes	Accounts
    web.home.audit	Journal d'audit	Audit log
    web.refused.title	Demande refusée	Request refused
    web.create-admin	Premier administrateur {email} : ouvrez ce lien à usage unique pour créer le compte : {link}	First admin {email}: open this one-time link to create the account: {link}
    web.entry.status	Soumission n° {id} : {state}	Submission {id}: {state}
    web.entry.saved	Brouillon enregistré. Il reste invisible aux acheteurs tant qu'il n'est pas soumis et approuvé.	Draft saved. Buyers do not see it until it is submitted and approved.
    web.entry.not-submitted	Brouillon enregistré, mais pas soumis : corrigez d'abord les erreurs signalées à côté des champs.	Draft saved but not submitted: first fix the errors shown beside the fields.
    web.entry.unreadable	Ce formulaire n'a pas pu être lu ; rouvrez la page de la fiche et recommencez.	This form could not be read; open the entry page again and start over.
    web.upload.missing	Aucun fichier reçu : choisissez le formulaire ODS rempli ou un fichier XML de fiche.	No file received: choose the filled ODS form or an XML entry file.
    web.accounts.not-sent	L'invitation de {email} est créée, mais le courriel n'a pas pu partir (voir le journal du serveur) : transmettez vous-même ce lien à usage unique : {link}	The invitation for {email} is made, but the mail could not be sent (see the server's log): hand over this one-time link yourself: {link}
    web.accounts.invited	Invitation envoyée à {email}.	Invitation sent to {email}.
    web.apply.link	Votre entreprise n'a pas encore de fiche ? Demandez-en une	Your company has no entry yet? Apply for one
    web.apply.title	Demander une fiche au répertoire	Apply for a directory entry
    web.apply.intro	Indiquez le nom légal de votre entreprise et votre adresse courriel. Vous recevrez un lien pour choisir votre mot de passe, puis vous remplirez votre fiche. Elle restera invisible aux acheteurs jusqu'à son approbation par le personnel de la grappe.	Give your company's legal name and your e-mail address. You will receive a link to choose your password, then you will fill in your entry. Buyers will not see it until the cluster staff approve it.
    web.apply.name	Nom légal de l'entreprise	Company's legal name
    web.apply.button	Recevoir le lien	Send me the link
    web.apply.sent	Merci. Si cette adresse peut recevoir un lien, il vient d'y être envoyé ; il reste valable 7 jours. Si vous avez déjà un compte, connectez-vous ou demandez un nouveau mot de passe.	Thank you. If this address can receive a link, one has just been sent to it; it stays valid for 7 days. If you already have an account, sign in or ask for a new password.
    web.totp.title	Deuxième facteur (code à usage unique)	Second factor (one-time code)
    web.totp.on	Le deuxième facteur est activé : à chaque connexion, un code de votre application d'authentification vous sera demandé.	The second factor is on: each sign-in asks for a code from your authenticator app.
    web.totp.off	Le deuxième facteur n'est pas activé. Il protège votre fiche même si votre mot de passe est découvert.	The second factor is off. It protects your entry even if your password is found out.
    web.totp.staff-required	Il est obligatoire pour le personnel de la grappe et ne peut pas être désactivé.	It is required for the cluster staff and cannot be turned off.
    web.totp.enrol	Ajoutez cette clé à votre application d'authentification (Google Authenticator, FreeOTP, Aegis…), puis entrez le code à six chiffres qu'elle affiche.	Add this key to your authenticator app (Google Authenticator, FreeOTP, Aegis…), then enter the six-digit code it shows.
    web.totp.start-button	Ajouter une application d'authentification	Add an authenticator app
    web.totp.enable-button	Activer	Turn on
    web.totp.disable-button	Désactiver	Turn off
    web.totp.enabled	Deuxième facteur activé.	Second factor turned on.
    web.totp.disabled	Deuxième facteur désactivé.	Second factor turned off.
    web.totp.other-sessions	Si quelqu'un d'autre a pu se connecter à votre compte, fermez vos autres sessions :	If someone else may have signed in to your account, end your other sessions:
    web.password-change.title	Changer votre mot de passe	Change your password
    web.password-change.current	Mot de passe actuel	Current password
    web.password-change.button	Changer le mot de passe	Change the password
    web.password-change.done	Votre mot de passe est changé ; vos autres sessions sont fermées.	Your password is changed; your other sessions are closed.
    web.reauth.refused	Ce n'est pas votre mot de passe actuel.	That is not your current password.
    web.reauth.hint	Votre mot de passe actuel, pour confirmer que c'est bien vous.	Your current password, to confirm it is you.
    web.sessions.title	Vos sessions ouvertes	Your open sessions
    web.sessions.intro	Chaque appareil ou navigateur connecté à votre compte. Si vous n'en reconnaissez pas un, fermez-le, puis changez votre mot de passe.	Each device or browser signed in to your account. If you do not recognise one, end it, then change your password.
    web.sessions.current	Cet appareil-ci	This device
    web.sessions.other	Un autre appareil	Another device
    web.sessions.details	ouverte le {created}, dernière activité le {seen}, depuis l'adresse {address}	opened {created}, last active {seen}, from address {address}
    web.sessions.awaiting	le code du deuxième facteur n'a pas encore été donné	the second-factor code has not been given yet
    web.sessions.choose	Session à fermer	Session to end
    web.sessions.all-others	Toutes les autres sessions	All the other sessions
    web.sessions.button	Fermer la session choisie	End the chosen session
    web.sessions.none	Aucune autre session n'est ouverte.	No other session is open.
    web.sessions.ended	Sessions fermées : {count}.	Sessions ended: {count}.
    web.sessions.choice-missing	Choisissez la session à fermer.	Choose the session to end.
    web.internal	Erreur interne : réessayez dans un moment ; si elle revient, écrivez au personnel de la grappe.	Internal error: try again in a moment; if it comes back, write to the cluster staff.
    """, languages: supplierLanguages)
}
