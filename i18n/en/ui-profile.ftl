# The Profile page, in English.

profile-title = Profile
profile-loading = Loading your profile…
profile-shown-as-saved = Showing your profile as saved on { $date }.
profile-offline = Offline — { $workspace } cannot be reached.
profile-trust = Trust this certificate
profile-connecting = Connecting…
profile-nickname = Nickname
profile-bio = Bio
profile-email = Email
profile-roles = Roles
profile-verified = Verified
profile-not-verified = Not verified
profile-up-to-date = Up to date with the server.
profile-saved-on = Saved on { $date }.

## Edits made offline, waiting for the server

pending-waiting = Waiting to be sent: { $fields }.
pending-refused = Your offline change of the { $field } to “{ $value }” was not taken. { $reason }
pending-conflict = { $field } was changed on the server to “{ $server }” while you changed it here to “{ $value }”. Which one stays?
pending-keep-server = Keep the server's
pending-keep-mine = Keep mine
pending-try-mine = Try mine again

## The fields' names

field-name = Name
field-username = Username
field-nickname = Nickname
field-bio = Bio
field-status = Status
field-status-text = Status message
field-email = Email

## Editing the profile

profile-locked = The workspace does not allow changing this.
profile-old-server = This workspace's Rocket.Chat is older than 6.4: change this in its web client.
profile-sso = Your account signs in through an identity provider (single sign-on or LDAP): change this there.
profile-username-available = { $username } is available.
profile-username-taken = { $username } is already taken. Choose another one.
profile-username-invalid = { $username } cannot be a username here.
profile-presence = Others see you as { $presence ->
        [online] online
        [away] away
        [busy] busy
       *[offline] offline
    } now.
profile-presence-no-app = Others see you as offline now (no app of yours is connected).
profile-not-verified-yet = Not verified yet.
profile-verification-sent = We sent a new verification email to { $address }.
profile-sending = Sending…
profile-resend-verification = Resend verification email
profile-custom-fields = More about you
profile-custom-required = { $field } (required)
profile-custom-needs-server = Custom fields need the server: reconnect to change them.
profile-new-password = New password
profile-confirm-password = Confirm new password
profile-password-rules = Password rules
profile-rule-met = (met)
profile-rule-not-met = (not met yet)
profile-passwords-differ = The two passwords differ.
profile-passwords-differ-error = The two new passwords differ. Type the same password twice.
profile-needs-server = Username, email and password changes need the server: reconnect to change them.
profile-queued = Saved on this computer. Tether sends it when the workspace can be reached again, even after a restart.
profile-save = Save changes
profile-save-label = Save your profile

## What the server did not take of a save

not-kept-field = { $field ->
        [name] name
        [username] username
        [nickname] nickname
        [bio] bio
        [status] status
        [status_text] status message
       *[email] email address
    }

# $kept is not-kept-empty or not-kept-as.
not-kept-empty = empty
not-kept-as = as “{ $value }”
not-kept-cleared = The server kept your { $field } { $kept }: this workspace does not clear a { $field }. To change it, enter a new one.
not-kept-other = The server kept your { $field } { $kept } instead of “{ $wanted }”.

## Password rules

rule-min-length = { $count ->
        [one] At least 1 character
       *[other] At least { $count } characters
    }
rule-max-length = { $count ->
        [one] At most 1 character
       *[other] At most { $count } characters
    }
rule-no-repeating = { $count ->
        [one] No character twice in a row
       *[other] No character more than { $count } times in a row
    }
rule-lowercase = A lowercase letter (a–z)
rule-uppercase = An uppercase letter (A–Z)
rule-number = A number (0–9)
rule-special = A symbol, such as ! ? # or -

## Other sessions

sessions-title = Other sessions
sessions-done = Every other place is signed out. This device stays signed in.
sessions-confirm = Sign out every other browser, app and device signed in as @{ $username }? This device stays signed in.
sessions-busy = Signing out…
sessions-sign-out = Sign them out
sessions-open = Log out from other logged-in locations

## The avatar

avatar-label = Avatar
avatar-uploading = Uploading…
avatar-upload = Upload a picture
avatar-from-web = Use a picture from the web
avatar-reset-done = Your avatar is back to your initials.
avatar-resetting = Resetting…
avatar-reset = Use my initials
avatar-saved = Your new avatar is saved.
avatar-address = Picture address (PNG, JPEG or WebP)
avatar-use = Use this picture
avatar-locked = The workspace does not allow changing avatars.
avatar-needs-server = Changing the avatar needs the server: reconnect to change it.
avatar-limit = PNG, JPEG, GIF or WebP, up to { $size }.
avatar-wrong-type = Choose a PNG, JPEG, GIF or WebP picture.
avatar-too-big = That picture is { $size }; the workspace accepts at most { $limit }. Choose a smaller one.

## Deleting the account

delete-title = Delete my account
delete-summary = Deletes your account @{ $username } on { $workspace } for good. This cannot be undone.
delete-needs-server = Deleting your account needs the server: reconnect first.
delete-password = Your password
delete-type-username = Type your username, { $username }, to confirm
delete-only-owner = You are the only owner of some rooms.
delete-rooms-removed = These rooms will be removed, since nobody else is in them:
delete-rooms-new-owner = These rooms will get another member as their new owner:
delete-busy = Deleting…
delete-agree = Agree and delete my account
