//! Tether's updates, each outcome on the real binary (`tether update check|install`, the same
//! slice as the About page) against a local HTTPS update server with a test certificate
//! authority and a signing key both made by this test (reference `desktop-platform.md`
//! § Updater, "Offline end-to-end test plan"). The `.deb` path is in `packages.rs`.
#![allow(
    clippy::expect_used,
    reason = "a test's failed step fails it with its message"
)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tether_e2e::required_env;
use tether_sandbox::updates::{Artifact, Manifest, TestKey, UpdateServer};

/// The version the test build reports (the workspace's).
const CURRENT: &str = env!("CARGO_PKG_VERSION");
const NEWER: &str = "0.2.0";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    took: Duration,
}

struct Fixture {
    server: UpdateServer,
    key: TestKey,
    dir: tempfile::TempDir,
}

impl Fixture {
    async fn new() -> Fixture {
        tether_e2e::desktop::require_session();
        let dir = tempfile::tempdir().expect("a scratch folder");
        let server = UpdateServer::start(dir.path())
            .await
            .expect("the update server starts");
        Fixture {
            server,
            key: TestKey::generate(),
            dir,
        }
    }

    /// A manifest announcing `version` with `file` and its `signature`, under every Linux key
    /// the updater looks for (reference § Manifest: publish `-deb`).
    fn manifest(&self, version: &str, file: &str, signature: &str) -> Value {
        let entry = json!({"url": self.server.file_url(file), "signature": signature});
        json!({
            "version": version,
            "notes": "Starts faster.\nFixes the tray on KDE.",
            "pub_date": "2026-12-01T00:00:00Z",
            "platforms": {
                "linux-x86_64": entry,
                "linux-x86_64-deb": entry,
                "linux-x86_64-rpm": entry,
                "linux-x86_64-appimage": entry,
            }
        })
    }

    /// Serves `bytes` as `file`, signed with the test key for `signed_for`, announced as
    /// `announced`.
    fn offer(&self, announced: &str, signed_for: Option<&str>, file: &str, bytes: &[u8]) {
        let signature = self.key.sign(bytes, file, signed_for);
        self.server
            .set_artifact(file, Artifact::Bytes(bytes.to_vec()));
        self.server
            .set_manifest(Manifest::Json(self.manifest(announced, file, &signature)));
    }

    async fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let app = required_env("TETHER_APP_BIN");
        let data = self.dir.path().join("data");
        let mut command = tokio::process::Command::new(app);
        command
            .args(args)
            .env_remove("APPIMAGE")
            .env_remove("TETHER_DISABLE_UPDATES")
            .env("TETHER_DATA_DIR", &data)
            .env("SSL_CERT_FILE", self.server.ca_pem())
            .env("TETHER_UPDATE_ENDPOINT", self.server.endpoint())
            .env("TETHER_UPDATE_PUBKEY", self.key.public_key());
        for (name, value) in env {
            command.env(name, value);
        }
        let started = Instant::now();
        let out = tokio::time::timeout(Duration::from_secs(120), command.output())
            .await
            .expect("tether update finishes within two minutes")
            .expect("tether starts");
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            took: started.elapsed(),
        };
        eprintln!(
            "tether {} → {}\n{}{}",
            args.join(" "),
            run.code,
            run.stdout,
            run.stderr
        );
        run
    }

    /// `tether update install` run as the AppImage at `target` (`$APPIMAGE`, as the AppImage
    /// runtime sets it).
    async fn install_as(&self, target: &Path, env: &[(&str, &str)]) -> Run {
        let appimage = target.to_string_lossy().into_owned();
        let mut all = vec![("APPIMAGE", appimage.as_str())];
        all.extend_from_slice(env);
        self.run(&["update", "install"], &all).await
    }

    /// An executable standing in for the AppImage (a copy of `/bin/true`), mode 0750.
    fn appimage(&self) -> PathBuf {
        let path = self.dir.path().join("apps/Tether.AppImage");
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the apps folder");
        std::fs::copy("/bin/true", &path).expect("copy /bin/true");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o750)).expect("chmod");
        path
    }
}

fn elf(path: &str) -> Vec<u8> {
    std::fs::read(path).expect("a system executable")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newer_signed_release_is_offered_with_its_notes_and_size() {
    let f = Fixture::new().await;
    let payload = elf("/bin/false");
    f.offer(NEWER, Some(NEWER), "Tether_0.2.0_amd64.AppImage", &payload);
    let run = f.run(&["update", "check"], &[]).await;
    assert_eq!(run.code, 10, "exit 10: an update is available");
    assert!(
        run.stdout.contains("Tether 0.2.0 is available"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(&format!("you have {CURRENT}")));
    assert!(run.stdout.contains("Starts faster."), "the notes are shown");
    let kb = format!("{:.0} kB", payload.len() as f64 / 1e3);
    assert!(run.stdout.contains(&kb), "the size ({kb}) is shown");
    assert!(
        f.server
            .requests()
            .contains(&"HEAD /files/Tether_0.2.0_amd64.AppImage".to_owned()),
        "the size comes from a HEAD request, not a download: {:?}",
        f.server.requests()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_or_an_older_version_or_204_is_up_to_date() {
    let f = Fixture::new().await;
    for version in [CURRENT, "0.0.9"] {
        f.offer(version, Some(version), "t.AppImage", &elf("/bin/false"));
        let run = f.run(&["update", "check"], &[]).await;
        assert_eq!(run.code, 0, "{version} is not newer");
        assert!(
            run.stdout
                .contains(&format!("Tether {CURRENT} is up to date"))
        );
    }
    f.server.set_manifest(Manifest::Status(204));
    let run = f.run(&["update", "check"], &[]).await;
    assert_eq!(run.code, 0, "204 means no update");
    assert!(run.stdout.contains("up to date"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_missing_broken_or_slow_server_is_a_quiet_couldnt_check() {
    let f = Fixture::new().await;
    for status in [404, 500] {
        f.server.set_manifest(Manifest::Status(status));
        let run = f.run(&["update", "check"], &[]).await;
        assert_eq!(run.code, 11, "{status}: couldn't check");
        assert!(
            run.stderr
                .contains("Couldn't check for updates. Tether will try again later.")
        );
        assert!(run.stderr.contains("[update_check_failed]"));
    }
    // Not JSON the updater can read.
    f.server
        .set_manifest(Manifest::Json(json!({"version": "not a version"})));
    assert_eq!(f.run(&["update", "check"], &[]).await.code, 11);

    // Past the check's deadline (shortened for the test): it gives up on time.
    let slow = f.manifest(NEWER, "t.AppImage", "x");
    f.server
        .set_manifest(Manifest::Slow(slow, Duration::from_secs(30)));
    let run = f
        .run(
            &["update", "check"],
            &[("TETHER_UPDATE_CHECK_TIMEOUT_MS", "1500")],
        )
        .await;
    assert_eq!(run.code, 11);
    assert!(
        run.took < Duration::from_secs(15),
        "the deadline ended the check ({:?})",
        run.took
    );

    // Nobody listening.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = closed.local_addr().expect("its address").port();
    drop(closed);
    let endpoint = format!("https://127.0.0.1:{port}/latest.json");
    let run = f
        .run(
            &["update", "check"],
            &[("TETHER_UPDATE_ENDPOINT", &endpoint)],
        )
        .await;
    assert_eq!(run.code, 11, "server down");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_appimage_is_replaced_in_place_keeping_its_mode_and_progress_adds_up() {
    let f = Fixture::new().await;
    let target = f.appimage();
    let payload = elf("/bin/false");
    f.offer(NEWER, Some(NEWER), "Tether_amd64.AppImage", &payload);
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 0, "installed");
    assert!(
        run.stdout
            .contains("Tether 0.2.0 is installed. Restart Tether to use it.")
    );
    assert_eq!(std::fs::read(&target).expect("the AppImage"), payload);
    let mode = std::fs::metadata(&target)
        .expect("its metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o750, "the mode is kept");

    // Progress: the last line reports every byte of the served Content-Length.
    let last = run
        .stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("downloading: "))
        .expect("progress lines");
    let size = payload.len();
    assert_eq!(
        last,
        format!("downloading: {size} of {size} bytes (100%)"),
        "progress adds up to the size"
    );
    // Installing was remembered for the next start to compare.
    let remembered =
        std::fs::read_to_string(f.dir.path().join("data/updates.json")).expect("updates.json");
    assert!(
        remembered.contains("\"installing\": \"0.2.0\""),
        "{remembered}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tampered_byte_another_key_or_another_signed_version_is_refused_and_nothing_changes() {
    let f = Fixture::new().await;
    let target = f.appimage();
    let before = std::fs::read(&target).expect("the AppImage");
    let payload = elf("/bin/false");
    let file = "Tether_amd64.AppImage";

    // One flipped byte after signing.
    let signature = f.key.sign(&payload, file, Some(NEWER));
    let mut tampered = payload.clone();
    tampered[1000] ^= 0x01;
    f.server.set_artifact(file, Artifact::Bytes(tampered));
    f.server
        .set_manifest(Manifest::Json(f.manifest(NEWER, file, &signature)));
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 12, "not trusted");
    assert!(
        run.stderr.contains("not signed by Tether's key"),
        "{}",
        run.stderr
    );

    // Signed by another key.
    let other = TestKey::generate();
    let signature = other.sign(&payload, file, Some(NEWER));
    f.server
        .set_artifact(file, Artifact::Bytes(payload.clone()));
    f.server
        .set_manifest(Manifest::Json(f.manifest(NEWER, file, &signature)));
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 12);
    assert!(run.stderr.contains("not signed by Tether's key"));

    // A genuine old package announced as a newer version (a downgrade attack).
    f.offer(NEWER, Some("0.1.5"), file, &payload);
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 12);
    assert!(
        run.stderr
            .contains("announced version 0.2.0, but the package is signed for version 0.1.5"),
        "{}",
        run.stderr
    );

    // A signature that does not say its version (requireSignedVersion).
    f.offer(NEWER, None, file, &payload);
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 12);

    // Signed, but neither ELF nor gzip: the AppImage is not overwritten with it.
    f.offer(
        NEWER,
        Some(NEWER),
        file,
        b"#!/bin/sh\necho not an AppImage\n",
    );
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 15, "install failed");

    assert_eq!(
        std::fs::read(&target).expect("the AppImage"),
        before,
        "untouched"
    );
    let remembered =
        std::fs::read_to_string(f.dir.path().join("data/updates.json")).unwrap_or_default();
    assert!(
        !remembered.contains("\"installing\": \"0.2.0\""),
        "no install is remembered after a failure"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_or_stalled_download_installs_nothing() {
    let f = Fixture::new().await;
    let target = f.appimage();
    let before = std::fs::read(&target).expect("the AppImage");
    let payload = elf("/bin/false");
    let file = "Tether_amd64.AppImage";
    let signature = f.key.sign(&payload, file, Some(NEWER));
    f.server.set_manifest(Manifest::Json(f.manifest(
        NEWER,
        "missing.AppImage",
        &signature,
    )));
    let run = f.install_as(&target, &[]).await;
    assert_eq!(run.code, 16, "404 on the package");
    assert!(run.stderr.contains("could not be downloaded"));

    f.server
        .set_artifact(file, Artifact::Stall(payload.clone(), 4096));
    f.server
        .set_manifest(Manifest::Json(f.manifest(NEWER, file, &signature)));
    let run = f
        .install_as(&target, &[("TETHER_UPDATE_STALL_MS", "1500")])
        .await;
    assert_eq!(run.code, 16, "stalled");
    assert!(
        run.stderr.contains("The download stalled"),
        "{}",
        run.stderr
    );
    assert!(run.took < Duration::from_secs(30));
    assert_eq!(std::fs::read(&target).expect("the AppImage"), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_binary_not_installed_by_a_tether_package_never_overwrites_itself() {
    let f = Fixture::new().await;
    f.offer(NEWER, Some(NEWER), "t.AppImage", &elf("/bin/false"));
    let app = required_env("TETHER_APP_BIN");
    let stamp = |p: &Path| {
        let m = std::fs::metadata(p).expect("the app binary");
        (m.len(), m.modified().expect("mtime"))
    };
    let before = stamp(&app);
    let run = f.run(&["update", "install"], &[]).await;
    assert_eq!(run.code, 13, "not installable here");
    assert!(
        run.stderr
            .contains("was not installed from a Tether package"),
        "{}",
        run.stderr
    );
    assert_eq!(stamp(&app), before, "the binary is untouched");
    assert!(
        !f.server
            .requests()
            .contains(&"GET /files/t.AppImage".to_owned()),
        "nothing was downloaded"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_turns_updates_off() {
    let f = Fixture::new().await;
    f.offer(NEWER, Some(NEWER), "t.AppImage", &elf("/bin/false"));
    let run = f
        .run(&["update", "check"], &[("TETHER_DISABLE_UPDATES", "1")])
        .await;
    assert_eq!(run.code, 14);
    assert!(run.stderr.contains("Updates are turned off"));
    assert!(f.server.requests().is_empty(), "the server was not asked");
}

#[tokio::test(flavor = "multi_thread")]
async fn after_an_install_that_did_not_take_the_next_start_says_so_and_stops_offering_it() {
    let f = Fixture::new().await;
    f.offer(NEWER, Some(NEWER), "t.AppImage", &elf("/bin/false"));
    // The previous run started installing 0.2.0, yet this binary is still the current version.
    let data = f.dir.path().join("data");
    std::fs::create_dir_all(&data).expect("the data folder");
    std::fs::write(data.join("updates.json"), r#"{"installing": "0.2.0"}"#).expect("updates.json");
    let run = f.run(&["update", "check"], &[]).await;
    assert_eq!(run.code, 10, "a manual check still shows it");
    assert!(
        run.stdout.contains("was tried before and did not take"),
        "{}",
        run.stdout
    );
    let remembered = std::fs::read_to_string(data.join("updates.json")).expect("updates.json");
    assert!(
        remembered.contains("\"not_applied\": \"0.2.0\""),
        "{remembered}"
    );
    assert!(
        remembered.contains("\"installing\": null"),
        "judged once: {remembered}"
    );
}
