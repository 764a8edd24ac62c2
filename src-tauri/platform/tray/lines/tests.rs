use tether_core::unread::Unread;

use super::*;

fn workspace_line_en(w: &WorkspaceUnread) -> String {
    workspace_line(w, &Words::english())
}

#[test]
fn each_workspace_line_says_what_waits() {
    let w = |unread: Unread, attention: bool| WorkspaceUnread {
        workspace_id: "a".into(),
        name: "Acme".into(),
        unread,
        highlight: true,
        attention,
        stale: false,
    };
    let counts = |unread, mentions, dot| Unread {
        unread,
        mentions,
        dot,
    };
    assert_eq!(
        workspace_line_en(&w(counts(0, 0, false), false)),
        "Acme — nothing unread"
    );
    assert_eq!(
        workspace_line_en(&w(counts(5, 0, false), false)),
        "Acme — 5 unread"
    );
    assert_eq!(
        workspace_line_en(&w(counts(5, 1, false), false)),
        "Acme — 1 mention, 5 unread"
    );
    assert_eq!(
        workspace_line_en(&w(counts(0, 0, true), false)),
        "Acme — unread messages"
    );
    assert_eq!(
        workspace_line_en(&w(counts(5, 2, false), true)),
        "Acme — sign in again"
    );
    let stale = WorkspaceUnread {
        stale: true,
        ..w(counts(5, 1, false), false)
    };
    assert_eq!(
        workspace_line_en(&stale),
        "Acme — 1 mention, 5 unread (last known; reconnecting)"
    );
}

#[test]
fn the_lines_follow_the_language_shown() {
    let w = WorkspaceUnread {
        workspace_id: "a".into(),
        name: "Acme".into(),
        unread: Unread {
            unread: 5,
            mentions: 1,
            dot: false,
        },
        highlight: true,
        attention: false,
        stale: false,
    };
    assert_eq!(
        workspace_line(&w, &Words::for_locale("fr")),
        "Acme — 1 mention, 5 non lus"
    );
    assert_eq!(
        workspace_line(&w, &Words::for_locale("ja")),
        "Acme — メンション 1 件、未読 5 件"
    );
    assert_eq!(
        muted_line(None, &Words::for_locale("de")),
        "Benachrichtigungen an"
    );
    let later_today = (chrono::Local::now() + chrono::Duration::minutes(1)).to_rfc3339();
    assert!(
        muted_line(Some(&later_today), &Words::for_locale("es"))
            .starts_with("Notificaciones silenciadas hasta las "),
    );
    let next_week = (chrono::Local::now() + chrono::Duration::days(3)).to_rfc3339();
    let line = muted_line(Some(&next_week), &Words::for_locale("de"));
    assert!(
        [
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag"
        ]
        .iter()
        .any(|day| line.starts_with(&format!("Benachrichtigungen stumm bis {day} "))),
        "{line}"
    );
}
