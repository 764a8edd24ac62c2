# The Security and Personal access tokens pages, and the second-factor prompt, in English.

## The second-factor prompt

second-factor-password = Confirm with your current password
second-factor-email = Enter the code the workspace emailed you
second-factor-totp = Enter the code from your authenticator app (or a backup code)
second-factor-backup = Enter one of your 8-character backup codes. Each one works once.
second-factor-prompt = { $action }: { $prompt }
second-factor-resent = A new code is on its way to your email. Earlier codes no longer work.
second-factor-emailed = We emailed a 6-digit code to the address of { $account }.
second-factor-emailed-account = We emailed a 6-digit code to the address of your account.
second-factor-email-received = Enter the code from the email you already received.
second-factor-expires = It expires at { $time }.
second-factor-use-app = Use the authenticator app
second-factor-use-backup = Use a backup code
second-factor-resend = Send the code again
second-factor-checking = Checking…
second-factor-confirm = Confirm

## Security

security-title = Security
security-loading = Loading…
security-two-factor = Two-factor authentication
security-two-factor-off = This workspace has two-factor authentication turned off.
security-totp = Authenticator app
security-totp-on = On. { $left ->
        [one] 1 of 12 backup codes left.
       *[other] { $left } of 12 backup codes left.
    }
security-totp-code = Code from the app (or a backup code)
security-totp-regenerate = New backup codes
security-turn-off = Turn off
security-turn-on = Turn on
security-totp-qr = QR code to add this account to an authenticator app
security-totp-scan = Scan the code with your authenticator app, or type this key into it ({ $account }):
security-totp-enter = Then enter the 6-digit code it shows
security-totp-verify = Verify and turn on
security-totp-off = Off. Sign-ins will ask for a code from an app such as Google Authenticator, 2FAS or KeePassXC.
security-totp-turn-on = Turn on the authenticator app
security-backup-title = Your backup codes, shown this once.
security-backup-help = Each works once, in place of a code from the app, if you lose your phone. Keep them somewhere safe.
security-copied = Copied
security-copy-all = Copy all
security-save-file = Save to a file
security-kept = I have kept them
security-saved-to = Saved to { $path }
security-email = Codes by email
security-email-on = On: sign-ins without the authenticator app get a code at { $email }.
security-email-unverified = The workspace sends codes only to a verified address, and { $email } is not verified yet. Use “Resend verification email” on the Profile page, open the link in that email, then come back here.
security-email-unverified-unknown = The workspace sends codes only to a verified address, and your email is not verified yet. Use “Resend verification email” on the Profile page, open the link in that email, then come back here.
security-email-off = Off. Turning it on signs your other devices out.
security-email-turn-on = Turn on email codes
security-email-turn-off = Turn off email codes
security-devices = Devices
security-device = Device
security-system = System
security-address = Address
security-signed-in = Signed in
security-this-device = (this device)
security-sign-out = Sign out
security-devices-unavailable = This workspace does not list devices (a Premium feature). You can still sign out everywhere else.
security-sign-out-others = Sign out all other sessions
security-others-done = Every other session is signed out; this one stays.
security-e2e = End-to-end encryption
security-e2e-help = The encryption password opens your encrypted rooms on new devices. Changing it here re-encrypts your key on this computer; the server never sees either password.
security-e2e-current = Current encryption password
security-e2e-new = New encryption password
security-e2e-confirm = Confirm the new encryption password
security-e2e-differ = The two new encryption passwords differ. Type the same one twice.
security-e2e-change = Change encryption password
security-e2e-changed = Encryption password changed.
security-e2e-no-keys = No encryption key yet: the first client that opens an encrypted room makes one.
security-reset-title = Reset the encryption key
security-reset-help = Removes your key: you lose access to encrypted messages until members of those rooms are online again. It signs you out everywhere, including here.
security-reset-confirm = Reset the key and sign out of every device, including this one?
security-reset-go = Reset and sign out
security-reset-open = Reset key…

## Personal access tokens

tokens-title = Personal access tokens
tokens-not-allowed = This workspace does not let your account have personal access tokens (the permission “create-personal-access-tokens”).
tokens-help = A token lets a script or tool act as you through the workspace's REST API. Tether shows a new token once and never keeps it.
tokens-copy-now = Copy the token “{ $name }” now: it will not be shown again.
tokens-token = Token
tokens-user-id = Your user id
tokens-copy = Copy token
tokens-done = Done
tokens-name = Name
tokens-name-example = For example: deploy script
tokens-require-2fa = Require two-factor authentication when the token is used
tokens-add = Add token
tokens-create = Create “{ $name }”
tokens-delete-action = Delete “{ $name }”
tokens-regenerate-action = Regenerate “{ $name }”
tokens-ask-delete = Delete the token “{ $name }”?
tokens-ask-regenerate = Regenerate the token “{ $name }”?
tokens-delete-warning = Scripts and integrations that use it stop working at once. This cannot be undone.
tokens-regenerate-warning = The current token stops working at once: scripts and integrations that use it need the new one.
tokens-signs-out = Tether itself is signed in to { $workspace } with this token: this signs Tether out here.
tokens-delete = Delete token
tokens-regenerate = Regenerate token
tokens-delete-sign-out = Delete token and sign out
tokens-regenerate-sign-out = Regenerate token and sign out
tokens-empty = No tokens yet.
tokens-created = Created
tokens-ends-with = Ends with
tokens-two-factor = Two-factor
tokens-used-by-tether = (Tether signs in with it)
tokens-ignored = Ignored
tokens-required = Required
tokens-regenerate-short = Regenerate
tokens-delete-short = Delete
