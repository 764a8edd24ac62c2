//! What waits unread, as the tray, the app badge and the workspace switcher show it (the
//! counting is the unread slice's; these are the shapes every layer passes around, events
//! included).

use serde::{Deserialize, Serialize};

/// What waits in one workspace, or in all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Unread {
    /// Unread messages.
    pub unread: u32,
    /// Mentions of the user (and, unless muted, of groups they are in).
    pub mentions: u32,
    /// Something is unread that is not counted (an alert): a dot.
    pub dot: bool,
}

/// The tray icon's states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum TrayState {
    /// Nothing waits.
    Idle,
    /// Something is unread, no mention: a dot.
    Unread,
    /// Mentions, 1 to 9.
    Mentions {
        /// How many.
        count: u8,
    },
    /// More than nine mentions.
    ManyMentions,
    /// A workspace is signed out or needs the user (overrides the rest).
    Attention,
}

/// One workspace as the tray menu and the workspace switcher show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkspaceUnread {
    /// Tether's id of the workspace.
    pub workspace_id: String,
    /// Its name.
    pub name: String,
    /// What waits there.
    pub unread: Unread,
    /// The user's "Unread Tray Icon Alert" there: off, its unread messages do not light the
    /// tray (its mentions still do).
    pub highlight: bool,
    /// Signed out, or its certificate is no longer trusted: the user must act.
    pub attention: bool,
    /// Its realtime connection is down: the counts are the last known and may be out of date
    /// (they come back on their own when it reconnects).
    pub stale: bool,
}

/// Everything the tray, the app badge and the switcher show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TraySummary {
    /// The icon.
    pub state: TrayState,
    /// The words (tooltip, and the menu's first line).
    pub text: String,
    /// The app badge's number; `None`: no badge.
    pub badge: Option<u32>,
    /// Each workspace, in the user's order.
    pub workspaces: Vec<WorkspaceUnread>,
}
