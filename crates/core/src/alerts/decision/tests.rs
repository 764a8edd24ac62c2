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
