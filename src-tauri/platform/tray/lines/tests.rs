use tether_core::unread::Unread;

use super::*;

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
        workspace_line(&w(counts(0, 0, false), false)),
        "Acme — nothing unread"
    );
    assert_eq!(
        workspace_line(&w(counts(5, 0, false), false)),
        "Acme — 5 unread"
    );
    assert_eq!(
        workspace_line(&w(counts(5, 1, false), false)),
        "Acme — 1 mention, 5 unread"
    );
    assert_eq!(
        workspace_line(&w(counts(0, 0, true), false)),
        "Acme — unread messages"
    );
    assert_eq!(
        workspace_line(&w(counts(5, 2, false), true)),
        "Acme — sign in again"
    );
    let stale = WorkspaceUnread {
        stale: true,
        ..w(counts(5, 1, false), false)
    };
    assert_eq!(
        workspace_line(&stale),
        "Acme — 1 mention, 5 unread (last known; reconnecting)"
    );
}
