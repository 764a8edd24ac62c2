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
use serde_json::{Map, Value};

use crate::words::{Arg, Words};

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
        sub.as_object().map_or_else(
            || RoomState::from_fields(&Map::new()),
            RoomState::from_fields,
        )
    }

    /// Reads a subscription's fields (a room is open unless it says otherwise).
    pub fn from_fields(sub: &Map<String, Value>) -> RoomState {
        let mut room = RoomState {
            open: true,
            ..RoomState::default()
        };
        room.merge(sub);
        room
    }

    /// Takes the fields an update sent (`<uid>/subscriptions-changed`); the others keep
    /// their values, as the held subscription's do.
    pub fn merge(&mut self, sub: &Map<String, Value>) {
        let flag = |value: &Value| value.as_bool().unwrap_or(false);
        let number = |value: &Value| {
            value
                .as_u64()
                .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        for (key, value) in sub {
            match key.as_str() {
                "open" => self.open = value.as_bool().unwrap_or(true),
                "archived" => self.archived = flag(value),
                "alert" => self.alert = flag(value),
                "unread" => self.unread = number(value),
                "userMentions" => self.user_mentions = number(value),
                "groupMentions" => self.group_mentions = number(value),
                "hideUnreadStatus" => self.hide_unread = flag(value),
                "hideMentionStatus" => self.hide_mentions = flag(value),
                "muteGroupMentions" => self.mute_group_mentions = flag(value),
                "unreadAlert" => self.unread_alert = value.as_str().map(str::to_owned),
                _ => {}
            }
        }
    }

    /// What this room adds to its workspace's count; `None` when it counts nothing (closed or
    /// archived). [`count`] and [`Totals`] both add these up.
    fn share(&self) -> Option<Share> {
        if !self.open || self.archived {
            return None;
        }
        let unread = if self.hide_unread { 0 } else { self.unread };
        let mentions = if self.hide_mentions {
            0
        } else {
            self.user_mentions
                .saturating_add(if self.mute_group_mentions {
                    0
                } else {
                    self.group_mentions
                })
        };
        let (mut dot_always, mut dot_by_default) = (false, false);
        if self.alert && !self.hide_unread && unread == 0 && mentions == 0 {
            match self.unread_alert.as_deref() {
                Some("all") => dot_always = true,
                Some("nothing") => {}
                Some("mentions") => {
                    dot_always = self.user_mentions > 0 || self.group_mentions > 0;
                }
                _ => dot_by_default = true,
            }
        }
        Some(Share {
            unread,
            mentions,
            dot_always,
            dot_by_default,
        })
    }
}

/// One room's part of the count.
struct Share {
    unread: u32,
    mentions: u32,
    /// A dot whatever the user's `unreadAlert` preference (the room's own `all`, or
    /// `mentions` with a mention).
    dot_always: bool,
    /// A dot when the user's `unreadAlert` preference is on (the room follows it).
    dot_by_default: bool,
}

/// A workspace's count kept as its rooms change: adding or removing one room costs the same
/// whatever the number of rooms, so an incoming message does not recount them all. Equal to
/// [`count`] over the same rooms (a property test holds them together).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    unread: u64,
    mentions: u64,
    dots_always: u64,
    dots_by_default: u64,
}

impl Totals {
    /// Adds a room's part.
    pub fn add(&mut self, room: &RoomState) {
        if let Some(share) = room.share() {
            self.unread += u64::from(share.unread);
            self.mentions += u64::from(share.mentions);
            self.dots_always += u64::from(share.dot_always);
            self.dots_by_default += u64::from(share.dot_by_default);
        }
    }

    /// Takes back a part added before (the room changed or went).
    pub fn remove(&mut self, room: &RoomState) {
        if let Some(share) = room.share() {
            self.unread -= u64::from(share.unread);
            self.mentions -= u64::from(share.mentions);
            self.dots_always -= u64::from(share.dot_always);
            self.dots_by_default -= u64::from(share.dot_by_default);
        }
    }

    /// The workspace's count; `user_unread_alert` is the user's `unreadAlert` preference.
    pub fn unread(&self, user_unread_alert: bool) -> Unread {
        Unread {
            unread: u32::try_from(self.unread).unwrap_or(u32::MAX),
            mentions: u32::try_from(self.mentions).unwrap_or(u32::MAX),
            dot: self.dots_always > 0 || (user_unread_alert && self.dots_by_default > 0),
        }
    }
}

/// Counts one workspace's rooms; `user_unread_alert` is the user's `unreadAlert` preference.
pub fn count<'a>(
    rooms: impl IntoIterator<Item = &'a RoomState>,
    user_unread_alert: bool,
) -> Unread {
    let mut total = Unread::default();
    for share in rooms.into_iter().filter_map(RoomState::share) {
        total.unread = total.unread.saturating_add(share.unread);
        total.mentions = total.mentions.saturating_add(share.mentions);
        total.dot |= share.dot_always || (share.dot_by_default && user_unread_alert);
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
pub fn summarise(workspaces: Vec<WorkspaceUnread>, words: &Words) -> TraySummary {
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
    let counts = tray_text(&named, words);
    let text = match attention.as_slice() {
        [] => counts,
        names => {
            let sign_in = match names {
                [one] => words.with("tray-sign-in-to", &[("workspace", Arg::Text(one))]),
                many => words.with(
                    "tray-sign-in-across",
                    &[("workspaces", Arg::Count(how_many(many.len())))],
                ),
            };
            let total = total_of(&named);
            if total.mentions == 0 && total.unread == 0 && !total.dot {
                sign_in
            } else {
                words.with(
                    "tray-sign-in-and",
                    &[
                        ("sign_in", Arg::Text(&sign_in)),
                        ("counts", Arg::Text(&counts)),
                    ],
                )
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

/// The tray's words, in the language of `words`: "3 unread mentions in 2 workspaces", "Unread
/// messages in Acme", "Nothing unread".
pub fn tray_text(per_workspace: &[(String, Unread)], words: &Words) -> String {
    let with = |pick: fn(&Unread) -> bool| -> Vec<&String> {
        per_workspace
            .iter()
            .filter(|(_, u)| pick(u))
            .map(|(name, _)| name)
            .collect()
    };
    // One message per place: "in Acme" or "in 2 workspaces" (each language words both).
    let say = |id_in: &str, id_across: &str, names: &[&String], n: Option<u32>| {
        let mut args = Vec::with_capacity(2);
        if let Some(n) = n {
            args.push(("count", Arg::Count(n)));
        }
        match names {
            [one] => {
                args.push(("workspace", Arg::Text(one.as_str())));
                words.with(id_in, &args)
            }
            many => {
                args.push(("workspaces", Arg::Count(how_many(many.len()))));
                words.with(id_across, &args)
            }
        }
    };
    let total = total_of(per_workspace);
    if total.mentions > 0 {
        let names = with(|u| u.mentions > 0);
        say(
            "tray-mentions-in",
            "tray-mentions-across",
            &names,
            Some(total.mentions),
        )
    } else if total.unread > 0 {
        let names = with(|u| u.unread > 0);
        say(
            "tray-unread-in",
            "tray-unread-across",
            &names,
            Some(total.unread),
        )
    } else if total.dot {
        say("tray-dot-in", "tray-dot-across", &with(|u| u.dot), None)
    } else {
        words.get("tray-nothing")
    }
}

fn total_of(per_workspace: &[(String, Unread)]) -> Unread {
    sum(per_workspace.iter().map(|(_, u)| u))
}

fn how_many(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;
