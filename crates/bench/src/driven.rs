//! What needs the window driven (WebDriver): signing in once, UI responsiveness, and the
//! desktop latencies (notification, sound, tray).

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tether_harness::tray::Watcher;
use tether_harness::{Driver, Session};
use tether_sandbox::{Sandbox, seed};

/// Milliseconds since the Unix epoch, as the page's `performance.timeOrigin + now()` counts.
fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Starts tauri-driver with `env` and opens the app.
pub async fn open(app: &Path, env: &[(&str, &Path)]) -> (Driver, Session) {
    let driver = Driver::start(env).await;
    let session = driver.launch(app).await;
    (driver, session)
}

/// Signs alice in and visits Profile and Preferences, so that the cache holds both.
pub async fn sign_in_once(app: &Path, data: &Path, sandbox: &Sandbox) {
    let (driver, s) = open(app, &[("TETHER_DATA_DIR", data)]).await;
    s.sign_in_to(&sandbox.url(), &seed::ALICE).await;
    s.wait_for("[data-testid=profile-form]").await;
    s.execute("location.hash = '#preferences'", json!([])).await;
    s.wait_for("[data-testid^=group-]").await;
    s.execute("location.hash = '#profile'", json!([])).await;
    s.wait_for("[data-testid=profile-form]").await;
    s.quit().await;
    drop(driver);
}

/// What the page scripts share: `appears(css)` resolves once an element matches, `frame()`
/// after the next frame is drawn.
pub const PAGE_HELPERS: &str = r##"
const appears = (css) => new Promise((resolve) => {
  if (document.querySelector(css)) return resolve();
  const seen = new MutationObserver(() => {
    if (document.querySelector(css)) { seen.disconnect(); resolve(); }
  });
  seen.observe(document.body, { childList: true, subtree: true });
});
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
"##;

const PREFERENCES_RENDER: &str = r##"
const [rounds, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    location.hash = "#profile";
    await appears("[data-testid=profile-form]");
    await new Promise((r) => setTimeout(r, 150));
    const started = performance.now();
    location.hash = "#preferences";
    await appears("[data-testid^=group-]");
    await frame();
    times.push(performance.now() - started);
  }
  location.hash = "#profile";
  await appears("[data-testid=profile-form]");
  done(times);
})().catch((e) => done({ error: String(e) }));
"##;

const INPUT_LISTEN: &str = r#"
window.__latencies = [];
const field = document.querySelector("[data-testid=profile-edit-name]");
field.addEventListener("input", (event) => {
  const at = event.timeStamp;
  requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - at), 0));
});
field.focus();
"#;

/// Time to render the Preferences page (ms, each round) and input latency (ms, each key).
pub async fn responsiveness(s: &Session, rounds: usize) -> Result<(Vec<f64>, Vec<f64>), String> {
    s.wait_for("[data-testid=profile-form]").await;
    let render = s
        .execute_async(
            &format!("{PAGE_HELPERS}{PREFERENCES_RENDER}"),
            json!([rounds]),
        )
        .await;
    let render = numbers(&render).ok_or_else(|| format!("preferences render: {render}"))?;
    s.wait_for("[data-testid=profile-edit-name]").await;
    s.execute(INPUT_LISTEN, json!([])).await;
    s.fill("[data-testid=profile-edit-name]", "Alice typing a new name")
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let keys = s.execute("return window.__latencies", json!([])).await;
    let keys = numbers(&keys).ok_or_else(|| format!("input latency: {keys}"))?;
    if keys.is_empty() {
        return Err("no input event reached the field".into());
    }
    Ok((render, keys))
}

fn numbers(value: &Value) -> Option<Vec<f64>> {
    value.as_array()?.iter().map(Value::as_f64).collect()
}

/// Invokes a command in the page; returns when the page asked (epoch ms).
async fn invoke_at(s: &Session, cmd: &str, args: Value) -> Result<f64, String> {
    let script = r#"
const [cmd, args, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const at = performance.timeOrigin + performance.now();
window.__TAURI_INTERNALS__.invoke(cmd, args).then(() => done(at), (e) => done({ error: e }));
"#;
    let value = s.execute_async(script, json!([cmd, args])).await;
    value
        .as_f64()
        .ok_or_else(|| format!("{cmd} failed: {value}"))
}

/// `dbus-monitor --profile` on `Notify` calls: each call's bus timestamp (epoch ms).
struct NotifyTimes {
    child: Child,
    seen: Arc<Mutex<Vec<f64>>>,
}

impl NotifyTimes {
    fn start() -> Result<NotifyTimes, String> {
        let mut child = Command::new("dbus-monitor")
            .args([
                "--session",
                "--profile",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("dbus-monitor: {e}"))?;
        let stdout = child.stdout.take().ok_or("dbus-monitor: no stdout")?;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let (ready, is_ready) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let fields: Vec<&str> = line.split('\t').collect();
                if fields.first() == Some(&"sig") {
                    let _ = ready.send(());
                }
                if fields.first() == Some(&"mc")
                    && fields.last() == Some(&"Notify")
                    && let Some(at) = fields.get(1).and_then(|t| t.parse::<f64>().ok())
                {
                    sink.lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(at * 1000.0);
                }
            }
        });
        // The NameAcquired signal says the match rule is in place.
        is_ready
            .recv_timeout(Duration::from_secs(5))
            .map_err(|_| "dbus-monitor did not start")?;
        Ok(NotifyTimes { child, seen })
    }

    fn first_after(&self, at: f64, timeout: Duration) -> Result<f64, String> {
        let deadline = Instant::now() + timeout;
        loop {
            let found = self
                .seen
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .iter()
                .copied()
                .find(|t| *t >= at - 1.0);
            if let Some(t) = found {
                return Ok(t);
            }
            if Instant::now() > deadline {
                return Err("no Notify call reached the bus".into());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }
}

impl Drop for NotifyTimes {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The null sink's monitor, read live: when (epoch ms) the first non-silent sample arrived.
struct SinkWatch {
    child: Child,
    first_sound: Arc<Mutex<Option<f64>>>,
}

const RATE: f64 = 48_000.0;

impl SinkWatch {
    fn start() -> Result<SinkWatch, String> {
        let mut child = Command::new("parec")
            .args([
                "--device=tether_sink.monitor",
                "--format=s16le",
                "--rate=48000",
                "--channels=2",
                "--latency-msec=2",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("parec: {e}"))?;
        let mut stdout = child.stdout.take().ok_or("parec: no stdout")?;
        let first_sound = Arc::new(Mutex::new(None));
        let sink = first_sound.clone();
        std::thread::spawn(move || {
            let mut buffer = vec![0u8; 4 * 256];
            while let Ok(read) = stdout.read(&mut buffer) {
                if read == 0 {
                    break;
                }
                let arrived = now_ms();
                let frames = read / 4;
                let loud = buffer[..frames * 4].chunks_exact(4).position(|f| {
                    i16::from_le_bytes([f[0], f[1]]).unsigned_abs() > 8
                        || i16::from_le_bytes([f[2], f[3]]).unsigned_abs() > 8
                });
                if let Some(frame) = loud {
                    let mut first = sink
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    if first.is_none() {
                        // The frame sounded this many frames before the read returned.
                        *first = Some(arrived - (frames - frame) as f64 * 1000.0 / RATE);
                    }
                }
            }
        });
        std::thread::sleep(Duration::from_millis(400));
        Ok(SinkWatch { child, first_sound })
    }

    fn reset(&self) {
        *self
            .first_sound
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }

    fn wait(&self, timeout: Duration) -> Result<f64, String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(at) = *self
                .first_sound
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
            {
                return Ok(at);
            }
            if Instant::now() > deadline {
                return Err("no sound reached the sink".into());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for SinkWatch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Each latency in ms: (notification, sound, tray).
pub struct Latencies {
    pub notification: Vec<f64>,
    pub sound: Vec<f64>,
    pub tray: Vec<f64>,
}

/// Notification request → the bus delivers `Notify`; sound request → first non-silent sample
/// at the sink's monitor; realtime message → the tray's icon changes.
pub async fn latencies(
    s: &Session,
    sandbox: &Sandbox,
    watcher: &Watcher,
    rounds: usize,
) -> Result<Latencies, String> {
    s.wait_for("[data-testid=profile-form]").await;
    let notifications = NotifyTimes::start()?;
    let mut notification = Vec::new();
    for _ in 0..rounds {
        let asked = invoke_at(
            s,
            "alerts_test_notification",
            json!({"workspaceId": null, "requireInteraction": false}),
        )
        .await?;
        let seen = notifications.first_after(asked, Duration::from_secs(10))?;
        notification.push(seen - asked);
        let _ = Command::new("dunstctl").arg("close-all").status();
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    drop(notifications);

    let sink = SinkWatch::start()?;
    let mut sound = Vec::new();
    for _ in 0..rounds {
        sink.reset();
        let asked = invoke_at(
            s,
            "alerts_play_sound",
            json!({"workspaceId": null, "soundId": "beep", "volume": 100}),
        )
        .await?;
        let heard = sink.wait(Duration::from_secs(5))?;
        sound.push(heard - asked);
        // Let the clip end and the sink fall silent again.
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    drop(sink);

    let item = watcher.item().ok_or("no tray item registered")?;
    let (client, creds) = tether_harness::signed_in_elsewhere(sandbox, &seed::ALICE).await?;
    let mut tray = Vec::new();
    for i in 0..rounds {
        let before = item.icon_file();
        let asked = Instant::now();
        sandbox.post_message("alice", "dora", "general", &format!("@alice {i}"), true);
        let took = icon_changes(&item, before, asked).await?;
        tray.push(took);
        let before = item.icon_file();
        client
            .read_room(&creds, "room-general")
            .await
            .map_err(|e| format!("read the room: {e}"))?;
        icon_changes(&item, before, Instant::now()).await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Ok(Latencies {
        notification,
        sound,
        tray,
    })
}

async fn icon_changes(
    item: &tether_harness::tray::Item,
    before: Option<std::path::PathBuf>,
    since: Instant,
) -> Result<f64, String> {
    let deadline = since + Duration::from_secs(10);
    loop {
        if item.icon_file() != before {
            return Ok(since.elapsed().as_secs_f64() * 1000.0);
        }
        if Instant::now() > deadline {
            return Err("the tray icon did not change within 10 s".into());
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}
