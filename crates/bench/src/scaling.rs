//! Cost that grows with the work (issue 25 item 4): Tether signed in to 1, 10 and 30
//! workspaces, and to one workspace of 100, 2,000 and 10,000 rooms. Each row is a real launch
//! of the app: its start to the Profile page, its idle memory once every workspace's realtime
//! connection is up, and the CPU one incoming message costs (Sam posts in one of Alice's rooms:
//! one `subscriptions-changed` event, the tray's count and menu, the page's switcher).
//!
//! The data folder is prepared through core, as the baseline's is: each workspace added and
//! Alice signed in with her password, the tokens written to the OS keyring where the app reads
//! them (`src-tauri/platform/keyring.rs`), so that 30 sign-ins do not go through the window.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tether_core::ports::{RecordingEventSink, SecretError, SecretKey, SecretStore, SystemClock};
use tether_core::{Sensitive, Tether, TetherConfig};
use tether_harness::tray::Watcher;
use tether_sandbox::{Sandbox, SandboxConfig, seed};

use crate::procs;
use crate::report::{ScalingFigures, ScalingRow, mb};

/// (workspaces, rooms in each): the full run's rows. The first is the baseline of both series.
const FULL: &[(usize, usize)] = &[(1, 100), (10, 100), (30, 100), (1, 2_000), (1, 10_000)];
/// The quick run proves the instrument on fewer, smaller rows.
const QUICK: &[(usize, usize)] = &[(1, 100), (10, 100), (1, 2_000)];
/// Messages posted per row; the CPU they cost is divided among them.
const MESSAGES: u32 = 20;
/// Between two messages: each is handled (and drawn) on its own.
const MESSAGE_GAP: Duration = Duration::from_millis(200);

/// The app's keyring entries, under the service name the app uses for this build profile
/// (`OsKeyring::for_this_build`: the bench is built with the same profile as the app).
struct AppKeyring;

impl AppKeyring {
    fn entry(key: &SecretKey) -> Result<keyring::Entry, SecretError> {
        let service = if cfg!(debug_assertions) {
            "app.tether.desktop.dev"
        } else {
            "app.tether.desktop"
        };
        keyring::Entry::new(service, &key.account())
            .map_err(|e| SecretError::Unavailable(e.to_string()))
    }
}

impl SecretStore for AppKeyring {
    fn get(&self, key: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError> {
        match Self::entry(key)?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(SecretError::Unavailable(e.to_string())),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Sensitive<String>) -> Result<(), SecretError> {
        Self::entry(key)?
            .set_password(secret.expose())
            .map_err(|e| SecretError::Unavailable(e.to_string()))
    }

    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        match Self::entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(SecretError::Unavailable(e.to_string())),
        }
    }
}

/// Every row of the plan, measured; a row that fails is said (the app's log is kept in `logs`)
/// and the others are still measured.
pub async fn measure(
    app: &Path,
    (scratch, logs): (&Path, &Path),
    settle: Duration,
    quick: bool,
    watcher: &Watcher,
) -> (ScalingFigures, Vec<String>) {
    let (mut rows, mut problems) = (Vec::new(), Vec::new());
    for &(workspaces, rooms) in if quick { QUICK } else { FULL } {
        crate::say(&format!(
            "scaling: {workspaces} workspace(s) of {rooms} rooms"
        ));
        match row(app, (scratch, logs), settle, watcher, workspaces, rooms).await {
            Ok(row) => rows.push(row),
            Err(e) => problems.push(format!(
                "scaling, {workspaces} workspace(s) of {rooms} rooms: {e} (the app's log: scaling-{workspaces}-{rooms}.log)"
            )),
        }
    }
    (ScalingFigures::from_rows(rows), problems)
}

async fn row(
    app: &Path,
    (scratch, logs): (&Path, &Path),
    settle: Duration,
    watcher: &Watcher,
    workspaces: usize,
    rooms: usize,
) -> Result<ScalingRow, String> {
    let mut sandboxes = Vec::new();
    for i in 1..=workspaces {
        let sandbox = Sandbox::start(SandboxConfig {
            site_name: format!("Scale {i:02}"),
            rooms,
            rate_limit: crate::out_of_reach(),
            ..Default::default()
        })
        .await
        .map_err(|e| e.to_string())?;
        sandboxes.push(sandbox);
    }
    let data = scratch.join(format!("scaling-{workspaces}-{rooms}"));
    prepare(&data, &sandboxes).await?;

    let mut command = Command::new(app);
    for knob in crate::KNOBS {
        command.env_remove(knob);
    }
    command.env("TETHER_DATA_DIR", &data);
    let log = logs.join(format!("scaling-{workspaces}-{rooms}.log"));
    let launched = procs::spawn_marked(command, &log)?;
    let outcome = tokio::task::block_in_place(|| {
        measure_launched(&launched, &sandboxes, settle, watcher, workspaces, rooms)
    });
    launched.stop();
    for sandbox in sandboxes {
        sandbox.stop().await;
    }
    outcome
}

/// Adds each workspace and signs Alice in through core, into the data folder the app opens.
async fn prepare(data: &Path, sandboxes: &[Sandbox]) -> Result<(), String> {
    std::fs::create_dir_all(data).map_err(|e| e.to_string())?;
    let core = Tether::open(
        &TetherConfig {
            cache_path: data.join("cache.sqlite"),
        },
        Arc::new(AppKeyring),
        Arc::new(SystemClock),
        Arc::new(RecordingEventSink::default()),
    )
    .await
    .map_err(|e| e.to_string())?;
    for sandbox in sandboxes {
        crate::baseline::sign_alice_in(&core, sandbox).await?;
    }
    Ok(())
}

fn measure_launched(
    launched: &procs::Launched,
    sandboxes: &[Sandbox],
    settle: Duration,
    watcher: &Watcher,
    workspaces: usize,
    rooms: usize,
) -> Result<ScalingRow, String> {
    let marks = launched.wait_mark("profile-rendered-from-cache", Duration::from_secs(60))?;
    let start_ms = marks
        .last()
        .map(|(_, at)| at.as_secs_f64() * 1000.0)
        .ok_or("no start mark")?;
    // Every workspace connected: three subscriptions on each realtime connection.
    let deadline = Instant::now() + Duration::from_secs(120);
    while !sandboxes.iter().all(|s| s.realtime_subscriptions() == 3) {
        if Instant::now() > deadline {
            let up = sandboxes
                .iter()
                .filter(|s| s.realtime_subscriptions() == 3)
                .count();
            return Err(format!(
                "{up} of {} workspaces' realtime connections came up within 120 s",
                sandboxes.len()
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(settle);
    let pid = launched.child.id();
    let memory = procs::memory(pid);
    let pss_mb = mb(memory.iter().map(|m| m.pss_kib).sum());
    let app_pss_mb = mb(memory
        .iter()
        .find(|m| m.name == "tether")
        .map_or(0, |m| m.pss_kib));

    // The CPU of the same span without messages, then with them: the difference is theirs.
    // The tray is asked only afterwards (its menu's D-Bus calls cost the app CPU too).
    let span = MESSAGE_GAP * MESSAGES + Duration::from_secs(1);
    let (quiet, quiet_took) = cpu_over(pid, || std::thread::sleep(span));
    let first = sandboxes.first().ok_or("no workspace")?;
    let (busy, busy_took) = cpu_over(pid, || {
        for i in 0..MESSAGES {
            first.post_message(
                "alice",
                seed::SAM.username,
                "room-00001",
                &format!("m{i}"),
                false,
            );
            std::thread::sleep(MESSAGE_GAP);
        }
        std::thread::sleep(span.saturating_sub(MESSAGE_GAP * MESSAGES));
    });
    let item = watcher.item().ok_or("no tray item registered")?;
    tray_says(&item, "Scale 01", &format!("{MESSAGES} unread"))?;
    let per_message = |busy_ns: u64, quiet_ns: u64| {
        let quiet_ns = quiet_ns as f64 * busy_took.as_secs_f64() / quiet_took.as_secs_f64();
        ((busy_ns as f64 - quiet_ns).max(0.0) / f64::from(MESSAGES)) / 1e6
    };
    Ok(ScalingRow {
        workspaces,
        rooms,
        start_ms,
        pss_mb,
        app_pss_mb,
        message_app_ms: per_message(busy.0, quiet.0),
        message_all_ms: per_message(busy.1, quiet.1),
    })
}

/// The CPU time (ns: the app process's, the whole tree's) spent while `work` ran, and how long
/// it ran.
fn cpu_over(pid: u32, work: impl FnOnce()) -> ((u64, u64), Duration) {
    let before = (
        procs::cpu_ns_of(&[pid]),
        procs::cpu_ns_of(&procs::tree(pid)),
    );
    let started = Instant::now();
    work();
    let took = started.elapsed();
    let after = (
        procs::cpu_ns_of(&[pid]),
        procs::cpu_ns_of(&procs::tree(pid)),
    );
    (
        (
            after.0.saturating_sub(before.0),
            after.1.saturating_sub(before.1),
        ),
        took,
    )
}

/// Waits until the tray's menu line of `workspace` says `what` (every message was counted).
fn tray_says(item: &tether_harness::tray::Item, workspace: &str, what: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let menu = item.menu();
        if menu
            .iter()
            .any(|e| e.label.contains(workspace) && e.label.contains(what))
        {
            return Ok(());
        }
        if Instant::now() > deadline {
            let labels: Vec<String> = menu.into_iter().map(|e| e.label).collect();
            return Err(format!(
                "the tray never said \"{what}\" for {workspace}; its menu: {labels:?}"
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
