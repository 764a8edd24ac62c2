# Die Seite „Einstellungen“ auf Deutsch. Die Namen der Einstellungen folgen Core-Katalog.

prefs-title = Einstellungen
prefs-offline = { $workspace } ist nicht erreichbar. Deine Änderungen bleiben auf diesem Computer und werden gesendet, sobald er wieder da ist.
prefs-conflicts = { $count ->
        [one] Eine Einstellung wurde auch anderswo geändert: Wähle, welcher Wert bleibt.
       *[other] { $count } Einstellungen wurden auch anderswo geändert: Wähle, welche Werte bleiben.
    }
prefs-refused = { $count ->
        [one] Eine Änderung hat der Server abgelehnt: siehe unten.
       *[other] { $count } Änderungen hat der Server abgelehnt: siehe unten.
    }
prefs-pending = { $count ->
        [one] Eine Änderung wartet darauf, gesendet zu werden.
       *[other] { $count } Änderungen warten darauf, gesendet zu werden.
    }
prefs-all-saved = Alle Änderungen sind auf dem Server gespeichert.
prefs-not-read = Noch nicht vom Server gelesen: Angezeigt werden die Vorgaben des Workspace.
prefs-loading = Einstellungen werden geladen…
prefs-not-set = Nicht festgelegt
prefs-play = Abspielen
prefs-play-sound = { $sound } abspielen
prefs-words-placeholder = Wort, noch eine Wendung
prefs-waiting = Wartet auf das Senden
prefs-workspace-default = Vorgabe des Workspace
prefs-changed-by-you = Von dir geändert
prefs-reset = Auf Vorgabe zurücksetzen ({ $value })
prefs-conflict = Auf einem anderen Gerät zu { $theirs } geändert, während du hier { $mine } gewählt hast. Was soll bleiben?
prefs-take-theirs = Das andere übernehmen
prefs-keep-mine = Meins behalten
prefs-refused-value = Der Server hat „{ $value }“ abgelehnt: { $reason }
prefs-drop = Diese Änderung verwerfen
prefs-test-title = Desktop-Benachrichtigungen testen
prefs-test-help = Zeigt jetzt eine Benachrichtigung auf diesem Computer, damit du weißt, dass neue Nachrichten auffallen.
prefs-test-showing = Wird angezeigt…
prefs-test-send = Testbenachrichtigung senden
prefs-test-shown = Eine Testbenachrichtigung wurde angezeigt. Du siehst sie nicht? Prüfe die Benachrichtigungseinstellungen deines Desktops.

## Ein Wert in Worten

value-not-set = nicht festgelegt
value-on = An
value-off = Aus
value-no-words = keine Wörter
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] Stunde
           *[other] Stunden
        }
        [seconds] { $value ->
            [one] Sekunde
           *[other] Sekunden
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] Stunden
        [seconds] Sekunden
       *[other] { $unit }
    }

## Meine Daten

data-title = Meine Daten
data-help = Deine Daten werden in einer Warteschlange vorbereitet; ein Link zur Datei kommt per E-Mail. Eine Anfrage jeder Art pro 24 Stunden.
data-requesting = Wird angefragt…
data-download = Meine Daten herunterladen (HTML)
data-export = Meine Daten exportieren (JSON)
data-requested = { $full ->
        [yes] Angefragt: Dein vollständiger Export wird vorbereitet ({ $status }).
       *[no] Angefragt: Deine Daten werden vorbereitet ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] Eine Anfrage ist davor.
       *[other] { $ahead } Anfragen sind davor.
    } Du bekommst eine E-Mail mit dem Link.
data-already = Du hast am { $asked } schon angefragt (Status: { $status }). Du kannst nach dem { $next } erneut anfragen.
data-ready = Sie ist fertig: Der Link steht in deiner E-Mail.
data-unknown-time = einem unbekannten Zeitpunkt

## Die Gruppen, in der Reihenfolge von Rocket.Chat

group-localization = Lokalisierung
group-user_presence = Anwesenheit
group-notifications = Benachrichtigungen
group-messages = Nachrichten
group-highlights = Hervorhebungen
group-sound = Ton
group-appearance = Darstellung
group-sidebar = Seitenleiste
group-omnichannel = Omnichannel

## Die Einstellungen

pref-language-workspace = Die Sprache des Workspace
pref-language = Sprache
pref-language-help = Die Sprache der Oberfläche von Rocket.Chat.
pref-clockMode = Uhr
pref-clockMode-help = Wie Uhrzeiten angezeigt werden.
pref-clockMode-0 = Wie in der Sprache üblich
pref-clockMode-1 = 12 Stunden
pref-clockMode-2 = 24 Stunden
pref-utcOffset = Zeitzonenversatz
pref-utcOffset-help = Dein Versatz zu UTC in Stunden, für Uhrzeiten in E-Mails.
pref-enableAutoAway = Automatisch abwesend
pref-enableAutoAway-help = Dein Status wechselt nach der unten stehenden Leerlaufzeit zu abwesend.
pref-idleTimeLimit = Leerlaufzeit
pref-idleTimeLimit-help = Sekunden ohne Aktivität, bevor du als abwesend erscheinst (mindestens 60).
pref-desktopNotificationRequireInteraction = Desktop-Benachrichtigungen nur durch Interaktion schließen
pref-desktopNotificationRequireInteraction-help = Benachrichtigungen bleiben, bis du auf sie reagierst.
pref-desktopNotifications = Desktop-Benachrichtigungen zeigen für
pref-desktopNotifications-help = Welche Nachrichten eine Desktop-Benachrichtigung zeigen.
pref-desktopNotifications-all = Alle Nachrichten
pref-desktopNotifications-mentions = Erwähnungen
pref-desktopNotifications-nothing = Nichts
pref-pushNotifications = Push-Benachrichtigungen senden für
pref-pushNotifications-help = Welche Nachrichten eine Push-Benachrichtigung an dein Telefon senden.
pref-pushNotifications-all = Alle Nachrichten
pref-pushNotifications-mentions = Erwähnungen
pref-pushNotifications-nothing = Nichts
pref-emailNotificationMode = E-Mail-Benachrichtigungen, wenn offline
pref-emailNotificationMode-help = Welche Nachrichten dir per E-Mail geschickt werden, während du offline bist (deine E-Mail-Adresse muss bestätigt sein).
pref-emailNotificationMode-mentions = Jede Erwähnung und Direktnachricht
pref-emailNotificationMode-nothing = Deaktiviert
pref-receiveLoginDetectionEmail = E-Mails bei Anmeldungen erhalten
pref-receiveLoginDetectionEmail-help = Eine E-Mail bei jeder Anmeldung an deinem Konto (Premium-Workspaces).
pref-notifyCalendarEvents = Über Kalendertermine benachrichtigen
pref-notifyCalendarEvents-help = Benachrichtigungen zu den Terminen deines Kalenders.
pref-enableMobileRinging = Klingeln auf dem Telefon
pref-enableMobileRinging-help = Anrufe klingeln auf deinem Telefon.
pref-desktopNotificationVoiceCalls = Benachrichtigungen für Sprachanrufe
pref-desktopNotificationVoiceCalls-help = Desktop-Benachrichtigungen für eingehende Sprachanrufe.
pref-unreadAlert = Hinweis im Tray bei Ungelesenem
pref-unreadAlert-help = Das Tray-Symbol wird hervorgehoben, wenn du ungelesene Nachrichten hast.
pref-showThreadsInMainChannel = Thread-Antworten immer im Hauptkanal zeigen
pref-showThreadsInMainChannel-help = Thread-Antworten erscheinen auch im Raum, egal was der Absender gewählt hat.
pref-alsoSendThreadToChannel = Thread-Nachrichten auch an den Kanal senden
pref-alsoSendThreadToChannel-help = Wie das Feld „Auch an den Kanal senden“ startet, wenn du in einem Thread antwortest.
pref-alsoSendThreadToChannel-default = Bei der ersten Antwort ausgewählt, danach nicht
pref-alsoSendThreadToChannel-always = Standardmäßig ausgewählt
pref-alsoSendThreadToChannel-never = Standardmäßig nicht ausgewählt
pref-useEmojis = Emojis verwenden
pref-useEmojis-help = Die Emoji-Auswahl und Emojis zeigen.
pref-convertAsciiEmoji = ASCII in Emojis umwandeln
pref-convertAsciiEmoji-help = Aus :) wird 🙂.
pref-autoImageLoad = Bilder automatisch laden
pref-autoImageLoad-help = Bilder laden ohne Klick.
pref-saveMobileBandwidth = Mobile Daten sparen
pref-saveMobileBandwidth-help = Weniger Daten über Mobilfunkverbindungen.
pref-collapseMediaByDefault = Eingebettete Medien standardmäßig einklappen
pref-collapseMediaByDefault-help = Bilder und Videos in Nachrichten starten eingeklappt.
pref-hideFlexTab = Kontextleiste durch Klick daneben schließen
pref-hideFlexTab-help = Die Seitenleiste des Raums schließt sich, wenn du woanders klickst.
pref-displayAvatars = Profilbilder anzeigen
pref-displayAvatars-help = Bilder der Personen neben ihren Nachrichten zeigen.
pref-hideUsernames = Benutzernamen ausblenden
pref-hideUsernames-help = In Nachrichten nur Namen zeigen, keine @Benutzernamen.
pref-hideRoles = Rollen ausblenden
pref-hideRoles-help = Keine Rollen-Etiketten neben Namen zeigen.
pref-mentionsWithSymbol = Erwähnungen mit dem @-Zeichen zeigen
pref-mentionsWithSymbol-help = Erwähnungen behalten beim Anzeigen ihr @.
pref-sendOnEnter = Verhalten der Eingabetaste
pref-sendOnEnter-help = Was die Eingabetaste im Nachrichtenfeld tut.
pref-sendOnEnter-normal = Normal (mit Eingabe senden)
pref-sendOnEnter-alternative = Alternativ (mit Eingabe + Strg/Alt/Umschalt/Cmd senden)
pref-sendOnEnter-desktop = Desktop (nur auf einem Desktop mit Eingabe senden)
pref-highlights = Hervorgehobene Wörter
pref-highlights-help = Wörter oder Wendungen, durch Kommas getrennt, die dich benachrichtigen, wenn jemand sie schreibt.
pref-newRoomNotification = Benachrichtigung bei neuem Raum
pref-newRoomNotification-help = Der Ton, wenn du zu einem Raum hinzugefügt wirst.
pref-newMessageNotification = Benachrichtigung bei neuer Nachricht
pref-newMessageNotification-help = Der Ton für jede neue Nachricht.
pref-muteFocusedConversations = Fokussierte Unterhaltungen stumm
pref-muteFocusedConversations-help = Kein Ton für den Raum, den du gerade ansiehst.
pref-masterVolume = Gesamtlautstärke
pref-masterVolume-help = Die Lautstärke aller Töne.
pref-notificationsSoundVolume = Lautstärke der Benachrichtigungen
pref-notificationsSoundVolume-help = Die Lautstärke der Benachrichtigungstöne, innerhalb der Gesamtlautstärke.
pref-voipRingerVolume = Lautstärke des Klingeltons
pref-voipRingerVolume-help = Die Lautstärke des Klingelns bei eingehenden Anrufen.
pref-themeAppearence = Design
pref-themeAppearence-help = Helle, dunkle oder kontrastreiche Farben.
pref-themeAppearence-auto = Wie das System
pref-themeAppearence-light = Hell
pref-themeAppearence-dark = Dunkel
pref-themeAppearence-high-contrast = Hoher Kontrast
pref-fontSize = Schriftgröße
pref-fontSize-help = Die Textgröße im Web-Client.
pref-fontSize-14px = Klein
pref-fontSize-100pct = Standard
pref-fontSize-18px = Mittel
pref-fontSize-20px = Groß
pref-fontSize-24px = Sehr groß
pref-sidebarShowFavorites = Favoriten gruppieren
pref-sidebarShowFavorites-help = Favorisierte Räume bekommen einen eigenen Abschnitt.
pref-sidebarShowUnread = Ungelesene Räume gruppieren
pref-sidebarShowUnread-help = Räume mit ungelesenen Nachrichten bekommen einen eigenen Abschnitt.
pref-sidebarGroupByType = Nach Art gruppieren
pref-sidebarGroupByType-help = Kanäle, Teams und Direktnachrichten in getrennten Abschnitten.
pref-sidebarSortby = Räume sortieren nach
pref-sidebarSortby-help = Die Reihenfolge der Raumliste.
pref-sidebarSortby-activity = Aktivität
pref-sidebarSortby-alphabetical = Name
pref-sidebarViewMode = Darstellung der Raumliste
pref-sidebarViewMode-help = Wie viel jeder Raum in der Liste zeigt.
pref-sidebarViewMode-extended = Erweitert
pref-sidebarViewMode-medium = Mittel
pref-sidebarViewMode-condensed = Kompakt
pref-sidebarDisplayAvatar = Profilbilder in der Raumliste zeigen
pref-sidebarDisplayAvatar-help = Bilder neben den Raumnamen.
pref-omnichannelTranscriptEmail = Chat-Protokoll immer per E-Mail senden
pref-omnichannelTranscriptEmail-help = Das Protokoll jeder geschlossenen Unterhaltung kommt per E-Mail zu dir.
pref-omnichannelTranscriptPDF = Chat-Protokoll immer als PDF exportieren
pref-omnichannelTranscriptPDF-help = Das Protokoll jeder geschlossenen Unterhaltung wird als PDF gespeichert (Premium).
pref-omnichannelHideConversationAfterClosing = Unterhaltungen nach dem Schließen ausblenden
pref-omnichannelHideConversationAfterClosing-help = Eine geschlossene Unterhaltung verschwindet aus deiner Liste.

## Die eingebauten Töne von Rocket.Chat

sound-chime = Glockenspiel
sound-door = Tür
sound-beep = Piepton
sound-chelle = Chelle
sound-ding = Ding
sound-droplet = Tropfen
sound-highbell = Helle Glocke
sound-seasons = Jahreszeiten
sound-telephone = Telefon
sound-outbound-call-ringing = Ausgehender Anruf klingelt
sound-call-ended = Anruf beendet
sound-dialtone = Wählton
sound-ringtone = Klingelton
sound-none = Kein Ton
