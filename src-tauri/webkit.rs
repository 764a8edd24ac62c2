//! WebKitGTK settings that keep Tether's memory near the floor of a blank Tauri page, chosen by
//! measurement (`cargo xtask bench`, BENCHMARKS.md § WebKit settings). Each one yields to the
//! user's environment (a variable already set is left alone), and the bench uses the same
//! variables to compare.
//!
//! - Accelerated compositing off (`WEBKIT_DISABLE_COMPOSITING_MODE=1`) measured about 90 MB less
//!   PSS than WebKit's defaults and a faster key echo, but it is not shipped: with it,
//!   WebKitWebDriver's first mouse click in the end-to-end journey never returns (every run of
//!   the suite with it hung there; every run with WebKit's defaults passed), so the shipped
//!   configuration could not be tested end to end. A user can still set the variable; it is
//!   left alone.
//! - JavaScriptCore's JIT off (`JSC_useJIT=0`) saved under 10 MB more but drew the Preferences
//!   page 10–25 ms slower; WebKit's cache model (`document-viewer`) saved nothing measurable.
//! - `TETHER_WEBKIT_TUNING=off` leaves everything to WebKit (the bench's "WebKit's defaults").

/// The environment defaults (none shipped: see above; the mechanism stays for the next one).
#[cfg(target_os = "linux")]
pub const ENV_DEFAULTS: &[(&str, &str)] = &[];

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
