//! Never lost (issue 5, and issue 21 for the profile): a worker process edits preferences and
//! syncs them against the sandbox, and edits the profile's nickname offline (the server made
//! unreachable for it) and sends it when it reconnects, while this test kills it with SIGKILL
//! at random moments, 200 times. Both go through the one outbox. After every kill, each edit
//! the worker had acknowledged must be in effect on the server or still in the outbox, the
//! server's value of a key must never go back to an older edit (applied twice in a way that
//! matters), and no profile edit may wait as a conflict (nobody else edits: a conflict would be
//! false). At the end, one unkilled run drains the outbox and the last edit of every key is in
//! effect on the server.
//!
//! "In effect" is what Rocket.Chat means: the stored value, else the workspace's default. An
//! edit to the value already in effect changes nothing and is not stored (`preferences().set`), so
//! comparing stored values only would call it lost.
//!
//! A Chatwoot workspace beside it (issue 23): the worker edits the agent's display name there,
//! through the same outbox, while this test takes the Chatwoot server away at random moments
//! (its edits then wait) and brings it back; the same rules hold for it.
//!
//! The worker is this same test binary, started again with `TETHER_CRASH_WORKER` set (the test
//! has its own `main`: `harness = false`).
#![allow(
    clippy::expect_used,
    clippy::print_stdout,
    reason = "a test binary with its own main: a failed step must fail it, and it prints the runner's summary lines"
)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
#[path = "crash/worker.rs"]
mod worker;

use worker::{chatwoot_sign_in, worker};

use tether_core::ports::{MemorySecretStore, RecordingEventSink, SystemClock};
use tether_core::store::OutboxSlice;
use tether_core::{Sensitive, Tether, TetherConfig};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};
use tether_sandbox::seed::ALICE;
use tether_sandbox::{RateLimit, Sandbox, SandboxConfig};

const CYCLES: u32 = 200;
const KEYS: [&str; 4] = [
    "idleTimeLimit",
    "highlights",
    "useEmojis",
    "desktopNotifications",
];

/// The value of edit number `n` of `key`. `idleTimeLimit` and `highlights` never repeat, so
/// the order in which they reached the server can be checked.
fn value_of(key: &str, n: u64) -> Value {
    match key {
        "idleTimeLimit" => json!(60 + n),
        "highlights" => json!([format!("w{n}")]),
        "useEmojis" => json!(n.is_multiple_of(2)),
        _ => json!(["all", "mentions", "nothing"][usize::try_from(n % 3).unwrap_or(0)]),
    }
}

/// The edit number a value of a never-repeating key stands for.
fn number_of(key: &str, value: &Value) -> Option<u64> {
    match key {
        "idleTimeLimit" => value.as_u64().map(|v| v - 60),
        "highlights" => value[0].as_str()?.strip_prefix('w')?.parse().ok(),
        NICKNAME => value.as_str()?.strip_prefix('n')?.parse().ok(),
        DISPLAY_NAME => value.as_str()?.strip_prefix('d')?.parse().ok(),
        _ => None,
    }
}

/// The profile field the worker edits offline (its values never repeat: `n<edit number>`).
const NICKNAME: &str = "nickname";
/// The Chatwoot setting the worker edits (its values never repeat: `d<edit number>`).
const DISPLAY_NAME: &str = "display_name";

/// A small deterministic generator (the seed is printed, so a failure can be replayed).
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

async fn open(cache: &Path) -> Tether {
    Tether::open(
        &TetherConfig {
            cache_path: cache.to_owned(),
        },
        Arc::new(MemorySecretStore::default()),
        Arc::new(SystemClock),
        Arc::new(RecordingEventSink::default()),
    )
    .await
    .expect("cache opens")
}

/// The one workspace the test adds.
async fn the_workspace(app: &Tether) -> tether_core::workspace::WorkspaceSummary {
    app.workspaces()
        .snapshot()
        .await
        .expect("snapshot")
        .workspaces[0]
        .clone()
}

/// The Chatwoot workspace the test adds beside it.
async fn the_chatwoot(app: &Tether) -> tether_core::workspace::WorkspaceSummary {
    app.workspaces()
        .snapshot()
        .await
        .expect("snapshot")
        .workspaces[1]
        .clone()
}

/// A slice's edits waiting in the outbox.
async fn waiting(app: &Tether, ws: &str, slice: OutboxSlice) -> Vec<tether_core::store::OutboxRow> {
    app.store().edits(slice).list(ws).await.expect("outbox")
}

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    if let Ok(args) = std::env::var("TETHER_CRASH_WORKER") {
        let parts: Vec<&str> = args.split('|').collect();
        let start = parts[1].parse().expect("start");
        let seed = parts[2].parse().expect("seed");
        runtime.block_on(worker(
            Path::new(parts[0]),
            start,
            seed,
            parts[3] == "drain",
        ));
        return;
    }
    // `cargo test -- <filter>` runs this test only when the filter matches its name.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if filter.is_some_and(|f| !"killed_at_random_nothing_is_lost".contains(&f)) {
        println!("test result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out");
        return;
    }
    println!("test killed_at_random_nothing_is_lost ...");
    runtime.block_on(killed_at_random_nothing_is_lost());
    println!("test killed_at_random_nothing_is_lost ... ok");
    println!("test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out");
}

async fn killed_at_random_nothing_is_lost() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = dir.path().join("cache.sqlite");
    let sandbox = Sandbox::start(SandboxConfig {
        rate_limit: RateLimit {
            calls: 100_000,
            window: Duration::from_secs(60),
        },
        // The worker asks for faults through `/_sandbox/fault`.
        test_routes: true,
        ..Default::default()
    })
    .await
    .expect("sandbox");
    // Two hundred workers signing in and editing in 40 s: rack-attack's 3000 a minute would
    // be the test's limit, not Tether's (as the Rocket.Chat sandbox's rate limit above).
    let mut chatwoot = ChatwootSandbox::start(ChatwootConfig {
        requests_per_minute: 100_000,
        ..ChatwootConfig::default()
    })
    .await
    .expect("chatwoot sandbox");
    {
        let app = open(&cache).await;
        let ws = app.workspaces().add(&sandbox.url()).await.expect("add").id;
        let cw = app
            .workspaces()
            .add(&chatwoot.url())
            .await
            .expect("add chatwoot")
            .id;
        assert!(chatwoot_sign_in(&app, &cw).await, "signs in to Chatwoot");
        app.agent().refresh(&cw).await.expect("first Chatwoot read");
        app.session()
            .sign_in_password(
                &ws,
                ALICE.username,
                Sensitive::new(ALICE.password.unwrap_or_default().to_owned()),
            )
            .await
            .expect("sign in");
        app.preferences().refresh(&ws).await.expect("first read");
        app.store().close().await;
    }
    // `TETHER_CRASH_SEED` replays a run's choices of keys and kill moments (timing still varies).
    let seed = std::env::var("TETHER_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64 | 1)
        });
    println!("crash test seed {seed} (TETHER_CRASH_SEED replays it)");
    let mut rng = Rng(seed);
    let exe = std::env::current_exe().expect("own path");
    // Per key: the last acknowledged value, and the newest edit number seen on the server.
    let mut acked: HashMap<String, Value> = HashMap::new();
    let mut server_seen: HashMap<String, u64> = HashMap::new();
    let (mut edits, mut kills_mid_edit) = (0, 0);
    let started = Instant::now();
    for cycle in 0..CYCLES {
        let mut child = Command::new(&exe)
            .env(
                "TETHER_CRASH_WORKER",
                format!(
                    "{}|{}|{}|run",
                    cache.display(),
                    u64::from(cycle) * 100_000,
                    rng.next(u64::MAX) | 1
                ),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("worker starts");
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let reader = {
            let lines = lines.clone();
            let stdout = child.stdout.take().expect("stdout");
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    lines.lock().expect("lines").push(line);
                }
            })
        };
        // Now and then the Chatwoot server goes away during the run (its edits then wait).
        let lifetime = 40 + rng.next(260);
        let away_after = (rng.next(3) == 0).then(|| rng.next(lifetime));
        match away_after {
            Some(after) => {
                tokio::time::sleep(Duration::from_millis(after)).await;
                chatwoot.suspend().await;
                tokio::time::sleep(Duration::from_millis(lifetime - after)).await;
            }
            None => tokio::time::sleep(Duration::from_millis(lifetime)).await,
        }
        child.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix
        child.wait().expect("reaped");
        reader.join().expect("reader");
        if away_after.is_some() {
            chatwoot
                .resume()
                .await
                .expect("the Chatwoot server is back");
        }

        // What the worker said: acknowledged edits, and an edit it may have died in.
        let mut in_flight: Option<(String, Value)> = None;
        for line in lines.lock().expect("lines").iter() {
            let mut parts = line.splitn(3, ' ');
            let (kind, key, value) = (parts.next(), parts.next(), parts.next());
            let (Some(kind), Some(key), Some(value)) = (kind, key, value) else {
                continue;
            };
            let value: Value = serde_json::from_str(value).expect("logged value");
            match kind {
                "EDIT" => in_flight = Some((key.to_owned(), value)),
                "ACK" => {
                    acked.insert(key.to_owned(), value);
                    in_flight = None;
                    edits += 1;
                }
                _ => {}
            }
        }
        let app = open(&cache).await;
        let ws = the_workspace(&app).await.id;
        let outbox = waiting(&app, &ws, OutboxSlice::Preferences).await;
        let server = sandbox.user_preferences("alice");
        let in_effect = sandbox.effective_user_preferences("alice");
        let profile_outbox = waiting(&app, &ws, OutboxSlice::Profile).await;
        assert!(
            profile_outbox
                .iter()
                .all(|r| r.conflict.is_none() && r.refused.is_none()),
            "cycle {cycle}, seed {seed}: nobody else edits, so no profile edit waits for the user: {profile_outbox:?}"
        );
        let nickname = sandbox.user_nickname("alice").map(Value::String);
        let cw = the_chatwoot(&app).await.id;
        let agent_outbox = waiting(&app, &cw, OutboxSlice::Agent).await;
        assert!(
            agent_outbox
                .iter()
                .all(|r| r.conflict.is_none() && r.refused.is_none()),
            "cycle {cycle}, seed {seed}: nobody else edits on Chatwoot, so no edit waits for the user: {agent_outbox:?}"
        );
        let display_name = chatwoot
            .user(CORA.email)
            .and_then(|u| u.display_name)
            .map(Value::String);
        // Per key: what the user has now (the edit waiting here, else the server's), and what
        // the server holds.
        let keys = KEYS
            .iter()
            .map(|key| {
                let now = outbox
                    .iter()
                    .find(|r| r.key == *key)
                    .map(|r| r.value.clone())
                    .or_else(|| in_effect.get(*key).cloned());
                (*key, now, server.get(*key).cloned())
            })
            .chain(std::iter::once((
                NICKNAME,
                profile_outbox
                    .iter()
                    .find(|r| r.key == NICKNAME)
                    .map(|r| r.value.clone())
                    .or_else(|| nickname.clone()),
                nickname.clone(),
            )))
            .chain(std::iter::once((
                DISPLAY_NAME,
                agent_outbox
                    .iter()
                    .find(|r| r.key == DISPLAY_NAME)
                    .map(|r| r.value.clone())
                    .or_else(|| display_name.clone()),
                display_name.clone(),
            )));
        for (key, now, on_server) in keys {
            let flight = in_flight.as_ref().filter(|(k, _)| k == key).map(|(_, v)| v);
            if let Some(acked_value) = acked.get(key) {
                assert!(
                    now.as_ref() == Some(acked_value)
                        || (flight.is_some() && now.as_ref() == flight),
                    "cycle {cycle}, seed {seed}: {key} is {now:?}, but {acked_value} was acknowledged (in flight: {flight:?}); outbox {outbox:?} {profile_outbox:?}; stored {server:?}, nickname {nickname:?}; the worker said {:?}",
                    lines.lock().expect("lines")
                );
            }
            if let (Some(now), Some(flight)) = (&now, flight)
                && now == flight
            {
                // The edit the worker died in was committed: it is the newest now.
                acked.insert(key.to_owned(), now.clone());
                kills_mid_edit += 1;
            }
            if let Some(n) = on_server.as_ref().and_then(|v| number_of(key, v)) {
                let seen = server_seen.entry(key.to_owned()).or_insert(n);
                assert!(
                    n >= *seen,
                    "cycle {cycle}, seed {seed}: {key} went back from edit {seen} to edit {n} on the server"
                );
                *seen = n;
            }
        }
        app.store().close().await;
    }
    // One run that is not killed sends everything left (a fault a killed worker asked for and
    // did not meet is gone first).
    sandbox.clear_faults();
    let status = Command::new(&exe)
        .env(
            "TETHER_CRASH_WORKER",
            format!("{}|0|1|drain", cache.display()),
        )
        .stdout(Stdio::null())
        .status()
        .expect("drain run");
    assert!(status.success(), "the drain run finished");
    let app = open(&cache).await;
    let ws = the_workspace(&app).await.id;
    let outbox = waiting(&app, &ws, OutboxSlice::Preferences).await;
    assert!(outbox.is_empty(), "everything was sent: {outbox:?}");
    let profile_outbox = waiting(&app, &ws, OutboxSlice::Profile).await;
    assert!(
        profile_outbox.is_empty(),
        "every profile edit was sent: {profile_outbox:?}"
    );
    let cw = the_chatwoot(&app).await.id;
    let agent_outbox = waiting(&app, &cw, OutboxSlice::Agent).await;
    assert!(
        agent_outbox.is_empty(),
        "every Chatwoot edit was sent: {agent_outbox:?}"
    );
    let mut in_effect = sandbox.effective_user_preferences("alice");
    if let Some(nickname) = sandbox.user_nickname("alice") {
        in_effect.insert(NICKNAME.to_owned(), Value::String(nickname));
    }
    if let Some(display_name) = chatwoot.user(CORA.email).and_then(|u| u.display_name) {
        in_effect.insert(DISPLAY_NAME.to_owned(), Value::String(display_name));
    }
    assert!(
        acked.contains_key(NICKNAME) && acked.contains_key(DISPLAY_NAME),
        "the worker got to edit the profile and the Chatwoot display name: {acked:?}"
    );
    for (key, value) in &acked {
        assert_eq!(
            in_effect.get(key),
            Some(value),
            "{key}: the last edit is in effect on the server"
        );
    }
    assert!(
        edits >= CYCLES,
        "the worker got to edit: {edits} acknowledged edits"
    );
    println!(
        "{CYCLES} kills, {edits} acknowledged edits ({kills_mid_edit} more committed as the worker died), none lost, in {:.0?}",
        started.elapsed()
    );
}
