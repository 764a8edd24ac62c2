# A Chatwoot workspace's pages, in English.

agent-stale = Showing what Tether last read: { $error }
agent-loading = Loading…

## Profile settings

agent-profile-title = Profile settings
agent-availability = Availability
agent-account = Account
agent-account-option = { $account } ({ $role })
agent-online = Online
agent-busy = Busy
agent-offline = Offline
agent-auto-offline = Go offline automatically when I am not signed in anywhere
agent-profile = Profile
agent-full-name = Your full name
agent-display-name = Display name
agent-display-name-help = The name customers and other agents see; your full name when empty.
agent-email = Your email address
agent-profile-saved = Your profile has been updated successfully
agent-email-unconfirmed = Chatwoot sent a confirmation link to { $wanted }. Your email address stays { $kept } until you follow it.
agent-offline-profile = Offline: your name and display name are kept on this computer and sent when the server is back; a new email address needs the server.
agent-updating = Updating…
agent-update-profile = Update profile
agent-password = Password
agent-current-password = Current password
agent-new-password = New password
agent-password-rules = Password rules
agent-rule-met = (met)
agent-rule-not-met = (not met yet)
agent-confirm-password = Confirm new password
agent-passwords-differ = The two passwords differ.
agent-password-changed = Your password has been changed.
agent-password-needs-server = Changing the password needs the server: reconnect first.
agent-changing = Changing…
agent-change-password = Change password
agent-rule-length = 6 to 128 characters
agent-rule-uppercase = At least 1 uppercase character (A–Z)
agent-rule-lowercase = At least 1 lowercase character (a–z)
agent-rule-digit = At least 1 number character (0–9)
agent-rule-special = At least 1 special character (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## The profile image

agent-image = Profile image
agent-image-too-big = That picture is { $size }; Chatwoot accepts profile images up to { $limit }.
agent-image-saved = Your profile image is saved.
agent-image-removed = Your profile image is removed.
agent-saving = Saving…
agent-upload = Upload a picture
agent-remove = Remove
agent-image-needs-server = The profile image needs the server: reconnect to change it.

## Edits waiting for the server

agent-pending-conflict = { $field } was changed on the server to { $server } while you changed it to { $mine }.
agent-pending-refused = { $field } was not accepted: { $reason }
agent-pending-waiting = { $field }: saved on this computer, sent when the server can be reached.
agent-keep-mine = Keep mine
agent-use-server = Use the server's
agent-discard = Discard my change
agent-field-name = Full name
agent-field-display-name = Display name
agent-field-audio = Audio notifications
agent-field-flags = Email and push notifications
agent-field-availability = Availability
agent-field-auto-offline = Go offline automatically
agent-value-empty = (empty)
agent-value-text = “{ $value }”
agent-value-on = on
agent-value-off = off
agent-value-other = other settings

## Notifications

agent-notifications-title = Notifications
agent-notifications-offline = Offline: your changes are kept on this computer and sent when the server is back.
agent-audio = Audio notifications
agent-audio-for = Play a sound for
agent-audio-none = None
agent-audio-assigned = Conversations assigned to me
agent-audio-all = All conversations
agent-audio-custom = Chosen in Chatwoot: { $scopes }.
agent-audio-mine = my assigned conversations
agent-audio-unassigned = new conversations needing attention
agent-audio-others = conversations assigned to others
agent-tone = Alert tone
agent-tone-ding = Ding
agent-tone-bell = Bell
agent-tone-chime = Chime
agent-tone-magic = Magic
agent-tone-ping = Ping
agent-volume = Volume
agent-play = Play
agent-only-inactive = Play only while Tether's window is not active
agent-repeat = Alert every 30 s while conversations assigned to me have unread messages
agent-email-notifications = Email notifications
agent-push-notifications = Push notifications
# $event is one of the events Chatwoot notifies of; one Tether does not know keeps its own $words.
agent-flag-event = { $event ->
        [conversation_creation] a new conversation is created
        [conversation_assignment] a conversation is assigned to me
        [conversation_mention] you are mentioned in a conversation
        [assigned_conversation_new_message] a new message is created in an assigned conversation
        [participating_conversation_new_message] a new message is created in a conversation you participate in
        [sla_missed_first_response] a conversation misses its first response SLA
        [sla_missed_next_response] a conversation misses its next response SLA
        [sla_missed_resolution] a conversation misses its resolution SLA
       *[other] { $words }
    }
# $channel is email or push; $when is agent-flag-event.
agent-flag = { $channel ->
        [push] Send push notifications when { $when }
       *[email] Send email notifications when { $when }
    }

## Security

agent-security-title = Security
agent-two-factor = Two-factor authentication
agent-two-factor-needs-session = Tether signed in to this workspace with your access token. Chatwoot lets two-factor sign-in be changed only from a session signed in with your email and password: sign out and sign in that way to change it.
agent-two-factor-on-codes = Two-factor sign-in is on.
agent-backup-help = Keep these backup codes somewhere safe: each one signs you in once if you lose your phone. They are shown only now.
agent-copied = Copied
agent-copy-codes = Copy the codes
agent-done = Done
agent-scan = Scan this code with your authenticator app, or type the key in, then enter the 6-digit code it shows.
agent-qr = Authenticator key for { $account }
agent-code = Code from the app
agent-turn-on = Turn on
agent-turn-off = Turn off
agent-two-factor-on = On: signing in asks for a code from your authenticator app.
agent-two-factor-off = Off. With two-factor sign-in, signing in also asks for a code from an authenticator app.
agent-devices = Signed-in devices
agent-unknown-device = Unknown device
agent-this-tether = (this Tether)
agent-last-active = last active { $when }
agent-sign-out = Sign out
agent-security-none = This Chatwoot server offers neither two-factor sign-in nor a list of signed-in devices.

## Access token

agent-token-title = Access token
agent-token-help = This token can be used to build API-based integrations with Chatwoot. Keep it secret: it acts as you.
agent-hide = Hide
agent-show = Show
agent-copy = Copy
agent-reset-title = Reset the access token?
agent-reset-text = The current token stops working at once: integrations and scripts that use it stop working until you give them the new one.
agent-reset-text-tether = The current token stops working at once: integrations and scripts that use it stop working until you give them the new one. Tether signed in with it and switches to the new one by itself.
agent-reset-token = Reset token
agent-resetting = Resetting…
agent-reset-done = A new token was made. The old one no longer works.
agent-token-needs-server = The access token needs the server: reconnect to see, copy or reset it.
