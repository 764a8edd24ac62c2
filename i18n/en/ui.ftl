# Tether's window, in English: the language every other one is checked against.
# Placeables ({ $name }) must be the same in every language; plurals follow each language's
# CLDR categories (one, few, many, other…).

## The window's frame

shell-add-workspace-back = ← Add a workspace
shell-about-link = About Tether
nav-account = Account
nav-profile = Profile
nav-preferences = Preferences
nav-security = Security
nav-tokens = Personal access tokens
nav-notifications = Notifications
nav-access-token = Access token
nav-administration = Administration
nav-users = Users
nav-tether = Tether
nav-about = About

## Tether's own do-not-disturb

quiet-title = Notifications
quiet-on = On
quiet-muted-until = Muted until { $time }
quiet-turn-on = Turn back on
quiet-mute-hour = Mute for 1 hour
quiet-mute-tomorrow = Mute until tomorrow

## The workspace switcher

switcher-none = No workspace
switcher-not-signed-in = Not signed in
switcher-chatwoot = Chatwoot
switcher-add = Add workspace
switcher-sign-out = Sign out of { $workspace }
switcher-remove = Remove { $workspace }…
switcher-unread =
    { $mentions ->
        [one] 1 mention
       *[other] { $mentions } mentions
    }, { $unread ->
        [one] 1 unread
       *[other] { $unread } unread
    }
switcher-unread-dot = Unread messages
switcher-stale = { $counts } (last known; reconnecting)

## A workspace's connection

connection-online = Online
connection-connecting = Connecting…
connection-offline = Offline
connection-certificate-untrusted = Certificate not trusted
connection-signed-out = Signed out
connection-not-signed-in = Not signed in

## About

about-title = About Tether
about-summary = Manage your chat workspace accounts from a small, fast desktop app.
about-licence = Free software under the MIT or the Apache 2.0 licence, at your option.
about-shortcuts = Keyboard shortcuts
about-help = Help and bug reports
about-open-logs = Open the log folder
about-copy-diagnostics = Copy diagnostics
about-diagnostics-copied = Copied. It names versions and desktop services only: no addresses, user names or tokens.

## Keyboard shortcuts (the keys themselves are not translated)

shortcut-workspace = Show the first to ninth workspace
shortcut-preferences = Open Preferences (a Chatwoot workspace: its notification settings)
shortcut-close = Close the window (Tether stays in the tray when there is one)
shortcut-escape = Close a dialog or menu; focus goes back where it was
shortcut-tab = Move between controls

## Adding a workspace

add-title = Add a workspace
add-hint = Enter the address of your Rocket.Chat or Chatwoot workspace, as in your browser.
add-address = Workspace address
add-certificate-changed = The certificate changed
add-certificate-untrusted = Untrusted certificate
add-fingerprint = SHA-256 fingerprint of { $host }
add-trust = Trust this certificate
add-connecting = Connecting…
add-connect = Connect

## Signing in

signin-title = Sign in to { $workspace }
signin-two-factor = Two-factor authentication
signin-back = Back
signin-method = Sign-in method
signin-email = Email
signin-username-or-email = Username or email
signin-password = Password
signin-token = Access token
signin-chatwoot-token-hint = For single sign-on accounts: copy the access token from Chatwoot (Profile settings › Access token) and paste it here.
signin-rocketchat-token-hint = For single sign-on accounts, or workspaces without password sign-in: create a personal access token in the web client (Account › Personal Access Tokens) and paste it here with the user id shown next to it.
signin-user-id = User id
signin-personal-token = Personal access token
signin-busy = Signing in…
signin-submit = Sign in

## Words many pages share

common-cancel = Cancel
common-saving = Saving…
common-saved = Saved.
common-try-again = Try again
common-trying = Trying…
common-none = —
status-online = Online
status-away = Away
status-busy = Busy
status-offline = Offline

## Updates (About)

update-title = Updates
update-installed = Tether was updated to { $version }.
update-not-applied = The update to { $version } did not take: Tether is still { $running }. It will not be offered again automatically; “Check for updates” still shows it.
update-skipped = skipped
update-failed-before = Installing this version did not take before.
update-not-installable = This copy of Tether was not installed from a Tether package, so it does not replace itself.
update-get-from = Get Tether { $version } from { $page }.
update-get-elsewhere = Get it where you got this copy, or from your distribution's packages.
update-progress = Download progress
update-password-note = Your system may ask for an administrator password to install it.
update-install = Install and restart
update-download = Download
update-skip = Skip this version
update-check = Check for updates
update-settings = Settings
update-automatic = Check for updates automatically (at start and every few hours)
update-channel = Release channel
update-stable = Stable releases
update-beta = Beta releases too (earlier, less tested)
update-deb = Installed from Tether's .deb package
update-rpm = Installed from Tether's .rpm package
update-appimage = AppImage ({ $path })
update-windows = Installed with Tether's Windows installer
update-mac = Tether.app
update-not-managed = Not installed from a Tether package ({ $path })
update-not-checked = Not checked yet.
update-checking = Checking for updates…
update-passed-over = No update offered (checked { $checked }): { $version } was skipped or did not install before. “Check for updates” shows it.
update-up-to-date = Tether { $version } is up to date (checked { $checked }).
update-available = Tether { $version } is available.
update-downloading = Downloading…
update-downloading-percent = Downloading… { $percent }
update-ready = Tether { $version } is downloaded and verified.
update-installing = Installing Tether { $version }…

## Removing a workspace

remove-title = Remove { $workspace }?
remove-signed-in = Tether signs @{ $username } out of { $address }, deletes the saved session from your keyring and everything it keeps for this workspace on this computer, including edits not yet sent. Your account on the server is not changed.
remove-signed-out = Tether deletes the saved session from your keyring and everything it keeps for this workspace on this computer, including edits not yet sent. Your account on the server is not changed.
remove-busy = Removing…
remove-confirm = Remove
