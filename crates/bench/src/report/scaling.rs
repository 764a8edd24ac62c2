//! Cost that grows with the work (issue 25 item 4): the rows and their section of the report.

use std::fmt::Write as _;

use serde::Serialize;

/// One launch of the app with `workspaces` workspaces of `rooms` rooms each.
#[derive(Debug, Clone, Serialize)]
pub struct ScalingRow {
    pub workspaces: usize,
    pub rooms: usize,
    /// Launch → the Profile page from the cache (ms).
    pub start_ms: f64,
    /// Idle PSS of the process tree once every workspace is connected (MB).
    pub pss_mb: f64,
    /// Of which the app process (MB).
    pub app_pss_mb: f64,
    /// CPU one incoming message costs the app process (ms).
    pub message_app_ms: f64,
    /// And the whole tree: the app and WebKit's processes (ms).
    pub message_all_ms: f64,
}

/// The rows and what they say per workspace and per 1,000 rooms.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScalingFigures {
    pub rows: Vec<ScalingRow>,
    /// PSS added by each workspace beyond the first (MB), from the largest workspace row.
    pub per_workspace_mb: Option<f64>,
    /// PSS added by each 1,000 rooms (MB), from the largest room row.
    pub per_thousand_rooms_mb: Option<f64>,
}

impl ScalingFigures {
    /// The rows, and the growth rates against the first (one workspace, fewest rooms).
    pub fn from_rows(rows: Vec<ScalingRow>) -> ScalingFigures {
        let first = rows.first().cloned();
        let slope = |select: &dyn Fn(&ScalingRow) -> bool, size: &dyn Fn(&ScalingRow) -> f64| {
            let first = first.as_ref()?;
            let last = rows
                .iter()
                .filter(|r| select(r))
                .max_by(|a, b| size(a).total_cmp(&size(b)))?;
            let grown = size(last) - size(first);
            (grown > 0.0).then(|| (last.pss_mb - first.pss_mb) / grown)
        };
        let rooms = first.as_ref().map_or(0, |f| f.rooms);
        let per_workspace_mb = slope(&|r| r.rooms == rooms, &|r| r.workspaces as f64);
        let per_thousand_rooms_mb = slope(&|r| r.workspaces == 1, &|r| r.rooms as f64 / 1000.0);
        ScalingFigures {
            rows,
            per_workspace_mb,
            per_thousand_rooms_mb,
        }
    }

    /// Its section of the report.
    pub fn markdown(&self, w: &mut String) {
        let _ = writeln!(w, "\n## Cost that grows with the work\n");
        let _ = writeln!(
            w,
            "One launch per row: Alice signed in to each workspace (a sandbox of its own, with \
             `--rooms N` channels she belongs to), the start to the Profile page, the idle PSS \
             once every workspace's realtime connection is up and the start's work settled, and \
             the CPU one incoming message costs (Sam posts in one of her rooms: a \
             `subscriptions-changed` event, the tray's count and menu, the page's switcher), \
             20 messages 200 ms apart less the CPU of as long without them.\n"
        );
        let _ = writeln!(
            w,
            "| Workspaces | Rooms each | Start (ms) | Idle PSS (MB) | of which the app process (MB) | CPU per message, app (ms) | CPU per message, all processes (ms) |\n|---|---|---|---|---|---|---|"
        );
        for r in &self.rows {
            let _ = writeln!(
                w,
                "| {} | {} | {:.0} | {:.1} | {:.1} | {:.2} | {:.2} |",
                r.workspaces,
                r.rooms,
                r.start_ms,
                r.pss_mb,
                r.app_pss_mb,
                r.message_app_ms,
                r.message_all_ms
            );
        }
        let show = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.2} MB"));
        let _ = writeln!(
            w,
            "\nEach workspace beyond the first adds {}; each 1,000 rooms add {} (one launch per \
             row: differences under ~2 MB are within the noise of one PSS reading).",
            show(self.per_workspace_mb),
            show(self.per_thousand_rooms_mb),
        );
    }
}
