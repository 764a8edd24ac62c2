# Tethers Fenster auf Deutsch.

## Der Rahmen des Fensters

shell-add-workspace-back = ← Workspace hinzufügen
shell-about-link = Über Tether
nav-account = Konto
nav-profile = Profil
nav-preferences = Einstellungen
nav-security = Sicherheit
nav-tokens = Persönliche Zugangstoken
nav-notifications = Benachrichtigungen
nav-access-token = Zugangstoken
nav-administration = Verwaltung
nav-users = Benutzer
nav-tether = Tether
nav-about = Über

## Tethers eigenes „Nicht stören“

quiet-title = Benachrichtigungen
quiet-on = An
quiet-muted-until = Stumm bis { $time }
quiet-turn-on = Wieder einschalten
quiet-mute-hour = 1 Stunde stumm
quiet-mute-tomorrow = Bis morgen stumm

## Die Workspace-Auswahl

switcher-none = Kein Workspace
switcher-not-signed-in = Nicht angemeldet
switcher-chatwoot = Chatwoot
switcher-add = Workspace hinzufügen
switcher-sign-out = Von { $workspace } abmelden
switcher-remove = { $workspace } entfernen…
switcher-unread =
    { $mentions ->
        [one] 1 Erwähnung
       *[other] { $mentions } Erwähnungen
    }, { $unread ->
        [one] 1 ungelesen
       *[other] { $unread } ungelesen
    }
switcher-unread-dot = Ungelesene Nachrichten
switcher-stale = { $counts } (zuletzt bekannt; verbindet neu)

## Die Verbindung eines Workspace

connection-online = Online
connection-connecting = Verbinden…
connection-offline = Offline
connection-certificate-untrusted = Zertifikat nicht vertrauenswürdig
connection-signed-out = Abgemeldet
connection-not-signed-in = Nicht angemeldet

## Über

about-title = Über Tether
about-summary = Verwalten Sie Ihre Chat-Konten mit einer kleinen, schnellen Desktop-App.
about-licence = Freie Software unter der MIT- oder der Apache-2.0-Lizenz, nach Ihrer Wahl.
about-shortcuts = Tastenkürzel
about-help = Hilfe und Fehlerberichte
about-open-logs = Protokollordner öffnen
about-copy-diagnostics = Diagnose kopieren
about-diagnostics-copied = Kopiert. Sie nennt nur Versionen und Desktop-Dienste: keine Adressen, Benutzernamen oder Token.

## Tastenkürzel (die Tasten selbst werden nicht übersetzt)

shortcut-workspace = Den ersten bis neunten Workspace zeigen
shortcut-preferences = Einstellungen öffnen (bei Chatwoot: die Benachrichtigungseinstellungen)
shortcut-close = Fenster schließen (Tether bleibt im Infobereich, wenn es einen gibt)
shortcut-escape = Dialog oder Menü schließen; der Fokus kehrt zurück
shortcut-tab = Zwischen Bedienelementen wechseln

## Workspace hinzufügen

add-title = Workspace hinzufügen
add-hint = Geben Sie die Adresse Ihres Rocket.Chat- oder Chatwoot-Workspace ein, wie im Browser.
add-address = Adresse des Workspace
add-certificate-changed = Das Zertifikat hat sich geändert
add-certificate-untrusted = Nicht vertrauenswürdiges Zertifikat
add-fingerprint = SHA-256-Fingerabdruck von { $host }
add-trust = Diesem Zertifikat vertrauen
add-connecting = Verbinden…
add-connect = Verbinden

## Anmelden

signin-title = Bei { $workspace } anmelden
signin-two-factor = Zwei-Faktor-Authentifizierung
signin-back = Zurück
signin-method = Anmeldemethode
signin-email = E-Mail
signin-username-or-email = Benutzername oder E-Mail
signin-password = Passwort
signin-token = Zugangstoken
signin-chatwoot-token-hint = Für Single-Sign-on-Konten: Kopieren Sie das Zugangstoken aus Chatwoot (Profileinstellungen › Zugangstoken) und fügen Sie es hier ein.
signin-rocketchat-token-hint = Für Single-Sign-on-Konten oder Workspaces ohne Passwort-Anmeldung: Erstellen Sie im Web-Client ein persönliches Zugangstoken (Konto › Persönliche Zugangstoken) und fügen Sie es hier mit der daneben angezeigten Benutzer-ID ein.
signin-user-id = Benutzer-ID
signin-personal-token = Persönliches Zugangstoken
signin-busy = Anmelden…
signin-submit = Anmelden

## Wörter, die viele Seiten teilen

common-cancel = Abbrechen
common-saving = Wird gespeichert…
common-saved = Gespeichert.
common-try-again = Erneut versuchen
common-trying = Wird versucht…
common-none = —
status-online = Online
status-away = Abwesend
status-busy = Beschäftigt
status-offline = Offline

## Aktualisierungen (Über)

update-title = Aktualisierungen
update-installed = Tether wurde auf { $version } aktualisiert.
update-not-applied = Die Aktualisierung auf { $version } hat nicht gegriffen: Tether ist noch { $running }. Sie wird nicht mehr automatisch angeboten; „Nach Aktualisierungen suchen“ zeigt sie weiterhin.
update-skipped = übersprungen
update-failed-before = Die Installation dieser Version hat schon einmal nicht gegriffen.
update-not-installable = Diese Kopie von Tether wurde nicht aus einem Tether-Paket installiert und ersetzt sich daher nicht selbst.
update-get-from = Tether { $version } gibt es unter { $page }.
update-get-elsewhere = Hol sie dort, wo du diese Kopie her hast, oder aus den Paketen deiner Distribution.
update-progress = Fortschritt des Downloads
update-password-note = Dein System fragt zur Installation eventuell nach einem Administratorpasswort.
update-install = Installieren und neu starten
update-download = Herunterladen
update-skip = Diese Version überspringen
update-check = Nach Aktualisierungen suchen
update-settings = Einstellungen
update-automatic = Automatisch nach Aktualisierungen suchen (beim Start und alle paar Stunden)
update-channel = Veröffentlichungskanal
update-stable = Stabile Versionen
update-beta = Auch Betaversionen (früher, weniger getestet)
update-deb = Aus Tethers .deb-Paket installiert
update-rpm = Aus Tethers .rpm-Paket installiert
update-appimage = AppImage ({ $path })
update-windows = Mit Tethers Windows-Installationsprogramm installiert
update-mac = Tether.app
update-not-managed = Nicht aus einem Tether-Paket installiert ({ $path })
update-not-checked = Noch nicht geprüft.
update-checking = Suche nach Aktualisierungen…
update-passed-over = Keine Aktualisierung angeboten (geprüft { $checked }): { $version } wurde übersprungen oder ließ sich zuvor nicht installieren. „Nach Aktualisierungen suchen“ zeigt sie.
update-up-to-date = Tether { $version } ist aktuell (geprüft { $checked }).
update-available = Tether { $version } ist verfügbar.
update-downloading = Wird heruntergeladen…
update-downloading-percent = Wird heruntergeladen… { $percent }
update-ready = Tether { $version } ist heruntergeladen und geprüft.
update-installing = Tether { $version } wird installiert…

## Einen Workspace entfernen

remove-title = { $workspace } entfernen?
remove-signed-in = Tether meldet @{ $username } bei { $address } ab und löscht die gespeicherte Sitzung aus deinem Schlüsselbund sowie alles, was es für diesen Workspace auf diesem Computer hält, auch noch nicht gesendete Änderungen. Dein Konto auf dem Server bleibt unverändert.
remove-signed-out = Tether löscht die gespeicherte Sitzung aus deinem Schlüsselbund und alles, was es für diesen Workspace auf diesem Computer hält, auch noch nicht gesendete Änderungen. Dein Konto auf dem Server bleibt unverändert.
remove-busy = Wird entfernt…
remove-confirm = Entfernen
