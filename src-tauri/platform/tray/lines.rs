//! The tray menu's words, in the language the window shows (core's [`Words`],
//! `i18n/<locale>/desktop.ftl`).

use tether_core::unread::WorkspaceUnread;
use tether_core::words::{Arg, Words};

/// One workspace's line: its name and what waits there.
pub fn workspace_line(w: &WorkspaceUnread, words: &Words) -> String {
    let u = &w.unread;
    let detail = if w.attention {
        words.get("tray-detail-sign-in")
    } else if u.mentions > 0 {
        words.with(
            "tray-detail-mentions",
            &[
                ("mentions", Arg::Count(u.mentions)),
                ("unread", Arg::Count(u.unread)),
            ],
        )
    } else if u.unread > 0 {
        words.with("tray-detail-unread", &[("unread", Arg::Count(u.unread))])
    } else if u.dot {
        words.get("tray-detail-dot")
    } else {
        words.get("tray-detail-nothing")
    };
    // Counts kept from before the connection dropped: say so rather than vouch for them.
    let id = if w.stale && !w.attention {
        "tray-line-stale"
    } else {
        "tray-line"
    };
    words.with(
        id,
        &[
            ("workspace", Arg::Text(&w.name)),
            ("detail", Arg::Text(&detail)),
        ],
    )
}

/// The do-not-disturb line: "Notifications on", or muted until a time (a weekday and a time
/// when not today), from the RFC 3339 end core keeps.
pub fn muted_line(until: Option<&str>, words: &Words) -> String {
    let Some(until) = until else {
        return words.get("tray-notifications-on");
    };
    let Ok(at) = chrono::DateTime::parse_from_rfc3339(until) else {
        return words.get("tray-muted");
    };
    let at = at.with_timezone(&chrono::Local);
    let time = at.format("%H:%M").to_string();
    if chrono::Local::now().date_naive() == at.date_naive() {
        words.with("tray-muted-until", &[("time", Arg::Text(&time))])
    } else {
        let day = words.with(
            "weekday",
            &[(
                "day",
                Arg::Text(&at.format("%a").to_string().to_lowercase()),
            )],
        );
        words.with(
            "tray-muted-until-day",
            &[("day", Arg::Text(&day)), ("time", Arg::Text(&time))],
        )
    }
}

#[cfg(test)]
mod tests;
