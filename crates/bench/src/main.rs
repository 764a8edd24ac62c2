//! `tether-bench`: the instrument behind `cargo xtask bench`. Run inside the headless session
//! (Xvfb, D-Bus, keyring, dunst, PulseAudio), it launches Tether, its floor (a blank page in the
//! same Tauri shell) and its baseline (the same UI in Chromium `--app`) one after another, times
//! them and measures their memory; compares WebKit settings; measures the desktop latencies;
//! reads the criterion results and the `.deb`; and writes `bench.md` and `bench.json`.
//!
//! `tether-bench --app BIN --floor BIN --dist DIR --out DIR [--deb FILE] [--criterion DIR] [--quick]`

mod admin_users;
mod args;
mod baseline;
mod chatwoot;
mod driven;
mod guard;
mod plan;
mod procs;
mod report;
mod scaling;
mod smaps;

use args::{Args, args};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tether_sandbox::{RateLimit, Sandbox, SandboxConfig};

use plan::Plan;
use procs::{Launched, spawn_marked, spawn_with_channel};
use report::{LatencyFigures, Report, Runs, Stat, Variant};

/// The environment variables the WebKit configurations set; cleared before every launch.
const KNOBS: &[&str] = &[
    "TETHER_WEBKIT_TUNING",
    "WEBKIT_DISABLE_COMPOSITING_MODE",
    "JSC_useJIT",
    "JSC_useDFGJIT",
    "JSC_useFTLJIT",
    "JSC_largeHeapSize",
];

/// The configurations compared besides the shipped one (which is Tether's own runs with the
/// defaults of `src-tauri/webkit.rs`: compositing off, an 8 MB JavaScript heap floor).
const VARIANTS: &[(&str, &[(&str, &str)])] = &[
    (report::WEBKIT_DEFAULTS, &[("TETHER_WEBKIT_TUNING", "off")]),
    (
        report::COMPOSITING_OFF,
        &[
            ("TETHER_WEBKIT_TUNING", "off"),
            ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ],
    ),
    ("Shipped, JIT off", &[("JSC_useJIT", "0")]),
];
const SHIPPED: &str = "Compositing off, 8 MB JS heap floor";

/// What one launch is.
#[derive(Clone, Copy)]
enum Subject<'a> {
    Tether(&'a [(&'a str, &'a str)]),
    Floor,
    Baseline,
}

struct Bench<'a> {
    args: &'a Args,
    data: PathBuf,
    chromium_profile: PathBuf,
    baseline: baseline::Baseline,
    logs: PathBuf,
    launches: usize,
}

const START_TIMEOUT: Duration = Duration::from_secs(60);
const SETTLE: Duration = Duration::from_secs(2);

/// One launch's milestones (ms from launch; the last is "interactive"), memory, and the CPU
/// time (ms) its processes spent over the idle period.
type Measured = (Vec<(String, f64)>, Vec<procs::ProcessMemory>, report::Idle);

impl Bench<'_> {
    fn launch(&mut self, subject: Subject<'_>) -> Result<(Launched, &'static str), String> {
        self.launches += 1;
        let log = self.logs.join(format!("launch-{:02}.log", self.launches));
        let clear = |c: &mut Command| {
            for knob in KNOBS {
                c.env_remove(knob);
            }
        };
        match subject {
            Subject::Tether(env) => {
                let mut c = Command::new(&self.args.app);
                clear(&mut c);
                c.env("TETHER_DATA_DIR", &self.data)
                    .envs(env.iter().copied());
                Ok((spawn_marked(c, &log)?, "profile-rendered-from-cache"))
            }
            Subject::Floor => {
                let mut c = Command::new(&self.args.floor);
                clear(&mut c);
                Ok((spawn_marked(c, &log)?, "floor-rendered"))
            }
            Subject::Baseline => {
                let mut c = Command::new("chromium");
                c.args([
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--no-default-browser-check",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--password-store=basic",
                    "--window-size=1100,720",
                ])
                .arg(format!(
                    "--user-data-dir={}",
                    self.chromium_profile.display()
                ))
                .arg(format!("--app={}", self.baseline.url));
                let (launched, marks) = spawn_with_channel(c, &log)?;
                self.baseline.marks_to(marks);
                Ok((launched, "profile-rendered-from-cache"))
            }
        }
    }

    /// One launch: start to interactive (ms), then, after `settle`, the CPU time spent over
    /// `idle` (nothing to do: an idle app should spend next to none) and the memory at its end.
    fn run(
        &mut self,
        subject: Subject<'_>,
        (settle, idle): (Duration, Duration),
    ) -> Result<Measured, String> {
        let (launched, mark) = self.launch(subject)?;
        let started = launched.wait_mark(mark, START_TIMEOUT);
        let result = started.map(|marks| {
            std::thread::sleep(settle);
            let cpu_before = procs::cpu_ms(launched.child.id());
            let wakeups_before = procs::wakeups(launched.child.id());
            let threads_before = procs::cpu_by_thread(launched.child.id());
            std::thread::sleep(idle);
            let idle_cpu = procs::cpu_ms(launched.child.id()) - cpu_before;
            let wakeups_after = procs::wakeups(launched.child.id());
            let threads_after = procs::cpu_by_thread(launched.child.id());
            let wakeups = procs::wakeups_between(&wakeups_before, &wakeups_after);
            if !idle.is_zero() {
                let busiest = procs::busiest(&threads_before, &threads_after, 5);
                say(&format!(
                    "idle CPU {idle_cpu:.0} ms, {wakeups} wake-ups; busiest threads: {}",
                    busiest.join(", ")
                ));
            }
            (
                marks
                    .into_iter()
                    .map(|(name, at)| (name, at.as_secs_f64() * 1000.0))
                    .collect(),
                procs::memory(launched.child.id()),
                report::Idle {
                    cpu_ms: idle_cpu.max(0.0),
                    wakeups: wakeups as f64,
                    wakeups_by_thread: procs::wakeups_by_name(
                        &wakeups_before,
                        &wakeups_after,
                        &threads_after,
                    ),
                },
            )
        });
        launched.stop();
        // Let the processes' teardown finish (Chromium's takes a while) so that the next launch
        // does not share the two cores with it.
        std::thread::sleep(SETTLE);
        result
    }
}

fn main() -> std::process::ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("tether-bench: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("tether-bench: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(bench(&args)) {
        Ok(report) => {
            let failed = report.problems.len();
            if failed > 0 {
                eprintln!("tether-bench: {failed} measurement(s) failed (see the report)");
                return std::process::ExitCode::FAILURE;
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tether-bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// A sandbox rate limit the bench never reaches: it measures Tether, not the server's limiter.
fn out_of_reach() -> RateLimit {
    RateLimit {
        calls: 100_000,
        window: Duration::from_secs(60),
    }
}

fn say(what: &str) {
    eprintln!("bench: {what}");
}

async fn bench(args: &Args) -> Result<Report, String> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let plan = Plan::for_args(args);
    std::fs::create_dir_all(&args.out).map_err(|e| e.to_string())?;
    if args.users_page_only {
        let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
        let figures = admin_users::measure(&args.app, scratch.path(), plan.rounds).await?;
        let mut section = String::new();
        figures.markdown(&mut section);
        eprintln!("{section}");
        return Ok(Report {
            admin: Some(figures),
            ..Report::part("users page only")
        });
    }
    if args.scaling_only {
        let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
        let watcher = tether_harness::tray::Watcher::start();
        let (figures, problems) = scaling::measure(
            &args.app,
            (scratch.path(), &args.out),
            plan.settle,
            args.quick,
            &watcher,
        )
        .await;
        let mut section = String::new();
        figures.markdown(&mut section);
        eprintln!("{section}");
        return Ok(Report {
            scaling: Some(figures),
            problems,
            ..Report::part("scaling rows only")
        });
    }
    let logs = args.out.join("logs");
    std::fs::create_dir_all(&logs).map_err(|e| e.to_string())?;
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut problems = Vec::new();

    // A desktop with a tray, and one sandbox workspace for everything.
    let watcher = tether_harness::tray::Watcher::start();
    let sandbox = Sandbox::start(SandboxConfig {
        site_name: "Bench".into(),
        rate_limit: out_of_reach(),
        ..Default::default()
    })
    .await
    .map_err(|e| e.to_string())?;
    let data = scratch.path().join("tether-data");
    say("signing alice in (WebDriver) so that Tether starts from its cache");
    driven::sign_in_once(&args.app, &data, &sandbox).await;

    say("the baseline's main side: core signed in to the same sandbox");
    let backend =
        baseline::backend(&scratch.path().join("baseline-cache.sqlite"), &sandbox).await?;
    let baseline = baseline::start(args.dist.clone(), backend).await?;
    let mut bench = Bench {
        args,
        data: data.clone(),
        chromium_profile: scratch.path().join("chromium-profile"),
        baseline,
        logs: logs.clone(),
        launches: 0,
    };

    // Launching is blocking work (sleeps, waits on pipes): off the async threads.
    let (mut tether, mut floor, mut base) = (Runs::default(), Runs::default(), Runs::default());
    let mut variant_runs: Vec<Runs> = VARIANTS.iter().map(|_| Runs::default()).collect();
    tokio::task::block_in_place(|| {
        say("warm-up: one launch of each (not counted)");
        for subject in [Subject::Tether(&[]), Subject::Floor, Subject::Baseline] {
            if let Err(e) = bench.run(subject, (Duration::ZERO, Duration::ZERO)) {
                problems.push(format!("warm-up: {e}"));
            }
        }
        for run in 0..plan.runs {
            for (name, subject, runs) in [
                ("Tether", Subject::Tether(&[]), &mut tether),
                ("floor", Subject::Floor, &mut floor),
                ("baseline", Subject::Baseline, &mut base),
            ] {
                say(&format!("{name}, run {} of {}", run + 1, plan.runs));
                match bench.run(subject, (plan.settle, plan.idle)) {
                    Ok((marks, memory, idle)) => runs.add(&marks, memory, idle),
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
        }
        for run in 0..plan.start_only {
            for (name, subject, runs) in [
                ("Tether", Subject::Tether(&[]), &mut tether),
                ("floor", Subject::Floor, &mut floor),
                ("baseline", Subject::Baseline, &mut base),
            ] {
                say(&format!(
                    "{name}, start only, {} of {}",
                    run + 1,
                    plan.start_only
                ));
                match bench.run(subject, (Duration::ZERO, Duration::ZERO)) {
                    Ok((marks, _, _)) => runs.add_start(&marks),
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
        }
        for (i, (name, env)) in VARIANTS.iter().enumerate() {
            for run in 0..plan.variant_runs {
                say(&format!(
                    "WebKit: {name}, run {} of {}",
                    run + 1,
                    plan.variant_runs
                ));
                match bench.run(Subject::Tether(env), (plan.settle, plan.idle)) {
                    Ok((marks, memory, idle)) => variant_runs[i].add(&marks, memory, idle),
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
        }
    });

    // Responsiveness of each configuration, driven through WebDriver.
    let mut variants = Vec::new();
    let configurations = VARIANTS
        .iter()
        .map(|(name, env)| (*name, *env, false))
        .chain(std::iter::once((SHIPPED, &[][..], true)));
    for (i, (name, env, shipped)) in configurations.enumerate() {
        say(&format!("responsiveness: {name}"));
        let mut with: Vec<(&str, &Path)> = vec![("TETHER_DATA_DIR", data.as_path())];
        with.extend(env.iter().map(|(k, v)| (*k, Path::new(*v))));
        let (driver, session) = driven::open(&args.app, &with).await;
        let (render, input) = match driven::responsiveness(&session, plan.rounds).await {
            Ok((r, k)) => (Stat::of(&r), Stat::of(&k)),
            Err(e) => {
                problems.push(format!("responsiveness, {name}: {e}"));
                (None, None)
            }
        };
        session.quit().await;
        drop(driver);
        variants.push(Variant {
            name: name.to_owned(),
            env: env
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            shipped,
            figures: if shipped {
                tether.figures()
            } else {
                variant_runs[i].figures()
            },
            preferences_render_ms: render,
            input_latency_ms: input,
        });
    }

    say("desktop latencies: notification, sound, tray");
    let (driver, session) = driven::open(&args.app, &[("TETHER_DATA_DIR", data.as_path())]).await;
    let latencies = match driven::latencies(&session, &sandbox, &watcher, plan.rounds).await {
        Ok(l) => LatencyFigures {
            notification_ms: Stat::of(&l.notification),
            sound_ms: Stat::of(&l.sound),
            tray_ms: Stat::of(&l.tray),
        },
        Err(e) => {
            problems.push(format!("latencies: {e}"));
            LatencyFigures::default()
        }
    };
    session.quit().await;
    drop(driver);

    say("Chatwoot: a contact's message to the notification and the tray");
    let chatwoot = match chatwoot::measure(scratch.path(), plan.rounds).await {
        Ok(figures) => Some(figures),
        Err(e) => {
            problems.push(format!("Chatwoot: {e}"));
            None
        }
    };

    say("workspaces and rooms at scale");
    let (scaling, scaling_problems) = scaling::measure(
        &args.app,
        (scratch.path(), &logs),
        plan.settle,
        args.quick,
        &watcher,
    )
    .await;
    problems.extend(scaling_problems);
    let scaling = Some(scaling);

    say("Administration › Users on 10,000 users");
    let admin = match admin_users::measure(&args.app, scratch.path(), plan.rounds).await {
        Ok(figures) => Some(figures),
        Err(e) => {
            problems.push(format!("Users page: {e}"));
            None
        }
    };

    let package = match &args.deb {
        Some(deb) => match report::package(deb) {
            Ok(p) => Some(p),
            Err(e) => {
                problems.push(format!("package: {e}"));
                None
            }
        },
        None => None,
    };
    let core_ms = match &args.criterion {
        Some(dir) => report::core_costs(dir).unwrap_or_else(|e| {
            problems.push(format!("core: {e}"));
            Vec::new()
        }),
        None => Vec::new(),
    };

    let mut report = Report {
        mode: if args.quick { "quick" } else { "full" }.into(),
        date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        machine: report::machine("Xvfb 1280×800×24 (no GPU), window 1100×720"),
        idle_s: plan.idle.as_secs(),
        tether: tether.figures(),
        floor: floor.figures(),
        baseline: base.figures(),
        variants,
        package,
        core_ms,
        latencies,
        admin,
        chatwoot,
        scaling,
        budgets: Vec::new(),
        problems,
    };
    report.judge();
    if args.quick {
        let median = |f: &report::SubjectFigures| f.pss_mb.as_ref().map(|s| s.median);
        match guard::check(median(&report.tether), median(&report.floor)) {
            Ok(line) => say(&line),
            Err(grown) => report.problems.push(grown),
        }
    }
    let markdown = report.markdown();
    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    std::fs::write(args.out.join("bench.md"), &markdown).map_err(|e| e.to_string())?;
    std::fs::write(args.out.join("bench.json"), json).map_err(|e| e.to_string())?;
    eprintln!("{markdown}");
    for b in &report.budgets {
        let verdict = match b.holds {
            Some(true) => "holds",
            Some(false) => "DOES NOT HOLD",
            None => "not measured",
        };
        eprintln!(
            "budget: {}: {} (limit {}): {verdict}",
            b.name, b.measured, b.limit
        );
    }
    eprintln!(
        "bench: wrote {} and bench.json",
        args.out.join("bench.md").display()
    );
    Ok(report)
}
