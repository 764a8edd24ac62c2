//! WebKitGTK settings that keep Tether's memory near the floor of a blank Tauri page, chosen by
//! measurement (`cargo xtask bench`, BENCHMARKS.md § WebKit settings). Each one yields to the
//! user's environment (a variable already set is left alone), and the bench uses the same
//! variables to compare.
//!
//! - Accelerated compositing off (`WEBKIT_DISABLE_COMPOSITING_MODE=1`), **shipped**: about 90 MB
//!   less PSS than WebKit's defaults and a faster key echo (BENCHMARKS.md). Tether's pages are
//!   forms and lists with no 3D, video or heavy animation, which is what compositing is for.
//!   It was held back once because WebDriver seemed to hang on the first click; the hang is in
//!   WebKitGTK's screenshot, not the click: a WebDriver screenshot waits for the page's next
//!   presented frame (`WebAutomationSession::takeScreenshot` → `callAfterNextPresentationUpdate`),
//!   and without compositing an idle page presents none. Clicks, typing and scripts did not wait
//!   for one in any journey (WebKitGTK 2.50.6). The test harness gives the page a repaint that changes no pixel while a
//!   screenshot waits (`crates/harness/src/webdriver/session.rs`), so the end-to-end journeys
//!   run the shipped configuration. `WEBKIT_DISABLE_COMPOSITING_MODE=0` turns compositing back
//!   on for one run. WebKitGTK's own `HardwareAccelerationPolicy::Never`, set on the web view
//!   after Tauri has created it, tears down the page's rendering and WebDriver loses its
//!   session ("invalid session id"); the variable takes effect before the web process starts.
//! - JavaScriptCore's heap floor at 8 MB (`JSC_largeHeapSize=8388608`), **shipped**: a web
//!   page's JavaScript heap is not collected in full until it reaches `largeHeapSize` (32 MB by
//!   default), and the space the garbage took stays with the process. Scrolling Administration ›
//!   Users through 10,000 users (short-lived objects every frame) left about 31 MB of it behind;
//!   with an 8 MB floor, about 18 MB (quick bench, smaps of the web process). Collections come
//!   sooner; the frames while scrolling and the search times did not change measurably. A
//!   4 MB floor saved only 1–2 MB more.
//! - JavaScriptCore's JIT off (`JSC_useJIT=0`) saved under 10 MB more but drew the Preferences
//!   page 10–25 ms slower; WebKit's cache model (`document-viewer`) saved nothing measurable.
//! - `TETHER_WEBKIT_TUNING=off` leaves everything to WebKit (the bench's "WebKit's defaults").

/// The environment defaults Tether ships (see above).
#[cfg(target_os = "linux")]
pub const ENV_DEFAULTS: &[(&str, &str)] = &[
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    ("JSC_largeHeapSize", "8388608"),
];

/// Sets the environment defaults for this process and the WebKit processes it starts. Call it
/// first thing in `main`, before any thread exists.
pub fn apply_process_defaults() {
    if std::env::var_os("TETHER_WEBKIT_TUNING").is_some_and(|v| v == "off") {
        return;
    }
    #[cfg(target_os = "linux")]
    for (key, value) in ENV_DEFAULTS {
        if std::env::var_os(key).is_none() {
            #[allow(
                unsafe_code,
                reason = "set_var is sound while the process has one thread: this runs first in \
                          main, before Tauri, GTK, tokio or logging start any thread"
            )]
            // SAFETY: single-threaded at this point (see above); nothing reads the environment
            // concurrently.
            unsafe {
                std::env::set_var(key, value);
            }
        }
    }
}

/// `TETHER_BENCH_MARKS=1` (set by `cargo xtask bench`): start-up's milestones are written to
/// stdout as `tether-mark <name>`, for the launcher to time. Otherwise nothing is written.
pub fn bench_mark(name: &str) {
    use std::io::Write;
    if std::env::var_os("TETHER_BENCH_MARKS").is_some() {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "tether-mark {name}");
        let _ = out.flush();
    }
}
