//! What every task runs things with: the repository's root, cargo and npm set up the same way,
//! and a step that prints its name, time and outcome. Below `steps` (the test command) and
//! `bench`, which both use it and otherwise do not depend on each other's helpers.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    // `cargo run` sets CARGO_MANIFEST_DIR at run time too. Prefer it to the compile-time value:
    // two checkouts sharing one CARGO_TARGET_DIR share the uplifted `target/debug/xtask`, which
    // may have been built from the other checkout.
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Where cargo builds: `$CARGO_TARGET_DIR`, else a stable path outside the clone so repeated
/// runs on one machine are incremental.
pub fn target_dir() -> PathBuf {
    env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env::var("HOME").unwrap_or_else(|_| "/tmp".into()))
                .join(".cache/tether/target")
        })
}

pub fn cargo() -> Command {
    let mut c = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root()).env("CARGO_TARGET_DIR", target_dir());
    c
}

pub fn npm(dir: &Path) -> Command {
    let mut c = Command::new("npm");
    c.current_dir(dir);
    if env::var_os("npm_config_cache").is_none() {
        let cache = PathBuf::from(env::var("HOME").unwrap_or_else(|_| "/tmp".into()))
            .join(".cache/tether/npm");
        c.env("npm_config_cache", cache);
    }
    c.env("npm_config_fund", "false")
        .env("npm_config_audit", "false")
        .env("npm_config_update_notifier", "false");
    c
}

/// A cargo-installed tool by name: from `PATH`, else from cargo's own `bin` folder (where
/// `scripts/dev` installs it, which need not be on `PATH` when cargo itself came from elsewhere).
pub fn cargo_tool(name: &str) -> PathBuf {
    let in_path = env::var_os("PATH").and_then(|paths| {
        env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    });
    in_path.unwrap_or_else(|| {
        env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(env::var("HOME").unwrap_or_else(|_| "/root".into())).join(".cargo")
            })
            .join("bin")
            .join(name)
    })
}

pub fn run_step(name: &str, mut command: Command) -> Result {
    eprintln!("\n==> {name}");
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    eprintln!(
        "<== {name}: {} in {:.1}s",
        if status.success() { "ok" } else { "FAILED" },
        started.elapsed().as_secs_f64()
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})"))
    }
}

pub fn ui_install() -> Result {
    let ui = root().join("ui");
    let mut c = npm(&ui);
    c.args(["ci", "--prefer-offline", "--no-progress"]);
    run_step("npm ci (ui)", c)
}

pub fn ui_script(script: &str, label: &str) -> Result {
    let mut c = npm(&root().join("ui"));
    c.args(["run", "--silent", script]);
    run_step(label, c)
}

pub fn ui_build() -> Result {
    ui_script("build", "ui build + initial JS budget (400 kB)")
}
