# The Preferences page, in English. The preferences' own names (pref-<key>, pref-<key>-help and
# pref-<key>-<value> for a choice) follow core's catalogue (crates/core/src/preferences/catalog.rs):
# the catalogue test fails when one is missing or left over.

prefs-title = Preferences
prefs-offline = { $workspace } cannot be reached. Your changes are kept on this computer and sent as soon as it is back.
prefs-conflicts = { $count ->
        [one] One preference was also changed elsewhere: choose which value stays.
       *[other] { $count } preferences were also changed elsewhere: choose which value stays.
    }
prefs-refused = { $count ->
        [one] One change was refused by the server: see below.
       *[other] { $count } changes were refused by the server: see below.
    }
prefs-pending = { $count ->
        [one] One change is waiting to be sent.
       *[other] { $count } changes are waiting to be sent.
    }
prefs-all-saved = All changes saved to the server.
prefs-not-read = Not read from the server yet: showing the workspace defaults.
prefs-loading = Loading your preferences…
prefs-not-set = Not set
prefs-play = Play
prefs-play-sound = Play { $sound }
prefs-words-placeholder = word, another phrase
prefs-waiting = Waiting to be sent
prefs-workspace-default = Workspace default
prefs-changed-by-you = Changed by you
prefs-reset = Reset to default ({ $value })
prefs-conflict = Changed on another device to { $theirs } while you chose { $mine } here. Which one stays?
prefs-take-theirs = Take theirs
prefs-keep-mine = Keep mine
prefs-refused-value = The server refused “{ $value }”: { $reason }
prefs-drop = Drop this change
prefs-test-title = Test desktop notifications
prefs-test-help = Shows a notification on this computer now, so you know new messages will be seen.
prefs-test-showing = Showing…
prefs-test-send = Send a test notification
prefs-test-shown = A test notification was shown. Not seeing it? Check your desktop's notification settings.

## A value in words

value-not-set = not set
value-on = On
value-off = Off
value-no-words = no words
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] hour
           *[other] hours
        }
        [seconds] { $value ->
            [one] second
           *[other] seconds
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] hours
        [seconds] seconds
       *[other] { $unit }
    }

## My data

data-title = My Data
data-help = Your data is prepared in a queue; a link to the file is emailed to you. One request of each kind per 24 hours.
data-requesting = Requesting…
data-download = Download my data (HTML)
data-export = Export my data (JSON)
data-requested = { $full ->
        [yes] Requested: your full export is being prepared ({ $status }).
       *[no] Requested: your data is being prepared ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] One request is ahead of it.
       *[other] { $ahead } requests are ahead of it.
    } You will get an email with the link.
data-already = You already asked on { $asked } (status: { $status }). You can ask again after { $next }.
data-ready = It is ready: see the link in your email.
data-unknown-time = an unknown time

## The groups, in Rocket.Chat's order

group-localization = Localization
group-user_presence = User Presence
group-notifications = Notifications
group-messages = Messages
group-highlights = Highlights
group-sound = Sound
group-appearance = Appearance
group-sidebar = Sidebar
group-omnichannel = Omnichannel

## The preferences

pref-language-workspace = The workspace's language
pref-language = Language
pref-language-help = The language of Rocket.Chat's interface.
pref-clockMode = Clock
pref-clockMode-help = How times are shown.
pref-clockMode-0 = The language's default
pref-clockMode-1 = 12-hour
pref-clockMode-2 = 24-hour
pref-utcOffset = Time zone offset
pref-utcOffset-help = Your offset from UTC in hours, used for times in emails.
pref-enableAutoAway = Enable auto-away
pref-enableAutoAway-help = Your status changes to away after the idle time below.
pref-idleTimeLimit = Idle time limit
pref-idleTimeLimit-help = Seconds without activity before you appear away (at least 60).
pref-desktopNotificationRequireInteraction = Require interaction to dismiss desktop notifications
pref-desktopNotificationRequireInteraction-help = Notifications stay until you act on them.
pref-desktopNotifications = Show desktop notifications for
pref-desktopNotifications-help = Which messages show a desktop notification.
pref-desktopNotifications-all = All messages
pref-desktopNotifications-mentions = Mentions
pref-desktopNotifications-nothing = Nothing
pref-pushNotifications = Send push notifications for
pref-pushNotifications-help = Which messages send a push notification to your phone.
pref-pushNotifications-all = All messages
pref-pushNotifications-mentions = Mentions
pref-pushNotifications-nothing = Nothing
pref-emailNotificationMode = Offline email notifications
pref-emailNotificationMode-help = Which messages are emailed to you while you are offline (your email address must be verified).
pref-emailNotificationMode-mentions = Every mention or direct message
pref-emailNotificationMode-nothing = Disabled
pref-receiveLoginDetectionEmail = Receive login detection emails
pref-receiveLoginDetectionEmail-help = An email each time someone signs in to your account (Premium workspaces).
pref-notifyCalendarEvents = Notify calendar events
pref-notifyCalendarEvents-help = Notifications for your calendar's events.
pref-enableMobileRinging = Mobile ringing
pref-enableMobileRinging-help = Calls ring on your phone.
pref-desktopNotificationVoiceCalls = Voice call notifications
pref-desktopNotificationVoiceCalls-help = Desktop notifications for incoming voice calls.
pref-unreadAlert = Unread tray icon alert
pref-unreadAlert-help = The tray icon highlights when you have unread messages.
pref-showThreadsInMainChannel = Always show thread replies in the main channel
pref-showThreadsInMainChannel-help = Thread replies also appear in the room, whatever the sender chose.
pref-alsoSendThreadToChannel = Also send thread messages to channel
pref-alsoSendThreadToChannel-help = How the “Also send to channel” box starts when you reply in a thread.
pref-alsoSendThreadToChannel-default = Selected for the first reply, unselected for the rest
pref-alsoSendThreadToChannel-always = Selected by default
pref-alsoSendThreadToChannel-never = Unselected by default
pref-useEmojis = Use emojis
pref-useEmojis-help = Show the emoji picker and emojis.
pref-convertAsciiEmoji = Convert ASCII to emoji
pref-convertAsciiEmoji-help = Typing :) shows 🙂.
pref-autoImageLoad = Auto-load images
pref-autoImageLoad-help = Images load without a click.
pref-saveMobileBandwidth = Save mobile bandwidth
pref-saveMobileBandwidth-help = Use less data on mobile connections.
pref-collapseMediaByDefault = Collapse embedded media by default
pref-collapseMediaByDefault-help = Images and videos in messages start collapsed.
pref-hideFlexTab = Hide contextual bar by clicking outside of it
pref-hideFlexTab-help = The room's side panel closes when you click elsewhere.
pref-displayAvatars = Display avatars
pref-displayAvatars-help = Show people's pictures beside their messages.
pref-hideUsernames = Hide usernames
pref-hideUsernames-help = Show names only, not @usernames, in messages.
pref-hideRoles = Hide roles
pref-hideRoles-help = Do not show role tags beside names.
pref-mentionsWithSymbol = Show mentions with the @ symbol
pref-mentionsWithSymbol-help = Mentions keep their @ when displayed.
pref-sendOnEnter = Enter key behavior
pref-sendOnEnter-help = What the Enter key does in the message box.
pref-sendOnEnter-normal = Normal mode (send with Enter)
pref-sendOnEnter-alternative = Alternative mode (send with Enter + Ctrl/Alt/Shift/Cmd)
pref-sendOnEnter-desktop = Desktop mode (only send with Enter on a desktop)
pref-highlights = Highlight words
pref-highlights-help = Words or phrases, separated by commas, that notify you when anyone writes them.
pref-newRoomNotification = New room notification
pref-newRoomNotification-help = The sound when you are added to a room.
pref-newMessageNotification = New message notification
pref-newMessageNotification-help = The sound for each new message.
pref-muteFocusedConversations = Mute focused conversations
pref-muteFocusedConversations-help = No sound for the room you are looking at.
pref-masterVolume = Master volume
pref-masterVolume-help = The volume of every sound.
pref-notificationsSoundVolume = Notification sound volume
pref-notificationsSoundVolume-help = The volume of notification sounds, within the master volume.
pref-voipRingerVolume = Call ringer volume
pref-voipRingerVolume-help = The volume of the ringer for incoming calls.
pref-themeAppearence = Theme
pref-themeAppearence-help = Light, dark or high-contrast colours.
pref-themeAppearence-auto = Match the system
pref-themeAppearence-light = Light
pref-themeAppearence-dark = Dark
pref-themeAppearence-high-contrast = High contrast
pref-fontSize = Font size
pref-fontSize-help = The size of text in the web client.
pref-fontSize-14px = Small
pref-fontSize-100pct = Default
pref-fontSize-18px = Medium
pref-fontSize-20px = Large
pref-fontSize-24px = Extra large
pref-sidebarShowFavorites = Group favorites
pref-sidebarShowFavorites-help = Favorite rooms get their own section.
pref-sidebarShowUnread = Group unread rooms
pref-sidebarShowUnread-help = Rooms with unread messages get their own section.
pref-sidebarGroupByType = Group by type
pref-sidebarGroupByType-help = Channels, teams and direct messages in separate sections.
pref-sidebarSortby = Sort rooms by
pref-sidebarSortby-help = The order of the room list.
pref-sidebarSortby-activity = Activity
pref-sidebarSortby-alphabetical = Name
pref-sidebarViewMode = Room list display
pref-sidebarViewMode-help = How much each room in the list shows.
pref-sidebarViewMode-extended = Extended
pref-sidebarViewMode-medium = Medium
pref-sidebarViewMode-condensed = Condensed
pref-sidebarDisplayAvatar = Show avatars in the room list
pref-sidebarDisplayAvatar-help = Pictures beside room names.
pref-omnichannelTranscriptEmail = Always send the chat transcript by email
pref-omnichannelTranscriptEmail-help = Each closed conversation's transcript is emailed to you.
pref-omnichannelTranscriptPDF = Always export the chat transcript as PDF
pref-omnichannelTranscriptPDF-help = Each closed conversation's transcript is saved as a PDF (Premium).
pref-omnichannelHideConversationAfterClosing = Hide conversations after closing
pref-omnichannelHideConversationAfterClosing-help = A closed conversation leaves your list.

## Rocket.Chat's built-in sounds

sound-chime = Chime
sound-door = Door
sound-beep = Beep
sound-chelle = Chelle
sound-ding = Ding
sound-droplet = Droplet
sound-highbell = Highbell
sound-seasons = Seasons
sound-telephone = Telephone
sound-outbound-call-ringing = Outbound call ringing
sound-call-ended = Call ended
sound-dialtone = Dial tone
sound-ringtone = Ringtone

sound-none = No sound
