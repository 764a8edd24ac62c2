# Administration › Utilisateurs, en français.

admin-title = Utilisateurs
admin-seats-title = Places utilisées / places de la licence
admin-seats-meter = Places utilisées
admin-seats = { $active }/{ $max } places · { $available } libres
admin-seats-unlimited = Places illimitées ({ $active } utilisées)
admin-invite = Inviter
admin-new-user = Nouvel utilisateur
admin-seats-exceeded = Toutes les places de la licence sont prises : nouveaux utilisateurs, invitations et activations sont bloqués jusqu’à ce que des places se libèrent ou que d’autres soient achetées.
admin-cached = { $workspace } est injoignable : cette liste a été lue { $when }. Les actions demandent le serveur.
admin-tabs = Utilisateurs par état
admin-tab-all = Tous
admin-tab-pending = En attente
admin-tab-active = Actifs
admin-tab-deactivated = Désactivés
admin-search = Rechercher des utilisateurs
admin-search-label = Rechercher par nom, nom d’utilisateur ou e-mail
admin-all-roles = Tous les rôles
admin-roles-chosen = Rôles ({ $count })
admin-total = { $count ->
        [one] { $count } utilisateur
       *[other] { $count } utilisateurs
    }
admin-now-active = { $name } est actif.
admin-welcome-sent = L’e-mail de bienvenue a été envoyé à { $email }.
admin-never = Jamais

## Le tableau

admin-table = Utilisateurs
admin-column-name = Nom
admin-column-username = Nom d’utilisateur
admin-column-email = E-mail
admin-column-pending = Action en attente
admin-column-registration = État de l’inscription
admin-column-roles = Rôles
admin-loading = Chargement…
admin-resend-welcome = Renvoyer l’e-mail de bienvenue
admin-seats-taken = Toutes les places sont prises
admin-activate = Activer
admin-first-login = Première connexion de l’utilisateur
admin-activation = Activation
registration-deactivated = Désactivé
registration-federated = Fédéré
registration-pending = En attente
registration-active = Actif

## Infos utilisateur

admin-info-title = Infos utilisateur
admin-info-close = Fermer les infos utilisateur
admin-close = Fermer
admin-roles = Rôles
admin-email = E-mail
admin-email-not-verified = { $email } (non vérifié)
admin-local-time = Heure locale
admin-unknown = Inconnue
admin-last-login = Dernière connexion
admin-created = Créé le
admin-status-text = Message de statut
admin-nickname = Surnom
admin-bio = Bio
admin-dm = Message direct
admin-edit = Modifier
admin-actions-offline = Les actions demandent le serveur, injoignable pour l’instant.

## Actions sur un utilisateur

admin-more = Plus d’actions
admin-remove-admin = Retirer l’admin
admin-make-admin = Rendre admin
admin-reset-e2e = Réinitialiser la clé E2E
admin-reset-totp = Réinitialiser le TOTP
admin-deactivate = Désactiver
admin-delete = Supprimer
admin-erasure-delete = Tous ses messages sont supprimés aussi.
admin-erasure-unlink = Ses messages restent, attribués à un utilisateur supprimé.
admin-erasure-keep = Ses messages restent, sous son nom.
admin-ask-remove-admin = Retirer les droits d’admin de { $name } ?
admin-ask-remove-admin-text = L’accès à l’administration de l’espace de travail cesse aussitôt.
admin-ask-make-admin = Rendre { $name } admin ?
admin-ask-make-admin-text = Les admins ont un accès complet aux réglages et à l’administration de l’espace de travail.
admin-ask-reset-totp = Réinitialiser l’authentification à deux facteurs (TOTP) de { $name } ?
admin-ask-reset-totp-text = Une application d’authentification cesse de fonctionner pour ce compte, et la personne est déconnectée partout. Elle peut la reconfigurer depuis son profil.
admin-ask-reset-e2e = Réinitialiser la clé de chiffrement de bout en bout de { $name } ?
admin-ask-reset-e2e-text = La personne est déconnectée partout. Une nouvelle clé est créée à sa prochaine connexion ; ses salons chiffrés se rouvrent dès qu’un autre membre est en ligne.
admin-reset-key = Réinitialiser la clé
admin-ask-deactivate = Désactiver { $name } ?
admin-ask-deactivate-text = La personne est déconnectée partout et ne peut plus se connecter avant d’être réactivée. Son compte, ses salons et ses messages sont conservés.
admin-ask-activate = Activer { $name } ?
admin-ask-activate-text = La personne peut se reconnecter aussitôt.
admin-ask-delete = Supprimer { $name } ?
admin-ask-delete-text = Le compte est supprimé et la personne déconnectée. { $erasure } C’est irréversible.
admin-no-longer-admin = { $name } n’est plus admin.
admin-now-admin = { $name } est maintenant admin.
admin-totp-reset = L’authentification à deux facteurs de { $name } a été réinitialisée ; la personne a été déconnectée.
admin-e2e-reset = La clé de chiffrement de { $name } a été réinitialisée ; la personne a été déconnectée.
admin-deactivated = { $name } est désactivé et a été déconnecté.
admin-deleted = { $name } a été supprimé.
admin-last-owner = { $name } est le dernier propriétaire de certains salons.
admin-rooms-change-owner = Ces salons auront un autre membre comme propriétaire :
admin-rooms-removed = Ces salons n’ont pas d’autre membre et sont supprimés :
admin-delete-anyway = Supprimer quand même
admin-deactivate-anyway = Désactiver quand même

## Ajouter et modifier un utilisateur

admin-save-user = Enregistrer l’utilisateur
admin-add-user = Ajouter l’utilisateur
admin-saved = { $name } a été enregistré.
admin-created-user = { $name } a été créé.
admin-picture-saved = La nouvelle image est enregistrée.
admin-picture-url-saved = L’image de cette adresse est enregistrée.
admin-picture-reset = L’avatar affiche de nouveau les initiales.
admin-edit-title = Modifier { $name }
admin-picture = Photo de profil
admin-upload = Envoyer une image
admin-avatar-url = Utiliser une adresse comme avatar
admin-use-url = Utiliser l’adresse
admin-reset-initials = Revenir aux initiales
admin-mark-verified = Marquer l’e-mail comme vérifié
admin-name = Nom
admin-username = Nom d’utilisateur
admin-password = Mot de passe
admin-keep-password = Garder le mot de passe actuel
admin-random-password = Générer et envoyer par e-mail
admin-random-password-no-smtp = Générer et envoyer par e-mail (demande les réglages e-mail de l’espace de travail)
admin-manual-password = Définir soi-même
admin-confirm-password = Confirmer le mot de passe
admin-passwords-differ = Les mots de passe ne correspondent pas.
admin-give-password = Vous transmettez vous-même ce mot de passe à l’utilisateur.
admin-require-change = Exiger un changement de mot de passe
admin-send-welcome = Envoyer l’e-mail de bienvenue
admin-send-welcome-no-smtp = Envoyer l’e-mail de bienvenue (demande les réglages e-mail de l’espace de travail)

## Inviter des utilisateurs

admin-invite-title = Inviter des utilisateurs
admin-invite-no-smtp = Les invitations partent par e-mail, et l’e-mail (SMTP) de cet espace de travail n’est pas configuré. Un admin peut le configurer dans Espace de travail › Paramètres › E-mail.
admin-invite-emails = Adresses e-mail
admin-invite-help = Séparez les adresses par des virgules, des points-virgules ou des espaces.
admin-invite-sent = Invitation envoyée à { $emails }.
admin-invite-send = Envoyer
