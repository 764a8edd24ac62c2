# Les pages Sécurité et Jetons d’accès personnels, et la demande du second facteur, en français.

## La demande du second facteur

second-factor-password = Confirmez avec votre mot de passe actuel
second-factor-email = Saisissez le code que l’espace de travail vous a envoyé par e-mail
second-factor-totp = Saisissez le code de votre application d’authentification (ou un code de secours)
second-factor-backup = Saisissez l’un de vos codes de secours à 8 caractères. Chacun ne sert qu’une fois.
second-factor-prompt = { $action } : { $prompt }
second-factor-resent = Un nouveau code arrive par e-mail. Les codes précédents ne fonctionnent plus.
second-factor-emailed = Nous avons envoyé un code à 6 chiffres à l’adresse de { $account }.
second-factor-emailed-account = Nous avons envoyé un code à 6 chiffres à l’adresse de votre compte.
second-factor-email-received = Saisissez le code de l’e-mail déjà reçu.
second-factor-expires = Il expire à { $time }.
second-factor-use-app = Utiliser l’application d’authentification
second-factor-use-backup = Utiliser un code de secours
second-factor-resend = Renvoyer le code
second-factor-checking = Vérification…
second-factor-confirm = Confirmer

## Sécurité

security-title = Sécurité
security-loading = Chargement…
security-two-factor = Authentification à deux facteurs
security-two-factor-off = Cet espace de travail a désactivé l’authentification à deux facteurs.
security-totp = Application d’authentification
security-totp-on = Activée. { $left ->
        [one] { $left } code de secours sur 12 restant.
       *[other] { $left } codes de secours sur 12 restants.
    }
security-totp-code = Code de l’application (ou code de secours)
security-totp-regenerate = Nouveaux codes de secours
security-turn-off = Désactiver
security-turn-on = Activer
security-totp-qr = Code QR pour ajouter ce compte à une application d’authentification
security-totp-scan = Scannez le code avec votre application d’authentification, ou saisissez-y cette clé ({ $account }) :
security-totp-enter = Puis saisissez le code à 6 chiffres qu’elle affiche
security-totp-verify = Vérifier et activer
security-totp-off = Désactivée. Les connexions demanderont un code d’une application comme Google Authenticator, 2FAS ou KeePassXC.
security-totp-turn-on = Activer l’application d’authentification
security-backup-title = Vos codes de secours, affichés cette seule fois.
security-backup-help = Chacun sert une fois, à la place d’un code de l’application, si vous perdez votre téléphone. Gardez-les en lieu sûr.
security-copied = Copié
security-copy-all = Tout copier
security-save-file = Enregistrer dans un fichier
security-kept = Je les ai gardés
security-saved-to = Enregistré dans { $path }
security-email = Codes par e-mail
security-email-on = Activés : les connexions sans l’application reçoivent un code à { $email }.
security-email-unverified = L’espace de travail n’envoie de codes qu’à une adresse vérifiée, et { $email } n’est pas encore vérifiée. Utilisez « Renvoyer l’e-mail de vérification » sur la page Profil, ouvrez le lien de cet e-mail, puis revenez ici.
security-email-unverified-unknown = L’espace de travail n’envoie de codes qu’à une adresse vérifiée, et votre e-mail n’est pas encore vérifié. Utilisez « Renvoyer l’e-mail de vérification » sur la page Profil, ouvrez le lien de cet e-mail, puis revenez ici.
security-email-off = Désactivés. Les activer déconnecte vos autres appareils.
security-email-turn-on = Activer les codes par e-mail
security-email-turn-off = Désactiver les codes par e-mail
security-devices = Appareils
security-device = Appareil
security-system = Système
security-address = Adresse
security-signed-in = Connecté le
security-this-device = (cet appareil)
security-sign-out = Déconnecter
security-devices-unavailable = Cet espace de travail ne liste pas les appareils (fonction Premium). Vous pouvez quand même vous déconnecter partout ailleurs.
security-sign-out-others = Déconnecter toutes les autres sessions
security-others-done = Toutes les autres sessions sont déconnectées ; celle-ci reste.
security-e2e = Chiffrement de bout en bout
security-e2e-help = Le mot de passe de chiffrement ouvre vos salons chiffrés sur de nouveaux appareils. Le changer ici rechiffre votre clé sur cet ordinateur ; le serveur ne voit aucun des deux mots de passe.
security-e2e-current = Mot de passe de chiffrement actuel
security-e2e-new = Nouveau mot de passe de chiffrement
security-e2e-confirm = Confirmer le nouveau mot de passe de chiffrement
security-e2e-differ = Les deux nouveaux mots de passe de chiffrement diffèrent. Saisissez deux fois le même.
security-e2e-change = Changer le mot de passe de chiffrement
security-e2e-changed = Mot de passe de chiffrement changé.
security-e2e-no-keys = Pas encore de clé de chiffrement : le premier client qui ouvre un salon chiffré en crée une.
security-reset-title = Réinitialiser la clé de chiffrement
security-reset-help = Supprime votre clé : vous perdez l’accès aux messages chiffrés jusqu’au retour en ligne des membres de ces salons. Cela vous déconnecte partout, ici compris.
security-reset-confirm = Réinitialiser la clé et se déconnecter de tous les appareils, celui-ci compris ?
security-reset-go = Réinitialiser et se déconnecter
security-reset-open = Réinitialiser la clé…

## Jetons d’accès personnels

tokens-title = Jetons d’accès personnels
tokens-not-allowed = Cet espace de travail ne permet pas à votre compte d’avoir des jetons d’accès personnels (la permission « create-personal-access-tokens »).
tokens-help = Un jeton permet à un script ou un outil d’agir en votre nom via l’API REST de l’espace de travail. Tether affiche un nouveau jeton une fois et ne le garde jamais.
tokens-copy-now = Copiez le jeton « { $name } » maintenant : il ne sera plus affiché.
tokens-token = Jeton
tokens-user-id = Votre identifiant
tokens-copy = Copier le jeton
tokens-done = Terminé
tokens-name = Nom
tokens-name-example = Par exemple : script de déploiement
tokens-require-2fa = Exiger l’authentification à deux facteurs quand le jeton est utilisé
tokens-add = Ajouter un jeton
tokens-create = Créer « { $name } »
tokens-delete-action = Supprimer « { $name } »
tokens-regenerate-action = Régénérer « { $name } »
tokens-ask-delete = Supprimer le jeton « { $name } » ?
tokens-ask-regenerate = Régénérer le jeton « { $name } » ?
tokens-delete-warning = Les scripts et intégrations qui l’utilisent cessent aussitôt de fonctionner. C’est irréversible.
tokens-regenerate-warning = Le jeton actuel cesse aussitôt de fonctionner : les scripts et intégrations qui l’utilisent ont besoin du nouveau.
tokens-signs-out = Tether lui-même est connecté à { $workspace } avec ce jeton : cela déconnecte Tether ici.
tokens-delete = Supprimer le jeton
tokens-regenerate = Régénérer le jeton
tokens-delete-sign-out = Supprimer le jeton et se déconnecter
tokens-regenerate-sign-out = Régénérer le jeton et se déconnecter
tokens-empty = Aucun jeton pour l’instant.
tokens-created = Créé le
tokens-ends-with = Se termine par
tokens-two-factor = Deux facteurs
tokens-used-by-tether = (Tether se connecte avec)
tokens-ignored = Ignorée
tokens-required = Exigée
tokens-regenerate-short = Régénérer
tokens-delete-short = Supprimer
