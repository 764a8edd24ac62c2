//! One launched subject's runs, collected and summarised.

use serde::Serialize;

use super::Stat;
use crate::procs::ProcessMemory;

/// One launched subject's runs: start to interactive, and memory after the idle time (MB).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SubjectFigures {
    pub start_ms: Option<Stat>,
    pub rss_mb: Option<Stat>,
    pub pss_mb: Option<Stat>,
    /// CPU time spent over the idle period (ms).
    pub idle_cpu_ms: Option<Stat>,
    /// Threads' wake-ups (context switches) over the idle period.
    #[serde(default)]
    pub idle_wakeups: Option<Stat>,
    /// Wake-ups over the idle period by "process: thread" name (median over the runs, a run
    /// without the name counting 0).
    #[serde(default)]
    pub idle_wakeups_by_thread: Vec<(String, Stat)>,
    /// The processes of the last run.
    pub processes: Vec<ProcessMemory>,
    /// Each milestone's time from launch (ms).
    pub marks: Vec<(String, Stat)>,
}

/// Collects runs of a subject.
#[derive(Debug, Default)]
pub struct Runs {
    pub start_ms: Vec<f64>,
    pub rss_mb: Vec<f64>,
    pub pss_mb: Vec<f64>,
    pub idle_cpu_ms: Vec<f64>,
    pub idle_wakeups: Vec<f64>,
    pub idle_wakeups_by_thread: Vec<std::collections::BTreeMap<String, u64>>,
    pub processes: Vec<ProcessMemory>,
    /// Each milestone's times from launch, in the order first seen.
    pub marks: Vec<(String, Vec<f64>)>,
}

/// What a subject did while it had nothing to do.
#[derive(Debug, Clone, Default)]
pub struct Idle {
    /// CPU time (ms).
    pub cpu_ms: f64,
    /// Threads' wake-ups (context switches).
    pub wakeups: f64,
    /// The same wake-ups by "process: thread" name.
    pub wakeups_by_thread: std::collections::BTreeMap<String, u64>,
}

/// KiB (smaps) to MB (10^6 bytes, as the budgets count).
pub fn mb(kib: u64) -> f64 {
    kib as f64 * 1024.0 / 1e6
}

impl Runs {
    /// One run: its milestones (the last is "interactive"), its processes' memory and what
    /// they did idle.
    pub fn add(&mut self, marks: &[(String, f64)], processes: Vec<ProcessMemory>, idle: Idle) {
        self.add_start(marks);
        self.idle_cpu_ms.push(idle.cpu_ms);
        self.idle_wakeups.push(idle.wakeups);
        self.idle_wakeups_by_thread.push(idle.wakeups_by_thread);
        self.rss_mb
            .push(mb(processes.iter().map(|p| p.rss_kib).sum()));
        self.pss_mb
            .push(mb(processes.iter().map(|p| p.pss_kib).sum()));
        self.processes = processes;
    }

    /// A run that only timed the start.
    pub fn add_start(&mut self, marks: &[(String, f64)]) {
        for (name, at) in marks {
            match self.marks.iter_mut().find(|(n, _)| n == name) {
                Some((_, times)) => times.push(*at),
                None => self.marks.push((name.clone(), vec![*at])),
            }
        }
        self.start_ms.push(marks.last().map_or(0.0, |(_, at)| *at));
    }

    fn wakeups_by_thread(&self) -> Vec<(String, Stat)> {
        let mut names: Vec<&String> = self
            .idle_wakeups_by_thread
            .iter()
            .flat_map(|r| r.keys())
            .collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .filter_map(|name| {
                let counts: Vec<f64> = self
                    .idle_wakeups_by_thread
                    .iter()
                    .map(|run| run.get(name).copied().unwrap_or(0) as f64)
                    .collect();
                Some((name.clone(), Stat::of(&counts)?))
            })
            .collect()
    }

    pub fn figures(&self) -> SubjectFigures {
        SubjectFigures {
            start_ms: Stat::of(&self.start_ms),
            rss_mb: Stat::of(&self.rss_mb),
            pss_mb: Stat::of(&self.pss_mb),
            idle_cpu_ms: Stat::of(&self.idle_cpu_ms),
            idle_wakeups: Stat::of(&self.idle_wakeups),
            idle_wakeups_by_thread: self.wakeups_by_thread(),
            processes: self.processes.clone(),
            marks: self
                .marks
                .iter()
                .filter_map(|(name, times)| Some((name.clone(), Stat::of(times)?)))
                .collect(),
        }
    }
}
