# La page Profil, en français.

profile-title = Profil
profile-loading = Chargement de votre profil…
profile-shown-as-saved = Votre profil tel qu’enregistré le { $date }.
profile-offline = Hors ligne — { $workspace } est injoignable.
profile-trust = Faire confiance à ce certificat
profile-connecting = Connexion…
profile-nickname = Surnom
profile-bio = Bio
profile-email = E-mail
profile-roles = Rôles
profile-verified = Vérifiée
profile-not-verified = Non vérifiée
profile-up-to-date = À jour avec le serveur.
profile-saved-on = Enregistré le { $date }.

## Modifications faites hors ligne, en attente du serveur

pending-waiting = En attente d’envoi : { $fields }.
pending-refused = Votre modification hors ligne de « { $field } » en « { $value } » n’a pas été acceptée. { $reason }
pending-conflict = « { $field } » a été changé sur le serveur en « { $server } » pendant que vous le changiez ici en « { $value } ». Lequel garder ?
pending-keep-server = Garder celui du serveur
pending-keep-mine = Garder le mien
pending-try-mine = Renvoyer le mien

## Les noms des champs

field-name = Nom
field-username = Nom d’utilisateur
field-nickname = Surnom
field-bio = Bio
field-status = Statut
field-status-text = Message de statut
field-email = E-mail

## Modifier le profil

profile-locked = L’espace de travail ne permet pas de modifier ceci.
profile-old-server = Le Rocket.Chat de cet espace de travail est antérieur à 6.4 : modifiez ceci dans son client web.
profile-sso = Votre compte se connecte via un fournisseur d’identité (authentification unique ou LDAP) : modifiez ceci là-bas.
profile-username-available = { $username } est disponible.
profile-username-taken = { $username } est déjà pris. Choisissez-en un autre.
profile-username-invalid = { $username } ne peut pas être un nom d’utilisateur ici.
profile-presence = Les autres vous voient { $presence ->
        [online] en ligne
        [away] absent
        [busy] occupé
       *[offline] hors ligne
    } en ce moment.
profile-presence-no-app = Les autres vous voient hors ligne en ce moment (aucune de vos applications n’est connectée).
profile-not-verified-yet = Pas encore vérifiée.
profile-verification-sent = Nous avons envoyé un nouvel e-mail de vérification à { $address }.
profile-sending = Envoi…
profile-resend-verification = Renvoyer l’e-mail de vérification
profile-custom-fields = Plus sur vous
profile-custom-required = { $field } (obligatoire)
profile-custom-needs-server = Les champs personnalisés demandent le serveur : reconnectez-vous pour les modifier.
profile-new-password = Nouveau mot de passe
profile-confirm-password = Confirmer le nouveau mot de passe
profile-password-rules = Règles du mot de passe
profile-rule-met = (respectée)
profile-rule-not-met = (pas encore respectée)
profile-passwords-differ = Les deux mots de passe diffèrent.
profile-passwords-differ-error = Les deux nouveaux mots de passe diffèrent. Saisissez deux fois le même.
profile-needs-server = Le nom d’utilisateur, l’e-mail et le mot de passe se modifient avec le serveur : reconnectez-vous.
profile-queued = Enregistré sur cet ordinateur. Tether l’envoie dès que l’espace de travail est de nouveau joignable, même après un redémarrage.
profile-save = Enregistrer les modifications
profile-save-label = Enregistrer votre profil

## Ce que le serveur n’a pas pris d’un enregistrement

not-kept-field = { $field ->
        [name] nom
        [username] nom d’utilisateur
        [nickname] surnom
        [bio] bio
        [status] statut
        [status_text] message de statut
       *[email] adresse e-mail
    }
# $kept est not-kept-empty ou not-kept-as.
not-kept-empty = vide
not-kept-as = à « { $value } »
not-kept-cleared = Le serveur a gardé votre { $field } { $kept } : cet espace de travail ne vide pas ce champ ({ $field }). Pour le changer, saisissez-en un nouveau.
not-kept-other = Le serveur a gardé votre { $field } { $kept } au lieu de « { $wanted } ».

## Règles du mot de passe

rule-min-length = { $count ->
        [one] Au moins { $count } caractère
       *[other] Au moins { $count } caractères
    }
rule-max-length = { $count ->
        [one] Au plus { $count } caractère
       *[other] Au plus { $count } caractères
    }
rule-no-repeating = { $count ->
        [one] Aucun caractère deux fois de suite
       *[other] Aucun caractère plus de { $count } fois de suite
    }
rule-lowercase = Une minuscule (a–z)
rule-uppercase = Une majuscule (A–Z)
rule-number = Un chiffre (0–9)
rule-special = Un symbole, comme ! ? # ou -

## Autres sessions

sessions-title = Autres sessions
sessions-done = Tous les autres emplacements sont déconnectés. Cet appareil reste connecté.
sessions-confirm = Déconnecter tous les autres navigateurs, applications et appareils connectés en tant que @{ $username } ? Cet appareil reste connecté.
sessions-busy = Déconnexion…
sessions-sign-out = Les déconnecter
sessions-open = Se déconnecter des autres emplacements

## L’avatar

avatar-label = Avatar
avatar-uploading = Envoi…
avatar-upload = Envoyer une image
avatar-from-web = Utiliser une image du web
avatar-reset-done = Votre avatar affiche de nouveau vos initiales.
avatar-resetting = Réinitialisation…
avatar-reset = Utiliser mes initiales
avatar-saved = Votre nouvel avatar est enregistré.
avatar-address = Adresse de l’image (PNG, JPEG ou WebP)
avatar-use = Utiliser cette image
avatar-locked = L’espace de travail ne permet pas de changer d’avatar.
avatar-needs-server = Changer d’avatar demande le serveur : reconnectez-vous.
avatar-limit = PNG, JPEG, GIF ou WebP, jusqu’à { $size }.
avatar-wrong-type = Choisissez une image PNG, JPEG, GIF ou WebP.
avatar-too-big = Cette image fait { $size } ; l’espace de travail accepte au plus { $limit }. Choisissez-en une plus petite.

## Supprimer le compte

delete-title = Supprimer mon compte
delete-summary = Supprime définitivement votre compte @{ $username } sur { $workspace }. C’est irréversible.
delete-needs-server = Supprimer votre compte demande le serveur : reconnectez-vous d’abord.
delete-password = Votre mot de passe
delete-type-username = Saisissez votre nom d’utilisateur, { $username }, pour confirmer
delete-only-owner = Vous êtes le seul propriétaire de certains salons.
delete-rooms-removed = Ces salons seront supprimés, car personne d’autre n’y est :
delete-rooms-new-owner = Ces salons auront un autre membre comme nouveau propriétaire :
delete-busy = Suppression…
delete-agree = Accepter et supprimer mon compte
