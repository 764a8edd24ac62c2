//! The app's process and the desktop's state, as the journeys check them: dunst paused, the
//! app's threads and session-bus connections, the playback streams PulseAudio holds.

use std::process::Command;
use std::time::Duration;

/// dunst paused (the desktop's do-not-disturb) until [`DunstPaused::end`], or until dropped when
/// the test fails first: the daemon is shared, and a pause left behind would fail the next test.
pub struct DunstPaused {
    ended: bool,
}

impl DunstPaused {
    /// Pauses dunst now.
    pub fn start() -> DunstPaused {
        assert!(dunstctl_paused(true), "dunstctl set-paused true");
        DunstPaused { ended: false }
    }

    /// Resumes dunst, failing the test if it cannot.
    pub fn end(mut self) {
        self.ended = true;
        assert!(dunstctl_paused(false), "dunstctl set-paused false");
    }
}

impl Drop for DunstPaused {
    fn drop(&mut self) {
        if !self.ended {
            dunstctl_paused(false);
        }
    }
}

fn dunstctl_paused(paused: bool) -> bool {
    Command::new("dunstctl")
        .args(["set-paused", if paused { "true" } else { "false" }])
        .status()
        .is_ok_and(|s| s.success())
}

/// The process running `exe` (the app launched by WebDriver), if one does.
pub fn pid_of(exe: &std::path::Path) -> Option<u32> {
    let wanted = std::fs::canonicalize(exe).ok()?;
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let running = std::fs::read_link(entry.path().join("exe")).ok()?;
            (running == wanted).then_some(pid)
        })
}

/// The names of a process's threads (`/proc/<pid>/task/*/comm`).
pub fn thread_names(pid: u32) -> Vec<String> {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|dir| {
            dir.flatten()
                .filter_map(|t| std::fs::read_to_string(t.path().join("comm")).ok())
                .map(|name| name.trim().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The environment of the web process `app` started (`/proc/<pid>/environ` of its
/// `WebKitWebProcess` child): what WebKit renders the page with.
pub fn web_process_environment(app: u32) -> Option<Vec<(String, String)>> {
    let web = std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // `pid (comm) state ppid …`: comm may hold spaces, so read after its closing paren.
            let (comm, rest) = stat.split_once(" (")?.1.rsplit_once(") ")?;
            let parent = rest.split_whitespace().nth(1)?.parse::<u32>().ok()?;
            (parent == app && comm.starts_with("WebKitWebProces")).then_some(pid)
        })?;
    let raw = std::fs::read(format!("/proc/{web}/environ")).ok()?;
    Some(
        raw.split(|b| *b == 0)
            .filter_map(|pair| {
                let (key, value) = std::str::from_utf8(pair).ok()?.split_once('=')?;
                Some((key.to_owned(), value.to_owned()))
            })
            .collect(),
    )
}

/// How many connections to the session bus a process holds (the bus daemon's own answer:
/// every unique name, asked for its process id).
pub fn bus_connections_of(pid: u32) -> usize {
    let bus = dbus::blocking::Connection::new_session().expect("the session bus");
    let daemon = bus.with_proxy(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        Duration::from_secs(2),
    );
    let (names,): (Vec<String>,) = daemon
        .method_call("org.freedesktop.DBus", "ListNames", ())
        .expect("ListNames");
    names
        .iter()
        .filter(|name| name.starts_with(':'))
        .filter(|name| {
            daemon
                .method_call::<(u32,), _, _, _>(
                    "org.freedesktop.DBus",
                    "GetConnectionUnixProcessID",
                    (name.as_str(),),
                )
                .is_ok_and(|(owner,)| owner == pid)
        })
        .count()
}

/// The PulseAudio playback streams open now (`pactl list short sink-inputs`).
pub fn playback_streams() -> usize {
    let out = Command::new("pactl")
        .args(["list", "short", "sink-inputs"])
        .output()
        .expect("pactl runs");
    String::from_utf8_lossy(&out.stdout).lines().count()
}
