//! How many SQL statements one user action costs (issue 21's straight walks). A binary of its
//! own: it counts every `sqlx::query` event of the process, so nothing else may run beside it.
//!
//! Before the walks were straightened (measured on `83c2b12`): a preference toggle ran 13
//! statements (its state read twice: once to check, once for the page), sending it 16 (and
//! built a page nobody saw), a profile save 22 (one `INSERT` per setting read back). Now a
//! toggle reads its state once in one read transaction and writes once; the send builds no
//! page; settings and server preferences are stored in one statement per batch; the workspace
//! row is read from memory. The page no longer reads back the echo of its own edit (events
//! carry their origin; the UI's `pageToReload` is tested apart).
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

#[path = "api/common.rs"]
#[allow(dead_code, reason = "this binary uses a few of the shared helpers")]
mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::json;
use tether_core::workspace::ProfileChanges;
use tether_sandbox::seed;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::{Layer, Registry};

/// Counts the statements sqlx runs (it reports each one as a `sqlx::query` event), and keeps
/// their first words so a failure can say which ran.
struct Statements(Arc<AtomicUsize>, Arc<Mutex<Vec<String>>>);

impl<S: tracing::Subscriber> Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut summary = Summary(String::new());
            event.record(&mut summary);
            // A new pooled connection's set-up is not the action's work.
            if summary.0.starts_with("PRAGMA") {
                return;
            }
            self.0.fetch_add(1, Ordering::Relaxed);
            self.1
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(summary.0);
        }
    }
}

/// The `summary` field of a statement's event: its first words.
struct Summary(String);

impl tracing::field::Visit for Summary {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "summary" {
            value.clone_into(&mut self.0);
        }
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
}

/// The count once sqlx's connection threads have reported everything: a statement's event is
/// sent from the thread that ran it, a moment after the caller has its answer.
async fn settled(count: &AtomicUsize) -> usize {
    let mut last = count.load(Ordering::Relaxed);
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let now = count.load(Ordering::Relaxed);
        if now == last {
            return now;
        }
        last = now;
    }
}

#[tokio::test]
async fn a_preference_toggle_and_a_profile_save_run_few_statements() {
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    tracing::subscriber::set_global_default(
        Registry::default().with(Statements(count.clone(), seen.clone())),
    )
    .unwrap();
    let h = common::Harness::new();
    let (app, ws, _sandbox) = common::signed_in_app(&h, common::generous(), &seed::ALICE).await;
    app.preferences().refresh(&ws).await.unwrap();
    app.profile().refresh(&ws).await.unwrap();

    let before = settled(&count).await;
    app.preferences()
        .set(&ws, "hideRoles", json!(true))
        .await
        .unwrap();
    let toggle = settled(&count).await - before;

    let before = settled(&count).await;
    app.preferences().sync(&ws).await.unwrap();
    let toggle_sent = settled(&count).await - before;

    let before = settled(&count).await;
    let changes = ProfileChanges {
        nickname: Some("Al".into()),
        ..ProfileChanges::default()
    };
    app.profile().save(&ws, changes, None).await.unwrap();
    let save = settled(&count).await - before;

    let seen = seen.lock().unwrap().clone();
    let ran = format!(
        "toggle {toggle}, its send {toggle_sent}, profile save {save}: {:#?}",
        &seen[seen.len() - save - toggle_sent - toggle..]
    );
    println!("{ran}");
    // The toggle: five reads in one transaction (settings, custom sounds, the server's values
    // and their date, the outbox, the roles) and one write.
    assert!(toggle <= 7, "{ran}");
    // The send: the server's values stored (twice: read, then as the server took them), the
    // outbox read, the defaults, the edit marked sent, then settled.
    assert!(toggle_sent <= 9, "{ran}");
    // The save: the profile, its offline edits and the rules read, the answer stored with the
    // profile's settings, the edits read for the page.
    assert!(save <= 8, "{ran}");
    assert!(
        toggle > 0 && toggle_sent > 0 && save > 0,
        "the counter counts: {ran}"
    );
}
