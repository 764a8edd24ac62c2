//! Administration › Users at scale (issue 22): a workspace of 10,000 users, an admin signed in
//! through WebDriver; the time to the first rows, to search results after typing stops, the
//! frames scrolling to the end, the list calls that cost, and the memory the page adds.

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

use crate::driven;
use crate::procs;
use crate::report::{AdminFigures, Stat, mb};

/// Users in the measured workspace.
pub const USERS: usize = 10_000;
/// How long the page rests before its memory is read.
const SETTLE: Duration = Duration::from_secs(5);

const OPEN: &str = r##"
const [rounds, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    location.hash = "#profile";
    await appears("[data-testid=profile-form]");
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    location.hash = "#admin-users";
    await appears("[data-testid=admin-user-row]");
    await frame();
    times.push(performance.now() - started);
  }
  done(times);
})().catch((e) => done({ error: String(e) }));
"##;

const SEARCH: &str = r##"
const [rounds, done] = [arguments[0], arguments[arguments.length - 1]];
// Without the marks Fluent puts around each inserted value (the count).
const total = () => (document.querySelector("[data-testid=admin-users-total]")?.textContent ?? "").replace(/[\u2068\u2069]/g, "");
const until = (test) => new Promise((resolve) => {
  if (test()) return resolve();
  const seen = new MutationObserver(() => { if (test()) { seen.disconnect(); resolve(); } });
  seen.observe(document.body, { childList: true, subtree: true, characterData: true });
});
const type = (text) => {
  const field = document.querySelector("[data-testid=admin-users-search]");
  field.value = text;
  field.dispatchEvent(new Event("input", { bubbles: true }));
};
(async () => {
  const times = [];
  const everyone = total();
  for (let i = 0; i < rounds; i++) {
    const username = `user0${1001 + i * 37}`;
    const started = performance.now();
    type(username);
    await until(() => total() === "1 user" && document.querySelector(`[data-username="${username}"]`));
    await frame();
    times.push(performance.now() - started);
    type("");
    await until(() => total() === everyone);
  }
  done(times);
})().catch((e) => done({ error: String(e) }));
"##;

const SCROLL: &str = r##"
const done = arguments[arguments.length - 1];
const scroller = document.querySelector("[data-testid=admin-users-scroller]");
const frames = [];
const started = performance.now();
let last = started;
const lastRow = () => [...document.querySelectorAll("[data-testid=admin-user-row]")]
  .some((row) => row.closest("[role=row]")?.getAttribute("aria-rowindex") === String(scroller.scrollHeight / 44 + 1));
const step = (now) => {
  frames.push(now - last);
  last = now;
  if (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
    scroller.scrollTop += scroller.clientHeight * 3;
    requestAnimationFrame(step);
    return;
  }
  const wait = () => (lastRow() ? done({ frames, toTheEnd: performance.now() - started }) : requestAnimationFrame(wait));
  wait();
};
requestAnimationFrame(step);
setTimeout(() => done({ error: "the last row never came" }), 60000);
"##;

fn numbers(value: &Value) -> Result<Vec<f64>, String> {
    value
        .as_array()
        .and_then(|a| a.iter().map(Value::as_f64).collect())
        .ok_or_else(|| value.to_string())
}

/// PSS of the app's processes (name, MB): the app is the newest process running `app`.
fn app_pss(app: &Path) -> Vec<(String, f64)> {
    procs::newest_running(app)
        .map(procs::memory)
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.name, mb(m.pss_kib)))
        .collect()
}

fn total(pss: &[(String, f64)]) -> Option<f64> {
    (!pss.is_empty()).then(|| pss.iter().map(|(_, mb)| mb).sum())
}

/// Counts `users.listByStatus` calls in the sandbox's record.
fn list_calls(record: &Path) -> usize {
    std::fs::read_to_string(record)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains("\"/api/v1/users.listByStatus\""))
        .count()
}

/// Measures the page; `rounds` opens and searches, one scroll to the end.
pub async fn measure(app: &Path, scratch: &Path, rounds: usize) -> Result<AdminFigures, String> {
    let record = scratch.join("admin-requests.jsonl");
    let sandbox = Sandbox::start(SandboxConfig {
        site_name: "Bench admin".into(),
        users: USERS,
        record_to: Some(record.clone()),
        rate_limit: crate::out_of_reach(),
        ..Default::default()
    })
    .await
    .map_err(|e| e.to_string())?;
    let data = scratch.join("admin-data");
    let (driver, s) = driven::open(app, &[("TETHER_DATA_DIR", data.as_path())]).await;
    s.sign_in_to(&sandbox.url(), &seed::ADMIN).await;
    s.wait_for("[data-testid=nav-admin-users]").await;
    // The start's own work settles before the memory is read.
    tokio::time::sleep(SETTLE).await;
    let before = app_pss(app);
    let mut figures = AdminFigures {
        users: USERS,
        pss_before_mb: total(&before),
        ..AdminFigures::default()
    };
    let calls_before = list_calls(&record);
    let with_helpers = |script: &str| format!("{}{script}", driven::PAGE_HELPERS);
    let open = numbers(&s.execute_async(&with_helpers(OPEN), json!([rounds])).await);
    let search = numbers(
        &s.execute_async(&with_helpers(SEARCH), json!([rounds]))
            .await,
    );
    // Memory is read once the page is at rest: WebKit's collector and allocator get the
    // few seconds they take to give back what the work left behind.
    tokio::time::sleep(SETTLE).await;
    figures.pss_opened_mb = total(&app_pss(app));
    let scroll = s.execute_async(SCROLL, json!([])).await;
    tokio::time::sleep(SETTLE).await;
    let after = app_pss(app);
    figures.pss_after_mb = total(&after);
    figures.added_by_process = after
        .iter()
        .map(|(name, mb)| {
            let was: f64 = before
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, m)| m)
                .sum();
            (name.clone(), mb - was)
        })
        .collect();
    figures.list_calls = Some(list_calls(&record) - calls_before);
    s.quit().await;
    drop(driver);
    sandbox.stop().await;
    figures.open_ms = Stat::of(&open.map_err(|e| format!("open: {e}"))?);
    figures.search_ms = Stat::of(&search.map_err(|e| format!("search: {e}"))?);
    let frames = numbers(&scroll["frames"]).map_err(|_| format!("scroll: {scroll}"))?;
    // The first frame's time is the wait for the first animation frame, not a scroll's.
    let scrolled: Vec<f64> = frames.into_iter().skip(1).collect();
    figures.longest_frame_ms = scrolled.iter().copied().reduce(f64::max);
    figures.median_frame_ms = Stat::of(&scrolled).map(|s| s.median);
    figures.to_the_end_ms = scroll["toTheEnd"].as_f64();
    Ok(figures)
}
