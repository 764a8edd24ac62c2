//! `cargo xtask <task>`: the one entry point for developer tasks.
//!
//! - `run`: build the UI and app, start the sandbox workspace, launch Tether signed in to it.
//! - `test`: every check and test layer, inside a headless desktop session (Xvfb, session
//!   D-Bus, gnome-keyring, a notification daemon, a PulseAudio null sink).
//! - `bench [--quick]`: Tether against its floor and a Chromium baseline, core's costs, the
//!   desktop latencies and the package; writes `target/bench/` and `BENCHMARKS.md`.
//! - `bindings`: regenerate `ui/src/lib/bindings.ts` from the Rust commands and types.
//! - `sqlx-prepare`: regenerate `.sqlx/` (compile-checked query data) from the migrations.
//! - `packages`: bundle the debug build as `.deb` and `.rpm` and check them (lintian,
//!   appstreamcli), also a step of `test`.
//! - `house`: the house rules (no import cycle between sibling modules, no file over 500
//!   lines, no crate on a test crate), also a step of `test`.
//!
//! System packages and tools are installed by `scripts/dev`, which then calls this.

mod bench;
mod house;
mod packages;
mod steps;
mod tools;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => steps::test(),
        Some("test-inside-session") => steps::test_inside_session(),
        Some("run") => steps::run(),
        Some("bench") => bench::bench(args.iter().any(|a| a == "--quick")),
        Some("bindings") => steps::bindings(),
        Some("house") => house::check(),
        Some("packages") => packages::check(),
        Some("sqlx-prepare") => steps::sqlx_prepare(false),
        _ => Err(
            "usage: cargo xtask run | test | bench [--quick] | bindings | sqlx-prepare | house | packages"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
