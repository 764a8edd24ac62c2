//! Figures: medians with min and max, the criterion results, the package, the budgets, and
//! the Markdown and JSON reports.

use std::fmt::Write as _;

use serde::Serialize;

mod admin;
mod breakdown;
mod changes;
mod chatwoot;
mod runs;
mod scaling;
mod sources;
mod stat;
mod wakeups;

pub use admin::AdminFigures;
pub use chatwoot::ChatwootFigures;
pub use runs::{Idle, Runs, SubjectFigures, mb};
pub use scaling::{ScalingFigures, ScalingRow};
use sources::CORE_BENCHES;
pub use sources::{Package, core_costs, machine, package};
pub use stat::Stat;

fn show(stat: Option<&Stat>, digits: usize) -> String {
    stat.map_or_else(|| "—".to_owned(), |s| s.show(digits))
}

/// The configurations the report compares in words (the bench's names for them).
pub const WEBKIT_DEFAULTS: &str = "WebKit's defaults";
pub const COMPOSITING_OFF: &str = "Compositing off only";

/// One WebKit configuration's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    pub name: String,
    pub env: Vec<(String, String)>,
    pub shipped: bool,
    pub figures: SubjectFigures,
    pub preferences_render_ms: Option<Stat>,
    pub input_latency_ms: Option<Stat>,
}

/// The desktop latencies (ms).
#[derive(Debug, Clone, Default, Serialize)]
pub struct LatencyFigures {
    pub notification_ms: Option<Stat>,
    pub sound_ms: Option<Stat>,
    pub tray_ms: Option<Stat>,
}

/// A budget and whether it holds.
#[derive(Debug, Clone, Serialize)]
pub struct Budget {
    pub name: String,
    pub limit: String,
    pub measured: String,
    pub holds: Option<bool>,
}

/// Everything one run of the bench found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub mode: String,
    pub date: String,
    pub machine: Vec<(String, String)>,
    pub idle_s: u64,
    pub tether: SubjectFigures,
    pub floor: SubjectFigures,
    pub baseline: SubjectFigures,
    pub variants: Vec<Variant>,
    pub package: Option<Package>,
    pub core_ms: Vec<(String, Stat)>,
    pub latencies: LatencyFigures,
    pub admin: Option<AdminFigures>,
    /// A Chatwoot workspace's alerts through core.
    pub chatwoot: Option<ChatwootFigures>,
    /// Workspaces and rooms at scale (issue 25 item 4).
    pub scaling: Option<ScalingFigures>,
    pub budgets: Vec<Budget>,
    pub problems: Vec<String>,
}

fn median(stat: Option<&Stat>) -> Option<f64> {
    stat.map(|s| s.median)
}

fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}×", a / b),
        _ => "—".into(),
    }
}

impl Report {
    /// A run that measured only one part (`--users-page-only`, `--scaling-only`): the rest
    /// empty.
    pub fn part(mode: &str) -> Report {
        Report {
            mode: mode.into(),
            date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
            machine: Vec::new(),
            idle_s: 0,
            tether: SubjectFigures::default(),
            floor: SubjectFigures::default(),
            baseline: SubjectFigures::default(),
            variants: Vec::new(),
            package: None,
            core_ms: Vec::new(),
            latencies: LatencyFigures::default(),
            admin: None,
            chatwoot: None,
            scaling: None,
            budgets: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The budgets, against this run's figures.
    pub fn judge(&mut self) {
        let start = median(self.tether.start_ms.as_ref());
        let floor_start = median(self.floor.start_ms.as_ref());
        let pss = median(self.tether.pss_mb.as_ref());
        let baseline_pss = median(self.baseline.pss_mb.as_ref());
        let edit = self
            .core_ms
            .iter()
            .find(|(id, _)| id == "offline_edit_durable")
            .map(|(_, s)| s.median);
        let mut budgets = Vec::new();
        let mut add =
            |name: &str, limit: String, measured: Option<f64>, bound: Option<f64>, unit: &str| {
                budgets.push(Budget {
                    name: name.into(),
                    limit,
                    measured: measured.map_or_else(|| "—".into(), |m| format!("{m:.1} {unit}")),
                    holds: measured.zip(bound).map(|(m, b)| m <= b),
                });
            };
        add(
            "Start to interactive ≤ floor + 100 ms",
            floor_start.map_or_else(|| "—".into(), |f| format!("{:.0} ms", f + 100.0)),
            start,
            floor_start.map(|f| f + 100.0),
            "ms",
        );
        add("Idle PSS ≤ 150 MB", "150 MB".into(), pss, Some(150.0), "MB");
        // Idle means no work: no audio stream, no polling loop. The floor (a blank page in the
        // same shell) is what WebKit and Tauri cost doing nothing; Tether may add little more.
        let idle_cpu = median(self.tether.idle_cpu_ms.as_ref());
        let floor_cpu = median(self.floor.idle_cpu_ms.as_ref());
        add(
            "CPU while idle ≤ floor's + 1% of the idle time",
            floor_cpu.map_or_else(
                || "—".into(),
                |f| format!("{:.0} ms", f + self.idle_s as f64 * 10.0),
            ),
            idle_cpu,
            floor_cpu.map(|f| f + self.idle_s as f64 * 10.0),
            "ms",
        );
        // Wake-ups (threads' context switches) over the idle time: none of Tether's own, so
        // what WebKit and the shell cause, as the floor's, within a fifth for noise.
        let wakeups = median(self.tether.idle_wakeups.as_ref());
        let floor_wakeups = median(self.floor.idle_wakeups.as_ref());
        add(
            "Wake-ups while idle ≤ floor's + 20%",
            floor_wakeups.map_or_else(|| "—".into(), |f| format!("{:.0} wake-ups", f * 1.2)),
            wakeups,
            floor_wakeups.map(|f| f * 1.2),
            "wake-ups",
        );
        add(
            "Idle PSS ≤ half the baseline's",
            baseline_pss.map_or_else(|| "—".into(), |b| format!("{:.1} MB", b / 2.0)),
            pss,
            baseline_pss.map(|b| b / 2.0),
            "MB",
        );
        add(
            ".deb ≤ 12 MB",
            "12 MB".into(),
            self.package.as_ref().map(|p| p.deb_mb),
            Some(12.0),
            "MB",
        );
        add(
            "Offline edit durable ≤ 5 ms",
            "5 ms".into(),
            edit,
            Some(5.0),
            "ms",
        );
        add(
            "Sound start ≤ 50 ms",
            "50 ms".into(),
            median(self.latencies.sound_ms.as_ref()),
            Some(50.0),
            "ms",
        );
        add(
            "Tray change ≤ 200 ms after the event",
            "200 ms".into(),
            median(self.latencies.tray_ms.as_ref()),
            Some(200.0),
            "ms",
        );
        if let Some(chatwoot) = &self.chatwoot {
            budgets.extend(chatwoot.budgets());
        }
        if let Some(admin) = &self.admin {
            budgets.extend(admin.budgets());
        }
        self.budgets = budgets;
    }

    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let w = &mut md;
        let _ = writeln!(w, "# Tether benchmarks\n");
        let _ = writeln!(
            w,
            "Written by `cargo xtask bench{}` on {}. Each figure is the median of the runs, with \
             the smallest and largest in brackets ({}). Floor, baseline and Tether are measured \
             in the same run, one after another, so ratios compare like with like.\n",
            if self.mode == "quick" { " --quick" } else { "" },
            self.date,
            if self.mode == "quick" {
                "quick: debug builds, one launch of each, so not representative"
            } else {
                "start: five launches of each; memory: three; WebKit configurations: two"
            }
        );
        let _ = writeln!(
            w,
            "- **Tether**: the app binary, started with a cache where alice is signed in to \
             the sandbox workspace (the sandbox runs in the bench's process).\n\
             - **Floor**: a blank page in the same Tauri shell (`src-tauri/examples/floor.rs`: \
             the same Tauri build, WebKit settings and window size, and nothing else). What \
             Tether costs above it is Tether's own.\n\
             - **Baseline**: Tether's own built UI in Debian's Chromium `--app`, same window \
             size, its commands answered by the bench's process from a real core signed in to the \
             same sandbox. It stands for an Electron app: Chromium draws the page, and a main \
             process answers it. It leaves out what Electron adds to Chromium (the Node runtime \
             and the main process's JavaScript, which are not counted here), so a real Electron \
             app costs more than this baseline.\n"
        );
        let _ = writeln!(w, "## Machine\n");
        for (k, v) in &self.machine {
            let _ = writeln!(w, "- {k}: {v}");
        }
        let _ = writeln!(w, "\n## Start and memory\n");
        let _ = writeln!(
            w,
            "Start: from launching the process to the first page drawn (Tether: its Profile \
             page from the cache, as the UI reports; floor: the blank page's first frame; \
             baseline: the same Profile page). Memory: RSS and PSS summed over the subject's \
             process tree {} s after that; CPU time and wake-ups (its threads' context \
             switches) over those seconds, after a short settle.\n",
            self.idle_s
        );
        let _ = writeln!(
            w,
            "| | Start to interactive (ms) | RSS (MB) | PSS (MB) | CPU while idle (ms) | Wake-ups while idle | Processes |\n|---|---|---|---|---|---|---|"
        );
        for (name, f) in [
            ("**Tether**", &self.tether),
            ("Floor: blank page, same Tauri shell", &self.floor),
            ("Baseline: same UI in Chromium `--app`", &self.baseline),
        ] {
            let processes = f
                .processes
                .iter()
                .map(|p| format!("{} {:.0}", p.name, mb(p.pss_kib)))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                w,
                "| {name} | {} | {} | {} | {} | {} | {processes} |",
                show(f.start_ms.as_ref(), 0),
                show(f.rss_mb.as_ref(), 1),
                show(f.pss_mb.as_ref(), 1),
                show(f.idle_cpu_ms.as_ref(), 0),
                show(f.idle_wakeups.as_ref(), 0),
            );
        }
        let t = &self.tether;
        let _ = writeln!(
            w,
            "\n| Ratio | Start | RSS | PSS | Idle CPU |\n|---|---|---|---|---|\n| Tether / floor | {} | {} | {} | {} |\n| Tether / baseline | {} | {} | {} | {} |",
            ratio(
                median(t.start_ms.as_ref()),
                median(self.floor.start_ms.as_ref())
            ),
            ratio(
                median(t.rss_mb.as_ref()),
                median(self.floor.rss_mb.as_ref())
            ),
            ratio(
                median(t.pss_mb.as_ref()),
                median(self.floor.pss_mb.as_ref())
            ),
            ratio(
                median(t.idle_cpu_ms.as_ref()),
                median(self.floor.idle_cpu_ms.as_ref())
            ),
            ratio(
                median(t.start_ms.as_ref()),
                median(self.baseline.start_ms.as_ref())
            ),
            ratio(
                median(t.rss_mb.as_ref()),
                median(self.baseline.rss_mb.as_ref())
            ),
            ratio(
                median(t.pss_mb.as_ref()),
                median(self.baseline.pss_mb.as_ref())
            ),
            ratio(
                median(t.idle_cpu_ms.as_ref()),
                median(self.baseline.idle_cpu_ms.as_ref())
            ),
        );
        let _ = writeln!(
            w,
            "\nTether's start, milestone by milestone (ms from launch):\n\n| Milestone | ms |\n|---|---|"
        );
        for (name, stat) in &t.marks {
            let _ = writeln!(w, "| `{name}` | {} |", stat.show(0));
        }
        wakeups::markdown(
            w,
            &t.idle_wakeups_by_thread,
            &self.floor.idle_wakeups_by_thread,
        );
        breakdown::markdown(w, &t.processes, &self.floor.processes);
        breakdown::files_markdown(w, &t.processes, &self.floor.processes);
        let _ = writeln!(w, "\n## WebKit settings\n");
        let _ = writeln!(
            w,
            "Tether started with each configuration (the shipped one is Tether's row above). \
             Preferences render: from asking for the page to the frame after it is in the DOM. \
             Input latency: from a key's input event to the next frame, typing into the name field.\n"
        );
        let _ = writeln!(
            w,
            "| Configuration | Environment | Start (ms) | PSS (MB) | RSS (MB) | Preferences render (ms) | Input latency (ms) |\n|---|---|---|---|---|---|---|"
        );
        for v in &self.variants {
            let env = if v.env.is_empty() {
                "—".to_owned()
            } else {
                v.env
                    .iter()
                    .map(|(k, val)| format!("`{k}={val}`"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let _ = writeln!(
                w,
                "| {}{} | {env} | {} | {} | {} | {} | {} |",
                v.name,
                if v.shipped { " (**shipped**)" } else { "" },
                show(v.figures.start_ms.as_ref(), 0),
                show(v.figures.pss_mb.as_ref(), 1),
                show(v.figures.rss_mb.as_ref(), 1),
                show(v.preferences_render_ms.as_ref(), 1),
                show(v.input_latency_ms.as_ref(), 1),
            );
        }
        let defaults = self.variants.iter().find(|v| v.name == WEBKIT_DEFAULTS);
        let off = self.variants.iter().find(|v| v.name == COMPOSITING_OFF);
        if let (Some(d), Some(o)) = (defaults, off) {
            let pss = |v: &Variant| median(v.figures.pss_mb.as_ref());
            let render = |v: &Variant| median(v.preferences_render_ms.as_ref());
            let input = |v: &Variant| median(v.input_latency_ms.as_ref());
            let fmt = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |x| format!("{x:.1}"));
            let _ = writeln!(
                w,
                "\nCompositing off against WebKit's defaults: PSS {} → {} MB ({} of the defaults), Preferences render {} → {} ms, input latency {} → {} ms. Compositing off is shipped, with an 8 MB JavaScript heap floor (`src-tauri/webkit.rs`); the end-to-end journeys run that configuration (README § Benchmarks).",
                fmt(pss(d)),
                fmt(pss(o)),
                ratio(pss(o), pss(d)),
                fmt(render(d)),
                fmt(render(o)),
                fmt(input(d)),
                fmt(input(o)),
            );
        }
        let _ = writeln!(w, "\n## Package\n");
        match &self.package {
            Some(p) => {
                let _ = writeln!(
                    w,
                    "| Package | Size (MB) | Installed (MB) |\n|---|---|---|\n| `{}` | {:.2} | {:.2} |\n\nAn AppImage cannot be built on this machine (its bundler downloads AppRun at build time, and only the package registries are reachable), so none is measured.",
                    p.file, p.deb_mb, p.installed_mb
                );
            }
            None => {
                let _ = writeln!(w, "Not measured.");
            }
        }
        let _ = writeln!(w, "\n## Core (criterion)\n");
        let _ = writeln!(
            w,
            "Time per operation over criterion's samples.\n\n| Operation | Time (ms) |\n|---|---|"
        );
        for (id, stat) in &self.core_ms {
            let label = CORE_BENCHES
                .iter()
                .find(|(i, _)| i == id)
                .map_or(id.as_str(), |(_, l)| l);
            let _ = writeln!(w, "| {label} | {} |", stat.show(3));
        }
        let _ = writeln!(w, "\n## Desktop latencies\n");
        let _ = writeln!(
            w,
            "| Latency | ms |\n|---|---|\n| Notification: request in the page → the bus delivers `Notify` to the daemon | {} |\n| Sound: request in the page → first non-silent sample captured from the sink | {} |\n| Tray: realtime message sent → the tray icon changed | {} |",
            show(self.latencies.notification_ms.as_ref(), 1),
            show(self.latencies.sound_ms.as_ref(), 1),
            show(self.latencies.tray_ms.as_ref(), 1),
        );
        if let Some(scaling) = &self.scaling {
            scaling.markdown(w);
        }
        if self.mode == "full" {
            changes::markdown(w);
        }
        if let Some(chatwoot) = &self.chatwoot {
            chatwoot.markdown(w);
        }
        if let Some(admin) = &self.admin {
            admin.markdown(w);
        }
        let _ = writeln!(w, "\n## Budgets (reported, not enforced)\n");
        let _ = writeln!(
            w,
            "| Budget | Limit | Measured | Holds |\n|---|---|---|---|"
        );
        for b in &self.budgets {
            let _ = writeln!(
                w,
                "| {} | {} | {} | {} |",
                b.name,
                b.limit,
                b.measured,
                match b.holds {
                    Some(true) => "yes",
                    Some(false) => "**no**",
                    None => "—",
                }
            );
        }
        if !self.problems.is_empty() {
            let _ = writeln!(w, "\n## Problems in this run\n");
            for p in &self.problems {
                let _ = writeln!(w, "- {p}");
            }
        }
        md
    }
}

#[cfg(test)]
mod tests;
