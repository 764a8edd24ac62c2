//! The packages the test command bundled (`xtask` packages step): the `.deb` installs what a
//! desktop needs (command on the PATH, desktop entry, icons at every size, AppStream metainfo,
//! man page), its `tether --help` is the README's, it updates itself to a newer signed `.deb`
//! through `pkexec` (a stand-in that records its arguments, as CI has no polkit agent), and it
//! is removed leaving nothing but the user's data. The `.rpm` carries the same files.
//!
//! This journey installs into the machine's own package database: it needs root (CI) or
//! password-less sudo, and says so otherwise.
#![allow(
    clippy::expect_used,
    reason = "a test's failed step fails it with its message"
)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::json;
use tether_e2e::required_env;
use tether_sandbox::updates::{Manifest, TestKey, UpdateServer};

const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn as_root(args: &[&str]) -> Output {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let mut c = if root {
        Command::new(args[0])
    } else {
        let mut c = Command::new("sudo");
        c.args(["-n", args[0]]);
        c
    };
    c.args(&args[1..]);
    let out = c.output().expect("run as root");
    assert!(
        root || !String::from_utf8_lossy(&out.stderr).contains("password is required"),
        "the packages journey installs a package: run it as root or with password-less sudo"
    );
    out
}

fn installed_version() -> Option<String> {
    let out = Command::new("dpkg-query")
        .args(["-W", "-f=${Version}", "tether"])
        .output()
        .expect("dpkg-query");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn remove_if_installed() {
    if installed_version().is_some() {
        let out = as_root(&["dpkg", "-r", "tether"]);
        assert!(out.status.success(), "dpkg -r: {out:?}");
    }
}

/// The `tether --help` block of the README (the block after "## Command line").
fn readme_help() -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .expect("README.md");
    let section = readme
        .split("\n## Command line")
        .nth(1)
        .expect("the README has a “Command line” section");
    let block = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("a ```text block in it");
    format!("{block}\n")
}

/// A copy of `deb` whose control file says `version` (the package's payload is unchanged).
fn repacked(deb: &Path, version: &str, dir: &Path) -> PathBuf {
    let tree = dir.join("tree");
    let ok = |c: &mut Command| assert!(c.status().expect("dpkg-deb").success(), "{c:?}");
    ok(Command::new("dpkg-deb").arg("-R").arg(deb).arg(&tree));
    let control = tree.join("DEBIAN/control");
    let text = std::fs::read_to_string(&control).expect("the control file");
    let text = text
        .lines()
        .map(|l| {
            if l.starts_with("Version: ") {
                format!("Version: {version}")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&control, format!("{text}\n")).expect("write control");
    let out = dir.join(format!("Tether_{version}_amd64.deb"));
    ok(Command::new("dpkg-deb")
        .args(["--root-owner-group", "-Zgzip", "-b"])
        .arg(&tree)
        .arg(&out));
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn the_deb_installs_updates_through_pkexec_and_removes_cleanly() {
    tether_e2e::desktop::require_session();
    let deb = required_env("TETHER_DEB");
    let scratch = tempfile::tempdir().expect("a scratch folder");
    remove_if_installed();

    // Install.
    let out = as_root(&["dpkg", "-i", deb.to_str().expect("a path")]);
    assert!(out.status.success(), "dpkg -i: {out:?}");
    assert_eq!(installed_version().as_deref(), Some("0.1.0"));
    let exe = Path::new("/usr/bin/tether");
    let mode = std::fs::metadata(exe)
        .expect("/usr/bin/tether")
        .permissions()
        .mode();
    assert_eq!(mode & 0o755, 0o755, "the command is executable by everyone");
    let found = Command::new("sh")
        .args(["-c", "command -v tether"])
        .output()
        .expect("sh");
    assert_eq!(
        String::from_utf8_lossy(&found.stdout).trim(),
        "/usr/bin/tether"
    );
    for size in ICON_SIZES {
        let icon = format!("/usr/share/icons/hicolor/{size}x{size}/apps/tether.png");
        assert!(Path::new(&icon).is_file(), "{icon}");
    }
    assert!(Path::new("/usr/share/icons/hicolor/scalable/apps/tether.svg").is_file());
    let desktop = std::fs::read_to_string("/usr/share/applications/Tether.desktop")
        .expect("the desktop entry");
    for line in [
        "Exec=tether",
        "Icon=tether",
        "Categories=Network;Chat;InstantMessaging;",
    ] {
        assert!(desktop.lines().any(|l| l == line), "{line} in\n{desktop}");
    }
    let metainfo = std::fs::read_to_string("/usr/share/metainfo/app.tether.desktop.metainfo.xml")
        .expect("the AppStream metainfo");
    assert!(metainfo.contains("<launchable type=\"desktop-id\">Tether.desktop</launchable>"));
    let man = Command::new("man")
        .args(["-w", "tether"])
        .output()
        .expect("man");
    assert_eq!(
        String::from_utf8_lossy(&man.stdout).trim(),
        "/usr/share/man/man1/tether.1.gz"
    );

    // `tether --help` is the README's.
    let help = Command::new(exe)
        .arg("--help")
        .output()
        .expect("tether --help");
    assert!(help.status.success());
    assert_eq!(String::from_utf8_lossy(&help.stdout), readme_help());

    // Update to a newer signed .deb through pkexec (the stand-in records and runs it).
    let server = UpdateServer::start(scratch.path())
        .await
        .expect("the update server");
    let key = TestKey::generate();
    let newer = repacked(&deb, "0.1.1", scratch.path());
    let bytes = std::fs::read(&newer).expect("the repacked .deb");
    let name = "Tether_0.1.1_amd64.deb";
    server.set_artifact(
        name,
        tether_sandbox::updates::Artifact::Bytes(bytes.clone()),
    );
    let manifest = |signature: String, file: &str| {
        json!({
            "version": "0.1.1",
            "notes": "Packaging fixes.",
            "pub_date": "2026-12-07T00:00:00Z",
            "platforms": {
                "linux-x86_64-deb": {"url": server.file_url(file), "signature": signature},
                // A .deb install must take the -deb entry, never the plain one.
                "linux-x86_64": {"url": server.file_url("Tether_amd64.AppImage"), "signature": "x"},
            }
        })
    };
    server.set_manifest(Manifest::Json(manifest(
        key.sign(&bytes, name, Some("0.1.1")),
        name,
    )));
    let shims = scratch.path().join("bin");
    std::fs::create_dir_all(&shims).expect("the shim folder");
    let record = scratch.path().join("pkexec.log");
    let pkexec = shims.join("pkexec");
    std::fs::write(
        &pkexec,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nexec \"$@\"\n",
            record.display()
        ),
    )
    .expect("the pkexec stand-in");
    std::fs::set_permissions(&pkexec, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let data = scratch.path().join("data");
    let update = |args: &[&str]| {
        let path = format!(
            "{}:{}",
            shims.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = Command::new(exe)
            .args(args)
            .env("PATH", path)
            .env("TETHER_DATA_DIR", &data)
            .env("SSL_CERT_FILE", server.ca_pem())
            .env("TETHER_UPDATE_ENDPOINT", server.endpoint())
            .env("TETHER_UPDATE_PUBKEY", key.public_key())
            .env_remove("APPIMAGE")
            .output()
            .expect("tether update");
        eprintln!(
            "tether {} → {:?}\n{}{}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    let out = update(&["update", "install"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "Installing it needs administrator rights: the desktop may ask for a password."
        ),
        "the password prompt is announced"
    );
    assert_eq!(out.status.code(), Some(0), "installed");
    assert_eq!(installed_version().as_deref(), Some("0.1.1"), "dpkg-query");
    let calls = std::fs::read_to_string(&record).expect("pkexec was called");
    assert!(
        calls
            .lines()
            .any(|l| l.starts_with("dpkg -i ") && l.ends_with("/package.deb")),
        "pkexec dpkg -i …/package.deb: {calls}"
    );

    // A signed payload that is not a .deb is refused before pkexec is asked.
    let text = b"not a package".to_vec();
    server.set_artifact(
        "bad.deb",
        tether_sandbox::updates::Artifact::Bytes(text.clone()),
    );
    let newer_again = |v: &str| {
        let mut m = manifest(key.sign(&text, "bad.deb", Some(v)), "bad.deb");
        m["version"] = json!(v);
        m
    };
    server.set_manifest(Manifest::Json(newer_again("0.1.2")));
    let before = std::fs::read_to_string(&record).expect("the record");
    let out = update(&["update", "install"]);
    assert_eq!(out.status.code(), Some(15), "install failed");
    assert_eq!(installed_version().as_deref(), Some("0.1.1"), "unchanged");
    assert_eq!(
        std::fs::read_to_string(&record).expect("the record"),
        before
    );

    // Remove: nothing of the package stays; the user's data does.
    std::fs::create_dir_all(&data).expect("the data folder");
    std::fs::write(data.join("cache.sqlite"), b"user data").expect("user data");
    let files = Command::new("dpkg-query")
        .args(["-L", "tether"])
        .output()
        .expect("dpkg-query -L");
    let files: Vec<String> = String::from_utf8_lossy(&files.stdout)
        .lines()
        .map(str::to_owned)
        .filter(|f| !Path::new(f).is_dir())
        .collect();
    assert!(files.len() > 10, "the package's files: {files:?}");
    let out = as_root(&["dpkg", "-r", "tether"]);
    assert!(out.status.success(), "dpkg -r: {out:?}");
    assert_eq!(installed_version(), None);
    let left: Vec<&String> = files.iter().filter(|f| Path::new(f).exists()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    assert!(data.join("cache.sqlite").is_file(), "the user's data stays");
}

#[test]
fn the_rpm_carries_the_same_files() {
    let rpm = required_env("TETHER_RPM");
    let out = Command::new("rpm")
        .args(["-qp", "--queryformat", "%{NAME} %{VERSION}\n", "--list"])
        .arg(&rpm)
        .output()
        .expect("rpm (scripts/dev installs it)");
    assert!(out.status.success(), "{out:?}");
    let listing = String::from_utf8_lossy(&out.stdout);
    assert!(listing.starts_with("tether 0.1.0\n"), "{listing}");
    let mut wanted = vec![
        "/usr/bin/tether".to_owned(),
        "/usr/share/applications/Tether.desktop".to_owned(),
        "/usr/share/metainfo/app.tether.desktop.metainfo.xml".to_owned(),
        "/usr/share/man/man1/tether.1.gz".to_owned(),
        "/usr/share/icons/hicolor/scalable/apps/tether.svg".to_owned(),
    ];
    wanted.extend(
        ICON_SIZES
            .iter()
            .map(|s| format!("/usr/share/icons/hicolor/{s}x{s}/apps/tether.png")),
    );
    for file in wanted {
        assert!(listing.lines().any(|l| l == file), "{file} in the .rpm");
    }
}
