# Administration › Users, in English.

admin-title = Users
admin-seats-title = Seats in use / seats in the license
admin-seats-meter = Seats in use
admin-seats = { $active }/{ $max } seats · { $available } available
admin-seats-unlimited = Unlimited seats ({ $active } in use)
admin-invite = Invite
admin-new-user = New user
admin-seats-exceeded = All the license's seats are taken: new users, invitations and activations are off until seats are freed or more are bought.
admin-cached = { $workspace } cannot be reached: this list was read { $when }. Actions need the server.
admin-tabs = Users by status
admin-tab-all = All
admin-tab-pending = Pending
admin-tab-active = Active
admin-tab-deactivated = Deactivated
admin-search = Search users
admin-search-label = Search by name, username or email
admin-all-roles = All roles
admin-roles-chosen = Roles ({ $count })
admin-total = { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
admin-now-active = { $name } is active.
admin-welcome-sent = The welcome email was sent to { $email }.
admin-never = Never

## The table

admin-table = Users
admin-column-name = Name
admin-column-username = Username
admin-column-email = Email
admin-column-pending = Pending action
admin-column-registration = Registration status
admin-column-roles = Roles
admin-loading = Loading…
admin-resend-welcome = Resend welcome email
admin-seats-taken = All seats are taken
admin-activate = Activate
admin-first-login = User first log in
admin-activation = Activation
registration-deactivated = Deactivated
registration-federated = Federated
registration-pending = Pending
registration-active = Active

## User info

admin-info-title = User info
admin-info-close = Close user info
admin-close = Close
admin-roles = Roles
admin-email = Email
admin-email-not-verified = { $email } (not verified)
admin-local-time = Local time
admin-unknown = Unknown
admin-last-login = Last login
admin-created = Created at
admin-status-text = Status message
admin-nickname = Nickname
admin-bio = Bio
admin-dm = Direct message
admin-edit = Edit
admin-actions-offline = Actions need the server, which cannot be reached now.

## Actions on a user

admin-more = More actions
admin-remove-admin = Remove Admin
admin-make-admin = Make Admin
admin-reset-e2e = Reset E2E key
admin-reset-totp = Reset TOTP
admin-deactivate = Deactivate
admin-delete = Delete
admin-erasure-delete = All their messages are deleted too.
admin-erasure-unlink = Their messages stay, shown as from a removed user.
admin-erasure-keep = Their messages stay, under their name.
admin-ask-remove-admin = Remove { $name } as admin?
admin-ask-remove-admin-text = They lose access to the workspace's administration at once.
admin-ask-make-admin = Make { $name } an admin?
admin-ask-make-admin-text = Admins have full access to the workspace's settings and administration.
admin-ask-reset-totp = Reset { $name }'s two-factor authentication (TOTP)?
admin-ask-reset-totp-text = If they use an authenticator app, it stops working for this account, and they are logged out everywhere. They can set it up again from their profile.
admin-ask-reset-e2e = Reset { $name }'s end-to-end encryption key?
admin-ask-reset-e2e-text = They are logged out everywhere. A new key is made when they sign in again; their encrypted rooms open again once another member is online.
admin-reset-key = Reset key
admin-ask-deactivate = Deactivate { $name }?
admin-ask-deactivate-text = They are logged out everywhere and cannot sign in until activated again. Their account, rooms and messages are kept.
admin-ask-activate = Activate { $name }?
admin-ask-activate-text = They can sign in again at once.
admin-ask-delete = Delete { $name }?
admin-ask-delete-text = Their account is removed and they are logged out. { $erasure } This cannot be undone.
admin-no-longer-admin = { $name } is no longer an admin.
admin-now-admin = { $name } is now an admin.
admin-totp-reset = { $name }'s two-factor authentication was reset; they were logged out.
admin-e2e-reset = { $name }'s encryption key was reset; they were logged out.
admin-deactivated = { $name } is deactivated and was logged out.
admin-deleted = { $name } was deleted.
admin-last-owner = { $name } is the last owner of some rooms.
admin-rooms-change-owner = These rooms get another member as owner:
admin-rooms-removed = These rooms have no other member and are removed:
admin-delete-anyway = Delete anyway
admin-deactivate-anyway = Deactivate anyway

## Adding and editing a user

admin-save-user = Save user
admin-add-user = Add user
admin-saved = { $name } was saved.
admin-created-user = { $name } was created.
admin-picture-saved = The new picture is saved.
admin-picture-url-saved = The picture from that address is saved.
admin-picture-reset = The avatar is back to the initials.
admin-edit-title = Edit { $name }
admin-picture = Profile picture
admin-upload = Upload a picture
admin-avatar-url = Use URL for avatar
admin-use-url = Use URL
admin-reset-initials = Reset to initials
admin-mark-verified = Mark email as verified
admin-name = Name
admin-username = Username
admin-password = Password
admin-keep-password = Keep the current password
admin-random-password = Set randomly and send by email
admin-random-password-no-smtp = Set randomly and send by email (needs the workspace's email settings)
admin-manual-password = Set manually
admin-confirm-password = Confirm password
admin-passwords-differ = The passwords do not match.
admin-give-password = You give this password to the user yourself.
admin-require-change = Require password change
admin-send-welcome = Send welcome email
admin-send-welcome-no-smtp = Send welcome email (needs the workspace's email settings)

## Inviting users

admin-invite-title = Invite users
admin-invite-no-smtp = Invitations are sent by email, and this workspace's email (SMTP) is not set up. An admin can set it up under Workspace › Settings › Email.
admin-invite-emails = Email addresses
admin-invite-help = Separate addresses with commas, semicolons or spaces.
admin-invite-sent = Invitation sent to { $emails }.
admin-invite-send = Send
