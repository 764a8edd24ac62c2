# Les pages d’un espace de travail Chatwoot, en français.

agent-stale = Affichage de ce que Tether a lu en dernier : { $error }
agent-loading = Chargement…

## Paramètres du profil

agent-profile-title = Paramètres du profil
agent-availability = Disponibilité
agent-account = Compte
agent-account-option = { $account } ({ $role })
agent-online = En ligne
agent-busy = Occupé
agent-offline = Hors ligne
agent-auto-offline = Passer hors ligne automatiquement quand je ne suis connecté nulle part
agent-profile = Profil
agent-full-name = Votre nom complet
agent-display-name = Nom affiché
agent-display-name-help = Le nom que voient les clients et les autres agents ; votre nom complet s’il est vide.
agent-email = Votre adresse e-mail
agent-profile-saved = Votre profil a été mis à jour
agent-email-unconfirmed = Chatwoot a envoyé un lien de confirmation à { $wanted }. Votre adresse e-mail reste { $kept } tant que vous ne l’avez pas suivi.
agent-offline-profile = Hors ligne : votre nom et votre nom affiché restent sur cet ordinateur et sont envoyés au retour du serveur ; une nouvelle adresse e-mail demande le serveur.
agent-updating = Mise à jour…
agent-update-profile = Mettre à jour le profil
agent-password = Mot de passe
agent-current-password = Mot de passe actuel
agent-new-password = Nouveau mot de passe
agent-password-rules = Règles du mot de passe
agent-rule-met = (respectée)
agent-rule-not-met = (pas encore respectée)
agent-confirm-password = Confirmer le nouveau mot de passe
agent-passwords-differ = Les deux mots de passe diffèrent.
agent-password-changed = Votre mot de passe a été changé.
agent-password-needs-server = Changer le mot de passe demande le serveur : reconnectez-vous d’abord.
agent-changing = Changement…
agent-change-password = Changer le mot de passe
agent-rule-length = De 6 à 128 caractères
agent-rule-uppercase = Au moins 1 majuscule (A–Z)
agent-rule-lowercase = Au moins 1 minuscule (a–z)
agent-rule-digit = Au moins 1 chiffre (0–9)
agent-rule-special = Au moins 1 caractère spécial (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## L’image de profil

agent-image = Image de profil
agent-image-too-big = Cette image fait { $size } ; Chatwoot accepte les images de profil jusqu’à { $limit }.
agent-image-saved = Votre image de profil est enregistrée.
agent-image-removed = Votre image de profil est supprimée.
agent-saving = Enregistrement…
agent-upload = Envoyer une image
agent-remove = Supprimer
agent-image-needs-server = L’image de profil demande le serveur : reconnectez-vous pour la changer.

## Modifications en attente du serveur

agent-pending-conflict = « { $field } » a été changé sur le serveur en { $server } pendant que vous le changiez en { $mine }.
agent-pending-refused = « { $field } » n’a pas été accepté : { $reason }
agent-pending-waiting = { $field } : enregistré sur cet ordinateur, envoyé quand le serveur sera joignable.
agent-keep-mine = Garder le mien
agent-use-server = Prendre celui du serveur
agent-discard = Abandonner ma modification
agent-field-name = Nom complet
agent-field-display-name = Nom affiché
agent-field-audio = Notifications sonores
agent-field-flags = Notifications par e-mail et push
agent-field-availability = Disponibilité
agent-field-auto-offline = Passer hors ligne automatiquement
agent-value-empty = (vide)
agent-value-text = « { $value } »
agent-value-on = activé
agent-value-off = désactivé
agent-value-other = d’autres réglages

## Notifications

agent-notifications-title = Notifications
agent-notifications-offline = Hors ligne : vos modifications restent sur cet ordinateur et sont envoyées au retour du serveur.
agent-audio = Notifications sonores
agent-audio-for = Jouer un son pour
agent-audio-none = Rien
agent-audio-assigned = Les conversations qui me sont assignées
agent-audio-all = Toutes les conversations
agent-audio-custom = Choisi dans Chatwoot : { $scopes }.
agent-audio-mine = mes conversations assignées
agent-audio-unassigned = les nouvelles conversations à traiter
agent-audio-others = les conversations assignées à d’autres
agent-tone = Tonalité d’alerte
agent-tone-ding = Ding
agent-tone-bell = Cloche
agent-tone-chime = Carillon
agent-tone-magic = Magie
agent-tone-ping = Ping
agent-volume = Volume
agent-play = Écouter
agent-only-inactive = Jouer seulement quand la fenêtre de Tether n’est pas active
agent-repeat = Alerter toutes les 30 s tant que mes conversations assignées ont des messages non lus
agent-email-notifications = Notifications par e-mail
agent-push-notifications = Notifications push
agent-flag-event = { $event ->
        [conversation_creation] une nouvelle conversation est créée
        [conversation_assignment] une conversation m’est assignée
        [conversation_mention] vous êtes mentionné dans une conversation
        [assigned_conversation_new_message] un nouveau message arrive dans une conversation assignée
        [participating_conversation_new_message] un nouveau message arrive dans une conversation à laquelle vous participez
        [sla_missed_first_response] une conversation manque son SLA de première réponse
        [sla_missed_next_response] une conversation manque son SLA de réponse suivante
        [sla_missed_resolution] une conversation manque son SLA de résolution
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] Envoyer des notifications push quand { $when }
       *[email] Envoyer des notifications par e-mail quand { $when }
    }

## Sécurité

agent-security-title = Sécurité
agent-two-factor = Authentification à deux facteurs
agent-two-factor-needs-session = Tether s’est connecté à cet espace de travail avec votre jeton d’accès. Chatwoot ne permet de changer la connexion à deux facteurs que depuis une session ouverte avec e-mail et mot de passe : déconnectez-vous et reconnectez-vous ainsi pour la changer.
agent-two-factor-on-codes = La connexion à deux facteurs est activée.
agent-backup-help = Gardez ces codes de secours en lieu sûr : chacun vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
agent-copied = Copié
agent-copy-codes = Copier les codes
agent-done = Terminé
agent-scan = Scannez ce code avec votre application d’authentification, ou saisissez la clé, puis saisissez le code à 6 chiffres qu’elle affiche.
agent-qr = Clé d’authentification pour { $account }
agent-code = Code de l’application
agent-turn-on = Activer
agent-turn-off = Désactiver
agent-two-factor-on = Activée : la connexion demande un code de votre application d’authentification.
agent-two-factor-off = Désactivée. Avec la connexion à deux facteurs, la connexion demande aussi un code d’une application d’authentification.
agent-devices = Appareils connectés
agent-unknown-device = Appareil inconnu
agent-this-tether = (ce Tether)
agent-last-active = actif le { $when }
agent-sign-out = Déconnecter
agent-security-none = Ce serveur Chatwoot n’offre ni connexion à deux facteurs ni liste des appareils connectés.

## Jeton d’accès

agent-token-title = Jeton d’accès
agent-token-help = Ce jeton permet de créer des intégrations avec l’API de Chatwoot. Gardez-le secret : il agit en votre nom.
agent-hide = Masquer
agent-show = Afficher
agent-copy = Copier
agent-reset-title = Réinitialiser le jeton d’accès ?
agent-reset-text = Le jeton actuel cesse aussitôt de fonctionner : les intégrations et scripts qui l’utilisent s’arrêtent jusqu’à ce que vous leur donniez le nouveau.
agent-reset-text-tether = Le jeton actuel cesse aussitôt de fonctionner : les intégrations et scripts qui l’utilisent s’arrêtent jusqu’à ce que vous leur donniez le nouveau. Tether s’est connecté avec et passe de lui-même au nouveau.
agent-reset-token = Réinitialiser le jeton
agent-resetting = Réinitialisation…
agent-reset-done = Un nouveau jeton a été créé. L’ancien ne fonctionne plus.
agent-token-needs-server = Le jeton d’accès demande le serveur : reconnectez-vous pour le voir, le copier ou le réinitialiser.
