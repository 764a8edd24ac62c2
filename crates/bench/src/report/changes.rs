//! What each change for memory, start and idle saved (issue 25 item 6): measured when the
//! change was made, against the build before it, in the same kind of run. The rest of the
//! report is measured afresh on every run; these figures are kept here, with the run that
//! gave them, because the build before a change is not built again.

use std::fmt::Write as _;

/// (change, where it lives, how it was measured, before → after).
const CHANGES: &[(&str, &str, &str, &str)] = &[
    (
        "Accelerated compositing off, an 8 MB JavaScript heap floor",
        "`src-tauri/webkit.rs`",
        "full bench (release), re-measured every run in § WebKit settings",
        "idle PSS 348.0 → 253.6 MB, input latency 19 → 6 ms",
    ),
    (
        "Preferences, Security and Tokens load when first opened",
        "`ui/src/App.svelte`",
        "`vite build`",
        "initial JS 340.9 → 298.5 kB, CSS 17.2 → 12.6 kB",
    ),
    (
        "Release builds strip symbols",
        "`Cargo.toml` `[profile.release]`",
        "full bench (release)",
        "`.deb` 10.8 → 10.1 MB, installed 30.9 → 25.8 MB",
    ),
    (
        "The worker sleeps until something happens: the realtime side waits for the session \
         slice's announcement of who is online instead of looking every 2 s",
        "`crates/core/src/worker/`, `crates/core/src/session/online.rs`",
        "full benches (release) before and after, 60 s idle each",
        "wake-ups while idle: 171 a minute (floor 41) → 45–47 (floor 35–38)",
    ),
    (
        "Each workspace's unread count kept as events arrive, instead of recounting every \
         room of every workspace per event",
        "`crates/core/src/unread/`",
        "scaling rows, quick (debug), same binary otherwise",
        "CPU per incoming message in the app at 2,000 rooms: 19.3–21.8 → 8.9 ms (100 rooms: \
         9.1 → 9.8 ms)",
    ),
    (
        "`subscriptions.get` read into the fields the count reads, the rest skipped while parsing",
        "`crates/core/src/rocketchat/subscriptions.rs`",
        "scaling rows, quick (debug)",
        "the app process's PSS at 2,000 rooms against 100: +5.5 → +0.0 MB",
    ),
    (
        "Release builds favour size: `opt-level = \"s\"`, full LTO, one codegen unit",
        "`Cargo.toml` `[profile.release]`",
        "full benches (release) before and after",
        "the executable 25.6 → 15.8 MB, its PSS in the app process 19.5 → 12.4 MB, Tether's idle \
         PSS 254.0 → 247.4 MB; `.deb` 10.1 → 7.0 MB, installed 25.8 → 16.0 MB",
    ),
    (
        "The system's UI font (`system-ui`) instead of Rocket.Chat's web font stack, whose \
         families the system lacks each cost a font lookup on the first layout",
        "`ui/src/styles/app.css`",
        "the page's own timings, debug app, 3 launches each: a forced layout after the first \
         snapshot, and the first snapshot to the Profile drawn",
        "first layout of the shell 103–109 → 22–33 ms; snapshot to Profile drawn 222–229 → \
         77–116 ms",
    ),
    (
        "The keyring is probed in the background when the sessions are restored, not while \
         core opens on the main thread (which serves the window's first page)",
        "`crates/core/src/workspaces/mod.rs`",
        "timestamps around the shell's setup, debug app, 3 launches each",
        "setup on the main thread 76–92 → 42–56 ms",
    ),
    (
        "Tether's async work runs on one tokio worker instead of one per core: each event of \
         the realtime connection's keep-alive woke both workers",
        "`src-tauri/lib.rs` (`one_async_worker`)",
        "quick benches (debug) with `--idle-seconds 60`, 2 runs each, same binary otherwise",
        "tokio workers' wake-ups while idle 15, 15 → 11, 11 a minute; Tether 46, 45 → 43, 41 \
         (floor 33–35); Users search and scrolling unchanged (276–281 ms, median frame 16 ms)",
    ),
];

/// Its section of the report.
pub fn markdown(w: &mut String) {
    let _ = writeln!(w, "\n## What each change saved\n");
    let _ = writeln!(
        w,
        "Measured when the change was made, against the build just before it, in the run named \
         (the build before a change is not built again, so these are not re-measured).\n"
    );
    let _ = writeln!(
        w,
        "| Change | Where | Measured by | Before → after |\n|---|---|---|---|"
    );
    for (change, place, how, figures) in CHANGES {
        let _ = writeln!(w, "| {change} | {place} | {how} | {figures} |");
    }
}
