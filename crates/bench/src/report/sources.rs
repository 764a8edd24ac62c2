//! Where the report's other figures come from: the `.deb`, criterion's results, the machine.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::Stat;

/// The `.deb`.
#[derive(Debug, Clone, Serialize)]
pub struct Package {
    pub file: String,
    pub deb_mb: f64,
    pub installed_mb: f64,
}

/// Reads the `.deb`'s size and its control file's `Installed-Size` (KiB).
pub fn package(deb: &Path) -> Result<Package, String> {
    let bytes = std::fs::metadata(deb)
        .map_err(|e| format!("{}: {e}", deb.display()))?
        .len();
    let output = std::process::Command::new("dpkg-deb")
        .arg("--field")
        .arg(deb)
        .arg("Installed-Size")
        .output()
        .map_err(|e| format!("dpkg-deb: {e}"))?;
    let installed: u64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .map_err(|_| format!("no Installed-Size in {}", deb.display()))?;
    Ok(Package {
        file: deb
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        deb_mb: bytes as f64 / 1e6,
        installed_mb: installed as f64 * 1024.0 / 1e6,
    })
}

/// The criterion benchmarks of core, in the order they are reported.
pub const CORE_BENCHES: &[(&str, &str)] = &[
    (
        "cache_read_all_preferences",
        "Cache read of all preferences",
    ),
    (
        "offline_edit_durable",
        "One offline edit, committed durably",
    ),
    (
        "sync_100_edits",
        "Sync of 100 pending edits against the sandbox",
    ),
    ("merge_1000_keys", "Merge of 1,000 keys"),
    ("parse_large_me", "Parse of a large `/me` (~100 kB)"),
];

/// Each criterion benchmark's time per iteration (ms) over its samples.
pub fn core_costs(criterion: &Path) -> Result<Vec<(String, Stat)>, String> {
    CORE_BENCHES
        .iter()
        .map(|(id, _)| {
            let path = criterion.join("core").join(id).join("new/sample.json");
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: {e} (did the criterion run finish?)", path.display()))?;
            let sample: Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            let per_iter: Vec<f64> = sample["iters"]
                .as_array()
                .into_iter()
                .flatten()
                .zip(sample["times"].as_array().into_iter().flatten())
                .filter_map(|(i, t)| Some(t.as_f64()? / i.as_f64()? / 1e6))
                .collect();
            let stat =
                Stat::of(&per_iter).ok_or_else(|| format!("{}: no samples", path.display()))?;
            Ok(((*id).to_owned(), stat))
        })
        .collect()
}

/// The machine, for the report's header.
pub fn machine(xvfb: &str) -> Vec<(String, String)> {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpu = read("/proc/cpuinfo")
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let memory = read("/proc/meminfo")
        .lines()
        .find(|l| l.starts_with("MemTotal"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .map_or_else(String::new, |kib| {
            format!("{:.1} GiB", kib / 1024.0 / 1024.0)
        });
    let os = read("/etc/os-release")
        .lines()
        .find(|l| l.starts_with("PRETTY_NAME="))
        .map(|l| {
            l.trim_start_matches("PRETTY_NAME=")
                .trim_matches('"')
                .to_owned()
        })
        .unwrap_or_default();
    let run = |cmd: &str, args: &[&str]| {
        std::process::Command::new(cmd)
            .args(args)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    vec![
        ("CPU".into(), format!("{cpu}, {cores} cores")),
        ("Memory".into(), memory),
        (
            "System".into(),
            format!("{os}, Linux {}", run("uname", &["-r"])),
        ),
        (
            "WebKitGTK".into(),
            run("pkg-config", &["--modversion", "webkit2gtk-4.1"]),
        ),
        ("Chromium".into(), run("chromium", &["--version"])),
        ("Display".into(), xvfb.into()),
    ]
}
