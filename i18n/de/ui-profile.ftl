# Die Profilseite auf Deutsch.

profile-title = Profil
profile-loading = Profil wird geladen…
profile-shown-as-saved = Angezeigt wird das Profil vom { $date }.
profile-offline = Offline — { $workspace } ist nicht erreichbar.
profile-trust = Diesem Zertifikat vertrauen
profile-connecting = Verbindung wird hergestellt…
profile-nickname = Spitzname
profile-bio = Über mich
profile-email = E-Mail
profile-roles = Rollen
profile-verified = Bestätigt
profile-not-verified = Nicht bestätigt
profile-up-to-date = Auf dem Stand des Servers.
profile-saved-on = Gespeichert am { $date }.

## Offline gemachte Änderungen, die auf den Server warten

pending-waiting = Wartet auf das Senden: { $fields }.
pending-refused = Deine Offline-Änderung von { $field } zu „{ $value }“ wurde nicht übernommen. { $reason }
pending-conflict = { $field } wurde auf dem Server zu „{ $server }“ geändert, während du es hier zu „{ $value }“ geändert hast. Was soll bleiben?
pending-keep-server = Die des Servers behalten
pending-keep-mine = Meine behalten
pending-try-mine = Meine erneut senden

## Die Namen der Felder

field-name = Name
field-username = Benutzername
field-nickname = Spitzname
field-bio = Über mich
field-status = Status
field-status-text = Statusnachricht
field-email = E-Mail

## Das Profil bearbeiten

profile-locked = Der Workspace erlaubt nicht, dies zu ändern.
profile-old-server = Rocket.Chat in diesem Workspace ist älter als 6.4: Ändere dies im Web-Client.
profile-sso = Dein Konto meldet sich über einen Identitätsanbieter an (Single Sign-on oder LDAP): Ändere dies dort.
profile-username-available = { $username } ist frei.
profile-username-taken = { $username } ist schon vergeben. Wähle einen anderen.
profile-username-invalid = { $username } kann hier kein Benutzername sein.
profile-presence = Andere sehen dich gerade als { $presence ->
        [online] online
        [away] abwesend
        [busy] beschäftigt
       *[offline] offline
    }.
profile-presence-no-app = Andere sehen dich gerade als offline (keine deiner Apps ist verbunden).
profile-not-verified-yet = Noch nicht bestätigt.
profile-verification-sent = Wir haben eine neue Bestätigungs-E-Mail an { $address } gesendet.
profile-sending = Wird gesendet…
profile-resend-verification = Bestätigungs-E-Mail erneut senden
profile-custom-fields = Mehr über dich
profile-custom-required = { $field } (Pflichtfeld)
profile-custom-needs-server = Eigene Felder brauchen den Server: Verbinde dich erneut, um sie zu ändern.
profile-new-password = Neues Passwort
profile-confirm-password = Neues Passwort bestätigen
profile-password-rules = Passwortregeln
profile-rule-met = (erfüllt)
profile-rule-not-met = (noch nicht erfüllt)
profile-passwords-differ = Die beiden Passwörter unterscheiden sich.
profile-passwords-differ-error = Die beiden neuen Passwörter unterscheiden sich. Gib zweimal dasselbe Passwort ein.
profile-needs-server = Benutzername, E-Mail und Passwort lassen sich nur mit dem Server ändern: Verbinde dich erneut.
profile-queued = Auf diesem Computer gespeichert. Tether sendet es, sobald der Workspace wieder erreichbar ist, auch nach einem Neustart.
profile-save = Änderungen speichern
profile-save-label = Profil speichern

## Was der Server beim Speichern nicht übernommen hat

not-kept-field = { $field ->
        [name] den Namen
        [username] den Benutzernamen
        [nickname] den Spitznamen
        [bio] den Text „Über mich“
        [status] den Status
        [status_text] die Statusnachricht
       *[email] die E-Mail-Adresse
    }
# $kept ist not-kept-empty oder not-kept-as.
not-kept-empty = leer
not-kept-as = als „{ $value }“
not-kept-cleared = Der Server hat { $field } { $kept } behalten: Dieser Workspace leert { $field } nicht. Gib einen neuen Wert ein, um ihn zu ändern.
not-kept-other = Der Server hat { $field } { $kept } behalten statt „{ $wanted }“.

## Passwortregeln

rule-min-length = { $count ->
        [one] Mindestens 1 Zeichen
       *[other] Mindestens { $count } Zeichen
    }
rule-max-length = { $count ->
        [one] Höchstens 1 Zeichen
       *[other] Höchstens { $count } Zeichen
    }
rule-no-repeating = { $count ->
        [one] Kein Zeichen zweimal hintereinander
       *[other] Kein Zeichen mehr als { $count }-mal hintereinander
    }
rule-lowercase = Ein Kleinbuchstabe (a–z)
rule-uppercase = Ein Großbuchstabe (A–Z)
rule-number = Eine Ziffer (0–9)
rule-special = Ein Symbol, etwa ! ? # oder -

## Andere Sitzungen

sessions-title = Andere Sitzungen
sessions-done = Alle anderen Orte sind abgemeldet. Dieses Gerät bleibt angemeldet.
sessions-confirm = Alle anderen Browser, Apps und Geräte abmelden, die als @{ $username } angemeldet sind? Dieses Gerät bleibt angemeldet.
sessions-busy = Wird abgemeldet…
sessions-sign-out = Abmelden
sessions-open = Von anderen angemeldeten Orten abmelden

## Das Profilbild

avatar-label = Profilbild
avatar-uploading = Wird hochgeladen…
avatar-upload = Bild hochladen
avatar-from-web = Bild aus dem Web verwenden
avatar-reset-done = Dein Profilbild zeigt wieder deine Initialen.
avatar-resetting = Wird zurückgesetzt…
avatar-reset = Meine Initialen verwenden
avatar-saved = Dein neues Profilbild ist gespeichert.
avatar-address = Bildadresse (PNG, JPEG oder WebP)
avatar-use = Dieses Bild verwenden
avatar-locked = Der Workspace erlaubt nicht, Profilbilder zu ändern.
avatar-needs-server = Das Profilbild lässt sich nur mit dem Server ändern: Verbinde dich erneut.
avatar-limit = PNG, JPEG, GIF oder WebP, bis { $size }.
avatar-wrong-type = Wähle ein PNG-, JPEG-, GIF- oder WebP-Bild.
avatar-too-big = Das Bild ist { $size } groß; der Workspace nimmt höchstens { $limit } an. Wähle ein kleineres.

## Das Konto löschen

delete-title = Mein Konto löschen
delete-summary = Löscht dein Konto @{ $username } auf { $workspace } endgültig. Das lässt sich nicht rückgängig machen.
delete-needs-server = Zum Löschen des Kontos braucht es den Server: Verbinde dich zuerst erneut.
delete-password = Dein Passwort
delete-type-username = Gib zur Bestätigung deinen Benutzernamen { $username } ein
delete-only-owner = Du bist der einzige Besitzer einiger Räume.
delete-rooms-removed = Diese Räume werden entfernt, da niemand sonst darin ist:
delete-rooms-new-owner = Diese Räume bekommen ein anderes Mitglied als neuen Besitzer:
delete-busy = Wird gelöscht…
delete-agree = Zustimmen und mein Konto löschen
