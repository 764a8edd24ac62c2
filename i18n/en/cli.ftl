# The command line's words, in English (`tether --help`, its results and errors). The command
# names and options themselves are not translated.

cli-usage =
    Usage:
      tether                                   open Tether
      tether notify test [--require-interaction]
                                               show a test notification
      tether sound list                        list the sounds (built in, then each workspace's own)
      tether sound play <id> [--volume 0-100]  play a sound (volume 100 unless given)
      tether update check                      say whether a newer Tether is available
      tether update install                    download, verify and install it (restart after)
      tether --hidden                          open Tether in the tray, without its window
      tether --help                            this text

    Exit codes: 0 done (or up to date), 1 other failure, 2 wrong usage, 3 no notification
    service, 4 notifications turned off for Tether, 5 the desktop's do-not-disturb is on,
    6 the notification service did not answer, 7 no audio device, 8 no such sound,
    9 the sound file cannot be played, 10 an update is available, 11 couldn't check for
    updates, 12 the update is not signed by Tether's key, 13 this copy cannot install updates
    (not installed from a Tether package), 14 updates are turned off by the administrator,
    15 the install failed, 16 the download failed.
    Environment: TETHER_DATA_DIR (where Tether keeps its data), TETHER_LOG (log filter),
    TETHER_DISABLE_UPDATES=1 (no update checks; also update.json next to the app or in
    /etc/tether with {"{"}"enabled": false{"}"}).
cli-bad-volume = the volume is a whole number from 0 to 100, not “{ $volume }”
cli-unknown-command = unknown command “{ $command }”
cli-cannot-start = cannot start: { $reason }
cli-notification-shown = A test notification was shown.
cli-notification-shown-sticky = A test notification was shown; it stays until you dismiss it.
cli-sound-custom = (the workspace's own)
cli-sound-played = Played “{ $sound }” at volume { $volume }.
cli-up-to-date = Tether { $version } is up to date.
cli-update-available = Tether { $version } is available (you have { $current }).
cli-update-available-size = Tether { $version } is available (you have { $current }, { $size }).
cli-update-not-applied = Installing this version was tried before and did not take; automatic checks no longer offer it.
cli-update-skipped = You chose to skip this version; automatic checks do not offer it.
cli-update-admin = Installing it needs administrator rights: the desktop may ask for a password.
cli-update-installed = Tether { $version } is installed. Restart Tether to use it.
cli-downloading = downloading: { $received } of { $total } bytes ({ $percent })
cli-downloading-unknown = downloading: { $received } bytes
