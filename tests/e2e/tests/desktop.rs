//! `tether notify` and `tether sound` (the real binary) against the headless session's real
//! services: the notification daemon (dunst) receives each notification with its summary, body,
//! urgency and timeout; each failure has its code and exit status; the sound reaches the
//! PulseAudio null sink, where the recording is measured (volume, silence, which sound).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};

use tether_core::ports::Clip;
use tether_e2e::desktop::{
    NotifyMonitor, PrivateSoundServer, Recording, audible_ms, energy, peak, peak_hz,
    require_session,
};
use tether_e2e::processes::DunstPaused;
use tether_e2e::required_env;

/// One test at a time: they share dunst's state and the audio sink.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    require_session();
    SERIAL.lock().unwrap_or_else(|p| p.into_inner())
}

/// Runs `tether ARGS` with its own data folder and extra environment.
fn tether(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(required_env("TETHER_APP_BIN"));
    command
        .args(args)
        .env("TETHER_DATA_DIR", data)
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the tether binary runs")
}

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Expects a failure with this exit status and error code on stderr.
fn fails(output: &Output, status: i32, code: &str) -> String {
    let (out, err) = text(output);
    assert_eq!(
        output.status.code(),
        Some(status),
        "stdout: {out}\nstderr: {err}"
    );
    assert!(err.contains(&format!("[{code}]")), "stderr: {err}");
    err
}

#[test]
fn a_test_notification_reaches_the_daemon_with_tethers_name_icon_urgency_and_timeout() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let monitor = NotifyMonitor::start();

    let sticky = tether(
        data.path(),
        &["notify", "test", "--require-interaction"],
        &[],
    );
    let (out, err) = text(&sticky);
    assert!(sticky.status.success(), "{out}{err}");
    assert!(out.contains("stays until you dismiss it"), "{out}");
    let n = monitor.wait_for(5, |n| n.urgency == Some(2));
    assert_eq!(n.app, "Tether");
    assert_eq!(n.summary, "Tether: test notification");
    assert_eq!(n.body, "This is how Tether's notifications will look.");
    assert_eq!(n.timeout, 0, "require interaction: no timeout");
    assert!(
        Path::new(&n.icon).is_file() && n.icon.ends_with(".png"),
        "Tether's icon: {}",
        n.icon
    );

    let plain = tether(data.path(), &["notify", "test"], &[]);
    assert!(plain.status.success());
    let n = monitor.wait_for(5, |n| n.urgency == Some(1));
    assert_eq!(n.timeout, -1, "the daemon's own timeout");
    assert_eq!(monitor.calls().len(), 2);
    // The daemon has them too (dunst's own record of what it displayed or closed).
    let shown = Command::new("dunstctl")
        .arg("count")
        .arg("displayed")
        .output()
        .unwrap();
    let history = Command::new("dunstctl")
        .arg("count")
        .arg("history")
        .output()
        .unwrap();
    let count = |o: &Output| {
        String::from_utf8_lossy(&o.stdout)
            .trim()
            .parse::<u32>()
            .unwrap_or(0)
    };
    assert!(count(&shown) + count(&history) >= 2);
}

#[test]
fn when_a_notification_cannot_be_shown_the_code_and_exit_status_say_why() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let notify = ["notify", "test"];

    // The desktop's do-not-disturb (dunst paused).
    let pause = DunstPaused::start();
    let paused = tether(data.path(), &notify, &[]);
    pause.end();
    let err = fails(&paused, 5, "do_not_disturb");
    assert!(err.contains("dunst is paused"), "{err}");

    // Notifications turned off for Tether, and GNOME's Do Not Disturb (GSettings).
    let config = tempfile::tempdir().unwrap();
    let gnome = [
        ("GSETTINGS_BACKEND", "keyfile"),
        ("XDG_CONFIG_HOME", config.path().to_str().unwrap()),
    ];
    let gsettings = |args: &[&str]| {
        let status = Command::new("gsettings")
            .args(args)
            .envs(gnome)
            .status()
            .unwrap();
        assert!(status.success(), "gsettings {args:?}");
    };
    gsettings(&[
        "set",
        "org.gnome.desktop.notifications.application:/org/gnome/desktop/notifications/application/tether/",
        "enable",
        "false",
    ]);
    let err = fails(
        &tether(data.path(), &notify, &gnome),
        4,
        "notifications_disabled",
    );
    assert!(err.contains("Settings › Notifications › Tether"), "{err}");
    gsettings(&[
        "set",
        "org.gnome.desktop.notifications.application:/org/gnome/desktop/notifications/application/tether/",
        "enable",
        "true",
    ]);
    gsettings(&[
        "set",
        "org.gnome.desktop.notifications",
        "show-banners",
        "false",
    ]);
    fails(&tether(data.path(), &notify, &gnome), 5, "do_not_disturb");

    // No session bus at all.
    let err = fails(
        &tether(
            data.path(),
            &notify,
            &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
        ),
        3,
        "notification_service_missing",
    );
    assert!(err.contains("no desktop session bus"), "{err}");

    // A session bus with no notification daemon on it.
    let bus = PrivateBus::start();
    let err = fails(
        &tether(
            data.path(),
            &notify,
            &[("DBUS_SESSION_BUS_ADDRESS", &bus.address)],
        ),
        3,
        "notification_service_missing",
    );
    assert!(err.contains("No notification service runs"), "{err}");

    // A daemon that owns the name but never answers.
    let hung = bus.own_notifications_and_never_answer();
    let started = std::time::Instant::now();
    let err = fails(
        &tether(
            data.path(),
            &notify,
            &[("DBUS_SESSION_BUS_ADDRESS", &bus.address)],
        ),
        6,
        "notification_timeout",
    );
    assert!(err.contains("did not answer within 3 seconds"), "{err}");
    assert!(started.elapsed().as_secs() < 10, "it gives up in time");
    drop(hung);
}

#[test]
fn sounds_reach_the_sink_at_the_asked_volume_and_are_the_right_ones() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let play = |id: &str, volume: &str| -> Vec<f32> {
        let recording = Recording::start();
        let output = tether(data.path(), &["sound", "play", id, "--volume", volume], &[]);
        let samples = recording.stop();
        let (out, err) = text(&output);
        assert!(output.status.success(), "{out}{err}");
        assert!(
            out.contains(&format!("Played “{id}” at volume {volume}")),
            "{out}"
        );
        samples
    };

    // Volume: 25 against 100, over the same steady sound.
    let full = play("dialtone", "100");
    let quarter = play("dialtone", "25");
    let ratio = (energy(&quarter) / energy(&full)).sqrt();
    assert!(
        (ratio - 0.25).abs() <= 0.025,
        "volume 25 / volume 100 RMS ratio {ratio:.4}, expected 0.25 ± 10%"
    );
    assert!(
        peak(&full) > 0.5,
        "volume 100 is loud: peak {}",
        peak(&full)
    );

    // Volume 0 is silence.
    let silent = play("dialtone", "0");
    assert!(peak(&silent) < 1.0 / 16384.0, "peak {}", peak(&silent));

    // The right sound: its pitch and length as Tether synthesises it.
    // Three single-pitch sounds of different lengths (180, 650 and 1150 ms).
    for id in ["beep", "ding", "highbell"] {
        let recorded = play(id, "80");
        let Some(Clip::Pcm { samples, .. }) = tether_core::alerts::sounds::built_in(id) else {
            panic!("{id} is built in");
        };
        let (want_hz, got_hz) = (peak_hz(&samples), peak_hz(&recorded));
        assert!(
            (want_hz - got_hz).abs() <= 10.0,
            "{id}: loudest at {got_hz} Hz, expected {want_hz} Hz"
        );
        let (want_ms, got_ms) = (audible_ms(&samples), audible_ms(&recorded));
        assert!(
            (want_ms - got_ms).abs() <= 60.0,
            "{id}: lasted {got_ms:.0} ms, expected {want_ms:.0} ms"
        );
    }

    // Wrong input and a missing device are explained.
    fails(
        &tether(data.path(), &["sound", "play", "kazoo"], &[]),
        8,
        "sound_not_found",
    );
    let wrong = tether(
        data.path(),
        &["sound", "play", "ding", "--volume", "250"],
        &[],
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(text(&wrong).1.contains("0 to 100"));
    let err = fails(
        &tether(
            data.path(),
            &["sound", "play", "ding"],
            &[
                ("PULSE_SERVER", "unix:/nonexistent"),
                ("ALSA_CONFIG_PATH", "/nonexistent"),
            ],
        ),
        7,
        "audio_device_missing",
    );
    assert!(err.contains("No audio output device"), "{err}");
}

/// The sound server goes away while a sound plays: the command line says so and exits (the
/// sound's end never comes, so it must not wait for it), and it logs the failure once, not on
/// every poll of the dead stream (thousands of lines a second, as a CI run once printed).
#[test]
fn when_the_sound_server_goes_away_mid_sound_the_command_line_says_so_once_and_exits() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let mut server = PrivateSoundServer::start();
    let child = Command::new(required_env("TETHER_APP_BIN"))
        .args(["sound", "play", "outbound-call-ringing"])
        .env("TETHER_DATA_DIR", data.path())
        .env("PULSE_SERVER", server.address())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tether binary runs");
    // The 1.6 s ring is playing: end the server under it.
    server.wait_for_a_player(std::time::Duration::from_secs(10));
    server.kill();
    let pid = child.id();
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = done.send(child.wait_with_output());
    });
    let Ok(output) = finished.recv_timeout(std::time::Duration::from_secs(10)) else {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
        panic!("`tether sound play` still waits 10 s after its sound server went away");
    };
    let output = output.unwrap();
    let err = fails(&output, 7, "audio_device_missing");
    assert!(err.contains("stopped while the sound played"), "{err}");
    let lines = |what: &str| err.lines().filter(|l| l.contains(what)).count();
    assert_eq!(lines("the audio output failed"), 1, "{err}");
    assert!(lines("the audio output glitched") <= 1, "{err}");
}

#[test]
fn the_workspaces_own_sound_is_listed_and_played_from_the_disk_cache() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(sign_in_once_and_read_the_sounds(data.path()));

    let list = tether(data.path(), &["sound", "list"], &[]);
    let (out, _) = text(&list);
    assert!(list.status.success());
    let lines: Vec<String> = out.lines().map(str::to_owned).collect();
    assert!(
        lines.first().is_some_and(|l| l.starts_with("chime")),
        "{out}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("sandbox-knock") && l.ends_with("Knock (the workspace's own)")),
        "{out}"
    );

    let recording = Recording::start();
    let played = tether(data.path(), &["sound", "play", "sandbox-knock"], &[]);
    let samples = recording.stop();
    assert!(played.status.success(), "{:?}", text(&played));
    let hz = peak_hz(&samples);
    assert!(
        (hz - tether_sandbox::sounds::KNOCK.hz).abs() <= 10.0,
        "the knock's 330 Hz, heard {hz} Hz"
    );
}

/// Tether signed in once: it listed the workspace's sounds and kept the file. The sandbox
/// stops afterwards: the command line needs no server for it.
async fn sign_in_once_and_read_the_sounds(data: &Path) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let sandbox = tether_sandbox::Sandbox::start(tether_sandbox::SandboxConfig::default())
        .await
        .unwrap();
    let app = tether_core::Tether::open(
        &tether_core::TetherConfig {
            cache_path: data.join("cache.sqlite"),
        },
        Arc::new(tether_core::ports::MemorySecretStore::default()),
        Arc::new(tether_core::ports::SystemClock),
        Arc::new(tether_core::ports::RecordingEventSink::default()),
    )
    .await
    .unwrap();
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    app.session()
        .sign_in_password(
            &ws,
            tether_sandbox::seed::ALICE.username,
            tether_core::Sensitive::new(tether_sandbox::seed::ALICE.password.unwrap().to_owned()),
        )
        .await
        .unwrap();
    app.alerts().custom_sounds_refresh(&ws).await.unwrap();
}

/// A session bus of our own, for the "no daemon" and "hung daemon" cases. Its configuration
/// lists no service folders: on the standard session configuration the bus would start dunst
/// by itself (D-Bus activation), as it should on a real desktop.
struct PrivateBus {
    child: std::process::Child,
    address: String,
    _config: tempfile::TempDir,
}

const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

impl PrivateBus {
    fn start() -> PrivateBus {
        let config = tempfile::tempdir().unwrap();
        let file = config.path().join("bus.conf");
        std::fs::write(&file, BUS_CONFIG).unwrap();
        let mut child = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", file.display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        PrivateBus {
            child,
            address: line.trim().to_owned(),
            _config: config,
        }
    }

    /// Owns `org.freedesktop.Notifications` and never reads a message.
    fn own_notifications_and_never_answer(&self) -> dbus::blocking::Connection {
        let mut channel = dbus::channel::Channel::open_private(&self.address).unwrap();
        channel.register().unwrap();
        let connection = dbus::blocking::Connection::from(channel);
        connection
            .request_name("org.freedesktop.Notifications", false, true, false)
            .unwrap();
        connection
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
