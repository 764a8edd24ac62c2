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
mod tests {
    use super::*;
    use serde_json::json;

    fn event(message: &str, room_sound: Option<&str>) -> Incoming {
        Incoming::parse(&json!({
            "title": "#general",
            "text": format!("tina: {message}"),
            "payload": {
                "_id": "m1", "rid": "room-general", "type": "c", "name": "general",
                "sender": {"_id": "t", "username": "tina"},
                "message": {"msg": message},
                "audioNotificationValue": room_sound,
            }
        }))
        .unwrap()
    }

    /// (case, event, context, shown (require interaction), sound)
    type Case = (&'static str, Incoming, Context, Option<bool>, Option<Sound>);

    fn ctx() -> Context {
        Context {
            username: "alice".into(),
            pending_desktop: None,
            require_interaction: false,
            new_message_sound: "chime".into(),
            new_room_sound: "door".into(),
            mute_focused: true,
            master_volume: 100,
            notification_volume: 100,
            busy: false,
            focused: false,
            desktop_quiet: false,
            do_not_disturb_until: None,
        }
    }

    #[test]
    fn the_rules_as_a_table() {
        let now = Utc::now();
        let sound = |id: &str, volume: f32| {
            Some(Sound {
                id: id.into(),
                volume,
            })
        };
        let cases: Vec<Case> = vec![
            (
                "all: shown with the user's sound",
                event("hi", None),
                ctx(),
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "the room's own sound wins",
                event("hi", Some("ding")),
                ctx(),
                Some(false),
                sound("ding", 1.0),
            ),
            (
                "room sound `default` is the user's",
                event("hi", Some("default")),
                ctx(),
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "room sound `none` is silence",
                event("hi", Some("none")),
                ctx(),
                Some(false),
                None,
            ),
            (
                "user sound `none` is silence",
                event("hi", None),
                Context {
                    new_message_sound: "none".into(),
                    ..ctx()
                },
                Some(false),
                None,
            ),
            (
                "a pending edit to mentions: a plain message is skipped",
                event("hi", None),
                Context {
                    pending_desktop: Some("mentions".into()),
                    ..ctx()
                },
                None,
                None,
            ),
            (
                "mentions: @alice shows",
                event("hi @alice!", None),
                Context {
                    pending_desktop: Some("mentions".into()),
                    ..ctx()
                },
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "mentions: @here shows",
                event("@here standup", None),
                Context {
                    pending_desktop: Some("mentions".into()),
                    ..ctx()
                },
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "mentions: a direct message counts as one",
                Incoming {
                    room_type: "d".into(),
                    ..event("hi", None)
                },
                Context {
                    pending_desktop: Some("mentions".into()),
                    ..ctx()
                },
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "mentions: @alicia is someone else",
                event("hi @alicia", None),
                Context {
                    pending_desktop: Some("mentions".into()),
                    ..ctx()
                },
                None,
                None,
            ),
            (
                "nothing: nothing",
                event("@alice", None),
                Context {
                    pending_desktop: Some("nothing".into()),
                    ..ctx()
                },
                None,
                None,
            ),
            (
                "the server's mentions mode: what it sent (a highlight word) is shown",
                event("the tether release is out", None),
                ctx(),
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "the desktop's do-not-disturb: handed to the desktop, silent",
                event("hi", None),
                Context {
                    desktop_quiet: true,
                    ..ctx()
                },
                Some(false),
                None,
            ),
            (
                "busy: nothing",
                event("@alice", None),
                Context {
                    busy: true,
                    ..ctx()
                },
                None,
                None,
            ),
            (
                "do-not-disturb: nothing",
                event("hi", None),
                Context {
                    do_not_disturb_until: Some(now + chrono::Duration::hours(1)),
                    ..ctx()
                },
                None,
                None,
            ),
            (
                "do-not-disturb over: as usual",
                event("hi", None),
                Context {
                    do_not_disturb_until: Some(now - chrono::Duration::minutes(1)),
                    ..ctx()
                },
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "focused and muted: shown, silent",
                event("hi", None),
                Context {
                    focused: true,
                    ..ctx()
                },
                Some(false),
                None,
            ),
            (
                "focused, not muted: sound",
                event("hi", None),
                Context {
                    focused: true,
                    mute_focused: false,
                    ..ctx()
                },
                Some(false),
                sound("chime", 1.0),
            ),
            (
                "require interaction",
                event("hi", None),
                Context {
                    require_interaction: true,
                    ..ctx()
                },
                Some(true),
                sound("chime", 1.0),
            ),
            (
                "volume is master × notification",
                event("hi", None),
                Context {
                    master_volume: 50,
                    notification_volume: 50,
                    ..ctx()
                },
                Some(false),
                sound("chime", 0.25),
            ),
            (
                "volume 0 is silence",
                event("hi", None),
                Context {
                    notification_volume: 0,
                    ..ctx()
                },
                Some(false),
                None,
            ),
        ];
        for (case, event, ctx, shown, sound) in cases {
            let decision = decide(&event, &ctx, now);
            assert_eq!(decision.show, shown, "{case}");
            assert_eq!(decision.sound, sound, "{case}");
            assert_eq!(
                decision.why.is_none(),
                decision.show.is_some() && decision.sound.is_some(),
                "{case}: {:?}",
                decision.why
            );
        }
    }

    #[test]
    fn room_addresses_follow_the_room_type() {
        let mut e = event("hi", None);
        assert_eq!(e.room_path(), "channel/general");
        e.room_type = "p".into();
        assert_eq!(e.room_path(), "group/general");
        e.room_type = "d".into();
        assert_eq!(e.room_path(), "direct/room-general");
        // A name from the server stays one segment of the workspace's address.
        e.room_type = "c".into();
        e.room_name = Some("../../admin?x=1 y/é".into());
        assert_eq!(
            e.room_path(),
            "channel/..%2F..%2Fadmin%3Fx%3D1%20y%2F%C3%A9"
        );
        assert!(
            Incoming::parse(&json!({"title": "x"})).is_none(),
            "not a notification"
        );
    }

    #[test]
    fn a_new_room_plays_its_own_sound_unless_silenced() {
        let now = Utc::now();
        assert_eq!(
            new_room_sound(&ctx(), now),
            Some(Sound {
                id: "door".into(),
                volume: 1.0
            })
        );
        for (case, quiet) in [
            (
                "busy",
                Context {
                    busy: true,
                    ..ctx()
                },
            ),
            (
                "the desktop's do-not-disturb",
                Context {
                    desktop_quiet: true,
                    ..ctx()
                },
            ),
            (
                "Tether's do-not-disturb",
                Context {
                    do_not_disturb_until: Some(now + chrono::Duration::hours(1)),
                    ..ctx()
                },
            ),
            (
                "no sound",
                Context {
                    new_room_sound: "none".into(),
                    ..ctx()
                },
            ),
            (
                "volume 0",
                Context {
                    master_volume: 0,
                    ..ctx()
                },
            ),
        ] {
            assert_eq!(new_room_sound(&quiet, now), None, "{case}");
        }
    }
}
