# Die Seiten „Sicherheit“ und „Persönliche Zugangstoken“ und die Abfrage des zweiten Faktors, auf Deutsch.

## Die Abfrage des zweiten Faktors

second-factor-password = Mit deinem aktuellen Passwort bestätigen
second-factor-email = Gib den Code ein, den der Workspace dir gemailt hat
second-factor-totp = Gib den Code aus deiner Authenticator-App ein (oder einen Backup-Code)
second-factor-backup = Gib einen deiner 8-stelligen Backup-Codes ein. Jeder funktioniert einmal.
second-factor-prompt = { $action }: { $prompt }
second-factor-resent = Ein neuer Code ist per E-Mail unterwegs. Frühere Codes gelten nicht mehr.
second-factor-emailed = Wir haben einen 6-stelligen Code an die Adresse von { $account } gesendet.
second-factor-emailed-account = Wir haben einen 6-stelligen Code an die Adresse deines Kontos gesendet.
second-factor-email-received = Gib den Code aus der E-Mail ein, die du schon bekommen hast.
second-factor-expires = Er läuft um { $time } ab.
second-factor-use-app = Die Authenticator-App verwenden
second-factor-use-backup = Einen Backup-Code verwenden
second-factor-resend = Code erneut senden
second-factor-checking = Wird geprüft…
second-factor-confirm = Bestätigen

## Sicherheit

security-title = Sicherheit
security-loading = Wird geladen…
security-two-factor = Zwei-Faktor-Authentifizierung
security-two-factor-off = In diesem Workspace ist die Zwei-Faktor-Authentifizierung ausgeschaltet.
security-totp = Authenticator-App
security-totp-on = An. { $left ->
        [one] Noch 1 von 12 Backup-Codes.
       *[other] Noch { $left } von 12 Backup-Codes.
    }
security-totp-code = Code aus der App (oder ein Backup-Code)
security-totp-regenerate = Neue Backup-Codes
security-turn-off = Ausschalten
security-turn-on = Einschalten
security-totp-qr = QR-Code, um dieses Konto einer Authenticator-App hinzuzufügen
security-totp-scan = Scanne den Code mit deiner Authenticator-App oder gib diesen Schlüssel dort ein ({ $account }):
security-totp-enter = Dann gib den 6-stelligen Code ein, den sie zeigt
security-totp-verify = Prüfen und einschalten
security-totp-off = Aus. Anmeldungen fragen nach einem Code aus einer App wie Google Authenticator, 2FAS oder KeePassXC.
security-totp-turn-on = Authenticator-App einschalten
security-backup-title = Deine Backup-Codes, nur dieses eine Mal angezeigt.
security-backup-help = Jeder funktioniert einmal anstelle eines Codes aus der App, falls du dein Telefon verlierst. Bewahre sie sicher auf.
security-copied = Kopiert
security-copy-all = Alle kopieren
security-save-file = In eine Datei speichern
security-kept = Ich habe sie aufbewahrt
security-saved-to = Gespeichert in { $path }
security-email = Codes per E-Mail
security-email-on = An: Anmeldungen ohne die Authenticator-App bekommen einen Code an { $email }.
security-email-unverified = Der Workspace sendet Codes nur an eine bestätigte Adresse, und { $email } ist noch nicht bestätigt. Nutze „Bestätigungs-E-Mail erneut senden“ auf der Profilseite, öffne den Link in dieser E-Mail und komm dann hierher zurück.
security-email-unverified-unknown = Der Workspace sendet Codes nur an eine bestätigte Adresse, und deine E-Mail ist noch nicht bestätigt. Nutze „Bestätigungs-E-Mail erneut senden“ auf der Profilseite, öffne den Link in dieser E-Mail und komm dann hierher zurück.
security-email-off = Aus. Das Einschalten meldet deine anderen Geräte ab.
security-email-turn-on = E-Mail-Codes einschalten
security-email-turn-off = E-Mail-Codes ausschalten
security-devices = Geräte
security-device = Gerät
security-system = System
security-address = Adresse
security-signed-in = Angemeldet
security-this-device = (dieses Gerät)
security-sign-out = Abmelden
security-devices-unavailable = Dieser Workspace listet keine Geräte auf (eine Premium-Funktion). Du kannst dich trotzdem überall sonst abmelden.
security-sign-out-others = Alle anderen Sitzungen abmelden
security-others-done = Alle anderen Sitzungen sind abgemeldet; diese bleibt.
security-e2e = Ende-zu-Ende-Verschlüsselung
security-e2e-help = Das Verschlüsselungspasswort öffnet deine verschlüsselten Räume auf neuen Geräten. Wenn du es hier änderst, wird dein Schlüssel auf diesem Computer neu verschlüsselt; der Server sieht keins der beiden Passwörter.
security-e2e-current = Aktuelles Verschlüsselungspasswort
security-e2e-new = Neues Verschlüsselungspasswort
security-e2e-confirm = Neues Verschlüsselungspasswort bestätigen
security-e2e-differ = Die beiden neuen Verschlüsselungspasswörter unterscheiden sich. Gib zweimal dasselbe ein.
security-e2e-change = Verschlüsselungspasswort ändern
security-e2e-changed = Verschlüsselungspasswort geändert.
security-e2e-no-keys = Noch kein Schlüssel: Der erste Client, der einen verschlüsselten Raum öffnet, erzeugt einen.
security-reset-title = Verschlüsselungsschlüssel zurücksetzen
security-reset-help = Entfernt deinen Schlüssel: Du verlierst den Zugang zu verschlüsselten Nachrichten, bis Mitglieder dieser Räume wieder online sind. Es meldet dich überall ab, auch hier.
security-reset-confirm = Schlüssel zurücksetzen und auf allen Geräten abmelden, auch auf diesem?
security-reset-go = Zurücksetzen und abmelden
security-reset-open = Schlüssel zurücksetzen…

## Persönliche Zugangstoken

tokens-title = Persönliche Zugangstoken
tokens-not-allowed = Dieser Workspace erlaubt deinem Konto keine persönlichen Zugangstoken (die Berechtigung „create-personal-access-tokens“).
tokens-help = Ein Token lässt ein Skript oder Werkzeug über die REST-API des Workspace in deinem Namen handeln. Tether zeigt ein neues Token einmal und behält es nie.
tokens-copy-now = Kopiere das Token „{ $name }“ jetzt: Es wird nicht noch einmal angezeigt.
tokens-token = Token
tokens-user-id = Deine Benutzer-ID
tokens-copy = Token kopieren
tokens-done = Fertig
tokens-name = Name
tokens-name-example = Zum Beispiel: Deploy-Skript
tokens-require-2fa = Zwei-Faktor-Authentifizierung verlangen, wenn das Token benutzt wird
tokens-add = Token hinzufügen
tokens-create = „{ $name }“ erstellen
tokens-delete-action = „{ $name }“ löschen
tokens-regenerate-action = „{ $name }“ neu erzeugen
tokens-ask-delete = Das Token „{ $name }“ löschen?
tokens-ask-regenerate = Das Token „{ $name }“ neu erzeugen?
tokens-delete-warning = Skripte und Integrationen, die es benutzen, funktionieren sofort nicht mehr. Das lässt sich nicht rückgängig machen.
tokens-regenerate-warning = Das aktuelle Token funktioniert sofort nicht mehr: Skripte und Integrationen, die es benutzen, brauchen das neue.
tokens-signs-out = Tether selbst ist mit diesem Token bei { $workspace } angemeldet: Das meldet Tether hier ab.
tokens-delete = Token löschen
tokens-regenerate = Token neu erzeugen
tokens-delete-sign-out = Token löschen und abmelden
tokens-regenerate-sign-out = Token neu erzeugen und abmelden
tokens-empty = Noch keine Token.
tokens-created = Erstellt
tokens-ends-with = Endet auf
tokens-two-factor = Zwei-Faktor
tokens-used-by-tether = (Tether meldet sich damit an)
tokens-ignored = Übergangen
tokens-required = Verlangt
tokens-regenerate-short = Neu erzeugen
tokens-delete-short = Löschen
