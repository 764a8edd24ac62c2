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
        tray_text(&[named("Acme", a), named("Beta", b)], &Words::english()),
        "3 unread mentions in 2 workspaces"
    );
    assert_eq!(
        tray_text(&[named("Acme", b), named("Beta", quiet)], &Words::english()),
        "1 unread mention in Acme"
    );
    assert_eq!(
        tray_text(
            &[named(
                "Acme",
                Unread {
                    unread: 4,
                    mentions: 0,
                    dot: false
                }
            )],
            &Words::english()
        ),
        "4 unread messages in Acme"
    );
    assert_eq!(
        tray_text(&[named("Acme", dot)], &Words::english()),
        "Unread messages in Acme"
    );
    assert_eq!(
        tray_text(&[named("Acme", quiet)], &Words::english()),
        "Nothing unread"
    );
    // The same facts in the user's language.
    let de = Words::for_locale("de");
    assert_eq!(
        tray_text(&[named("Acme", a), named("Beta", b)], &de),
        "3 ungelesene Erwähnungen in 2 Workspaces"
    );
    assert_eq!(tray_text(&[named("Acme", quiet)], &de), "Nichts ungelesen");
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
        let summary = summarise(workspaces.clone(), &Words::english());
        assert_eq!(summary.state, state, "{case}");
        assert_eq!(summary.text, text, "{case}");
        assert_eq!(summary.badge, badge, "{case}");
        assert_eq!(summary.workspaces, workspaces, "{case}: kept in order");
    }
}

mod running_totals {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// One subscription event: a room's fields sent (any subset, as updates send them), or the
    /// room removed.
    #[derive(Debug, Clone)]
    enum Change {
        Sent(usize, Map<String, Value>),
        Removed(usize),
    }

    fn fields() -> impl Strategy<Value = Map<String, Value>> {
        let flag = || proptest::option::of(any::<bool>().prop_map(Value::from));
        // Small counts, and now and then one so large that sums saturate.
        let number = || {
            proptest::option::of(
                prop_oneof![4 => 0u64..4, 1 => Just(u64::from(u32::MAX))].prop_map(Value::from),
            )
        };
        let alert = proptest::option::of(
            prop_oneof![
                Just("default"),
                Just("all"),
                Just("mentions"),
                Just("nothing")
            ]
            .prop_map(Value::from),
        );
        (
            (flag(), flag(), flag(), flag(), flag(), flag()),
            (number(), number(), number()),
            alert,
        )
            .prop_map(|(flags, numbers, alert)| {
                let (open, archived, alert_flag, hide_unread, hide_mentions, mute_group) = flags;
                let (unread, user_mentions, group_mentions) = numbers;
                [
                    ("open", open),
                    ("archived", archived),
                    ("alert", alert_flag),
                    ("hideUnreadStatus", hide_unread),
                    ("hideMentionStatus", hide_mentions),
                    ("muteGroupMentions", mute_group),
                    ("unread", unread),
                    ("userMentions", user_mentions),
                    ("groupMentions", group_mentions),
                    ("unreadAlert", alert),
                ]
                .into_iter()
                .filter_map(|(key, value)| Some((key.to_owned(), value?)))
                .collect()
            })
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            5 => (0usize..6, fields()).prop_map(|(room, f)| Change::Sent(room, f)),
            1 => (0usize..6).prop_map(Change::Removed),
        ]
    }

    proptest! {
        /// The running count equals a recount of the same rooms after every event: the held
        /// documents merged with each update and counted from scratch (how the tray counted
        /// before it kept totals) against the totals adjusted by one room at a time.
        #[test]
        fn totals_kept_by_events_equal_a_recount(changes in proptest::collection::vec(change(), 1..40)) {
            let mut documents: HashMap<usize, Map<String, Value>> = HashMap::new();
            let mut held: HashMap<usize, RoomState> = HashMap::new();
            let mut totals = Totals::default();
            for change in changes {
                match change {
                    Change::Removed(room) => {
                        documents.remove(&room);
                        if let Some(gone) = held.remove(&room) {
                            totals.remove(&gone);
                        }
                    }
                    Change::Sent(room, sent) => {
                        documents.entry(room).or_default().extend(sent.clone());
                        match held.get_mut(&room) {
                            Some(state) => {
                                totals.remove(state);
                                state.merge(&sent);
                                totals.add(state);
                            }
                            None => {
                                let state = RoomState::from_fields(&sent);
                                totals.add(&state);
                                held.insert(room, state);
                            }
                        }
                    }
                }
                let recounted: Vec<RoomState> = documents
                    .values()
                    .map(|d| RoomState::parse(&Value::Object(d.clone())))
                    .collect();
                for user_unread_alert in [true, false] {
                    prop_assert_eq!(
                        totals.unread(user_unread_alert),
                        count(&recounted, user_unread_alert)
                    );
                }
            }
        }
    }
}
