//! The About page on the real app, against the local HTTPS update server (`updates.rs` has
//! every outcome on the command line): check, the offer with its notes, skip, download with
//! the verified package ready to install, and the diagnostics. It stops before "Install and
//! restart" (the restart would end the WebDriver session); the install itself is in
//! `updates.rs` and `packages.rs`.
#![allow(
    clippy::expect_used,
    reason = "a test's failed step fails it with its message"
)]

use std::path::Path;

use serde_json::json;
use tether_e2e::Journey;
use tether_sandbox::updates::{Artifact, Manifest, TestKey, UpdateServer};

/// The update server offering `payload` as 0.2.0 (signed for it), an AppImage stand-in (so that
/// this copy may install: a plain build may not), and tauri-driver starting the app with both.
struct UpdateSetup {
    _scratch: tempfile::TempDir,
    server: UpdateServer,
    appimage: std::path::PathBuf,
    driver: tether_e2e::Driver,
}

const FILE: &str = "Tether_amd64.AppImage";

async fn offering(journey: &Journey, payload: &[u8]) -> UpdateSetup {
    let scratch = tempfile::tempdir().expect("a folder");
    let server = UpdateServer::start(scratch.path())
        .await
        .expect("the update server");
    let key = TestKey::generate();
    server.set_artifact(FILE, Artifact::Bytes(payload.to_vec()));
    let entry =
        json!({"url": server.file_url(FILE), "signature": key.sign(payload, FILE, Some("0.2.0"))});
    // An unpackaged binary run as an AppImage looks up the plain key (reference § Manifest).
    server.set_manifest(Manifest::Json(json!({
        "version": "0.2.0",
        "notes": "Starts faster.\nFixes the tray on KDE.",
        "pub_date": "2026-12-01T00:00:00Z",
        "platforms": {"linux-x86_64": entry, "linux-x86_64-appimage": entry}
    })));
    let appimage = scratch.path().join("Tether.AppImage");
    std::fs::copy("/bin/true", &appimage).expect("the stand-in");
    let endpoint = server.endpoint();
    let pubkey = key.public_key();
    let driver = tether_e2e::Driver::start(&[
        ("TETHER_DATA_DIR", journey.data.path()),
        ("SSL_CERT_FILE", server.ca_pem()),
        ("TETHER_UPDATE_ENDPOINT", Path::new(&endpoint)),
        ("TETHER_UPDATE_PUBKEY", Path::new(&pubkey)),
        ("APPIMAGE", &appimage),
    ])
    .await;
    UpdateSetup {
        _scratch: scratch,
        server,
        appimage,
        driver,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn about_checks_offers_skips_and_downloads_a_verified_update() {
    let journey = Journey::new();
    let payload = std::fs::read("/bin/false").expect("an ELF payload");
    // Bound whole: a field left out of a pattern would be dropped (the server, the folder).
    let setup = offering(&journey, &payload).await;
    let (server, driver, file) = (&setup.server, &setup.driver, FILE);
    let s = driver.launch(&journey.app).await;
    s.click("[data-testid=welcome-about]").await;
    s.wait_for("[data-testid=about-page]").await;
    s.wait_text("[data-testid=update-install-kind]", "AppImage")
        .await;

    s.click("[data-testid=update-check]").await;
    s.wait_text("[data-testid=update-offer]", "Tether 0.2.0")
        .await;
    s.wait_text("[data-testid=update-notes]", "Fixes the tray on KDE.")
        .await;
    s.wait_text("[data-testid=update-offer]", "kB").await;
    s.screenshot(&journey.shots.join("about-01-offer.png"))
        .await;

    s.click("[data-testid=update-skip]").await;
    s.wait_for("[data-testid=update-skipped]").await;
    let settings = std::fs::read_to_string(journey.data.path().join("updates.json"))
        .expect("the update settings");
    assert!(
        settings.contains("\"skipped_version\": \"0.2.0\""),
        "{settings}"
    );

    // A download that stalls is cancelled by the user: the offer is back, nothing kept.
    server.set_artifact(file, Artifact::Stall(payload.clone(), 1024));
    s.click("[data-testid=update-download]").await;
    s.wait_for("[data-testid=update-progress]").await;
    s.click("[data-testid=update-cancel]").await;
    s.wait_for("[data-testid=update-download]").await;
    s.wait_text("[data-testid=update-status]", "Tether 0.2.0 is available")
        .await;
    assert!(
        !s.exists("[data-testid=update-error]").await,
        "a cancel is not an error"
    );

    server.set_artifact(file, Artifact::Bytes(payload.clone()));
    s.click("[data-testid=update-download]").await;
    s.wait_text("[data-testid=update-status]", "downloaded and verified")
        .await;
    s.wait_for("[data-testid=update-install]").await;
    assert!(
        !s.exists("[data-testid=update-password-note]").await,
        "an AppImage installs without a password"
    );
    assert!(
        server.requests().contains(&format!("GET /files/{file}")),
        "{:?}",
        server.requests()
    );
    s.screenshot(&journey.shots.join("about-02-ready.png"))
        .await;

    // Another channel forgets what the stable one offered (an automatic check may already
    // have run again by now: a skipped version is not offered by it).
    s.click("[data-testid=update-channel-beta]").await;
    s.wait_attribute("[data-testid=update-channel-beta]", "checked", "true")
        .await;
    assert!(!s.exists("[data-testid=update-install]").await);

    s.click("[data-testid=about-copy-diagnostics]").await;
    let text = s
        .wait_text("[data-testid=about-diagnostics]", "Installed as: AppImage")
        .await;
    assert!(text.contains("Updates: beta channel"), "{text}");
    assert!(
        !text.contains("127.0.0.1"),
        "no address in the diagnostics: {text}"
    );
    s.quit().await;
}

/// "Install and restart" on the real app: the AppImage stand-in (a copy of this Tether) is
/// replaced with the signed package (this Tether again, announced as 0.2.0), Tether restarts
/// from it, the restarted Tether waits for the old one to let go of its single-instance name
/// instead of handing over to it, and on its start it finds it still runs 0.1.0: the install
/// "did not take", so that version is not offered again by itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn install_and_restart_comes_back_as_one_tether_that_judges_the_install() {
    let journey = Journey::new();
    let payload = std::fs::read(&journey.app).expect("the app binary");
    let setup = offering(&journey, &payload).await;
    let (appimage, driver) = (&setup.appimage, &setup.driver);
    let s = driver.launch(&journey.app).await;
    s.click("[data-testid=welcome-about]").await;
    s.click("[data-testid=update-check]").await;
    s.click("[data-testid=update-download]").await;
    s.wait_text("[data-testid=update-status]", "downloaded and verified")
        .await;
    s.click("[data-testid=update-install]").await;

    // The restarted Tether (now the AppImage's file) starts and judges the install.
    let log = journey.data.path().join("tether.log");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if text.contains("the previous run installed an update") {
            assert!(text.contains("NotApplied"), "{text}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no restart judged the install:\n{text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(
        std::fs::read(appimage).expect("the AppImage"),
        payload,
        "replaced in place"
    );
    let settings = std::fs::read_to_string(journey.data.path().join("updates.json"))
        .expect("the update settings");
    assert!(
        settings.contains("\"not_applied\": \"0.2.0\""),
        "{settings}"
    );
    // It stays: it did not hand over to the Tether that was exiting.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let running = tether_e2e::processes::pid_of(appimage);
    assert!(running.is_some(), "the restarted Tether keeps running");
    if let Some(pid) = running {
        let _ = std::process::Command::new("kill")
            .arg(pid.to_string())
            .status();
    }
}
