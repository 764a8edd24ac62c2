//! Launching a subject, reading its milestones, and measuring its process tree's memory.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// A milestone and when the launcher saw it.
pub type Mark = (String, Instant);

/// A launched subject: its root process and where its milestones arrive.
pub struct Launched {
    pub child: Child,
    pub started: Instant,
    pub marks: Receiver<Mark>,
}

/// Starts `command` with `TETHER_BENCH_MARKS=1`, reading `tether-mark <name>` lines from its
/// stdout; stderr goes to `log`.
pub fn spawn_marked(mut command: Command, log: &Path) -> Result<Launched, String> {
    let log = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
    command
        .env("TETHER_BENCH_MARKS", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log);
    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    let (tx, marks) = channel();
    if let Some(stdout) = child.stdout.take() {
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(name) = line.strip_prefix("tether-mark ") {
                    let _ = tx.send((name.trim().to_owned(), Instant::now()));
                }
            }
        });
    }
    Ok(Launched {
        child,
        started,
        marks,
    })
}

/// Starts `command` whose milestones arrive some other way (the baseline's through its
/// server): the caller hands the sender to that way.
pub fn spawn_with_channel(
    mut command: Command,
    log: &Path,
) -> Result<(Launched, Sender<Mark>), String> {
    let log = std::fs::File::create(log).map_err(|e| format!("{}: {e}", log.display()))?;
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    let (tx, marks) = channel();
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    Ok((
        Launched {
            child,
            started,
            marks,
        },
        tx,
    ))
}

impl Launched {
    /// Waits for `name`; returns every milestone seen until then (the last one is `name`),
    /// each with the time from launch to it.
    pub fn wait_mark(
        &self,
        name: &str,
        timeout: Duration,
    ) -> Result<Vec<(String, Duration)>, String> {
        let deadline = Instant::now() + timeout;
        let mut seen_so_far = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.marks.recv_timeout(left) {
                Ok((seen, at)) => {
                    let done = seen == name;
                    seen_so_far.push((seen, at - self.started));
                    if done {
                        return Ok(seen_so_far);
                    }
                }
                Err(_) => {
                    return Err(format!(
                        "no \"{name}\" milestone within {} s",
                        timeout.as_secs()
                    ));
                }
            }
        }
    }

    /// Ends the subject and every process it started, and waits until they are gone.
    pub fn stop(mut self) {
        let pids = tree(self.child.id());
        signal("-TERM", &pids);
        let deadline = Instant::now() + Duration::from_secs(5);
        while pids.iter().any(|p| alive(*p)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let _ = self.child.try_wait();
        }
        let left: Vec<u32> = pids.iter().copied().filter(|p| alive(*p)).collect();
        signal("-KILL", &left);
        let _ = self.child.wait();
        let deadline = Instant::now() + Duration::from_secs(5);
        while pids.iter().any(|p| alive(*p)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn signal(which: &str, pids: &[u32]) {
    if pids.is_empty() {
        return;
    }
    let _ = Command::new("kill")
        .arg(which)
        .args(pids.iter().map(u32::to_string))
        .stderr(Stdio::null())
        .status();
}

/// Whether `pid` runs (a zombie does not).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| parent_and_state(&stat).map(|(_, state)| state != 'Z'))
        .unwrap_or(false)
}

/// (parent pid, state) from `/proc/<pid>/stat` (the command name may hold spaces and parens).
fn parent_and_state(stat: &str) -> Option<(u32, char)> {
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split(' ');
    let state = fields.next()?.chars().next()?;
    let parent = fields.next()?.parse().ok()?;
    Some((parent, state))
}

/// `root` and all its living descendants.
pub fn tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            if let Some((parent, state)) = std::fs::read_to_string(entry.path().join("stat"))
                .ok()
                .and_then(|s| parent_and_state(&s))
                && state != 'Z'
            {
                parents.push((pid, parent));
            }
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let of = found[i];
        found.extend(parents.iter().filter(|(_, p)| *p == of).map(|(c, _)| *c));
        i += 1;
    }
    found.retain(|p| alive(*p));
    found
}

/// The newest living process whose executable is `exe` (an app started by WebDriver, which is
/// not our child).
pub fn newest_running(exe: &Path) -> Option<u32> {
    let wanted = std::fs::canonicalize(exe).ok()?;
    let mut found: Vec<u32> = std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|p| p == wanted))
        .filter(|pid| alive(*pid))
        .collect();
    found.sort_unstable();
    found.pop()
}

/// The CPU time (user + system, ms) spent so far by `root` and its living descendants, from
/// `/proc/<pid>/stat` (`utime`, `stime`; all threads of each process).
pub fn cpu_ms(root: u32) -> f64 {
    tree(root)
        .into_iter()
        .filter_map(|pid| ticks_ms(&std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?))
        .sum()
}

/// Context switches of every thread of `root`'s tree so far (voluntary and not), by thread
/// id: each is a wake-up of a thread, what an idle app should not cause (timers, polling, audio
/// streams). Kept per thread because threads come and go while the app idles (a pool's threads
/// retire): [`wakeups_between`] counts each thread's own growth.
pub fn wakeups(root: u32) -> std::collections::BTreeMap<u32, u64> {
    let mut threads = std::collections::BTreeMap::new();
    for_each_thread(root, |_pid, tid, task| {
        let status = std::fs::read_to_string(task.join("status")).unwrap_or_default();
        let switches = status
            .lines()
            .filter(|l| {
                l.starts_with("voluntary_ctxt_switches:")
                    || l.starts_with("nonvoluntary_ctxt_switches:")
            })
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum::<u64>();
        threads.insert(tid, switches);
    });
    threads
}

/// The CPU time (ns) the threads of `pids` have spent so far, from `schedstat`: finer than
/// `stat`'s 10 ms ticks, for costs of a millisecond or less.
pub fn cpu_ns_of(pids: &[u32]) -> u64 {
    let mut total = 0;
    for pid in pids {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            total += std::fs::read_to_string(task.path().join("schedstat"))
                .ok()
                .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
                .unwrap_or(0);
        }
    }
    total
}

/// Calls `visit(pid, tid, /proc/<pid>/task/<tid>)` for every thread of `root`'s tree.
fn for_each_thread(root: u32, mut visit: impl FnMut(u32, u32, &std::path::Path)) {
    for pid in tree(root) {
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            if let Some(tid) = task
                .file_name()
                .to_str()
                .and_then(|t| t.parse::<u32>().ok())
            {
                visit(pid, tid, &task.path());
            }
        }
    }
}

/// The wake-ups between two readings: each thread's growth, a new thread's all (a thread that
/// ended in between is not counted: its last switches are lost, so this is a lower bound).
pub fn wakeups_between(
    before: &std::collections::BTreeMap<u32, u64>,
    after: &std::collections::BTreeMap<u32, u64>,
) -> u64 {
    after
        .iter()
        .map(|(tid, now)| now.saturating_sub(before.get(tid).copied().unwrap_or(0)))
        .sum()
}

/// The wake-ups between two readings, by "process: thread" name (threads of one name summed,
/// e.g. a pool's workers), from the names in `threads` ([`cpu_by_thread`]); a thread without a
/// name there is "?". To say whose wake-ups an idle period had.
pub fn wakeups_by_name(
    before: &std::collections::BTreeMap<u32, u64>,
    after: &std::collections::BTreeMap<u32, u64>,
    threads: &std::collections::BTreeMap<u32, (String, String, f64)>,
) -> std::collections::BTreeMap<String, u64> {
    let mut by_name = std::collections::BTreeMap::new();
    for (tid, now) in after {
        let grew = now.saturating_sub(before.get(tid).copied().unwrap_or(0));
        if grew == 0 {
            continue;
        }
        let name = threads
            .get(tid)
            .map_or_else(|| "?".to_owned(), |(p, t, _)| format!("{p}: {t}"));
        *by_name.entry(name).or_insert(0) += grew;
    }
    by_name
}

/// The CPU time (ms) of every thread of `root`'s tree so far: (process name, thread name, ms),
/// keyed by thread id; to say which threads an idle period was spent in.
pub fn cpu_by_thread(root: u32) -> std::collections::BTreeMap<u32, (String, String, f64)> {
    let mut threads = std::collections::BTreeMap::new();
    let mut processes = std::collections::BTreeMap::new();
    for_each_thread(root, |pid, tid, task| {
        let Some(ms) = std::fs::read_to_string(task.join("stat"))
            .ok()
            .and_then(|stat| ticks_ms(&stat))
        else {
            return;
        };
        let process: &String = processes.entry(pid).or_insert_with(|| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .unwrap_or_default()
                .trim()
                .to_owned()
        });
        let name = std::fs::read_to_string(task.join("comm"))
            .unwrap_or_default()
            .trim()
            .to_owned();
        threads.insert(tid, (process.clone(), name, ms));
    });
    threads
}

/// `utime + stime` of a `stat` line, in ms.
fn ticks_ms(stat: &str) -> Option<f64> {
    // Clock ticks per second: 100 on every Linux Tether's benches run on (`getconf CLK_TCK`).
    const TICKS_PER_SECOND: f64 = 100.0;
    let rest = &stat[stat.rfind(')')? + 2..];
    // After the name: state (3rd field) … utime is the 14th, stime the 15th.
    let fields: Vec<&str> = rest.split(' ').collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) as f64 * 1000.0 / TICKS_PER_SECOND)
}

/// The threads that spent the most CPU between two [`cpu_by_thread`] readings, busiest first:
/// "process/thread ms".
pub fn busiest(
    before: &std::collections::BTreeMap<u32, (String, String, f64)>,
    after: &std::collections::BTreeMap<u32, (String, String, f64)>,
    how_many: usize,
) -> Vec<String> {
    let mut spent: Vec<(f64, String)> = after
        .iter()
        .map(|(tid, (process, thread, ms))| {
            let was = before.get(tid).map_or(0.0, |(_, _, ms)| *ms);
            (ms - was, format!("{process}/{thread}"))
        })
        .filter(|(ms, _)| *ms > 0.0)
        .collect();
    spent.sort_by(|a, b| b.0.total_cmp(&a.0));
    spent
        .into_iter()
        .take(how_many)
        .map(|(ms, name)| format!("{name} {ms:.0} ms"))
        .collect()
}

/// One process's memory, in KiB.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProcessMemory {
    pub name: String,
    pub rss_kib: u64,
    pub pss_kib: u64,
    /// PSS by kind of mapping (`crate::smaps::KINDS`).
    pub pss_by_kind_kib: Vec<(&'static str, u64)>,
    /// PSS by mapped file, largest first (`crate::smaps::breakdown`).
    pub pss_by_file_kib: Vec<(String, u64)>,
}

/// The memory of a subject's processes (`smaps_rollup`).
pub fn memory(root: u32) -> Vec<ProcessMemory> {
    tree(root)
        .into_iter()
        .filter_map(|pid| {
            let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
            let field = |name: &str| {
                rollup
                    .lines()
                    .find(|l| l.starts_with(name))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            let name = std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .unwrap_or_default()
                .trim()
                .to_owned();
            let breakdown = crate::smaps::breakdown(pid);
            Some(ProcessMemory {
                name,
                rss_kib: field("Rss:"),
                pss_kib: field("Pss:"),
                pss_by_kind_kib: breakdown.by_kind,
                pss_by_file_kib: breakdown.by_file,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn stat_lines_with_spaces_and_parens_in_the_name() {
        assert_eq!(
            super::parent_and_state("42 (Web Content (x)) S 7 42 42 0"),
            Some((7, 'S'))
        );
        assert_eq!(super::parent_and_state("9 (z) Z 1 9"), Some((1, 'Z')));
    }

    #[test]
    fn this_process_tree_holds_a_child() {
        let mut child = std::process::Command::new("sleep")
            .arg("5")
            .spawn()
            .unwrap();
        let me = std::process::id();
        let tree = super::tree(me);
        assert_eq!(tree[0], me);
        assert!(tree.contains(&child.id()), "{tree:?}");
        let memory = super::memory(me);
        assert!(
            memory
                .iter()
                .all(|m| m.rss_kib >= m.pss_kib && m.rss_kib > 0),
            "{memory:?}"
        );
        let _ = child.kill();
        let _ = child.wait();
    }
}

#[cfg(test)]
mod wakeup_tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn wake_ups_count_each_threads_growth_and_survive_threads_that_ended() {
        let before = [(1, 100), (2, 5_000), (3, 7)].into_iter().collect();
        // Thread 2 (many switches) ended; thread 4 is new.
        let after = [(1, 130), (3, 9), (4, 4)].into_iter().collect();
        assert_eq!(wakeups_between(&before, &after), 30 + 2 + 4);
        let names = BTreeMap::from([
            (1, ("tether".to_owned(), "tokio-rt-worker".to_owned(), 0.0)),
            (3, ("tether".to_owned(), "tokio-rt-worker".to_owned(), 0.0)),
        ]);
        assert_eq!(
            wakeups_by_name(&before, &after, &names),
            BTreeMap::from([
                ("tether: tokio-rt-worker".to_owned(), 30 + 2),
                ("?".to_owned(), 4),
            ]),
            "one name's threads are summed; an unnamed thread is still counted"
        );
        // This process wakes up while it runs.
        let own = wakeups(std::process::id());
        assert!(own.values().sum::<u64>() > 0, "{own:?}");
    }
}
