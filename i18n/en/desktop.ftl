# Tether's own words outside the window, in English: the tray's icon and menu, and the
# command line. The language every other one is checked against (see ui.ftl).

## The tray's first line and tooltip: what waits, across the workspaces

tray-nothing = Nothing unread
tray-mentions-in = { $count ->
        [one] 1 unread mention
       *[other] { $count } unread mentions
    } in { $workspace }
tray-mentions-across = { $count ->
        [one] 1 unread mention
       *[other] { $count } unread mentions
    } in { $workspaces } workspaces
tray-unread-in = { $count ->
        [one] 1 unread message
       *[other] { $count } unread messages
    } in { $workspace }
tray-unread-across = { $count ->
        [one] 1 unread message
       *[other] { $count } unread messages
    } in { $workspaces } workspaces
tray-dot-in = Unread messages in { $workspace }
tray-dot-across = Unread messages in { $workspaces } workspaces
tray-sign-in-to = Sign in again to { $workspace }
tray-sign-in-across = Sign in again to { $workspaces } workspaces
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether: { $summary }

## One workspace's line in the tray menu

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (last known; reconnecting)
tray-detail-sign-in = sign in again
tray-detail-mentions = { $mentions ->
        [one] 1 mention
       *[other] { $mentions } mentions
    }, { $unread } unread
tray-detail-unread = { $unread } unread
tray-detail-dot = unread messages
tray-detail-nothing = nothing unread

## The tray menu's entries

tray-open = Open Tether
tray-quit = Quit Tether
tray-notifications-on = Notifications on
tray-muted = Notifications muted
tray-muted-until = Notifications muted until { $time }
tray-muted-until-day = Notifications muted until { $day } { $time }
tray-mute-hour = Mute notifications for 1 hour
tray-mute-tomorrow = Mute notifications until tomorrow
tray-back-on = Turn notifications back on
tray-start-hidden = Start hidden at login

## Days of the week (for "muted until Monday 08:00")

weekday = { $day ->
        [mon] Monday
        [tue] Tuesday
        [wed] Wednesday
        [thu] Thursday
        [fri] Friday
        [sat] Saturday
       *[sun] Sunday
    }

## Tether's own desktop notifications

notify-test-title = Tether: test notification
notify-test-body = This is how notifications from { $workspace } will look. Click it to open the workspace in your browser.
notify-test-body-tether = This is how Tether's notifications will look.
notify-tray-title = Tether is still running
# $quit is tray-quit, the menu entry's own words.
notify-tray-body = It keeps watching your workspaces from the tray. To quit, choose “{ $quit }” in the tray menu.
notify-unnamed-contact = A contact
