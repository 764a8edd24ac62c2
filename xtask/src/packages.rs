//! The packages: `.deb` and `.rpm` bundled from the build already made (Tauri's bundler
//! patches the install kind into each package's copy of the binary; nothing is compiled again),
//! then checked as a distribution would: `lintian` on the `.deb`, `appstreamcli` on the
//! metainfo, and the compressed man page and changelog in step with their sources. Installing,
//! updating and removing them is `tests/e2e/tests/packages.rs`.
//!
//! The AppImage is not bundled: Tauri's bundler downloads AppRun and linuxdeploy from GitHub
//! while bundling it, which this machine kind cannot reach (README § Packages).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::{Result, root, run_step, target_dir};

/// Lintian tags the test command's package may carry, each with its reason. Anything else that
/// lintian reports as an error or a warning fails the step.
const DEBUG_BUILD_ONLY: &[(&str, &str)] = &[(
    "unstripped-binary-or-object",
    "the test command packages the debug build; the release profile strips symbols",
)];

/// Bundles the already-built `profile` binary as each of `kinds` (`deb`, `rpm`) and returns
/// the packages in that order.
pub fn bundle(debug: bool, kinds: &[&str]) -> Result<Vec<PathBuf>> {
    let mut c = Command::new(root().join("ui/node_modules/.bin/tauri"));
    c.current_dir(root())
        .env("CARGO_TARGET_DIR", target_dir())
        .args(["bundle", "--bundles", &kinds.join(",")]);
    if debug {
        c.arg("--debug");
    }
    run_step(&format!("tauri bundle --bundles {}", kinds.join(",")), c)?;
    kinds.iter().map(|kind| newest(debug, kind)).collect()
}

/// The newest package of `kind` the bundler wrote.
pub fn newest(debug: bool, kind: &str) -> Result<PathBuf> {
    let dir = target_dir()
        .join(if debug { "debug" } else { "release" })
        .join("bundle")
        .join(kind);
    let mut found: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == kind))
        .collect();
    found.sort_by_key(|p| fs::metadata(p).and_then(|m| m.modified()).ok());
    found
        .pop()
        .ok_or_else(|| format!("no .{kind} in {}", dir.display()))
}

/// The test command's step: bundle both, then check them.
pub fn check() -> Result {
    let packages = bundle(true, &["deb", "rpm"])?;
    let deb = &packages[0];
    lintian(deb)?;
    let mut appstream = Command::new("appstreamcli");
    appstream
        .args(["validate", "--no-net", "--explain"])
        .arg(root().join("packaging/linux/app.tether.desktop.metainfo.xml"));
    run_step(
        "appstreamcli validate (software centres' metadata)",
        appstream,
    )?;
    for (gz, source) in [
        ("packaging/linux/tether.1.gz", "packaging/linux/tether.1"),
        ("packaging/linux/changelog.gz", "packaging/linux/changelog"),
    ] {
        compressed_in_step(&root().join(gz), &root().join(source))?;
    }
    Ok(())
}

fn lintian(deb: &Path) -> Result {
    eprintln!("\n==> lintian {}", deb.display());
    let suppressed: Vec<&str> = DEBUG_BUILD_ONLY.iter().map(|(tag, _)| *tag).collect();
    for (tag, why) in DEBUG_BUILD_ONLY {
        eprintln!("    allowed: {tag} ({why})");
    }
    let output = Command::new("lintian")
        .args(["--info", "--suppress-tags", &suppressed.join(",")])
        .arg(deb)
        .output()
        .map_err(|e| format!("lintian: cannot start: {e} (scripts/dev installs it)"))?;
    let report = String::from_utf8_lossy(&output.stdout);
    eprint!("{report}");
    let failing: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("E: ") || l.starts_with("W: "))
        .collect();
    if failing.is_empty() {
        eprintln!("<== lintian: no error or warning");
        Ok(())
    } else {
        Err(format!(
            "lintian: {} error(s)/warning(s) in the .deb: fix them, or allow one with its reason in xtask/src/packages.rs",
            failing.len()
        ))
    }
}

/// A committed `.gz` (a package ships it compressed, `gzip -9n`) must hold its source.
fn compressed_in_step(gz: &Path, source: &Path) -> Result {
    let mut text = Vec::new();
    let mut zcat = Command::new("gzip")
        .args(["-dc"])
        .arg(gz)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    if let Some(out) = zcat.stdout.as_mut() {
        out.read_to_end(&mut text).map_err(|e| e.to_string())?;
    }
    let _ = zcat.wait();
    let want = fs::read(source).map_err(|e| format!("{}: {e}", source.display()))?;
    if text == want {
        eprintln!("<== {} matches {}", gz.display(), source.display());
        Ok(())
    } else {
        Err(format!(
            "{} is stale: run `gzip -9n -c {} > {}` and commit it",
            gz.display(),
            source.display(),
            gz.display()
        ))
    }
}
