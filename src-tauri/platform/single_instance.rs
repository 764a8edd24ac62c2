//! One Tether per data folder: a second launch hands its arguments to the running one, which
//! shows its window, and exits. Two copies on one data folder would each hold a session and
//! a worker sending the same offline edits.
//!
//! Linux: a well-known name on the session bus, over the `dbus` crate Tether already links
//! (as `tauri-plugin-single-instance` does with zbus, which would add a second D-Bus stack).
//! The first launch owns the name and serves `Activate(args)`; a later launch finds the name
//! taken and calls it. Windows and macOS use `tauri-plugin-single-instance` (lib.rs).
//! Without a session bus there is nobody to ask: Tether starts (and says so in the log).

#![cfg(target_os = "linux")]

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::time::Duration;

use dbus::blocking::Connection;
use dbus::channel::MatchingReceiver;
use dbus::message::MatchRule;

const INTERFACE: &str = "app.tether.desktop.Instance";
const OBJECT: &str = "/app/tether/desktop/Instance";
/// How long a second launch waits for the first one's answer.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);

/// What the launch found.
pub enum Claim {
    /// This is the only Tether on its data folder: `serve` the others' requests.
    First(Connection),
    /// Another Tether on this data folder took the arguments; this one exits.
    HandedOver,
    /// Another one holds the name but did not answer.
    OtherNotAnswering(String),
    /// No session bus: nothing to coordinate with.
    NoBus,
}

/// The bus name for `data_dir`: the default folder gets Tether's identifier; another folder
/// (`TETHER_DATA_DIR`, the tests) its own name, so that separate folders never meet.
pub fn bus_name(data_dir: Option<&Path>) -> String {
    match data_dir {
        None => crate::IDENTIFIER.to_owned(),
        Some(dir) => {
            let mut hasher = std::hash::DefaultHasher::new();
            dir.hash(&mut hasher);
            format!("{}.d{:016x}", crate::IDENTIFIER, hasher.finish())
        }
    }
}

/// Takes the name, or hands `args` to whoever has it.
pub fn claim(name: &str, args: &[String]) -> Claim {
    let bus = match Connection::new_session() {
        Ok(bus) => bus,
        Err(err) => {
            tracing::warn!(%err, "no session bus: a second Tether could start beside this one");
            return Claim::NoBus;
        }
    };
    use dbus::blocking::stdintf::org_freedesktop_dbus::RequestNameReply;
    match bus.request_name(name, false, false, true) {
        Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => Claim::First(bus),
        // Started by the Tether that holds the name: it is restarting (after an update) and
        // about to exit. Handing over to it would leave no Tether at all: wait for the name.
        Ok(_) if owner_is_our_parent(&bus, name) => {
            let deadline = std::time::Instant::now() + RESTART_WAIT;
            while std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
                if let Ok(RequestNameReply::PrimaryOwner) =
                    bus.request_name(name, false, false, true)
                {
                    return Claim::First(bus);
                }
            }
            Claim::OtherNotAnswering("the Tether that restarted this one did not exit".into())
        }
        Ok(_) => {
            let first = bus.with_proxy(name, OBJECT, ANSWER_WITHIN);
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            match first.method_call::<(), _, _, _>(INTERFACE, "Activate", (args.to_vec(), cwd)) {
                Ok(()) => Claim::HandedOver,
                Err(err) => Claim::OtherNotAnswering(err.to_string()),
            }
        }
        Err(err) => {
            tracing::warn!(%err, "cannot ask the session bus for Tether's name");
            Claim::NoBus
        }
    }
}

/// How long a restarted Tether waits for the one that started it to exit.
const RESTART_WAIT: Duration = Duration::from_secs(10);

/// Whether the name's owner is the process that started this one.
fn owner_is_our_parent(bus: &Connection, name: &str) -> bool {
    let daemon = bus.with_proxy(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        ANSWER_WITHIN,
    );
    daemon
        .method_call::<(u32,), _, _, _>(
            "org.freedesktop.DBus",
            "GetConnectionUnixProcessID",
            (name,),
        )
        .is_ok_and(|(pid,)| pid == std::os::unix::process::parent_id())
}

/// Serves `Activate(args, cwd)` on its own thread for the life of the app. It sleeps in
/// `process` until a message comes: no timer, no wake-up of its own.
pub fn serve(bus: Connection, on_activate: impl Fn(Vec<String>) + Send + 'static) {
    let spawned = std::thread::Builder::new()
        .name("tether-instance".into())
        .spawn(move || {
            bus.start_receive(
                MatchRule::new_method_call(),
                Box::new(move |msg, conn| {
                    let ours = msg.interface().as_deref() == Some(INTERFACE)
                        && msg.member().as_deref() == Some("Activate");
                    if ours {
                        let args: Vec<String> = msg.read1().unwrap_or_default();
                        on_activate(args);
                        let _ = dbus::channel::Sender::send(conn, msg.method_return());
                    } else if msg.get_no_reply() {
                        // Nobody waits for an answer.
                    } else {
                        let err = msg.error(
                            &"org.freedesktop.DBus.Error.UnknownMethod".into(),
                            c"Tether answers Activate only",
                        );
                        let _ = dbus::channel::Sender::send(conn, err);
                    }
                    true
                }),
            );
            loop {
                if let Err(err) = bus.process(Duration::from_secs(24 * 60 * 60)) {
                    tracing::warn!(%err, "the single-instance listener stopped");
                    return;
                }
            }
        });
    if let Err(err) = spawned {
        tracing::warn!(%err, "cannot start the single-instance listener");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_folder_has_its_own_valid_bus_name() {
        let default = bus_name(None);
        assert_eq!(default, "app.tether.desktop");
        let a = bus_name(Some(Path::new("/tmp/a")));
        let b = bus_name(Some(Path::new("/tmp/b")));
        assert_ne!(a, b);
        assert_eq!(a, bus_name(Some(Path::new("/tmp/a"))), "stable");
        // D-Bus: elements of letters, digits and underscores, none starting with a digit.
        for element in a.split('.') {
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()), "{a}");
        }
        assert!(a.len() <= 255);
    }
}
