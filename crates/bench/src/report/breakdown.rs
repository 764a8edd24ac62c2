//! "Where the memory goes": Tether's idle PSS beside the floor's, by process and kind of
//! mapping (issue 25 item 3), from the last measured run of each.

use std::fmt::Write as _;

use super::mb;
use crate::procs::ProcessMemory;
use crate::smaps::KINDS;

/// PSS (MB) of `kind` summed over the processes called `name`.
fn of(processes: &[ProcessMemory], name: &str, kind: &str) -> f64 {
    processes
        .iter()
        .filter(|p| p.name == name)
        .flat_map(|p| &p.pss_by_kind_kib)
        .filter(|(k, _)| *k == kind)
        .map(|(_, kib)| mb(*kib))
        .sum()
}

/// The section, when both were measured.
pub fn markdown(w: &mut String, tether: &[ProcessMemory], floor: &[ProcessMemory]) {
    if tether.is_empty() || floor.is_empty() {
        return;
    }
    let _ = writeln!(
        w,
        "\n### Where the memory goes\n\nIdle PSS (MB) by process and kind of mapping (`/proc/<pid>/smaps`), Tether beside the floor; the app process is `tether` or `floor`.\n"
    );
    let _ = writeln!(w, "| Process | {} | Total |", KINDS.join(" | "));
    let _ = writeln!(w, "|---|{}---|", "---|".repeat(KINDS.len()));
    let mut names: Vec<&str> = Vec::new();
    for p in tether.iter().chain(floor) {
        if !names.contains(&p.name.as_str()) {
            names.push(&p.name);
        }
    }
    for (subject, processes) in [("Tether", tether), ("Floor", floor)] {
        for name in names
            .iter()
            .filter(|n| processes.iter().any(|p| p.name == **n))
        {
            let cells: Vec<f64> = KINDS.iter().map(|k| of(processes, name, k)).collect();
            let total: f64 = cells.iter().sum();
            let shown: Vec<String> = cells.iter().map(|c| format!("{c:.1}")).collect();
            let _ = writeln!(
                w,
                "| {subject}: {name} | {} | {total:.1} |",
                shown.join(" | ")
            );
        }
    }
}

/// How many files the "beyond the floor" table lists.
const FILES_LISTED: usize = 12;

/// The mapped files (libraries, fonts, the binary) whose PSS in Tether's processes most
/// exceeds the floor's, per process: what Tether loads that a blank page does not.
pub fn files_markdown(w: &mut String, tether: &[ProcessMemory], floor: &[ProcessMemory]) {
    if tether.is_empty() || floor.is_empty() {
        return;
    }
    // The floor's app process is `floor`; compare it with Tether's `tether`.
    let counterpart = |name: &str| if name == "tether" { "floor" } else { name }.to_owned();
    let kib_in = |processes: &[ProcessMemory], name: &str, path: &str| -> u64 {
        processes
            .iter()
            .filter(|p| p.name == name)
            .flat_map(|p| &p.pss_by_file_kib)
            .filter(|(f, _)| f == path)
            .map(|(_, kib)| *kib)
            .sum()
    };
    let mut beyond: Vec<(String, String, u64, u64)> = Vec::new();
    for process in tether {
        let other = counterpart(&process.name);
        for (path, kib) in &process.pss_by_file_kib {
            let floor_kib = kib_in(floor, &other, path);
            if *kib > floor_kib {
                beyond.push((process.name.clone(), path.clone(), *kib, floor_kib));
            }
        }
    }
    beyond.sort_by_key(|b| std::cmp::Reverse(b.2 - b.3));
    let _ = writeln!(
        w,
        "
The mapped files whose PSS in Tether's processes most exceeds the floor's (the app process against `floor`, each WebKit process against its namesake), MB:\n"
    );
    let _ = writeln!(
        w,
        "| Process | File | Tether | Floor | More |\n|---|---|---|---|---|"
    );
    for (process, path, kib, floor_kib) in beyond.into_iter().take(FILES_LISTED) {
        let file = match path.rsplit('/').next() {
            Some(name) if path != crate::smaps::APP_BINARY => format!("`{name}`"),
            _ => path.clone(),
        };
        let _ = writeln!(
            w,
            "| {process} | {file} | {:.1} | {:.1} | +{:.1} |",
            mb(kib),
            mb(floor_kib),
            mb(kib - floor_kib)
        );
    }
}
