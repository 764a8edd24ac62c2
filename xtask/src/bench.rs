//! `cargo xtask bench [--quick]`: builds what it measures, runs core's criterion benchmarks,
//! then `tether-bench` inside a headless desktop session; writes `target/bench/bench.md` and
//! `bench.json`, and (full runs) copies the Markdown to `BENCHMARKS.md`.
//!
//! - full: release builds (the `.deb` bundled from the same build), criterion at its usual
//!   sample counts (short times), three launches of each subject with 30 s idle.
//! - `--quick`: the debug builds the test command already made, short criterion runs and one
//!   launch of each with 3 s idle. It proves the instrument works; its figures are not
//!   representative (debug builds) and no budget is enforced.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::tools::{Result, cargo, root, run_step, target_dir, ui_build, ui_install};

/// The WebKit variables the bench sets itself: never inherited from the caller's shell.
const KNOBS: &[&str] = &[
    "TETHER_WEBKIT_TUNING",
    "WEBKIT_DISABLE_COMPOSITING_MODE",
    "JSC_useJIT",
    "JSC_useDFGJIT",
    "JSC_useFTLJIT",
    "JSC_largeHeapSize",
];

/// `cargo xtask bench [--quick]`, from a developer's shell.
pub fn bench(quick: bool) -> Result {
    let started = std::time::Instant::now();
    ui_install()?;
    ui_build()?;
    let profile = if quick { "debug" } else { "release" };
    let mut build = cargo();
    build.args(["build", "--workspace", "--bins", "--examples", "--locked"]);
    if !quick {
        build.arg("--release");
    }
    run_step(
        &format!("cargo build ({profile}): app, floor, bench"),
        build,
    )?;
    let deb = crate::packages::bundle(quick, &["deb"])?.remove(0);
    criterion(quick)?;
    let out = target_dir().join("bench");
    let mut c = Command::new("keyctl");
    c.args(["session", "-", "dbus-run-session", "--", "bash"])
        .arg(root().join("scripts/headless-session.sh"));
    instrument(&mut c, quick, &out, Some(&deb));
    run_step("tether-bench (headless session)", c)?;
    if !quick {
        fs::copy(out.join("bench.md"), root().join("BENCHMARKS.md"))
            .map_err(|e| format!("BENCHMARKS.md: {e}"))?;
        eprintln!("bench: BENCHMARKS.md updated from {}", out.display());
    }
    eprintln!("bench: {:.0} s in all", started.elapsed().as_secs_f64());
    Ok(())
}

/// The test command's step (already inside the headless session, after its debug build and
/// its packages step, whose `.deb` it measures): the quick bench, to prove the instrument works.
pub fn quick_in_session(out: &Path) -> Result {
    let deb = crate::packages::newest(true, "deb")?;
    criterion(true)?;
    let mut c = Command::new(target_dir().join("debug/tether-bench"));
    arguments(&mut c, true, out, Some(&deb));
    for knob in KNOBS {
        c.env_remove(knob);
    }
    run_step("tether-bench --quick", c)
}

fn instrument(c: &mut Command, quick: bool, out: &Path, deb: Option<&Path>) {
    let profile = if quick { "debug" } else { "release" };
    c.arg(target_dir().join(profile).join("tether-bench"));
    arguments(c, quick, out, deb);
    for knob in KNOBS {
        c.env_remove(knob);
    }
    c.current_dir(root());
}

fn arguments(c: &mut Command, quick: bool, out: &Path, deb: Option<&Path>) {
    let bin = target_dir().join(if quick { "debug" } else { "release" });
    c.arg("--app")
        .arg(bin.join("tether"))
        .arg("--floor")
        .arg(bin.join("examples/floor"))
        .arg("--dist")
        .arg(root().join("ui/dist"))
        .arg("--out")
        .arg(out)
        .arg("--criterion")
        .arg(target_dir().join("criterion"));
    if let Some(deb) = deb {
        c.arg("--deb").arg(deb);
    }
    if quick {
        c.arg("--quick");
    }
}

/// Core's criterion benchmarks; results land in `<target>/criterion`.
fn criterion(quick: bool) -> Result {
    let mut c = cargo();
    c.args(["bench", "--workspace", "--bench", "core", "--locked"]);
    if quick {
        c.args(["--profile", "dev"]);
    }
    c.arg("--");
    if quick {
        c.args([
            "--warm-up-time",
            "0.2",
            "--measurement-time",
            "0.5",
            "--sample-size",
            "10",
        ]);
    } else {
        c.args(["--warm-up-time", "1", "--measurement-time", "2"]);
    }
    run_step(
        &format!(
            "criterion: core costs{}",
            if quick { " (quick)" } else { "" }
        ),
        c,
    )
}
