//! What to do with a realtime `<uid>/notification` event (reference §9.2): show a desktop
//! notification, play a sound, both or neither, as the user's preferences say. A pure function,
//! table-tested; the shell's notifier and sound player carry out the decision.
//!
//! Rules, in order:
//! 1. Nothing while the user is busy (the server skips these too) or while Tether's own
//!    do-not-disturb runs.
//! 2. The server sends `<uid>/notification` only after applying the user's
//!    `desktopNotifications`, the room's own settings, highlight words, thread replies and
//!    group mentions (`sendNotificationsOnMessage`): an event is a notification the server
//!    decided to show, and Tether shows it. Only while a local edit of `desktopNotifications`
//!    waits to be sent and differs from the server's value does Tether filter again with the
//!    edited mode (`mentions`: the message mentions the user, `@all` or `@here`, or is a direct
//!    message; `nothing`), keeping the offline-first promise that an edit applies at once. It
//!    stays until dismissed with `desktopNotificationRequireInteraction`.
//! 3. The sound is the room's own (`audioNotificationValue`, `default` meaning the user's) or
//!    the user's `newMessageNotification`; `none` is silence. With `muteFocusedConversations`,
//!    no sound while Tether's window shows that workspace (Tether has no open rooms, so the
//!    notification itself still shows). Volume = master × notification volume; 0 is silence.
//!    No sound while the desktop is in do-not-disturb: the notification still goes to the
//!    desktop's service, which holds it back and keeps it in its history.

use chrono::{DateTime, Utc};
use serde_json::Value;

/// A `<uid>/notification` event's fields Tether uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    /// The notification's title (room name or sender).
    pub title: String,
    /// Its text (`sender: message`).
    pub text: String,
    /// The room id.
    pub rid: String,
    /// The room type: `c`, `p`, `d`, `l`, `v`.
    pub room_type: String,
    /// The room name (for its address).
    pub room_name: Option<String>,
    /// The message text, to find mentions.
    pub message: String,
    /// The room's own sound for this user, when set.
    pub room_sound: Option<String>,
}

impl Incoming {
    /// Reads the event's first argument; `None` if it is not a notification.
    pub fn parse(arg: &Value) -> Option<Incoming> {
        let payload = arg.get("payload")?;
        let text = |v: &Value| v.as_str().map(str::to_owned);
        Some(Incoming {
            title: text(&arg["title"]).unwrap_or_default(),
            text: text(&arg["text"]).unwrap_or_default(),
            rid: text(&payload["rid"])?,
            room_type: text(&payload["type"]).unwrap_or_else(|| "c".into()),
            room_name: text(&payload["name"]),
            message: text(&payload["message"]["msg"]).unwrap_or_default(),
            room_sound: text(&payload["audioNotificationValue"]),
        })
    }

    /// Whether the message mentions `username`, `@all` or `@here`.
    pub fn mentions(&self, username: &str) -> bool {
        self.message
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '@' | '.' | '_' | '-')))
            .any(|word| {
                word.strip_prefix('@').is_some_and(|name| {
                    name.eq_ignore_ascii_case(username) || name == "all" || name == "here"
                })
            })
    }

    /// The room's address on the workspace, for "open in the browser". The name and id come
    /// from the server and are percent-encoded, so they stay one path segment.
    pub fn room_path(&self) -> String {
        let name = segment(self.room_name.as_deref().unwrap_or(&self.rid));
        let rid = segment(&self.rid);
        match self.room_type.as_str() {
            "p" => format!("group/{name}"),
            "d" => format!("direct/{rid}"),
            "l" | "v" => format!("live/{rid}"),
            _ => format!("channel/{name}"),
        }
    }
}

/// `text` as one URL path segment: RFC 3986's unreserved characters stay, the rest is
/// percent-encoded.
fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The user's preferences and Tether's state that decide.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// The signed-in user's username (for mentions).
    pub username: String,
    /// A local edit of `desktopNotifications` (`all`, `mentions` or `nothing`) not on the
    /// server yet and different from the server's value; `None` when the server's own choice
    /// (already applied before it sent the event) stands.
    pub pending_desktop: Option<String>,
    /// `desktopNotificationRequireInteraction`.
    pub require_interaction: bool,
    /// `newMessageNotification`: a sound id or `none`.
    pub new_message_sound: String,
    /// `newRoomNotification`: a sound id or `none`.
    pub new_room_sound: String,
    /// `muteFocusedConversations`.
    pub mute_focused: bool,
    /// `masterVolume` (0–100; 100 when the server has none).
    pub master_volume: u8,
    /// `notificationsSoundVolume` (0–100).
    pub notification_volume: u8,
    /// The user's status is busy.
    pub busy: bool,
    /// Tether's window is focused and shows this workspace.
    pub focused: bool,
    /// The desktop's own do-not-disturb is on.
    pub desktop_quiet: bool,
    /// Tether's own do-not-disturb runs until then.
    pub do_not_disturb_until: Option<DateTime<Utc>>,
}

/// A sound to play.
#[derive(Debug, Clone, PartialEq)]
pub struct Sound {
    /// A built-in or custom sound id.
    pub id: String,
    /// 0.0–1.0: master × notification volume.
    pub volume: f32,
}

/// What to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Show a desktop notification (staying until dismissed when `true`).
    pub show: Option<bool>,
    /// Play a sound.
    pub sound: Option<Sound>,
    /// Why nothing or less than everything happens, for logs and the UI.
    pub why: Option<&'static str>,
}

/// Decides what a notification event does (see the module's rules).
pub fn decide(event: &Incoming, ctx: &Context, now: DateTime<Utc>) -> Decision {
    let nothing = |why| Decision {
        show: None,
        sound: None,
        why: Some(why),
    };
    if ctx.busy {
        return nothing("your status is busy");
    }
    if ctx.do_not_disturb_until.is_some_and(|until| until > now) {
        return nothing("Tether's do-not-disturb is on");
    }
    let show = match ctx.pending_desktop.as_deref() {
        Some("nothing") => false,
        // As Rocket.Chat: a direct message counts as a mention.
        Some("mentions") => event.room_type == "d" || event.mentions(&ctx.username),
        _ => true,
    };
    let sound_id = match event.room_sound.as_deref() {
        Some("default") | None => ctx.new_message_sound.as_str(),
        Some(room) => room,
    };
    let volume = f32::from(ctx.master_volume.min(100)) / 100.0
        * f32::from(ctx.notification_volume.min(100))
        / 100.0;
    let (sound, why) = if !show {
        (
            None,
            Some("your desktop notification preference excludes this message"),
        )
    } else if ctx.desktop_quiet {
        (None, Some("the desktop's do-not-disturb is on"))
    } else if matches!(sound_id, "none" | "0" | "") {
        (None, Some("no sound is chosen"))
    } else if volume == 0.0 {
        (None, Some("the volume is 0"))
    } else if ctx.mute_focused && ctx.focused {
        (
            None,
            Some("Tether is showing this workspace (mute focused conversations)"),
        )
    } else {
        (
            Some(Sound {
                id: sound_id.to_owned(),
                volume,
            }),
            None,
        )
    };
    Decision {
        show: show.then_some(ctx.require_interaction),
        sound,
        why,
    }
}

/// The sound for a new room (`newRoomNotification`), when one should play: not while busy, in
/// Tether's or the desktop's do-not-disturb, with no sound chosen or at volume 0.
pub fn new_room_sound(ctx: &Context, now: DateTime<Utc>) -> Option<Sound> {
    let volume = f32::from(ctx.master_volume.min(100)) / 100.0
        * f32::from(ctx.notification_volume.min(100))
        / 100.0;
    let quiet = ctx.busy
        || ctx.desktop_quiet
        || ctx.do_not_disturb_until.is_some_and(|until| until > now)
        || matches!(ctx.new_room_sound.as_str(), "none" | "0" | "")
        || volume == 0.0;
    (!quiet).then(|| Sound {
        id: ctx.new_room_sound.clone(),
        volume,
    })
}

#[cfg(test)]
mod tests;
