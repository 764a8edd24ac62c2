# Die Seiten eines Chatwoot-Workspace, auf Deutsch.

agent-stale = Angezeigt wird, was Tether zuletzt gelesen hat: { $error }
agent-loading = Wird geladen…

## Profileinstellungen

agent-profile-title = Profileinstellungen
agent-availability = Verfügbarkeit
agent-account = Konto
agent-account-option = { $account } ({ $role })
agent-online = Online
agent-busy = Beschäftigt
agent-offline = Offline
agent-auto-offline = Automatisch offline gehen, wenn ich nirgends angemeldet bin
agent-profile = Profil
agent-full-name = Dein vollständiger Name
agent-display-name = Anzeigename
agent-display-name-help = Der Name, den Kunden und andere Agenten sehen; leer dein vollständiger Name.
agent-email = Deine E-Mail-Adresse
agent-profile-saved = Dein Profil wurde erfolgreich aktualisiert
agent-email-unconfirmed = Chatwoot hat einen Bestätigungslink an { $wanted } gesendet. Deine E-Mail-Adresse bleibt { $kept }, bis du ihm folgst.
agent-offline-profile = Offline: Name und Anzeigename bleiben auf diesem Computer und werden gesendet, wenn der Server wieder da ist; eine neue E-Mail-Adresse braucht den Server.
agent-updating = Wird aktualisiert…
agent-update-profile = Profil aktualisieren
agent-password = Passwort
agent-current-password = Aktuelles Passwort
agent-new-password = Neues Passwort
agent-password-rules = Passwortregeln
agent-rule-met = (erfüllt)
agent-rule-not-met = (noch nicht erfüllt)
agent-confirm-password = Neues Passwort bestätigen
agent-passwords-differ = Die beiden Passwörter unterscheiden sich.
agent-password-changed = Dein Passwort wurde geändert.
agent-password-needs-server = Das Passwort lässt sich nur mit dem Server ändern: Verbinde dich zuerst erneut.
agent-changing = Wird geändert…
agent-change-password = Passwort ändern
agent-rule-length = 6 bis 128 Zeichen
agent-rule-uppercase = Mindestens 1 Großbuchstabe (A–Z)
agent-rule-lowercase = Mindestens 1 Kleinbuchstabe (a–z)
agent-rule-digit = Mindestens 1 Ziffer (0–9)
agent-rule-special = Mindestens 1 Sonderzeichen (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## Das Profilbild

agent-image = Profilbild
agent-image-too-big = Das Bild ist { $size } groß; Chatwoot nimmt Profilbilder bis { $limit } an.
agent-image-saved = Dein Profilbild ist gespeichert.
agent-image-removed = Dein Profilbild ist entfernt.
agent-saving = Wird gespeichert…
agent-upload = Bild hochladen
agent-remove = Entfernen
agent-image-needs-server = Das Profilbild lässt sich nur mit dem Server ändern: Verbinde dich erneut.

## Änderungen, die auf den Server warten

agent-pending-conflict = { $field } wurde auf dem Server zu { $server } geändert, während du es zu { $mine } geändert hast.
agent-pending-refused = { $field } wurde nicht angenommen: { $reason }
agent-pending-waiting = { $field }: auf diesem Computer gespeichert, wird gesendet, sobald der Server erreichbar ist.
agent-keep-mine = Meins behalten
agent-use-server = Das des Servers nehmen
agent-discard = Meine Änderung verwerfen
agent-field-name = Vollständiger Name
agent-field-display-name = Anzeigename
agent-field-audio = Audio-Benachrichtigungen
agent-field-flags = E-Mail- und Push-Benachrichtigungen
agent-field-availability = Verfügbarkeit
agent-field-auto-offline = Automatisch offline gehen
agent-value-empty = (leer)
agent-value-text = „{ $value }“
agent-value-on = an
agent-value-off = aus
agent-value-other = andere Einstellungen

## Benachrichtigungen

agent-notifications-title = Benachrichtigungen
agent-notifications-offline = Offline: Deine Änderungen bleiben auf diesem Computer und werden gesendet, wenn der Server wieder da ist.
agent-audio = Audio-Benachrichtigungen
agent-audio-for = Einen Ton abspielen für
agent-audio-none = Nichts
agent-audio-assigned = Mir zugewiesene Unterhaltungen
agent-audio-all = Alle Unterhaltungen
agent-audio-custom = In Chatwoot gewählt: { $scopes }.
agent-audio-mine = meine zugewiesenen Unterhaltungen
agent-audio-unassigned = neue Unterhaltungen, die Aufmerksamkeit brauchen
agent-audio-others = anderen zugewiesene Unterhaltungen
agent-tone = Hinweiston
agent-tone-ding = Ding
agent-tone-bell = Glocke
agent-tone-chime = Glockenspiel
agent-tone-magic = Magie
agent-tone-ping = Ping
agent-volume = Lautstärke
agent-play = Abspielen
agent-only-inactive = Nur abspielen, wenn Tethers Fenster nicht aktiv ist
agent-repeat = Alle 30 s erinnern, solange mir zugewiesene Unterhaltungen ungelesene Nachrichten haben
agent-email-notifications = E-Mail-Benachrichtigungen
agent-push-notifications = Push-Benachrichtigungen
agent-flag-event = { $event ->
        [conversation_creation] eine neue Unterhaltung entsteht
        [conversation_assignment] mir eine Unterhaltung zugewiesen wird
        [conversation_mention] du in einer Unterhaltung erwähnt wirst
        [assigned_conversation_new_message] eine neue Nachricht in einer zugewiesenen Unterhaltung eingeht
        [participating_conversation_new_message] eine neue Nachricht in einer Unterhaltung eingeht, an der du teilnimmst
        [sla_missed_first_response] eine Unterhaltung ihr SLA für die erste Antwort verfehlt
        [sla_missed_next_response] eine Unterhaltung ihr SLA für die nächste Antwort verfehlt
        [sla_missed_resolution] eine Unterhaltung ihr SLA für die Lösung verfehlt
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] Push-Benachrichtigungen senden, wenn { $when }
       *[email] E-Mail-Benachrichtigungen senden, wenn { $when }
    }

## Sicherheit

agent-security-title = Sicherheit
agent-two-factor = Zwei-Faktor-Authentifizierung
agent-two-factor-needs-session = Tether hat sich bei diesem Workspace mit deinem Zugangstoken angemeldet. Chatwoot erlaubt Änderungen an der Zwei-Faktor-Anmeldung nur aus einer Sitzung, die mit E-Mail und Passwort angemeldet ist: Melde dich ab und so wieder an, um sie zu ändern.
agent-two-factor-on-codes = Die Zwei-Faktor-Anmeldung ist an.
agent-backup-help = Bewahre diese Backup-Codes sicher auf: Jeder meldet dich einmal an, falls du dein Telefon verlierst. Sie werden nur jetzt angezeigt.
agent-copied = Kopiert
agent-copy-codes = Codes kopieren
agent-done = Fertig
agent-scan = Scanne diesen Code mit deiner Authenticator-App oder gib den Schlüssel ein, dann gib den 6-stelligen Code ein, den sie zeigt.
agent-qr = Authenticator-Schlüssel für { $account }
agent-code = Code aus der App
agent-turn-on = Einschalten
agent-turn-off = Ausschalten
agent-two-factor-on = An: Die Anmeldung fragt nach einem Code aus deiner Authenticator-App.
agent-two-factor-off = Aus. Mit Zwei-Faktor-Anmeldung fragt die Anmeldung auch nach einem Code aus einer Authenticator-App.
agent-devices = Angemeldete Geräte
agent-unknown-device = Unbekanntes Gerät
agent-this-tether = (dieses Tether)
agent-last-active = zuletzt aktiv { $when }
agent-sign-out = Abmelden
agent-security-none = Dieser Chatwoot-Server bietet weder Zwei-Faktor-Anmeldung noch eine Liste angemeldeter Geräte.

## Zugangstoken

agent-token-title = Zugangstoken
agent-token-help = Mit diesem Token lassen sich API-basierte Integrationen mit Chatwoot bauen. Halte es geheim: Es handelt in deinem Namen.
agent-hide = Verbergen
agent-show = Anzeigen
agent-copy = Kopieren
agent-reset-title = Das Zugangstoken zurücksetzen?
agent-reset-text = Das aktuelle Token funktioniert sofort nicht mehr: Integrationen und Skripte, die es benutzen, funktionieren erst wieder mit dem neuen.
agent-reset-text-tether = Das aktuelle Token funktioniert sofort nicht mehr: Integrationen und Skripte, die es benutzen, funktionieren erst wieder mit dem neuen. Tether hat sich damit angemeldet und wechselt selbst zum neuen.
agent-reset-token = Token zurücksetzen
agent-resetting = Wird zurückgesetzt…
agent-reset-done = Ein neues Token wurde erstellt. Das alte funktioniert nicht mehr.
agent-token-needs-server = Das Zugangstoken braucht den Server: Verbinde dich erneut, um es zu sehen, zu kopieren oder zurückzusetzen.
