//! WebKitGTK settings that keep Tether's memory near the floor of a blank Tauri page, chosen by
//! measurement (`cargo xtask bench`, BENCHMARKS.md § WebKit settings). Each one yields to the
//! user's environment: a variable already set is left alone, so `WEBKIT_DISABLE_COMPOSITING_MODE=0`
//! or `JSC_useJIT=1` turns a default back off, and the bench uses the same variables to compare.
//!
//! - `WEBKIT_DISABLE_COMPOSITING_MODE=1`: no accelerated compositing. Tether's pages are forms and
//!   lists: nothing animates in 3D, and without a GPU (most Linux VMs, Xvfb) compositing runs in
//!   software anyway. It saves the compositor's layers and buffers in the web process.
//! - `JSC_useJIT=0`: JavaScriptCore interprets (LLInt) instead of compiling. Tether's script is a
//!   small Svelte app that mostly waits; the JIT's executable memory and compiler threads cost
//!   more than they save here.
//! - `TETHER_WEBKIT_TUNING=off` leaves all of this to WebKit (the bench's "WebKit defaults").
//! - `TETHER_WEBKIT_CACHE_MODEL` (`document-viewer` by default, or `document-browser`,
//!   `web-browser`): everything Tether shows comes from its own bundle, so WebKit's memory
//!   cache of pages and resources holds nothing worth keeping.

/// The environment defaults, in the order WebKit reads them.
#[cfg(target_os = "linux")]
pub const ENV_DEFAULTS: &[(&str, &str)] = &[
    ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
    ("JSC_useJIT", "0"),
];

/// `TETHER_WEBKIT_TUNING=off`: none of these defaults (WebKit's own), for comparison.
fn tuning_off() -> bool {
    std::env::var_os("TETHER_WEBKIT_TUNING").is_some_and(|v| v == "off")
}

/// Sets the environment defaults for this process and the WebKit processes it starts. Call it
/// first thing in `main`, before any thread exists.
pub fn apply_process_defaults() {
    if tuning_off() {
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

/// Applies the cache model to a webview's context (Linux; elsewhere nothing to do).
pub fn tune_webview(window: &tauri::WebviewWindow) {
    #[cfg(target_os = "linux")]
    {
        use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
        let model = match std::env::var("TETHER_WEBKIT_CACHE_MODEL").as_deref() {
            Ok("web-browser") => CacheModel::WebBrowser,
            Ok("document-browser") => CacheModel::DocumentBrowser,
            Ok("document-viewer") => CacheModel::DocumentViewer,
            _ if tuning_off() => return,
            _ => CacheModel::DocumentViewer,
        };
        let result = window.with_webview(move |webview| {
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(model);
            }
        });
        if let Err(err) = result {
            tracing::warn!(%err, "cannot set WebKit's cache model");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// `TETHER_BENCH_MARKS=1` (set by `cargo xtask bench`): the UI's milestones are written to
/// stdout as `tether-mark <name>`, for the launcher to time. Otherwise nothing is written.
pub fn bench_mark(name: &str) {
    use std::io::Write;
    if std::env::var_os("TETHER_BENCH_MARKS").is_some() {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "tether-mark {name}");
        let _ = out.flush();
    }
}
