//! The crash test's worker process: signs in, then edits preferences, the profile's nickname and
//! the Chatwoot display name, acknowledging each edit on stdout, until it is killed.

use std::io::Write;
use std::path::Path;

use serde_json::json;
use tether_core::{Sensitive, Tether};
use tether_sandbox::chatwoot::CORA;
use tether_sandbox::seed::ALICE;

use super::{DISPLAY_NAME, KEYS, NICKNAME, Rng, open, the_chatwoot, the_workspace, value_of};

/// Asks the sandbox to fail the next profile save (a dropped connection), so that the
/// workspace counts as unreachable and the worker's next edits wait in the outbox.
async fn unreachable_for_profile_saves(url: &str) {
    // reqwest is built without a bundled crypto provider (as in the app).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let _ = reqwest::Client::new()
        .post(format!("{url}_sandbox/fault"))
        .json(&json!({"route": "/api/v1/users.updateOwnBasicInfo", "fault": "reset", "times": 1}))
        .send()
        .await;
}

/// Signs in to the Chatwoot workspace with Cora's personal token (the keyring of this test is
/// in memory: each worker signs in again). Whether it could (the server may be away).
pub(super) async fn chatwoot_sign_in(app: &Tether, cw: &str) -> bool {
    app.session()
        .sign_in_token(cw, "", Sensitive::new(CORA.access_token.to_owned()))
        .await
        .is_ok()
}

/// The worker: signs in, then edits and syncs until killed (or, with `drain`, syncs and exits).
pub(super) async fn worker(cache: &Path, start: u64, seed: u64, drain: bool) {
    let app = open(cache).await;
    let ws = the_workspace(&app).await.id;
    app.session()
        .sign_in_password(
            &ws,
            ALICE.username,
            Sensitive::new(ALICE.password.unwrap_or_default().to_owned()),
        )
        .await
        .expect("signs in");
    let url = the_workspace(&app).await.url;
    let cw = the_chatwoot(&app).await.id;
    let chatwoot = chatwoot_sign_in(&app, &cw).await;
    let mut out = std::io::stdout().lock();
    if drain {
        assert!(chatwoot, "the drain run signs in to Chatwoot");
        app.agent()
            .refresh(&cw)
            .await
            .expect("drains the Chatwoot edits");
        app.preferences().sync(&ws).await.expect("drains");
        app.profile()
            .refresh(&ws)
            .await
            .expect("drains the profile");
        return;
    }
    let mut rng = Rng(seed);
    for n in start.. {
        if rng.next(4) == 0 {
            profile_step(&app, &ws, &url, n, rng.next(3), &mut out).await;
            continue;
        }
        if chatwoot && rng.next(4) == 0 {
            chatwoot_step(&app, &cw, n, rng.next(3), &mut out).await;
            continue;
        }
        let key = KEYS[usize::try_from(rng.next(4)).unwrap_or(0)];
        let value = value_of(key, n);
        writeln!(out, "EDIT {key} {value}")
            .and_then(|()| out.flush())
            .ok();
        app.preferences()
            .set(&ws, key, value.clone())
            .await
            .expect("edit");
        writeln!(out, "ACK {key} {value}")
            .and_then(|()| out.flush())
            .ok();
        if rng.next(3) == 0 {
            app.preferences().sync(&ws).await.expect("sync");
        }
    }
}

/// One step of the profile's offline edits: edit the nickname (`1`), or first make its save
/// meet a dropped connection (`0`: the edit then fails, unacknowledged, and the workspace counts
/// as unreachable, so the next edits wait in the outbox), or reconnect and send what waits
/// (`2`). An edit that returns is acknowledged: online it went to the server, offline it waits.
async fn profile_step(
    app: &Tether,
    ws: &str,
    url: &str,
    n: u64,
    choice: u64,
    out: &mut impl Write,
) {
    if choice == 2 {
        let _ = app.workspaces().reconnect(ws).await;
        return;
    }
    if choice == 0 {
        unreachable_for_profile_saves(url).await;
    }
    let value = format!("n{n}");
    writeln!(out, "EDIT {NICKNAME} {}", json!(value))
        .and_then(|()| out.flush())
        .ok();
    if app.profile().save(ws, nickname(&value), None).await.is_ok() {
        writeln!(out, "ACK {NICKNAME} {}", json!(value))
            .and_then(|()| out.flush())
            .ok();
    }
}

/// One step of the Chatwoot edits: edit the display name (kept in the outbox first, then sent,
/// or left waiting while the server is away), or reconnect and send what waits (`2`).
async fn chatwoot_step(app: &Tether, cw: &str, n: u64, choice: u64, out: &mut impl Write) {
    if choice == 2 {
        let _ = app.workspaces().reconnect(cw).await;
        return;
    }
    let value = format!("d{n}");
    writeln!(out, "EDIT {DISPLAY_NAME} {}", json!(value))
        .and_then(|()| out.flush())
        .ok();
    let edit = tether_core::agent::AgentProfileEdit {
        display_name: Some(value.clone()),
        ..Default::default()
    };
    if app.agent().save_profile(cw, edit).await.is_ok() {
        writeln!(out, "ACK {DISPLAY_NAME} {}", json!(value))
            .and_then(|()| out.flush())
            .ok();
    }
}

fn nickname(value: &str) -> tether_core::workspace::ProfileChanges {
    tether_core::workspace::ProfileChanges {
        nickname: Some(value.to_owned()),
        ..Default::default()
    }
}
