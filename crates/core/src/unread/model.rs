//! What waits unread, counted as Rocket.Chat's web client counts it (reference §9.1), per
//! workspace and across all of them, and the tray's state and words for it. Pure functions,
//! table-tested; the slice's live model (`unread/mod.rs`) feeds them.
//!
//! Rules:
//! - Only open, unarchived rooms count.
//! - `unread` adds to the count unless the room hides its unread status (`hideUnreadStatus`,
//!   which hides its alert too).
//! - Mentions are counted apart: `userMentions` (unless `hideMentionStatus`) plus
//!   `groupMentions` (unless that too, or `muteGroupMentions`).
//! - A room with `alert` but nothing counted is a dot when its `unreadAlert` allows it:
//!   `all` yes, `nothing` no, `mentions` only with a mention, `default` (or none) as the user's
//!   `unreadAlert` preference.

pub use crate::workspace::{TrayState, TraySummary, Unread, WorkspaceUnread};
use serde_json::Value;

/// The fields of an `ISubscription` the count reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomState {
    /// `open` (absent: open).
    pub open: bool,
    /// `archived`.
    pub archived: bool,
    /// `alert`: unseen activity.
    pub alert: bool,
    /// `unread`.
    pub unread: u32,
    /// `userMentions`.
    pub user_mentions: u32,
    /// `groupMentions`.
    pub group_mentions: u32,
    /// `hideUnreadStatus`.
    pub hide_unread: bool,
    /// `hideMentionStatus`.
    pub hide_mentions: bool,
    /// `muteGroupMentions`.
    pub mute_group_mentions: bool,
    /// `unreadAlert`: `default`, `all`, `mentions` or `nothing`.
    pub unread_alert: Option<String>,
}

impl RoomState {
    /// Reads a subscription as the server sends it (REST or a realtime event).
    pub fn parse(sub: &Value) -> RoomState {
        let flag = |key: &str| sub.get(key).and_then(Value::as_bool).unwrap_or(false);
        let number = |key: &str| {
            sub.get(key)
                .and_then(Value::as_u64)
                .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        RoomState {
            open: sub.get("open").and_then(Value::as_bool).unwrap_or(true),
            archived: flag("archived"),
            alert: flag("alert"),
            unread: number("unread"),
            user_mentions: number("userMentions"),
            group_mentions: number("groupMentions"),
            hide_unread: flag("hideUnreadStatus"),
            hide_mentions: flag("hideMentionStatus"),
            mute_group_mentions: flag("muteGroupMentions"),
            unread_alert: sub
                .get("unreadAlert")
                .and_then(Value::as_str)
                .map(str::to_owned),
        }
    }
}

/// Counts one workspace's rooms; `user_unread_alert` is the user's `unreadAlert` preference.
pub fn count<'a>(
    rooms: impl IntoIterator<Item = &'a RoomState>,
    user_unread_alert: bool,
) -> Unread {
    let mut total = Unread::default();
    for room in rooms {
        if !room.open || room.archived {
            continue;
        }
        let unread = if room.hide_unread { 0 } else { room.unread };
        let mentions = if room.hide_mentions {
            0
        } else {
            room.user_mentions
                + if room.mute_group_mentions {
                    0
                } else {
                    room.group_mentions
                }
        };
        total.unread = total.unread.saturating_add(unread);
        total.mentions = total.mentions.saturating_add(mentions);
        if room.alert && !room.hide_unread && unread == 0 && mentions == 0 {
            let allowed = match room.unread_alert.as_deref() {
                Some("all") => true,
                Some("nothing") => false,
                Some("mentions") => room.user_mentions + room.group_mentions > 0,
                _ => user_unread_alert,
            };
            total.dot |= allowed;
        }
    }
    total
}

/// Sums workspaces: counts add up; the dot stays only when nothing is counted.
pub fn sum<'a>(workspaces: impl IntoIterator<Item = &'a Unread>) -> Unread {
    let mut total = workspaces
        .into_iter()
        .fold(Unread::default(), |acc, w| Unread {
            unread: acc.unread.saturating_add(w.unread),
            mentions: acc.mentions.saturating_add(w.mentions),
            dot: acc.dot || w.dot || w.unread > 0,
        });
    total.dot &= total.mentions == 0;
    total
}

/// The tray's state for what waits (see [`summarise`] for the unread highlight): `attention`
/// when a workspace needs the user.
pub fn tray_state(total: &Unread, attention: bool) -> TrayState {
    if attention {
        TrayState::Attention
    } else if total.mentions > 9 {
        TrayState::ManyMentions
    } else if total.mentions > 0 {
        TrayState::Mentions {
            count: u8::try_from(total.mentions).unwrap_or(9),
        }
    } else if total.unread > 0 || total.dot {
        TrayState::Unread
    } else {
        TrayState::Idle
    }
}

/// The tray for these workspaces: counts summed; a workspace whose user turned the unread
/// alert off lights the icon and the badge only with mentions.
pub fn summarise(workspaces: Vec<WorkspaceUnread>) -> TraySummary {
    let lit: Vec<Unread> = workspaces
        .iter()
        .map(|w| {
            if w.highlight {
                w.unread
            } else {
                Unread {
                    unread: 0,
                    mentions: w.unread.mentions,
                    dot: false,
                }
            }
        })
        .collect();
    let lit_total = sum(&lit);
    let attention: Vec<&str> = workspaces
        .iter()
        .filter(|w| w.attention)
        .map(|w| w.name.as_str())
        .collect();
    let named: Vec<(String, Unread)> = workspaces
        .iter()
        .map(|w| (w.name.clone(), w.unread))
        .collect();
    let counts = tray_text(&named);
    let text = match attention.as_slice() {
        [] => counts,
        names => {
            let who = match names {
                [one] => (*one).to_owned(),
                many => format!("{} workspaces", many.len()),
            };
            if counts == "Nothing unread" {
                format!("Sign in again to {who}")
            } else {
                format!("Sign in again to {who} · {counts}")
            }
        }
    };
    let badge = lit_total.unread.max(lit_total.mentions);
    TraySummary {
        state: tray_state(&lit_total, !attention.is_empty()),
        text,
        badge: (badge > 0).then_some(badge),
        workspaces,
    }
}

/// The tray's words: "3 unread mentions in 2 workspaces", "Unread messages in Acme", "Nothing
/// unread".
pub fn tray_text(per_workspace: &[(String, Unread)]) -> String {
    let plural = |n: u32, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let with = |pick: fn(&Unread) -> bool| -> Vec<&String> {
        per_workspace
            .iter()
            .filter(|(_, u)| pick(u))
            .map(|(name, _)| name)
            .collect()
    };
    let place = |names: &[&String]| match names {
        [one] => format!("in {one}"),
        many => format!("in {} workspaces", many.len()),
    };
    let total = sum(per_workspace.iter().map(|(_, u)| u));
    if total.mentions > 0 {
        let names = with(|u| u.mentions > 0);
        format!(
            "{} {}",
            plural(total.mentions, "unread mention", "unread mentions"),
            place(&names)
        )
    } else if total.unread > 0 {
        let names = with(|u| u.unread > 0);
        format!(
            "{} {}",
            plural(total.unread, "unread message", "unread messages"),
            place(&names)
        )
    } else if total.dot {
        format!("Unread messages {}", place(&with(|u| u.dot)))
    } else {
        "Nothing unread".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counting_rules_as_a_table() {
        // (case, rooms, user's unreadAlert, expected)
        let cases: Vec<(&str, Vec<Value>, bool, Unread)> = vec![
            (
                "nothing",
                vec![json!({"unread": 0})],
                true,
                Unread::default(),
            ),
            (
                "unread adds up",
                vec![json!({"unread": 2}), json!({"unread": 3, "alert": true})],
                true,
                Unread {
                    unread: 5,
                    mentions: 0,
                    dot: false,
                },
            ),
            (
                "closed and archived rooms do not count",
                vec![
                    json!({"unread": 2, "open": false}),
                    json!({"unread": 4, "archived": true}),
                ],
                true,
                Unread::default(),
            ),
            (
                "hidden unread status: no count, and no dot for what it hides",
                vec![json!({"unread": 7, "hideUnreadStatus": true, "alert": true})],
                true,
                Unread::default(),
            ),
            (
                "mentions apart: user and group",
                vec![json!({"unread": 4, "userMentions": 1, "groupMentions": 2})],
                true,
                Unread {
                    unread: 4,
                    mentions: 3,
                    dot: false,
                },
            ),
            (
                "muted group mentions",
                vec![
                    json!({"unread": 4, "userMentions": 1, "groupMentions": 2, "muteGroupMentions": true}),
                ],
                true,
                Unread {
                    unread: 4,
                    mentions: 1,
                    dot: false,
                },
            ),
            (
                "hidden mention status",
                vec![json!({"unread": 1, "userMentions": 1, "hideMentionStatus": true})],
                true,
                Unread {
                    unread: 1,
                    mentions: 0,
                    dot: false,
                },
            ),
            (
                "alert only: a dot, as the user's preference says",
                vec![json!({"alert": true})],
                true,
                Unread {
                    unread: 0,
                    mentions: 0,
                    dot: true,
                },
            ),
            (
                "alert only, user's alert off: nothing",
                vec![json!({"alert": true})],
                false,
                Unread::default(),
            ),
            (
                "the room's `all` wins over the user's off",
                vec![json!({"alert": true, "unreadAlert": "all"})],
                false,
                Unread {
                    unread: 0,
                    mentions: 0,
                    dot: true,
                },
            ),
            (
                "the room's `nothing` wins",
                vec![json!({"alert": true, "unreadAlert": "nothing"})],
                true,
                Unread::default(),
            ),
            (
                "the room's `mentions` without one",
                vec![json!({"alert": true, "unreadAlert": "mentions"})],
                true,
                Unread::default(),
            ),
        ];
        for (case, subs, user_alert, expected) in cases {
            let rooms: Vec<RoomState> = subs.iter().map(RoomState::parse).collect();
            assert_eq!(count(&rooms, user_alert), expected, "{case}");
        }
    }

    #[test]
    fn across_workspaces_and_in_the_tray() {
        let a = Unread {
            unread: 3,
            mentions: 2,
            dot: false,
        };
        let b = Unread {
            unread: 0,
            mentions: 1,
            dot: false,
        };
        let dot = Unread {
            unread: 0,
            mentions: 0,
            dot: true,
        };
        let quiet = Unread::default();
        assert_eq!(
            sum([&a, &b]),
            Unread {
                unread: 3,
                mentions: 3,
                dot: false
            }
        );
        assert_eq!(sum([&dot, &quiet]), dot, "a dot when nothing is counted");
        assert_eq!(sum([&quiet, &quiet]), quiet);

        assert_eq!(
            tray_state(&sum([&a, &b]), false),
            TrayState::Mentions { count: 3 }
        );
        let many = Unread {
            unread: 20,
            mentions: 12,
            dot: false,
        };
        assert_eq!(tray_state(&many, false), TrayState::ManyMentions);
        assert_eq!(
            tray_state(
                &Unread {
                    unread: 0,
                    mentions: 9,
                    dot: false
                },
                false
            ),
            TrayState::Mentions { count: 9 }
        );
        assert_eq!(tray_state(&dot, false), TrayState::Unread);
        assert_eq!(tray_state(&quiet, false), TrayState::Idle);
        assert_eq!(tray_state(&many, true), TrayState::Attention);

        let named = |n: &str, u: Unread| (n.to_owned(), u);
        assert_eq!(
            tray_text(&[named("Acme", a), named("Beta", b)]),
            "3 unread mentions in 2 workspaces"
        );
        assert_eq!(
            tray_text(&[named("Acme", b), named("Beta", quiet)]),
            "1 unread mention in Acme"
        );
        assert_eq!(
            tray_text(&[named(
                "Acme",
                Unread {
                    unread: 4,
                    mentions: 0,
                    dot: false
                }
            )]),
            "4 unread messages in Acme"
        );
        assert_eq!(tray_text(&[named("Acme", dot)]), "Unread messages in Acme");
        assert_eq!(tray_text(&[named("Acme", quiet)]), "Nothing unread");
    }

    fn workspace(name: &str, unread: Unread, highlight: bool, attention: bool) -> WorkspaceUnread {
        WorkspaceUnread {
            workspace_id: name.to_lowercase(),
            name: name.to_owned(),
            unread,
            highlight,
            attention,
            stale: false,
        }
    }

    #[test]
    fn the_summary_as_a_table() {
        let unread = |unread, mentions| Unread {
            unread,
            mentions,
            dot: false,
        };
        let dot = Unread {
            unread: 0,
            mentions: 0,
            dot: true,
        };
        // (case, workspaces, expected state, words, badge)
        type Case = (
            &'static str,
            Vec<WorkspaceUnread>,
            TrayState,
            &'static str,
            Option<u32>,
        );
        let cases: Vec<Case> = vec![
            (
                "nothing anywhere",
                vec![workspace("Acme", Unread::default(), true, false)],
                TrayState::Idle,
                "Nothing unread",
                None,
            ),
            (
                "unread in one: a dot, its count as badge",
                vec![
                    workspace("Acme", unread(4, 0), true, false),
                    workspace("Beta", Unread::default(), true, false),
                ],
                TrayState::Unread,
                "4 unread messages in Acme",
                Some(4),
            ),
            (
                "mentions summed across two",
                vec![
                    workspace("Acme", unread(3, 2), true, false),
                    workspace("Beta", unread(1, 1), true, false),
                ],
                TrayState::Mentions { count: 3 },
                "3 unread mentions in 2 workspaces",
                Some(4),
            ),
            (
                "only an alert: the dot, no number",
                vec![workspace("Acme", dot, true, false)],
                TrayState::Unread,
                "Unread messages in Acme",
                None,
            ),
            (
                "unread alert off: unread messages do not light the tray",
                vec![workspace("Acme", unread(4, 0), false, false)],
                TrayState::Idle,
                "4 unread messages in Acme",
                None,
            ),
            (
                "unread alert off: mentions still do",
                vec![workspace("Acme", unread(4, 1), false, false)],
                TrayState::Mentions { count: 1 },
                "1 unread mention in Acme",
                Some(1),
            ),
            (
                "alert off in one workspace only",
                vec![
                    workspace("Acme", unread(4, 0), false, false),
                    workspace("Beta", unread(2, 0), true, false),
                ],
                TrayState::Unread,
                "6 unread messages in 2 workspaces",
                Some(2),
            ),
            (
                "a signed-out workspace needs attention over everything",
                vec![
                    workspace("Acme", unread(3, 12), true, false),
                    workspace("Beta", Unread::default(), true, true),
                ],
                TrayState::Attention,
                "Sign in again to Beta · 12 unread mentions in Acme",
                Some(12),
            ),
            (
                "two signed out, nothing unread",
                vec![
                    workspace("Acme", Unread::default(), true, true),
                    workspace("Beta", Unread::default(), true, true),
                ],
                TrayState::Attention,
                "Sign in again to 2 workspaces",
                None,
            ),
        ];
        for (case, workspaces, state, text, badge) in cases {
            let summary = summarise(workspaces.clone());
            assert_eq!(summary.state, state, "{case}");
            assert_eq!(summary.text, text, "{case}");
            assert_eq!(summary.badge, badge, "{case}");
            assert_eq!(summary.workspaces, workspaces, "{case}: kept in order");
        }
    }
}
