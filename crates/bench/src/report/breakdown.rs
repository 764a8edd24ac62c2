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
