//! Where a process's memory goes, by kind of mapping (`/proc/<pid>/smaps`, PSS): the first
//! step of breaking Tether's memory down beside the floor's (issue 25 item 3).

/// The kinds, in the order the report shows them.
pub const KINDS: &[&str] = &[
    "heap & anonymous",
    "JIT code",
    "libraries",
    "fonts",
    "shared memory & GPU",
    "other files",
];

/// The kind of one mapping from its permissions and path (empty for anonymous memory).
pub fn kind(perms: &str, path: &str) -> &'static str {
    let anonymous = path.is_empty() || path.starts_with('[');
    if anonymous {
        return if perms.contains('x') && path != "[vdso]" && path != "[vsyscall]" {
            "JIT code"
        } else {
            "heap & anonymous"
        };
    }
    if path.starts_with("/memfd:")
        || path.starts_with("/dev/shm")
        || path.starts_with("/SYSV")
        || path.starts_with("/dev/dri")
    {
        "shared memory & GPU"
    } else if path.contains("/fonts/") {
        "fonts"
    } else if path.ends_with(".so") || path.contains(".so.") {
        "libraries"
    } else {
        "other files"
    }
}

/// A process's mappings by kind, and the files it maps by PSS.
pub struct Breakdown {
    /// PSS (KiB) by kind of mapping, in [`KINDS`]' order.
    pub by_kind: Vec<(&'static str, u64)>,
    /// PSS (KiB) by mapped file (libraries, fonts, the binary), largest first; files under
    /// 64 KiB left out.
    pub by_file: Vec<(String, u64)>,
}

/// How the process's own executable is listed.
pub const APP_BINARY: &str = "(the app's executable)";

/// Below this a mapped file is not listed (the report names the files that matter).
const LISTED_FROM_KIB: u64 = 64;

/// One process's PSS by kind and by file (empty when it is gone).
pub fn breakdown(pid: u32) -> Breakdown {
    let Ok(smaps) = std::fs::read_to_string(format!("/proc/{pid}/smaps")) else {
        return Breakdown {
            by_kind: Vec::new(),
            by_file: Vec::new(),
        };
    };
    let mut totals = vec![0u64; KINDS.len()];
    let mut files: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    let (mut current, mut path) = (0, "");
    for line in smaps.lines() {
        let mut fields = line.split_whitespace();
        let Some(first) = fields.next() else { continue };
        if let Some(pss) = line.strip_prefix("Pss:") {
            let kib: u64 = pss
                .split_whitespace()
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            totals[current] += kib;
            if path.starts_with('/') {
                *files.entry(path).or_default() += kib;
            }
        } else if first.contains('-') && !first.ends_with(':') {
            // A mapping's header: `start-end perms offset dev inode [path]`.
            let perms = fields.next().unwrap_or("");
            path = fields.nth(3).unwrap_or("");
            let k = kind(perms, path);
            current = KINDS
                .iter()
                .position(|x| *x == k)
                .unwrap_or(KINDS.len() - 1);
        }
    }
    // The executable is named as such: Tether's `tether` and the floor's `floor` are the same
    // part (the app's own code) under different names.
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
    let mut by_file: Vec<(String, u64)> = files
        .into_iter()
        .filter(|(_, kib)| *kib >= LISTED_FROM_KIB)
        .map(|(path, kib)| {
            let name = if std::path::Path::new(path) == exe {
                APP_BINARY.to_owned()
            } else {
                path.to_owned()
            };
            (name, kib)
        })
        .collect();
    by_file.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Breakdown {
        by_kind: KINDS.iter().copied().zip(totals).collect(),
        by_file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings_fall_into_their_kinds() {
        assert_eq!(kind("rw-p", ""), "heap & anonymous");
        assert_eq!(kind("rw-p", "[heap]"), "heap & anonymous");
        assert_eq!(kind("rwxp", ""), "JIT code");
        assert_eq!(kind("r-xp", "[vdso]"), "heap & anonymous");
        assert_eq!(
            kind(
                "r-xp",
                "/usr/lib/x86_64-linux-gnu/libwebkit2gtk-4.1.so.0.19.9"
            ),
            "libraries"
        );
        assert_eq!(
            kind("r--s", "/memfd:wayland-shm (deleted)"),
            "shared memory & GPU"
        );
        assert_eq!(
            kind("r--p", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            "fonts"
        );
        assert_eq!(
            kind("r--p", "/usr/lib/locale/locale-archive"),
            "other files"
        );
    }

    #[test]
    fn this_process_maps_its_libraries_by_file() {
        let mine = breakdown(std::process::id());
        assert!(
            mine.by_file
                .iter()
                .any(|(path, _)| path.contains("libc.so")),
            "{:?}",
            mine.by_file
        );
        assert!(
            mine.by_file.windows(2).all(|w| w[0].1 >= w[1].1),
            "largest first"
        );
    }

    #[test]
    fn this_process_has_heap_and_libraries() {
        let mine = breakdown(std::process::id()).by_kind;
        let of = |k: &str| mine.iter().find(|(x, _)| *x == k).map_or(0, |(_, v)| *v);
        assert!(of("heap & anonymous") > 0, "{mine:?}");
        assert!(of("libraries") > 0, "{mine:?}");
    }
}
