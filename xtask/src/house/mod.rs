//! The house rules the test command enforces from the sources alone (no build): no import
//! cycle between sibling modules of any crate, no hand-written source file over 500 lines, and
//! no crate that depends on a test crate, and every Tauri command named `<domain>_<verb>` after
//! the module it is in (`commands/profile.rs` holds `profile_*`).
//!
//! A module may use its children and its ancestors freely (a parent re-exports what its
//! children make; a child reads its parent's types). Between siblings, though, uses must point
//! one way: if `a` uses `b`, nothing in `b` may use `a`. A use is found in `use crate::…`,
//! `use super::…` and inline `crate::…` / `super::…` paths; comments are skipped.

use std::fs;
use std::path::{Path, PathBuf};

use crate::tools::{Result, root};

mod imports;

use imports::cycles;

/// The longest a hand-written source file may be.
const MAX_LINES: usize = 500;

/// Crates whose sources are checked, by their source folder.
const SOURCE_ROOTS: &[&str] = &[
    "crates/core/src",
    "crates/sandbox/src",
    "crates/bench/src",
    "crates/harness/src",
    "src-tauri",
    "xtask/src",
    "tests/e2e/src",
];

/// Test crates: no other crate may depend on them.
const TEST_CRATES: &[&str] = &["tests/e2e"];

/// Files the size rule does not cover, each with why.
const GENERATED: &[&str] = &[
    // Written by `cargo xtask bindings` from the Rust types.
    "ui/src/lib/bindings.ts",
    // Written by `npm run i18n` from the English Fluent files (one line per message); the
    // catalogue test fails when it is stale.
    "ui/src/lib/i18n/messages.gen.ts",
];

pub fn check() -> Result {
    eprintln!(
        "\n==> house rules: sibling modules without cycles, files under {MAX_LINES} lines, no crate on a test crate, commands named <domain>_<verb>"
    );
    let mut problems = Vec::new();
    let mut modules_seen = 0;
    for src in SOURCE_ROOTS {
        let src = root().join(src);
        if !src.exists() {
            continue;
        }
        let files = files_with(&src, &["rs"]);
        modules_seen += files.len();
        problems.extend(cycles(&src, &files));
    }
    problems.extend(long_files());
    problems.extend(test_crate_dependents());
    problems.extend(command_names());
    if problems.is_empty() {
        eprintln!("<== house rules hold ({modules_seen} Rust files)");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("    {p}");
        }
        Err(format!("{} house rule(s) broken", problems.len()))
    }
}

/// The files below `dir` whose names end in one of `extensions`, sorted.
fn files_with(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| extensions.iter().any(|x| e == *x))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Hand-written Rust, TypeScript and Svelte files longer than [`MAX_LINES`].
fn long_files() -> Vec<String> {
    let mut problems = Vec::new();
    let mut dirs: Vec<PathBuf> = SOURCE_ROOTS.iter().map(|s| root().join(s)).collect();
    dirs.extend(
        [
            "crates/core/tests",
            "crates/sandbox/tests",
            "tests/e2e/tests",
            "ui/src",
        ]
        .iter()
        .map(|s| root().join(s)),
    );
    for p in dirs
        .iter()
        .flat_map(|dir| files_with(dir, &["rs", "ts", "svelte"]))
    {
        let rel = p.strip_prefix(root()).unwrap_or(&p).to_path_buf();
        if GENERATED.iter().any(|g| rel == Path::new(g)) {
            continue;
        }
        let lines = fs::read_to_string(&p).map_or(0, |t| t.lines().count());
        if lines > MAX_LINES {
            problems.push(format!(
                "{} has {lines} lines (at most {MAX_LINES}): split it by what its parts are for",
                rel.display()
            ));
        }
    }
    problems.sort();
    problems
}

/// Manifests that name a test crate among their (non-dev) dependencies.
fn test_crate_dependents() -> Vec<String> {
    let mut problems = Vec::new();
    let manifests = SOURCE_ROOTS
        .iter()
        .filter_map(|s| Path::new(s).parent())
        .map(|p| root().join(p).join("Cargo.toml"));
    for manifest in manifests {
        let Ok(text) = fs::read_to_string(&manifest) else {
            continue;
        };
        let mut section = String::new();
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                section = line.to_owned();
                continue;
            }
            if section != "[dependencies]" && section != "[build-dependencies]" {
                continue;
            }
            for test_crate in TEST_CRATES {
                let name = Path::new(test_crate)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if line.contains(&format!("\"{}\"", relative_to(&manifest, test_crate)))
                    || line.contains(&format!("tether-{name}"))
                {
                    problems.push(format!(
                        "{} depends on the test crate {test_crate}: move what it needs into a support crate",
                        manifest.strip_prefix(root()).unwrap_or(&manifest).display()
                    ));
                }
            }
        }
    }
    problems
}

/// `../../tests/e2e` as seen from `crates/bench/Cargo.toml`, for the path form of a dependency.
fn relative_to(manifest: &Path, target: &str) -> String {
    let dir = manifest
        .parent()
        .and_then(|d| d.strip_prefix(root()).ok())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let ups = dir.components().count();
    format!("{}{target}", "../".repeat(ups))
}

/// Commands whose name does not start with their module's domain, or is the domain alone.
fn command_names() -> Vec<String> {
    let mut problems = Vec::new();
    let dir = root().join("src-tauri/commands");
    let Ok(entries) = fs::read_dir(&dir) else {
        return vec!["src-tauri/commands is missing".into()];
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(domain) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if domain == "mod" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_default();
        let mut is_command = false;
        for line in text.lines() {
            let line = line.trim();
            if line == "#[tauri::command]" {
                is_command = true;
                continue;
            }
            let name = line
                .strip_prefix("pub async fn ")
                .or_else(|| line.strip_prefix("pub fn "))
                .and_then(|rest| rest.split(['(', '<']).next());
            if let Some(name) = name {
                if is_command {
                    let verb = name.strip_prefix(&format!("{domain}_"));
                    if verb.is_none_or(str::is_empty) {
                        problems.push(format!(
                            "src-tauri/commands/{domain}.rs: the command {name} is not named {domain}_<verb>"
                        ));
                    }
                }
                is_command = false;
            }
        }
    }
    problems.sort();
    problems
}
