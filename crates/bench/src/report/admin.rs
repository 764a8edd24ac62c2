//! The Users page at scale (issue 22): its figures, its section of the report and its budgets.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Budget, Stat, show};

/// Administration › Users on a workspace of `users` users.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AdminFigures {
    /// Users in the workspace.
    pub users: usize,
    /// From asking for the page to its first rows drawn (ms).
    pub open_ms: Option<Stat>,
    /// From the last key of a search to its results drawn (ms), the pause before sending
    /// included.
    pub search_ms: Option<Stat>,
    /// Scrolling from the first row to the last, three screens a frame: the longest frame (ms).
    pub longest_frame_ms: Option<f64>,
    /// …and the frames' median (ms).
    pub median_frame_ms: Option<f64>,
    /// …and from the first scroll to the last row drawn (ms).
    pub to_the_end_ms: Option<f64>,
    /// `users.listByStatus` calls from opening the page to the end of the scroll.
    pub list_calls: Option<usize>,
    /// PSS of Tether's processes on the Profile page, before the Users page opened (MB).
    pub pss_before_mb: Option<f64>,
    /// …after opening it and searching (MB).
    pub pss_opened_mb: Option<f64>,
    /// …and after scrolling to the end (MB).
    pub pss_after_mb: Option<f64>,
    /// What each process added, from before to after (name, MB).
    pub added_by_process: Vec<(String, f64)>,
}

impl AdminFigures {
    /// What the page added to Tether's memory (MB).
    pub fn memory_added_mb(&self) -> Option<f64> {
        Some(self.pss_after_mb? - self.pss_before_mb?)
    }

    /// Its section of the report.
    pub fn markdown(&self, w: &mut String) {
        let one = |x: Option<f64>, unit: &str| {
            x.map_or_else(|| "—".to_owned(), |x| format!("{x:.1} {unit}"))
        };
        let _ = writeln!(w, "\n## Administration › Users ({} users)\n", self.users);
        let _ = writeln!(
            w,
            "An admin signed in through WebDriver to a sandbox seeded with `--users`; the list \
             is virtualised and reads a page of 100 where the scrolling rests.\n"
        );
        let _ = writeln!(
            w,
            "| Measure | Figure |\n|---|---|\n| Open → first rows drawn | {} ms |\n| Last key of a search → results drawn | {} ms |\n| Scroll to the end: longest frame | {} |\n| Scroll to the end: median frame | {} |\n| Scroll to the end: first scroll → last row drawn | {} |\n| `users.listByStatus` calls (open, searches, scroll to the end) | {} |\n| PSS before opening (Profile page) | {} |\n| PSS after opening and searching | {} |\n| PSS after scrolling to the end | {} |\n| Added by the page | {} ({}) |",
            show(self.open_ms.as_ref(), 0),
            show(self.search_ms.as_ref(), 0),
            one(self.longest_frame_ms, "ms"),
            one(self.median_frame_ms, "ms"),
            one(self.to_the_end_ms, "ms"),
            self.list_calls
                .map_or_else(|| "—".to_owned(), |n| n.to_string()),
            one(self.pss_before_mb, "MB"),
            one(self.pss_opened_mb, "MB"),
            one(self.pss_after_mb, "MB"),
            one(self.memory_added_mb(), "MB"),
            self.added_by_process
                .iter()
                .map(|(name, added)| format!("{name} {added:+.1}"))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }

    /// The budgets for the page.
    pub fn budgets(&self) -> Vec<Budget> {
        let median = |s: &Option<Stat>| s.as_ref().map(|s| s.median);
        let budget = |name: &str, limit: f64, measured: Option<f64>, unit: &str| Budget {
            name: name.into(),
            limit: format!("{limit:.0} {unit}"),
            measured: measured.map_or_else(|| "—".into(), |m| format!("{m:.1} {unit}")),
            holds: measured.map(|m| m <= limit),
        };
        vec![
            budget(
                "Users page: first rows ≤ 300 ms after opening",
                300.0,
                median(&self.open_ms),
                "ms",
            ),
            budget(
                "Users page: search results ≤ 500 ms after typing stops",
                500.0,
                median(&self.search_ms),
                "ms",
            ),
            budget(
                "Users page: no frame over 100 ms scrolling to the end",
                100.0,
                self.longest_frame_ms,
                "ms",
            ),
            budget(
                "Users page: opening and scrolling to the end adds ≤ 30 MB",
                30.0,
                self.memory_added_mb(),
                "MB",
            ),
        ]
    }
}
