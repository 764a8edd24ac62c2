//! Core's costs, measured with criterion (`cargo xtask bench` runs and reports them):
//!
//! - `cache_read_all_preferences`: the Preferences page's data from the cache (every key, with
//!   the workspace's defaults and the pending edits folded in);
//! - `offline_edit_durable`: one preference edit, checked and committed to the outbox with
//!   SQLite's `synchronous = FULL` (on disk: the cache lives in the target dir, not in tmpfs);
//! - `sync_100_edits`: 100 edits a user made (over the catalog's on/off keys: the outbox keeps
//!   one row per key) merged and sent to the sandbox workspace in one sync;
//! - `merge_1000_keys`: the three-way merge of 1,000 pending keys;
//! - `parse_large_me`: a `/me` answer of about 100 kB (many custom fields and preferences).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark's set-up fails loudly"
)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};
use tether_core::outbox::merge;
use tether_core::ports::{MemorySecretStore, RecordingEventSink, SystemClock};
use tether_core::preferences::catalog::{CATALOG, Kind};
use tether_core::rocketchat::MeUser;
use tether_core::workspace::SignInStep;
use tether_core::{Sensitive, Tether, TetherConfig};
use tether_sandbox::{RateLimit, Sandbox, SandboxConfig, seed};

struct Signed {
    runtime: tokio::runtime::Runtime,
    app: Tether,
    workspace: String,
    _sandbox: Sandbox,
    _dir: tempfile::TempDir,
}

/// The sandbox, Tether with its cache on disk, alice signed in and her preferences cached.
fn signed_in() -> Signed {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (app, workspace, sandbox) = runtime.block_on(async {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let sandbox = Sandbox::start(SandboxConfig {
            rate_limit: RateLimit {
                calls: 1_000_000,
                window: Duration::from_secs(60),
            },
            ..Default::default()
        })
        .await
        .unwrap();
        let config = TetherConfig {
            cache_path: dir.path().join("cache.sqlite"),
        };
        let app = Tether::open(
            &config,
            Arc::new(MemorySecretStore::default()),
            Arc::new(SystemClock),
            Arc::new(RecordingEventSink::default()),
        )
        .await
        .unwrap();
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        let password = Sensitive::new(seed::ALICE.password.unwrap().to_owned());
        let step = app
            .session()
            .sign_in_password(&ws.id, seed::ALICE.username, password)
            .await
            .unwrap();
        assert!(matches!(step, SignInStep::SignedIn { .. }));
        app.preferences().refresh(&ws.id).await.unwrap();
        (app, ws.id, sandbox)
    });
    Signed {
        runtime,
        app,
        workspace,
        _sandbox: sandbox,
        _dir: dir,
    }
}

/// The catalog's on/off keys alice may edit on the sandbox's version.
fn toggles(s: &Signed) -> Vec<&'static str> {
    let view = s
        .runtime
        .block_on(s.app.preferences().cached(&s.workspace))
        .unwrap();
    let editable = serde_json::to_value(&view).unwrap().to_string();
    CATALOG
        .iter()
        .filter(|spec| matches!(spec.kind, Kind::Toggle))
        .filter(|spec| {
            editable.contains(&format!("\"{}\"", spec.key))
                && s.runtime
                    .block_on(s.app.preferences().set(&s.workspace, spec.key, json!(true)))
                    .is_ok()
        })
        .map(|spec| spec.key)
        .collect()
}

fn preferences(c: &mut Criterion) {
    let s = signed_in();
    let mut group = c.benchmark_group("core");
    // Each of these writes to disk: 20 samples keep the run short (criterion's default is 100).
    group.sample_size(20);
    group.bench_function("cache_read_all_preferences", |b| {
        b.iter(|| {
            s.runtime
                .block_on(s.app.preferences().cached(black_box(&s.workspace)))
                .unwrap()
        });
    });
    let keys = toggles(&s);
    assert!(keys.len() >= 10, "too few on/off preferences: {keys:?}");
    s.runtime
        .block_on(s.app.preferences().sync(&s.workspace))
        .unwrap();

    let mut on = false;
    group.bench_function("offline_edit_durable", |b| {
        b.iter(|| {
            on = !on;
            s.runtime
                .block_on(s.app.preferences().set(&s.workspace, keys[0], json!(on)))
                .unwrap()
        });
    });
    s.runtime
        .block_on(s.app.preferences().sync(&s.workspace))
        .unwrap();

    // Each round flips every key on the server: the last of a key's edits holds the new value,
    // its earlier ones the old, so every key is sent.
    let mut round = 0u64;
    // Each iteration first makes its 100 edits (not timed, about 100 durable writes).
    group.sample_size(10);
    group.bench_function("sync_100_edits", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                round += 1;
                let new = round % 2 == 1;
                for edit in 0..100 {
                    let key = keys[edit % keys.len()];
                    let last = edit + keys.len() >= 100;
                    let value = if last { new } else { !new };
                    s.runtime
                        .block_on(s.app.preferences().set(&s.workspace, key, json!(value)))
                        .unwrap();
                }
                let started = Instant::now();
                s.runtime
                    .block_on(s.app.preferences().sync(&s.workspace))
                    .unwrap();
                spent += started.elapsed();
                let view = s
                    .runtime
                    .block_on(s.app.preferences().cached(&s.workspace))
                    .unwrap();
                assert_eq!(view.pending, 0, "every edit was sent");
            }
            spent
        });
    });
    group.finish();
}

fn merge_and_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("core");
    // 1,000 pending keys: a third changed only here, a third on both sides alike, a third in
    // conflict.
    let mut base = BTreeMap::new();
    let mut mine = BTreeMap::new();
    let mut theirs = BTreeMap::new();
    for i in 0..1000 {
        let key = format!("key{i:04}");
        base.insert(key.clone(), Some(json!(i)));
        mine.insert(key.clone(), Some(json!(i + 1)));
        let server = match i % 3 {
            0 => json!(i),
            1 => json!(i + 1),
            _ => json!(format!("theirs {i}")),
        };
        theirs.insert(key, server);
    }
    group.bench_function("merge_1000_keys", |b| {
        b.iter(|| merge(black_box(&base), black_box(&mine), black_box(&theirs)));
    });

    let body = large_me();
    group.bench_function("parse_large_me", |b| {
        b.iter(|| serde_json::from_str::<MeUser>(black_box(&body)).unwrap());
    });
    group.finish();
}

/// A `/me` answer as a workspace with many custom fields and a long-lived account sends it.
fn large_me() -> String {
    let custom: serde_json::Map<String, Value> = (0..300)
        .map(|i| {
            (
                format!("field{i}"),
                json!(format!("a custom value number {i} {}", "x".repeat(280))),
            )
        })
        .collect();
    let mut preferences: serde_json::Map<String, Value> = CATALOG
        .iter()
        .map(|spec| {
            (
                spec.key.to_owned(),
                spec.default.map_or(Value::Null, |d| d()),
            )
        })
        .collect();
    for i in 0..300 {
        preferences.insert(format!("extra{i}"), json!({ "on": i % 2 == 0, "n": i }));
    }
    let me = json!({
        "_id": "aliceid0000000001",
        "username": "alice",
        "name": "Alice Example",
        "nickname": "al",
        "bio": "b".repeat(2000),
        "status": "online",
        "statusText": "In a meeting",
        "emails": (0..5).map(|i| json!({"address": format!("alice{i}@example.com"), "verified": i == 0})).collect::<Vec<_>>(),
        "avatarUrl": "https://chat.example.com/avatar/alice",
        "avatarETag": "etag123",
        "roles": (0..30).map(|i| format!("role-{i}")).collect::<Vec<_>>(),
        "customFields": custom,
        "settings": { "preferences": preferences },
        "services": { "password": { "bcrypt": "x" }, "totp": { "enabled": false } },
        "active": true,
        "utcOffset": 1,
        "success": true,
    });
    let text = me.to_string();
    assert!(text.len() > 90_000, "{} bytes", text.len());
    text
}

criterion_group!(benches, preferences, merge_and_parse);
criterion_main!(benches);
