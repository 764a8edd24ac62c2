# Die Wörter der Befehlszeile auf Deutsch. Befehle und Optionen selbst werden nicht übersetzt.

cli-usage =
    Aufruf:
      tether                                   Tether öffnen
      tether notify test [--require-interaction]
                                               eine Testbenachrichtigung zeigen
      tether sound list                        die Töne auflisten (eingebaute, dann die jedes Workspace)
      tether sound play <id> [--volume 0-100]  einen Ton abspielen (Lautstärke 100, wenn nicht angegeben)
      tether update check                      sagen, ob ein neueres Tether verfügbar ist
      tether update install                    es herunterladen, prüfen und installieren (danach neu starten)
      tether --hidden                          Tether im Tray öffnen, ohne Fenster
      tether --help                            dieser Text

    Exit-Codes: 0 erledigt (oder aktuell), 1 anderer Fehler, 2 falscher Aufruf, 3 kein
    Benachrichtigungsdienst, 4 Benachrichtigungen für Tether ausgeschaltet, 5 „Nicht stören“ des
    Desktops ist an, 6 der Benachrichtigungsdienst antwortete nicht, 7 kein Audiogerät, 8 kein
    solcher Ton, 9 die Tondatei lässt sich nicht abspielen, 10 eine Aktualisierung ist verfügbar,
    11 Suche nach Aktualisierungen fehlgeschlagen, 12 die Aktualisierung ist nicht mit Tethers
    Schlüssel signiert, 13 diese Kopie kann keine Aktualisierungen installieren (nicht aus einem
    Tether-Paket installiert), 14 Aktualisierungen sind vom Administrator abgeschaltet,
    15 die Installation schlug fehl, 16 der Download schlug fehl.
    Umgebung: TETHER_DATA_DIR (wo Tether seine Daten ablegt), TETHER_LOG (Log-Filter),
    TETHER_DISABLE_UPDATES=1 (keine Suche nach Aktualisierungen; ebenso update.json neben der App
    oder in /etc/tether mit {"{"}"enabled": false{"}"}).
cli-bad-volume = die Lautstärke ist eine ganze Zahl von 0 bis 100, nicht „{ $volume }“
cli-unknown-command = unbekannter Befehl „{ $command }“
cli-cannot-start = Start nicht möglich: { $reason }
cli-notification-shown = Eine Testbenachrichtigung wurde angezeigt.
cli-notification-shown-sticky = Eine Testbenachrichtigung wurde angezeigt; sie bleibt, bis du sie schließt.
cli-sound-custom = (eigener Ton des Workspace)
cli-sound-played = „{ $sound }“ mit Lautstärke { $volume } abgespielt.
cli-up-to-date = Tether { $version } ist aktuell.
cli-update-available = Tether { $version } ist verfügbar (du hast { $current }).
cli-update-available-size = Tether { $version } ist verfügbar (du hast { $current }, { $size }).
cli-update-not-applied = Die Installation dieser Version wurde schon versucht und hat nicht gegriffen; automatische Suchen bieten sie nicht mehr an.
cli-update-skipped = Du hast diese Version übersprungen; automatische Suchen bieten sie nicht an.
cli-update-admin = Die Installation braucht Administratorrechte: Der Desktop fragt eventuell nach einem Passwort.
cli-update-installed = Tether { $version } ist installiert. Starte Tether neu, um es zu verwenden.
cli-downloading = Download: { $received } von { $total } Bytes ({ $percent })
cli-downloading-unknown = Download: { $received } Bytes
