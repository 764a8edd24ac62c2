use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use crate::tools::{
    Result, cargo, cargo_tool, npm, root, run_step, target_dir, ui_build, ui_install, ui_script,
};

/// One named check of `cargo xtask test`.
type Step = Box<dyn Fn() -> Result>;

/// `cargo xtask test`: re-enters itself inside a fresh headless desktop session.
pub fn test() -> Result {
    let script = root().join("scripts/headless-session.sh");
    let me = env::current_exe().map_err(|e| e.to_string())?;
    let mut c = Command::new("keyctl");
    c.args(["session", "-", "dbus-run-session", "--", "bash"])
        .arg(script)
        .arg(me)
        .arg("test-inside-session")
        .current_dir(root())
        .env("CARGO_TARGET_DIR", target_dir());
    let status = c.status().map_err(|e| {
        format!("cannot start the headless session (keyctl, dbus-run-session): {e}")
    })?;
    if status.success() {
        Ok(())
    } else {
        Err("some checks or tests failed (see above)".into())
    }
}

pub fn test_inside_session() -> Result {
    let started = Instant::now();
    let out = target_dir().join("tether-test");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let contract_record = out.join("sandbox-requests.jsonl");
    let chatwoot_record = out.join("chatwoot-requests.jsonl");
    let screenshots = out.join("e2e-screenshots");
    let mut steps: Vec<(&str, Step)> = Vec::new();
    steps.push(("ui dependencies", Box::new(ui_install)));
    steps.push((
        "ui: strict type check (svelte-check runs tsc over .ts and .svelte)",
        Box::new(|| ui_script("check", "svelte-check --fail-on-warnings")),
    ));
    steps.push((
        "ui: lint",
        Box::new(|| ui_script("lint", "eslint --max-warnings 0")),
    ));
    steps.push((
        "ui: component tests",
        Box::new(|| ui_script("test", "vitest run")),
    ));
    steps.push(("ui: build", Box::new(ui_build)));
    steps.push((
        "rustfmt",
        Box::new(|| {
            let mut c = cargo();
            c.args(["fmt", "--all", "--check"]);
            run_step("cargo fmt --check", c)
        }),
    ));
    steps.push((
        "clippy",
        Box::new(|| {
            let mut c = cargo();
            c.args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--locked",
                "--",
                "-D",
                "warnings",
            ]);
            run_step("cargo clippy --workspace --all-targets -D warnings", c)
        }),
    ));
    steps.push((
        "docs",
        Box::new(|| {
            // Broken intra-doc links and malformed docs fail, as warnings do elsewhere.
            let mut c = cargo();
            c.args(["doc", "--no-deps", "--workspace", "--locked"])
                .env("RUSTDOCFLAGS", "-D warnings");
            run_step("cargo doc --no-deps -D warnings", c)
        }),
    ));
    steps.push((
        "unused dependencies",
        Box::new(|| {
            // Reads the manifests and sources only: no build, no network. Called by its own
            // name: through `$CARGO machete` it takes the subcommand's name for a path.
            let mut c = Command::new(cargo_tool("cargo-machete"));
            c.arg(root());
            run_step("cargo machete", c)
        }),
    ));
    steps.push((
        "licences, bans, sources",
        Box::new(|| {
            // deny.toml says why advisories are left out (their database is online only).
            let mut c = cargo();
            c.args(["deny", "--offline", "check", "licenses", "bans", "sources"]);
            run_step("cargo deny check licenses bans sources (offline)", c)
        }),
    ));
    steps.push(("no tauri in core", Box::new(no_tauri_in_core)));
    steps.push(("house rules", Box::new(crate::house::check)));
    steps.push(("sqlx offline data fresh", Box::new(|| sqlx_prepare(true))));
    steps.push((
        "build",
        Box::new(|| {
            let mut c = cargo();
            c.args(["build", "--workspace", "--bins", "--examples", "--locked"]);
            run_step("cargo build --workspace --bins --examples", c)
        }),
    ));
    let record = contract_record.clone();
    let chatwoot = chatwoot_record.clone();
    steps.push((
        "rust tests",
        Box::new(move || {
            let mut c = cargo();
            c.args(["test", "--workspace", "--locked", "--exclude", "tether-e2e"])
                .env("TETHER_SANDBOX_RECORD", &record)
                .env("TETHER_CHATWOOT_RECORD", &chatwoot);
            run_step(
                "cargo test --workspace (core, sandbox, app incl. bindings freshness)",
                c,
            )
        }),
    ));
    steps.push(("packages", Box::new(crate::packages::check)));
    let record = contract_record.clone();
    let chatwoot = chatwoot_record.clone();
    let shots = screenshots.clone();
    steps.push((
        "end to end",
        Box::new(move || {
            let mut c = cargo();
            c.args(["test", "-p", "tether-e2e", "--locked", "--", "--nocapture"])
                .env("TETHER_APP_BIN", target_dir().join("debug/tether"))
                .env("TETHER_E2E_SCREENSHOTS", &shots)
                // The packages step's `.deb` and `.rpm` (packages.rs installs them); a missing
                // one fails that journey with the packages step's error.
                .env(
                    "TETHER_DEB",
                    crate::packages::newest(true, "deb").unwrap_or_default(),
                )
                .env(
                    "TETHER_RPM",
                    crate::packages::newest(true, "rpm").unwrap_or_default(),
                )
                .env("TETHER_SANDBOX_RECORD", &record)
                .env("TETHER_CHATWOOT_RECORD", &chatwoot);
            run_step(
                "WebDriver journey (tauri-driver + WebKitWebDriver under Xvfb)",
                c,
            )
        }),
    ));
    let record = contract_record.clone();
    steps.push(("contract", Box::new(move || contract_check(&record))));
    let chatwoot = chatwoot_record.clone();
    steps.push((
        "chatwoot contract",
        Box::new(move || chatwoot_contract_check(&chatwoot)),
    ));
    let bench_out = out.join("bench");
    steps.push((
        "bench --quick",
        Box::new(move || crate::bench::quick_in_session(&bench_out)),
    ));

    let (mut passed, mut failed) = (0, Vec::new());
    for (name, step) in &steps {
        match step() {
            Ok(()) => passed += 1,
            Err(err) => {
                eprintln!("xtask: {name}: {err}");
                failed.push(*name);
            }
        }
    }
    eprintln!("\nScreenshots of the journey: {}", screenshots.display());
    eprintln!(
        "Requests checked against @rocket.chat/rest-typings: {}",
        contract_record.display()
    );
    eprintln!(
        "Requests checked against Chatwoot's API description: {}",
        chatwoot_record.display()
    );
    eprintln!("Total time: {:.0}s", started.elapsed().as_secs_f64());
    if !failed.is_empty() {
        eprintln!("Failed steps: {}", failed.join(", "));
    }
    // The plain summary line CI reads, on stdout.
    #[allow(
        clippy::print_stdout,
        reason = "the summary line is the test command's output"
    )]
    {
        println!("xtask steps: {passed} passed, {} failed", failed.len());
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("{} step(s) failed", failed.len()))
    }
}

/// Proves the core crate's dependency tree (normal, build and dev) holds no `tauri*` crate.
fn no_tauri_in_core() -> Result {
    eprintln!("\n==> no tauri in tether-core's dependency tree");
    let output = cargo()
        .args([
            "tree",
            "-p",
            "tether-core",
            "-e",
            "normal,build,dev",
            "--prefix",
            "none",
            "--locked",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err("cargo tree failed".into());
    }
    let tree = String::from_utf8_lossy(&output.stdout);
    let offenders: Vec<&str> = tree
        .lines()
        .filter(|l| l.starts_with("tauri") || l.starts_with("wry ") || l.starts_with("tao "))
        .collect();
    let crates = tree.lines().count();
    if offenders.is_empty() {
        eprintln!("<== tether-core: {crates} dependency lines, none of them tauri, wry or tao");
        Ok(())
    } else {
        Err(format!("tether-core depends on Tauri: {offenders:?}"))
    }
}

/// Regenerates `.sqlx/` from the migrations (or, with `check`, fails if it is stale).
pub fn sqlx_prepare(check: bool) -> Result {
    eprintln!(
        "\n==> sqlx offline data ({})",
        if check { "check" } else { "write" }
    );
    let work = target_dir().join("sqlx-prepare");
    let _ = fs::remove_dir_all(&work);
    let fresh = work.join("queries");
    fs::create_dir_all(&fresh).map_err(|e| e.to_string())?;
    let db = work.join("schema.sqlite");
    let mut migrations: Vec<PathBuf> = fs::read_dir(root().join("crates/core/migrations"))
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    migrations.sort();
    for migration in &migrations {
        let sql = fs::File::open(migration).map_err(|e| e.to_string())?;
        let status = Command::new("sqlite3")
            .arg(&db)
            .stdin(sql)
            .status()
            .map_err(|e| format!("sqlite3: {e}"))?;
        if !status.success() {
            return Err(format!("{} does not apply", migration.display()));
        }
    }
    // The query macros only re-run when the crate is rebuilt: touch it.
    let lib = root().join("crates/core/src/lib.rs");
    let text = fs::read(&lib).map_err(|e| e.to_string())?;
    fs::write(&lib, text).map_err(|e| e.to_string())?;
    let mut c = cargo();
    c.args([
        "check",
        "-p",
        "tether-core",
        "--all-targets",
        "--locked",
        "--quiet",
    ])
    .env("SQLX_OFFLINE", "false")
    .env("SQLX_OFFLINE_DIR", &fresh)
    .env("DATABASE_URL", format!("sqlite://{}", db.display()));
    run_step("compile core's queries against the migrated schema", c)?;
    let committed = root().join(".sqlx");
    if !check {
        let _ = fs::remove_dir_all(&committed);
        fs::create_dir_all(&committed).map_err(|e| e.to_string())?;
        for entry in fs::read_dir(&fresh).map_err(|e| e.to_string())?.flatten() {
            fs::copy(entry.path(), committed.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
        eprintln!("<== wrote {}", committed.display());
        return Ok(());
    }
    let listing = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            fs::read(e.path()).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    };
    if listing(&fresh) == listing(&committed) {
        eprintln!("<== .sqlx/ matches the queries and migrations");
        Ok(())
    } else {
        Err(".sqlx/ is stale: run `cargo xtask sqlx-prepare` and commit the result".into())
    }
}

fn contract_check(record: &Path) -> Result {
    let dir = root().join("tests/contract");
    let mut install = npm(&dir);
    install.args(["ci", "--prefer-offline", "--no-progress"]);
    run_step(
        "npm ci (contract check: @rocket.chat/rest-typings)",
        install,
    )?;
    let mut c = Command::new("node");
    c.current_dir(&dir)
        .args(["--import", "./register.mjs", "check.mjs"])
        .arg(record);
    run_step("contract check of every recorded sandbox request", c)
}

/// The Chatwoot requests against Chatwoot's published OpenAPI description and the reference's
/// schemas (`tests/contract/chatwoot-check.mjs`; its packages come with the step above).
fn chatwoot_contract_check(record: &Path) -> Result {
    let dir = root().join("tests/contract");
    let mut c = Command::new("node");
    c.current_dir(&dir).arg("chatwoot-check.mjs").arg(record);
    run_step("chatwoot contract check of every recorded request", c)
}

pub fn bindings() -> Result {
    let mut c = cargo();
    c.args([
        "test",
        "-p",
        "tether",
        "--lib",
        "typescript_bindings_are_fresh",
    ])
    .env("TETHER_WRITE_BINDINGS", "1");
    run_step("write ui/src/lib/bindings.ts", c)
}

/// `cargo xtask run`: the app, signed in to a local sandbox workspace.
pub fn run() -> Result {
    if env::var_os("DISPLAY").is_none() && env::var_os("WAYLAND_DISPLAY").is_none() {
        return Err("no display to open Tether on (neither DISPLAY nor WAYLAND_DISPLAY is set): run this from a desktop session, or over `ssh -X`".into());
    }
    ui_install()?;
    ui_build()?;
    let mut build = cargo();
    build.args(["build", "--workspace", "--bins", "--examples", "--locked"]);
    run_step("cargo build", build)?;
    let bin = target_dir().join("debug");
    let port = env::var("TETHER_SANDBOX_PORT").unwrap_or_else(|_| "3210".into());
    // The Chatwoot sandbox beside it; the app signs in to both.
    let chatwoot_port = env::var("TETHER_CHATWOOT_PORT").unwrap_or_else(|_| "3211".into());
    let mut sandbox: Child = Command::new(bin.join("tether-sandbox"))
        .args(["--port", &port, "--chatwoot", &chatwoot_port])
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the sandbox: {e}"))?;
    std::thread::sleep(std::time::Duration::from_millis(500));
    let url = format!("http://127.0.0.1:{port}/");
    let data = target_dir().join("run-data");
    let chatwoot_url = format!("http://127.0.0.1:{chatwoot_port}/");
    eprintln!(
        "\nTether: sandbox workspace at {url}; signed in as alice (password alice-pass-1). Close the window to stop."
    );
    eprintln!(
        "The Chatwoot sandbox at {chatwoot_url}: signed in as cora@sandbox.tether.test (password Cora-pass-1!; also milo/ada@sandbox.tether.test)."
    );
    let status = Command::new(bin.join("tether"))
        .args(["--workspace", &url, "--user", "alice"])
        .args([
            "--workspace",
            &chatwoot_url,
            "--user",
            "cora@sandbox.tether.test",
        ])
        .args(["--password-env", "TETHER_CHATWOOT_PASSWORD"])
        .env("TETHER_PASSWORD", "alice-pass-1")
        .env("TETHER_CHATWOOT_PASSWORD", "Cora-pass-1!")
        .env("TETHER_DATA_DIR", &data)
        .status();
    let _ = sandbox.kill();
    let _ = sandbox.wait();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("tether exited with {s}")),
        Err(e) => Err(format!("cannot start tether: {e}")),
    }
}
