# Verwaltung › Benutzer, auf Deutsch.

admin-title = Benutzer
admin-seats-title = Belegte Plätze / Plätze der Lizenz
admin-seats-meter = Belegte Plätze
admin-seats = { $active }/{ $max } Plätze · { $available } frei
admin-seats-unlimited = Unbegrenzte Plätze ({ $active } belegt)
admin-invite = Einladen
admin-new-user = Neuer Benutzer
admin-seats-exceeded = Alle Plätze der Lizenz sind belegt: Neue Benutzer, Einladungen und Aktivierungen sind gesperrt, bis Plätze frei werden oder mehr gekauft sind.
admin-cached = { $workspace } ist nicht erreichbar: Diese Liste wurde { $when } gelesen. Aktionen brauchen den Server.
admin-tabs = Benutzer nach Status
admin-tab-all = Alle
admin-tab-pending = Ausstehend
admin-tab-active = Aktiv
admin-tab-deactivated = Deaktiviert
admin-search = Benutzer suchen
admin-search-label = Nach Name, Benutzername oder E-Mail suchen
admin-all-roles = Alle Rollen
admin-roles-chosen = Rollen ({ $count })
admin-total = { $count ->
        [one] { $count } Benutzer
       *[other] { $count } Benutzer
    }
admin-now-active = { $name } ist aktiv.
admin-welcome-sent = Die Willkommens-E-Mail wurde an { $email } gesendet.
admin-never = Nie

## Die Tabelle

admin-table = Benutzer
admin-column-name = Name
admin-column-username = Benutzername
admin-column-email = E-Mail
admin-column-pending = Ausstehende Aktion
admin-column-registration = Registrierungsstatus
admin-column-roles = Rollen
admin-loading = Wird geladen…
admin-resend-welcome = Willkommens-E-Mail erneut senden
admin-seats-taken = Alle Plätze sind belegt
admin-activate = Aktivieren
admin-first-login = Erste Anmeldung des Benutzers
admin-activation = Aktivierung
registration-deactivated = Deaktiviert
registration-federated = Föderiert
registration-pending = Ausstehend
registration-active = Aktiv

## Benutzerinfo

admin-info-title = Benutzerinfo
admin-info-close = Benutzerinfo schließen
admin-close = Schließen
admin-roles = Rollen
admin-email = E-Mail
admin-email-not-verified = { $email } (nicht bestätigt)
admin-local-time = Ortszeit
admin-unknown = Unbekannt
admin-last-login = Letzte Anmeldung
admin-created = Erstellt am
admin-status-text = Statusnachricht
admin-nickname = Spitzname
admin-bio = Über mich
admin-dm = Direktnachricht
admin-edit = Bearbeiten
admin-actions-offline = Aktionen brauchen den Server, der gerade nicht erreichbar ist.

## Aktionen für einen Benutzer

admin-more = Weitere Aktionen
admin-remove-admin = Admin entziehen
admin-make-admin = Zum Admin machen
admin-reset-e2e = E2E-Schlüssel zurücksetzen
admin-reset-totp = TOTP zurücksetzen
admin-deactivate = Deaktivieren
admin-delete = Löschen
admin-erasure-delete = Alle seine Nachrichten werden ebenfalls gelöscht.
admin-erasure-unlink = Seine Nachrichten bleiben, als von einem entfernten Benutzer.
admin-erasure-keep = Seine Nachrichten bleiben, unter seinem Namen.
admin-ask-remove-admin = { $name } die Admin-Rechte entziehen?
admin-ask-remove-admin-text = Der Zugang zur Verwaltung des Workspace endet sofort.
admin-ask-make-admin = { $name } zum Admin machen?
admin-ask-make-admin-text = Admins haben vollen Zugang zu den Einstellungen und der Verwaltung des Workspace.
admin-ask-reset-totp = Die Zwei-Faktor-Authentifizierung (TOTP) von { $name } zurücksetzen?
admin-ask-reset-totp-text = Eine Authenticator-App funktioniert für dieses Konto nicht mehr, und die Person wird überall abgemeldet. Sie kann sie in ihrem Profil neu einrichten.
admin-ask-reset-e2e = Den Ende-zu-Ende-Schlüssel von { $name } zurücksetzen?
admin-ask-reset-e2e-text = Die Person wird überall abgemeldet. Bei der nächsten Anmeldung entsteht ein neuer Schlüssel; verschlüsselte Räume öffnen sich wieder, sobald ein anderes Mitglied online ist.
admin-reset-key = Schlüssel zurücksetzen
admin-ask-deactivate = { $name } deaktivieren?
admin-ask-deactivate-text = Die Person wird überall abgemeldet und kann sich erst nach einer Aktivierung wieder anmelden. Konto, Räume und Nachrichten bleiben erhalten.
admin-ask-activate = { $name } aktivieren?
admin-ask-activate-text = Die Person kann sich sofort wieder anmelden.
admin-ask-delete = { $name } löschen?
admin-ask-delete-text = Das Konto wird entfernt und die Person abgemeldet. { $erasure } Das lässt sich nicht rückgängig machen.
admin-no-longer-admin = { $name } ist kein Admin mehr.
admin-now-admin = { $name } ist jetzt Admin.
admin-totp-reset = Die Zwei-Faktor-Authentifizierung von { $name } wurde zurückgesetzt; die Person wurde abgemeldet.
admin-e2e-reset = Der Verschlüsselungsschlüssel von { $name } wurde zurückgesetzt; die Person wurde abgemeldet.
admin-deactivated = { $name } ist deaktiviert und wurde abgemeldet.
admin-deleted = { $name } wurde gelöscht.
admin-last-owner = { $name } ist der letzte Besitzer einiger Räume.
admin-rooms-change-owner = Diese Räume bekommen ein anderes Mitglied als Besitzer:
admin-rooms-removed = Diese Räume haben kein anderes Mitglied und werden entfernt:
admin-delete-anyway = Trotzdem löschen
admin-deactivate-anyway = Trotzdem deaktivieren

## Benutzer anlegen und bearbeiten

admin-save-user = Benutzer speichern
admin-add-user = Benutzer hinzufügen
admin-saved = { $name } wurde gespeichert.
admin-created-user = { $name } wurde angelegt.
admin-picture-saved = Das neue Bild ist gespeichert.
admin-picture-url-saved = Das Bild von dieser Adresse ist gespeichert.
admin-picture-reset = Das Profilbild zeigt wieder die Initialen.
admin-edit-title = { $name } bearbeiten
admin-picture = Profilbild
admin-upload = Bild hochladen
admin-avatar-url = Adresse als Profilbild verwenden
admin-use-url = Adresse verwenden
admin-reset-initials = Auf Initialen zurücksetzen
admin-mark-verified = E-Mail als bestätigt markieren
admin-name = Name
admin-username = Benutzername
admin-password = Passwort
admin-keep-password = Aktuelles Passwort behalten
admin-random-password = Zufällig setzen und per E-Mail senden
admin-random-password-no-smtp = Zufällig setzen und per E-Mail senden (braucht die E-Mail-Einstellungen des Workspace)
admin-manual-password = Selbst festlegen
admin-confirm-password = Passwort bestätigen
admin-passwords-differ = Die Passwörter stimmen nicht überein.
admin-give-password = Du gibst dieses Passwort selbst an die Person weiter.
admin-require-change = Passwortänderung verlangen
admin-send-welcome = Willkommens-E-Mail senden
admin-send-welcome-no-smtp = Willkommens-E-Mail senden (braucht die E-Mail-Einstellungen des Workspace)

## Benutzer einladen

admin-invite-title = Benutzer einladen
admin-invite-no-smtp = Einladungen gehen per E-Mail, und die E-Mail (SMTP) dieses Workspace ist nicht eingerichtet. Ein Admin kann sie unter Workspace › Einstellungen › E-Mail einrichten.
admin-invite-emails = E-Mail-Adressen
admin-invite-help = Trenne Adressen durch Kommas, Semikolons oder Leerzeichen.
admin-invite-sent = Einladung an { $emails } gesendet.
admin-invite-send = Senden
