# La page Préférences, en français. Les noms des préférences suivent le catalogue de core.

prefs-title = Préférences
prefs-offline = { $workspace } est injoignable. Vos modifications restent sur cet ordinateur et sont envoyées dès son retour.
prefs-conflicts = { $count ->
        [one] Une préférence a aussi été modifiée ailleurs : choisissez la valeur à garder.
       *[other] { $count } préférences ont aussi été modifiées ailleurs : choisissez les valeurs à garder.
    }
prefs-refused = { $count ->
        [one] Une modification a été refusée par le serveur : voir ci-dessous.
       *[other] { $count } modifications ont été refusées par le serveur : voir ci-dessous.
    }
prefs-pending = { $count ->
        [one] Une modification attend d’être envoyée.
       *[other] { $count } modifications attendent d’être envoyées.
    }
prefs-all-saved = Toutes les modifications sont enregistrées sur le serveur.
prefs-not-read = Pas encore lu sur le serveur : valeurs par défaut de l’espace de travail.
prefs-loading = Chargement de vos préférences…
prefs-not-set = Non défini
prefs-play = Écouter
prefs-play-sound = Écouter { $sound }
prefs-words-placeholder = mot, autre expression
prefs-waiting = En attente d’envoi
prefs-workspace-default = Valeur de l’espace de travail
prefs-changed-by-you = Modifié par vous
prefs-reset = Rétablir la valeur par défaut ({ $value })
prefs-conflict = Modifié sur un autre appareil en { $theirs } pendant que vous choisissiez { $mine } ici. Lequel garder ?
prefs-take-theirs = Prendre l’autre
prefs-keep-mine = Garder le mien
prefs-refused-value = Le serveur a refusé « { $value } » : { $reason }
prefs-drop = Abandonner cette modification
prefs-test-title = Tester les notifications de bureau
prefs-test-help = Affiche maintenant une notification sur cet ordinateur, pour savoir que les nouveaux messages seront vus.
prefs-test-showing = Affichage…
prefs-test-send = Envoyer une notification de test
prefs-test-shown = Une notification de test a été affichée. Vous ne la voyez pas ? Vérifiez les réglages de notification de votre bureau.

## Une valeur en mots

value-not-set = non défini
value-on = Activé
value-off = Désactivé
value-no-words = aucun mot
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] heure
           *[other] heures
        }
        [seconds] { $value ->
            [one] seconde
           *[other] secondes
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] heures
        [seconds] secondes
       *[other] { $unit }
    }

## Mes données

data-title = Mes données
data-help = Vos données sont préparées dans une file d’attente ; un lien vers le fichier vous est envoyé par e-mail. Une demande de chaque type par 24 heures.
data-requesting = Demande…
data-download = Télécharger mes données (HTML)
data-export = Exporter mes données (JSON)
data-requested = { $full ->
        [yes] Demandé : votre export complet est en préparation ({ $status }).
       *[no] Demandé : vos données sont en préparation ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] Une demande la précède.
       *[other] { $ahead } demandes la précèdent.
    } Vous recevrez un e-mail avec le lien.
data-already = Vous avez déjà demandé le { $asked } (état : { $status }). Vous pourrez redemander après le { $next }.
data-ready = C’est prêt : voyez le lien dans votre e-mail.
data-unknown-time = une date inconnue

## Les groupes, dans l’ordre de Rocket.Chat

group-localization = Langue et région
group-user_presence = Présence
group-notifications = Notifications
group-messages = Messages
group-highlights = Mots surlignés
group-sound = Son
group-appearance = Apparence
group-sidebar = Barre latérale
group-omnichannel = Omnicanal

## Les préférences

pref-language-workspace = La langue de l’espace de travail
pref-language = Langue
pref-language-help = La langue de l’interface de Rocket.Chat.
pref-clockMode = Horloge
pref-clockMode-help = Comment les heures sont affichées.
pref-clockMode-0 = Celle de la langue
pref-clockMode-1 = 12 heures
pref-clockMode-2 = 24 heures
pref-utcOffset = Décalage horaire
pref-utcOffset-help = Votre décalage par rapport à UTC en heures, pour les heures des e-mails.
pref-enableAutoAway = Absence automatique
pref-enableAutoAway-help = Votre statut passe à absent après le temps d’inactivité ci-dessous.
pref-idleTimeLimit = Délai d’inactivité
pref-idleTimeLimit-help = Secondes sans activité avant d’apparaître absent (au moins 60).
pref-desktopNotificationRequireInteraction = Exiger une action pour fermer les notifications de bureau
pref-desktopNotificationRequireInteraction-help = Les notifications restent jusqu’à ce que vous agissiez.
pref-desktopNotifications = Afficher des notifications de bureau pour
pref-desktopNotifications-help = Les messages qui affichent une notification de bureau.
pref-desktopNotifications-all = Tous les messages
pref-desktopNotifications-mentions = Mentions
pref-desktopNotifications-nothing = Rien
pref-pushNotifications = Envoyer des notifications push pour
pref-pushNotifications-help = Les messages qui envoient une notification push à votre téléphone.
pref-pushNotifications-all = Tous les messages
pref-pushNotifications-mentions = Mentions
pref-pushNotifications-nothing = Rien
pref-emailNotificationMode = Notifications par e-mail hors ligne
pref-emailNotificationMode-help = Les messages qui vous sont envoyés par e-mail quand vous êtes hors ligne (votre adresse doit être vérifiée).
pref-emailNotificationMode-mentions = Chaque mention ou message direct
pref-emailNotificationMode-nothing = Désactivé
pref-receiveLoginDetectionEmail = Recevoir les e-mails de détection de connexion
pref-receiveLoginDetectionEmail-help = Un e-mail à chaque connexion à votre compte (espaces Premium).
pref-notifyCalendarEvents = Notifier les événements du calendrier
pref-notifyCalendarEvents-help = Des notifications pour les événements de votre calendrier.
pref-enableMobileRinging = Sonnerie sur mobile
pref-enableMobileRinging-help = Les appels sonnent sur votre téléphone.
pref-desktopNotificationVoiceCalls = Notifications d’appels vocaux
pref-desktopNotificationVoiceCalls-help = Des notifications de bureau pour les appels vocaux entrants.
pref-unreadAlert = Alerte de non-lus dans la zone de notification
pref-unreadAlert-help = L’icône de la zone de notification se signale quand vous avez des messages non lus.
pref-showThreadsInMainChannel = Toujours afficher les réponses des fils dans le canal
pref-showThreadsInMainChannel-help = Les réponses des fils apparaissent aussi dans le salon, quel que soit le choix de l’expéditeur.
pref-alsoSendThreadToChannel = Envoyer aussi les messages des fils au canal
pref-alsoSendThreadToChannel-help = L’état de départ de la case « Envoyer aussi au canal » quand vous répondez dans un fil.
pref-alsoSendThreadToChannel-default = Cochée pour la première réponse, décochée ensuite
pref-alsoSendThreadToChannel-always = Cochée par défaut
pref-alsoSendThreadToChannel-never = Décochée par défaut
pref-useEmojis = Utiliser les émojis
pref-useEmojis-help = Afficher le sélecteur d’émojis et les émojis.
pref-convertAsciiEmoji = Convertir l’ASCII en émoji
pref-convertAsciiEmoji-help = Taper :) affiche 🙂.
pref-autoImageLoad = Charger les images automatiquement
pref-autoImageLoad-help = Les images se chargent sans clic.
pref-saveMobileBandwidth = Économiser les données mobiles
pref-saveMobileBandwidth-help = Moins de données sur les connexions mobiles.
pref-collapseMediaByDefault = Replier les médias intégrés par défaut
pref-collapseMediaByDefault-help = Les images et vidéos des messages commencent repliées.
pref-hideFlexTab = Fermer la barre contextuelle en cliquant à côté
pref-hideFlexTab-help = Le panneau latéral du salon se ferme quand vous cliquez ailleurs.
pref-displayAvatars = Afficher les avatars
pref-displayAvatars-help = Montrer les photos des personnes à côté de leurs messages.
pref-hideUsernames = Masquer les noms d’utilisateur
pref-hideUsernames-help = Afficher seulement les noms, pas les @noms d’utilisateur, dans les messages.
pref-hideRoles = Masquer les rôles
pref-hideRoles-help = Ne pas afficher les étiquettes de rôle à côté des noms.
pref-mentionsWithSymbol = Afficher les mentions avec le symbole @
pref-mentionsWithSymbol-help = Les mentions gardent leur @ à l’affichage.
pref-sendOnEnter = Comportement de la touche Entrée
pref-sendOnEnter-help = Ce que fait la touche Entrée dans la zone de message.
pref-sendOnEnter-normal = Mode normal (envoyer avec Entrée)
pref-sendOnEnter-alternative = Mode alternatif (envoyer avec Entrée + Ctrl/Alt/Maj/Cmd)
pref-sendOnEnter-desktop = Mode bureau (envoyer avec Entrée seulement sur un ordinateur)
pref-highlights = Mots surlignés
pref-highlights-help = Mots ou expressions, séparés par des virgules, qui vous notifient quand quelqu’un les écrit.
pref-newRoomNotification = Notification de nouveau salon
pref-newRoomNotification-help = Le son quand vous êtes ajouté à un salon.
pref-newMessageNotification = Notification de nouveau message
pref-newMessageNotification-help = Le son de chaque nouveau message.
pref-muteFocusedConversations = Couper le son des conversations ouvertes
pref-muteFocusedConversations-help = Pas de son pour le salon que vous regardez.
pref-masterVolume = Volume général
pref-masterVolume-help = Le volume de tous les sons.
pref-notificationsSoundVolume = Volume des notifications
pref-notificationsSoundVolume-help = Le volume des sons de notification, dans la limite du volume général.
pref-voipRingerVolume = Volume de la sonnerie d’appel
pref-voipRingerVolume-help = Le volume de la sonnerie des appels entrants.
pref-themeAppearence = Thème
pref-themeAppearence-help = Couleurs claires, sombres ou à contraste élevé.
pref-themeAppearence-auto = Comme le système
pref-themeAppearence-light = Clair
pref-themeAppearence-dark = Sombre
pref-themeAppearence-high-contrast = Contraste élevé
pref-fontSize = Taille du texte
pref-fontSize-help = La taille du texte dans le client web.
pref-fontSize-14px = Petite
pref-fontSize-100pct = Par défaut
pref-fontSize-18px = Moyenne
pref-fontSize-20px = Grande
pref-fontSize-24px = Très grande
pref-sidebarShowFavorites = Regrouper les favoris
pref-sidebarShowFavorites-help = Les salons favoris ont leur propre section.
pref-sidebarShowUnread = Regrouper les salons non lus
pref-sidebarShowUnread-help = Les salons avec des messages non lus ont leur propre section.
pref-sidebarGroupByType = Regrouper par type
pref-sidebarGroupByType-help = Canaux, équipes et messages directs dans des sections séparées.
pref-sidebarSortby = Trier les salons par
pref-sidebarSortby-help = L’ordre de la liste des salons.
pref-sidebarSortby-activity = Activité
pref-sidebarSortby-alphabetical = Nom
pref-sidebarViewMode = Affichage de la liste des salons
pref-sidebarViewMode-help = Ce que chaque salon de la liste montre.
pref-sidebarViewMode-extended = Étendu
pref-sidebarViewMode-medium = Moyen
pref-sidebarViewMode-condensed = Condensé
pref-sidebarDisplayAvatar = Afficher les avatars dans la liste des salons
pref-sidebarDisplayAvatar-help = Des images à côté des noms des salons.
pref-omnichannelTranscriptEmail = Toujours envoyer la transcription par e-mail
pref-omnichannelTranscriptEmail-help = La transcription de chaque conversation fermée vous est envoyée par e-mail.
pref-omnichannelTranscriptPDF = Toujours exporter la transcription en PDF
pref-omnichannelTranscriptPDF-help = La transcription de chaque conversation fermée est enregistrée en PDF (Premium).
pref-omnichannelHideConversationAfterClosing = Masquer les conversations après fermeture
pref-omnichannelHideConversationAfterClosing-help = Une conversation fermée quitte votre liste.

## Les sons intégrés de Rocket.Chat

sound-chime = Carillon
sound-door = Porte
sound-beep = Bip
sound-chelle = Chelle
sound-ding = Ding
sound-droplet = Goutte
sound-highbell = Clochette
sound-seasons = Saisons
sound-telephone = Téléphone
sound-outbound-call-ringing = Appel sortant qui sonne
sound-call-ended = Appel terminé
sound-dialtone = Tonalité
sound-ringtone = Sonnerie
sound-none = Aucun son
