# Tethers eigene Worte außerhalb des Fensters: Infobereich und Befehlszeile.

## Erste Zeile und Tooltip des Infobereichs

tray-nothing = Nichts ungelesen
tray-mentions-in = { $count ->
        [one] 1 ungelesene Erwähnung
       *[other] { $count } ungelesene Erwähnungen
    } in { $workspace }
tray-mentions-across = { $count ->
        [one] 1 ungelesene Erwähnung
       *[other] { $count } ungelesene Erwähnungen
    } in { $workspaces } Workspaces
tray-unread-in = { $count ->
        [one] 1 ungelesene Nachricht
       *[other] { $count } ungelesene Nachrichten
    } in { $workspace }
tray-unread-across = { $count ->
        [one] 1 ungelesene Nachricht
       *[other] { $count } ungelesene Nachrichten
    } in { $workspaces } Workspaces
tray-dot-in = Ungelesene Nachrichten in { $workspace }
tray-dot-across = Ungelesene Nachrichten in { $workspaces } Workspaces
tray-sign-in-to = Erneut bei { $workspace } anmelden
tray-sign-in-across = Erneut bei { $workspaces } Workspaces anmelden
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether: { $summary }

## Die Zeile eines Workspace im Menü

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (zuletzt bekannt; verbindet neu)
tray-detail-sign-in = erneut anmelden
tray-detail-mentions = { $mentions ->
        [one] 1 Erwähnung
       *[other] { $mentions } Erwähnungen
    }, { $unread } ungelesen
tray-detail-unread = { $unread } ungelesen
tray-detail-dot = ungelesene Nachrichten
tray-detail-nothing = nichts ungelesen

## Die Einträge des Menüs

tray-open = Tether öffnen
tray-quit = Tether beenden
tray-notifications-on = Benachrichtigungen an
tray-muted = Benachrichtigungen stumm
tray-muted-until = Benachrichtigungen stumm bis { $time }
tray-muted-until-day = Benachrichtigungen stumm bis { $day } { $time }
tray-mute-hour = Benachrichtigungen 1 Stunde stumm schalten
tray-mute-tomorrow = Benachrichtigungen bis morgen stumm schalten
tray-back-on = Benachrichtigungen wieder einschalten
tray-start-hidden = Bei der Anmeldung verborgen starten

## Wochentage

weekday = { $day ->
        [mon] Montag
        [tue] Dienstag
        [wed] Mittwoch
        [thu] Donnerstag
        [fri] Freitag
        [sat] Samstag
       *[sun] Sonntag
    }

## Tethers eigene Desktop-Benachrichtigungen

notify-test-title = Tether: Testbenachrichtigung
notify-test-body = So sehen Benachrichtigungen von { $workspace } aus. Klicke darauf, um den Workspace im Browser zu öffnen.
notify-test-body-tether = So sehen Tethers Benachrichtigungen aus.
notify-tray-title = Tether läuft weiter
notify-tray-body = Es behält deine Workspaces vom Tray aus im Blick. Zum Beenden wähle „{ $quit }“ im Tray-Menü.
notify-unnamed-contact = Ein Kontakt
