//! The real desktop services of the headless session, observed: the `Notify` calls the
//! notification daemon receives (through `dbus-monitor`), and the sound that reaches the
//! PulseAudio null sink (recorded from its monitor with `parec`), with the measurements the
//! tests make on it.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The null sink the headless session makes the default output.
pub const SINK: &str = "tether_sink";
/// The recording's sample rate.
pub const RATE: u32 = 48_000;

/// Fails with how to run these tests when the headless session's services are missing.
pub fn require_session() {
    let pulse = Command::new("pactl")
        .arg("info")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() && pulse,
        "these tests need the headless session's D-Bus, dunst and PulseAudio: run them through `cargo xtask test` (or scripts/dev test)"
    );
}

/// One `org.freedesktop.Notifications.Notify` call as the daemon received it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notify {
    /// The application name.
    pub app: String,
    /// The icon (a path or a name).
    pub icon: String,
    /// The title.
    pub summary: String,
    /// The text.
    pub body: String,
    /// The action keys and labels, in order.
    pub actions: Vec<String>,
    /// The `urgency` hint (0 low, 1 normal, 2 critical).
    pub urgency: Option<u8>,
    /// `expire_timeout` in ms (-1: the daemon's default, 0: never).
    pub timeout: i32,
}

/// Watches the session bus for `Notify` calls, from its start until dropped.
pub struct NotifyMonitor {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl NotifyMonitor {
    /// Starts `dbus-monitor` and waits until it listens.
    pub fn start() -> NotifyMonitor {
        let mut child = Command::new("dbus-monitor")
            .args([
                "--session",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor (package dbus) runs");
        let stdout = child.stdout.take().expect("piped");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().expect("monitor lines").push(line);
            }
        });
        // It prints NameAcquired once its match rule is in place.
        let deadline = Instant::now() + Duration::from_secs(5);
        while !lines
            .lock()
            .expect("lines")
            .iter()
            .any(|l| l.contains("NameAcquired"))
        {
            assert!(Instant::now() < deadline, "dbus-monitor did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        NotifyMonitor { child, lines }
    }

    /// Every `Notify` call seen so far.
    pub fn calls(&self) -> Vec<Notify> {
        parse_notify_calls(&self.lines.lock().expect("lines"))
    }

    /// Waits up to `secs` for a call matching `wanted`.
    pub fn wait_for(&self, secs: u64, wanted: impl Fn(&Notify) -> bool) -> Notify {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(found) = self.calls().into_iter().find(|n| wanted(n)) {
                return found;
            }
            assert!(
                Instant::now() < deadline,
                "no matching notification reached the daemon within {secs} s; seen: {:?}",
                self.calls()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for NotifyMonitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads `dbus-monitor`'s text: each `Notify` call's top-level arguments are indented by
/// three spaces; arrays run to their closing bracket.
fn parse_notify_calls(lines: &[String]) -> Vec<Notify> {
    let mut calls = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !(lines[i].starts_with("method call") && lines[i].contains("member=Notify")) {
            i += 1;
            continue;
        }
        i += 1;
        let mut args: Vec<Vec<String>> = Vec::new();
        while i < lines.len() && lines[i].starts_with("   ") {
            let line = &lines[i];
            if line.trim_end() == "   array [" {
                let mut inner = Vec::new();
                i += 1;
                while i < lines.len() && lines[i].trim_end() != "   ]" {
                    inner.push(lines[i].trim().to_owned());
                    i += 1;
                }
                args.push(inner);
            } else {
                args.push(vec![line.trim().to_owned()]);
            }
            i += 1;
        }
        let text = |n: usize| {
            args.get(n)
                .and_then(|a| a.first())
                .and_then(|s| s.strip_prefix("string \""))
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or_default()
                .to_owned()
        };
        let hints = args.get(6).cloned().unwrap_or_default();
        let urgency = hints
            .iter()
            .position(|l| l == "string \"urgency\"")
            .and_then(|p| hints.get(p + 1))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok());
        calls.push(Notify {
            app: text(0),
            icon: text(2),
            summary: text(3),
            body: text(4),
            actions: args
                .get(5)
                .map(|a| {
                    a.iter()
                        .filter_map(|l| l.strip_prefix("string \"")?.strip_suffix('"'))
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            urgency,
            timeout: args
                .get(7)
                .and_then(|a| a.first())
                .and_then(|l| l.strip_prefix("int32 "))
                .and_then(|v| v.parse().ok())
                .unwrap_or(i32::MIN),
        });
    }
    calls
}

/// A recording of what the null sink plays, from its start until [`Recording::stop`].
pub struct Recording {
    child: Child,
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Recording {
    /// Starts recording the sink's monitor (16-bit stereo at 48 kHz) and gives it time to
    /// connect.
    pub fn start() -> Recording {
        let dir = tempfile::tempdir().expect("a scratch folder");
        let path = dir.path().join("sink.raw");
        let file = std::fs::File::create(&path).expect("the recording file");
        let child = Command::new("parec")
            .args([
                &format!("--device={SINK}.monitor"),
                "--format=s16le",
                &format!("--rate={RATE}"),
                "--channels=2",
                "--latency-msec=20",
            ])
            .stdout(file)
            .stderr(Stdio::null())
            .spawn()
            .expect("parec (package pulseaudio-utils) runs");
        std::thread::sleep(Duration::from_millis(400));
        Recording {
            child,
            path,
            _dir: dir,
        }
    }

    /// Stops and returns the samples, mono (the channels averaged), -1.0..=1.0.
    pub fn stop(mut self) -> Vec<f32> {
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let bytes = std::fs::read(&self.path).expect("the recording");
        bytes
            .chunks_exact(4)
            .map(|frame| {
                let left = f32::from(i16::from_le_bytes([frame[0], frame[1]]));
                let right = f32::from(i16::from_le_bytes([frame[2], frame[3]]));
                (left + right) / 2.0 / 32768.0
            })
            .collect()
    }
}

impl Drop for Recording {
    /// A test that fails before [`Recording::stop`] leaves no recorder running.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A PulseAudio server of a test's own (its own socket and null sink), which the test can end
/// while a client plays: the session's server stays for the other tests.
pub struct PrivateSoundServer {
    child: Child,
    dir: tempfile::TempDir,
}

impl PrivateSoundServer {
    /// Starts the server and waits until it answers.
    pub fn start() -> PrivateSoundServer {
        let dir = tempfile::tempdir().expect("a scratch folder");
        let socket = dir.path().join("native");
        let child = Command::new("pulseaudio")
            .args([
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "-n",
                &format!(
                    "--load=module-native-protocol-unix socket={}",
                    socket.display()
                ),
                "--load=module-null-sink sink_name=private_sink rate=48000 channels=2",
            ])
            .env("PULSE_RUNTIME_PATH", dir.path())
            // Off the session bus: the session's own server holds PulseAudio's bus name there.
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env("PULSE_STATE_PATH", dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pulseaudio runs");
        let server = PrivateSoundServer { child, dir };
        let deadline = Instant::now() + Duration::from_secs(10);
        while server.pactl(&["info"]).is_none() {
            assert!(
                Instant::now() < deadline,
                "the private PulseAudio server did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// The address a client is pointed at with `PULSE_SERVER`.
    pub fn address(&self) -> String {
        format!("unix:{}", self.dir.path().join("native").display())
    }

    fn pactl(&self, args: &[&str]) -> Option<String> {
        let out = Command::new("pactl")
            .args(args)
            .env("PULSE_SERVER", self.address())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Waits until a client plays into the server (a sink input exists).
    pub fn wait_for_a_player(&self, within: Duration) {
        let deadline = Instant::now() + within;
        while self
            .pactl(&["list", "short", "sink-inputs"])
            .is_none_or(|list| list.trim().is_empty())
        {
            assert!(
                Instant::now() < deadline,
                "nothing played into the private server"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Ends the server at once, as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for PrivateSoundServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The RMS of each 100 ms window.
pub fn window_rms(samples: &[f32]) -> Vec<f32> {
    samples
        .chunks(usize::try_from(RATE / 10).unwrap_or(4800))
        .map(|w| (w.iter().map(|s| s * s).sum::<f32>() / w.len() as f32).sqrt())
        .collect()
}

/// The part of `samples` that sounds: from the first to the last sample above 5% of the peak.
pub fn audible(samples: &[f32]) -> &[f32] {
    let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    if peak == 0.0 {
        return &[];
    }
    let loud = |s: &&f32| s.abs() > peak * 0.05;
    let first = samples.iter().position(|s| loud(&s)).unwrap_or(0);
    let last = samples.iter().rposition(|s| loud(&s)).unwrap_or(0);
    &samples[first..=last]
}

/// How long the audible part lasts, in ms.
pub fn audible_ms(samples: &[f32]) -> f64 {
    audible(samples).len() as f64 * 1000.0 / f64::from(RATE)
}

/// The sum of squares. For two recordings of one sound, `sqrt(energy(a) / energy(b))` is the
/// ratio of their RMS over the sound's own span (the silence around it adds nothing).
pub fn energy(samples: &[f32]) -> f64 {
    samples.iter().map(|s| f64::from(*s) * f64::from(*s)).sum()
}

/// The loudest frequency between 150 Hz and 3 kHz (5 Hz steps; Goertzel over the audible
/// part, at most its first 1.2 s).
pub fn peak_hz(samples: &[f32]) -> f32 {
    let part = audible(samples);
    let part = &part[..part.len().min(RATE as usize * 6 / 5)];
    let mut best = (0.0f32, 0.0f64);
    for step in 30..=600 {
        let hz = step as f32 * 5.0;
        let w = 2.0 * std::f64::consts::PI * f64::from(hz) / f64::from(RATE);
        let coeff = 2.0 * w.cos();
        let (mut s1, mut s2) = (0.0f64, 0.0f64);
        for x in part {
            let s0 = f64::from(*x) + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        let power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        if power > best.1 {
            best = (hz, power);
        }
    }
    best.0
}

/// The largest sample, in absolute value.
pub fn peak(samples: &[f32]) -> f32 {
    samples.iter().fold(0.0f32, |m, s| m.max(s.abs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dbus_monitor_notify_calls() {
        let text = r##"signal time=1 sender=org.freedesktop.DBus -> destination=:1.3 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
   string ":1.3"
method call time=2 sender=:1.6 -> destination=org.freedesktop.Notifications serial=2 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "Tether"
   uint32 0
   string "/tmp/icon.png"
   string "#Design reviews"
   string "dora: @alice look"
   array [
      string "default"
      string "Open"
   ]
   array [
      dict entry(
         string "urgency"
         variant             byte 2
      )
   ]
   int32 0"##;
        let lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let calls = parse_notify_calls(&lines);
        assert_eq!(
            calls,
            vec![Notify {
                app: "Tether".into(),
                icon: "/tmp/icon.png".into(),
                summary: "#Design reviews".into(),
                body: "dora: @alice look".into(),
                actions: vec!["default".into(), "Open".into()],
                urgency: Some(2),
                timeout: 0,
            }]
        );
    }

    #[test]
    fn measures_a_tone() {
        let tone: Vec<f32> = (0..RATE / 2)
            .map(|i| 0.5 * (2.0 * std::f32::consts::PI * 440.0 * i as f32 / RATE as f32).sin())
            .collect();
        let mut padded = vec![0.0; 4800];
        padded.extend(&tone);
        padded.extend(vec![0.0; 9600]);
        assert_eq!(peak_hz(&padded), 440.0);
        assert!((audible_ms(&padded) - 500.0).abs() < 2.0);
        let quiet: Vec<f32> = padded.iter().map(|s| s * 0.25).collect();
        let ratio = (energy(&quiet) / energy(&padded)).sqrt();
        assert!((ratio - 0.25).abs() < 1e-4);
        assert!((window_rms(&tone)[0] - 0.5 / 2f32.sqrt()).abs() < 1e-3);
    }
}
