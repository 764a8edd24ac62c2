# La fenêtre de Tether, en français.

## Le cadre de la fenêtre

shell-add-workspace-back = ← Ajouter un espace de travail
shell-about-link = À propos de Tether
nav-account = Compte
nav-profile = Profil
nav-preferences = Préférences
nav-security = Sécurité
nav-tokens = Jetons d’accès personnels
nav-notifications = Notifications
nav-access-token = Jeton d’accès
nav-administration = Administration
nav-users = Utilisateurs
nav-tether = Tether
nav-about = À propos

## Le mode « ne pas déranger » de Tether

quiet-title = Notifications
quiet-on = Activées
quiet-muted-until = En sourdine jusqu’à { $time }
quiet-turn-on = Réactiver
quiet-mute-hour = Sourdine pendant 1 heure
quiet-mute-tomorrow = Sourdine jusqu’à demain

## Le sélecteur d’espace de travail

switcher-none = Aucun espace de travail
switcher-not-signed-in = Non connecté
switcher-chatwoot = Chatwoot
switcher-add = Ajouter un espace de travail
switcher-sign-out = Se déconnecter de { $workspace }
switcher-remove = Retirer { $workspace }…
switcher-unread =
    { $mentions ->
        [one] { $mentions } mention
       *[other] { $mentions } mentions
    }, { $unread ->
        [one] { $unread } non lu
       *[other] { $unread } non lus
    }
switcher-unread-dot = Messages non lus
switcher-stale = { $counts } (dernier état connu ; reconnexion)

## La connexion d’un espace de travail

connection-online = En ligne
connection-connecting = Connexion…
connection-offline = Hors ligne
connection-certificate-untrusted = Certificat non approuvé
connection-signed-out = Déconnecté
connection-not-signed-in = Non connecté

## À propos

about-title = À propos de Tether
about-summary = Gérez vos comptes de messagerie depuis une petite application de bureau rapide.
about-licence = Logiciel libre sous licence MIT ou Apache 2.0, au choix.
about-shortcuts = Raccourcis clavier
about-help = Aide et rapports de bogue
about-open-logs = Ouvrir le dossier des journaux
about-copy-diagnostics = Copier le diagnostic
about-diagnostics-copied = Copié. Il ne cite que des versions et des services du bureau : aucune adresse, aucun nom d’utilisateur, aucun jeton.

## Raccourcis clavier (les touches ne se traduisent pas)

shortcut-workspace = Afficher le premier au neuvième espace de travail
shortcut-preferences = Ouvrir les préférences (Chatwoot : les réglages de notification)
shortcut-close = Fermer la fenêtre (Tether reste dans la zone de notification s’il y en a une)
shortcut-escape = Fermer une boîte de dialogue ou un menu ; le focus revient où il était
shortcut-tab = Passer d’une commande à l’autre

## Ajouter un espace de travail

add-title = Ajouter un espace de travail
add-hint = Saisissez l’adresse de votre espace de travail Rocket.Chat ou Chatwoot, comme dans votre navigateur.
add-address = Adresse de l’espace de travail
add-certificate-changed = Le certificat a changé
add-certificate-untrusted = Certificat non approuvé
add-fingerprint = Empreinte SHA-256 de { $host }
add-trust = Approuver ce certificat
add-connecting = Connexion…
add-connect = Se connecter

## Se connecter

signin-title = Se connecter à { $workspace }
signin-two-factor = Authentification à deux facteurs
signin-back = Retour
signin-method = Méthode de connexion
signin-email = E-mail
signin-username-or-email = Nom d’utilisateur ou e-mail
signin-password = Mot de passe
signin-token = Jeton d’accès
signin-chatwoot-token-hint = Pour les comptes à authentification unique : copiez le jeton d’accès depuis Chatwoot (Paramètres du profil › Jeton d’accès) et collez-le ici.
signin-rocketchat-token-hint = Pour les comptes à authentification unique, ou les espaces sans connexion par mot de passe : créez un jeton d’accès personnel dans le client web (Compte › Jetons d’accès personnels) et collez-le ici avec l’identifiant d’utilisateur affiché à côté.
signin-user-id = Identifiant d’utilisateur
signin-personal-token = Jeton d’accès personnel
signin-busy = Connexion…
signin-submit = Se connecter

## Mots que plusieurs pages partagent

common-cancel = Annuler
common-saving = Enregistrement…
common-saved = Enregistré.
common-try-again = Réessayer
common-trying = Nouvel essai…
common-none = —
status-online = En ligne
status-away = Absent
status-busy = Occupé
status-offline = Hors ligne

## Mises à jour (À propos)

update-title = Mises à jour
update-installed = Tether a été mis à jour en { $version }.
update-not-applied = La mise à jour en { $version } n’a pas pris : Tether est toujours en { $running }. Elle ne sera plus proposée automatiquement ; « Rechercher des mises à jour » la montre encore.
update-skipped = ignorée
update-failed-before = L’installation de cette version n’a pas pris auparavant.
update-not-installable = Cette copie de Tether n’a pas été installée depuis un paquet Tether : elle ne se remplace donc pas elle-même.
update-get-from = Obtenez Tether { $version } sur { $page }.
update-get-elsewhere = Obtenez-la là où vous avez eu cette copie, ou dans les paquets de votre distribution.
update-progress = Progression du téléchargement
update-password-note = Votre système peut demander un mot de passe administrateur pour l’installer.
update-install = Installer et redémarrer
update-download = Télécharger
update-skip = Ignorer cette version
update-check = Rechercher des mises à jour
update-settings = Réglages
update-automatic = Rechercher les mises à jour automatiquement (au démarrage et toutes les quelques heures)
update-channel = Canal de publication
update-stable = Versions stables
update-beta = Aussi les bêtas (plus tôt, moins testées)
update-deb = Installé depuis le paquet .deb de Tether
update-rpm = Installé depuis le paquet .rpm de Tether
update-appimage = AppImage ({ $path })
update-windows = Installé avec l’installateur Windows de Tether
update-mac = Tether.app
update-not-managed = Pas installé depuis un paquet Tether ({ $path })
update-not-checked = Pas encore vérifié.
update-checking = Recherche de mises à jour…
update-passed-over = Aucune mise à jour proposée (vérifié le { $checked }) : { $version } a été ignorée ou ne s’est pas installée auparavant. « Rechercher des mises à jour » la montre.
update-up-to-date = Tether { $version } est à jour (vérifié le { $checked }).
update-available = Tether { $version } est disponible.
update-downloading = Téléchargement…
update-downloading-percent = Téléchargement… { $percent }
update-ready = Tether { $version } est téléchargé et vérifié.
update-installing = Installation de Tether { $version }…

## Retirer un espace de travail

remove-title = Retirer { $workspace } ?
remove-signed-in = Tether déconnecte @{ $username } de { $address }, supprime la session enregistrée de votre trousseau et tout ce qu’il garde pour cet espace de travail sur cet ordinateur, y compris les modifications pas encore envoyées. Votre compte sur le serveur ne change pas.
remove-signed-out = Tether supprime la session enregistrée de votre trousseau et tout ce qu’il garde pour cet espace de travail sur cet ordinateur, y compris les modifications pas encore envoyées. Votre compte sur le serveur ne change pas.
remove-busy = Retrait…
remove-confirm = Retirer
