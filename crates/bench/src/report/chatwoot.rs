//! A Chatwoot workspace's realtime path (issue 23): its figures and its section of the report.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Budget, Stat, show};

/// A contact's message in a conversation assigned to the agent, through Tether's core (its
/// worker holding the ActionCable connection), with a recorded desktop.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChatwootFigures {
    /// Messages posted.
    pub messages: usize,
    /// From posting the message to the desktop notification handed over (ms).
    pub notification_ms: Option<Stat>,
    /// From posting it to the tray's count including it (ms).
    pub tray_ms: Option<Stat>,
    /// Requests Tether sent to the server per message (the recount after events; no polling).
    pub requests_per_message: Option<f64>,
}

impl ChatwootFigures {
    /// The tray follows a Chatwoot message as it follows a Rocket.Chat one.
    pub fn budgets(&self) -> Vec<Budget> {
        let measured = self.tray_ms.as_ref().map(|s| s.median);
        vec![Budget {
            name: "Chatwoot: tray count ≤ 200 ms after the message".into(),
            limit: "200 ms".into(),
            measured: measured.map_or_else(|| "—".into(), |m| format!("{m:.1} ms")),
            holds: measured.map(|m| m <= 200.0),
        }]
    }

    /// Its section of the report.
    pub fn markdown(&self, w: &mut String) {
        let _ = writeln!(w, "\n## Chatwoot alerts ({} messages)\n", self.messages);
        let _ = writeln!(
            w,
            "Core signed in to the Chatwoot sandbox as Cora with \"conversations assigned to me\"; \
             the sandbox's test route posts a contact's message in her conversation; a recorded \
             desktop takes the notification and the tone.\n"
        );
        let _ = writeln!(
            w,
            "| Measure | Figure |\n|---|---|\n| Message → desktop notification | {} ms |\n| Message → tray count | {} ms |\n| Requests to the server per message | {} |",
            show(self.notification_ms.as_ref(), 0),
            show(self.tray_ms.as_ref(), 0),
            self.requests_per_message
                .map_or_else(|| "—".to_owned(), |r| format!("{r:.1}")),
        );
    }
}
