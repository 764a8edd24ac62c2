//! "Copy diagnostics" (About page): what a bug report needs — versions, platform, the desktop
//! services Tether found, each workspace's server kind and version and whether it is connected —
//! and nothing that identifies or lets anyone in: no address, user name, token, password, nor
//! the servers' own error texts (they can hold addresses).

use std::fmt::Write as _;

use tether_core::workspace::{AppSnapshot, Connection};

use crate::updates::{InstallKind, UpdateOverview, UpdateStatus};

/// What the desktop offered when asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DesktopServices {
    /// `org.freedesktop.Notifications`'s own name and version (`dunst 1.9.0`), if one answers.
    pub notifications: Option<String>,
    /// Whether `org.freedesktop.secrets` (the Secret Service) has an owner.
    pub secret_service: bool,
    /// Whether a StatusNotifierWatcher (a tray host) has an owner.
    pub tray_host: bool,
}

/// Everything the text is made from.
pub struct Facts<'a> {
    pub version: &'a str,
    pub webview: Option<String>,
    pub os: String,
    pub desktop: String,
    pub services: DesktopServices,
    pub snapshot: &'a AppSnapshot,
    pub updates: &'a UpdateOverview,
}

/// The text copied to the clipboard.
pub fn render(f: &Facts<'_>) -> String {
    let mut t = String::new();
    let build = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let _ = writeln!(
        t,
        "Tether {} ({build} build, Tauri {})",
        f.version,
        tauri::VERSION
    );
    let _ = writeln!(
        t,
        "Platform: {} ({}-{})",
        f.os,
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    let _ = writeln!(t, "Web view: {}", f.webview.as_deref().unwrap_or("unknown"));
    let _ = writeln!(t, "Desktop: {}", f.desktop);
    let _ = writeln!(t, "Installed as: {}", install_kind(&f.updates.install));
    let _ = writeln!(
        t,
        "Notification service: {}",
        f.services.notifications.as_deref().unwrap_or("none found")
    );
    let _ = writeln!(
        t,
        "Secret Service: {}; keyring {}",
        if f.services.secret_service {
            "found"
        } else {
            "none found"
        },
        if f.snapshot.keyring.available {
            "available"
        } else {
            "unavailable"
        }
    );
    let _ = writeln!(
        t,
        "Tray host: {}",
        if f.services.tray_host {
            "found"
        } else {
            "none found"
        }
    );
    let _ = writeln!(t, "Updates: {}", update_line(f.updates));
    let _ = writeln!(t, "Workspaces: {}", f.snapshot.workspaces.len());
    for (n, w) in f.snapshot.workspaces.iter().enumerate() {
        let _ = writeln!(
            t,
            "  {}. {} {} — {}",
            n + 1,
            w.kind.label(),
            w.server_version,
            connection(&w.connection)
        );
    }
    t
}

fn install_kind(kind: &InstallKind) -> &'static str {
    match kind {
        InstallKind::Deb => ".deb package",
        InstallKind::Rpm => ".rpm package",
        InstallKind::AppImage { .. } => "AppImage",
        InstallKind::WindowsInstaller => "Windows installer",
        InstallKind::MacApp => "macOS app",
        InstallKind::NotManaged { .. } => "not from a Tether package",
    }
}

fn update_line(u: &UpdateOverview) -> String {
    if u.disabled.is_some() {
        return "turned off by the administrator".into();
    }
    if u.unavailable.is_some() {
        return "this build has no update server".into();
    }
    let channel = match u.settings.channel {
        crate::updates::Channel::Stable => "stable",
        crate::updates::Channel::Beta => "beta",
    };
    let state = match &u.status {
        UpdateStatus::NotChecked => "not checked yet".to_owned(),
        UpdateStatus::Checking => "checking".to_owned(),
        UpdateStatus::UpToDate { .. } => "up to date".to_owned(),
        UpdateStatus::Available { offer }
        | UpdateStatus::Downloading { offer, .. }
        | UpdateStatus::Ready { offer }
        | UpdateStatus::Installing { offer } => format!("{} available", offer.version),
        UpdateStatus::Failed { error, .. } => format!("last step failed ({:?})", error.code),
    };
    format!(
        "{channel} channel, automatic checks {}, {state}",
        if u.settings.automatic { "on" } else { "off" }
    )
}

fn connection(c: &Connection) -> &'static str {
    match c {
        Connection::NotSignedIn => "not signed in",
        Connection::Connecting => "connecting",
        Connection::Online => "online",
        Connection::Offline { .. } => "offline",
        Connection::CertificateUntrusted { .. } => "certificate not trusted",
        Connection::SignedOut { .. } => "signed out",
    }
}

/// The operating system's name (`/etc/os-release`'s `PRETTY_NAME` on Linux).
pub fn os_name() -> String {
    std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| std::env::consts::OS.to_owned())
}

/// The desktop session (`XDG_CURRENT_DESKTOP`, X11 or Wayland).
pub fn desktop_name() -> String {
    let desktop = std::env::var("XDG_CURRENT_DESKTOP").unwrap_or_else(|_| "unknown".into());
    let session = std::env::var("XDG_SESSION_TYPE").unwrap_or_else(|_| {
        if std::env::var_os("WAYLAND_DISPLAY").is_some() {
            "wayland".into()
        } else if std::env::var_os("DISPLAY").is_some() {
            "x11".into()
        } else {
            "no display".into()
        }
    });
    format!("{desktop} ({session})")
}

/// Which desktop services answer on the session bus.
#[cfg(target_os = "linux")]
pub fn desktop_services() -> DesktopServices {
    use std::time::Duration;
    let Ok(bus) = dbus::blocking::Connection::new_session() else {
        return DesktopServices::default();
    };
    let timeout = Duration::from_secs(2);
    let daemon = bus.with_proxy("org.freedesktop.DBus", "/org/freedesktop/DBus", timeout);
    let owned = |name: &str| -> bool {
        daemon
            .method_call::<(bool,), _, _, _>("org.freedesktop.DBus", "NameHasOwner", (name,))
            .map(|(has,)| has)
            .unwrap_or(false)
    };
    let notifications = bus
        .with_proxy(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            timeout,
        )
        .method_call::<(String, String, String, String), _, _, _>(
            "org.freedesktop.Notifications",
            "GetServerInformation",
            (),
        )
        .ok()
        .map(|(name, _vendor, version, spec)| format!("{name} {version} (spec {spec})"));
    DesktopServices {
        notifications,
        secret_service: owned("org.freedesktop.secrets"),
        tray_host: owned("org.kde.StatusNotifierWatcher"),
    }
}

/// Windows and macOS: the platform's own services are always there.
#[cfg(not(target_os = "linux"))]
pub fn desktop_services() -> DesktopServices {
    DesktopServices {
        notifications: Some("the system's".into()),
        secret_service: true,
        tray_host: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::updates::{Channel, UpdateSettings};
    use tether_core::workspace::{KeyringStatus, ServerKind, WorkspaceSummary};

    #[test]
    fn diagnostics_name_versions_and_services_but_never_an_address_a_user_or_a_reason() {
        let workspace = |url: &str, kind, version: &str, connection| WorkspaceSummary {
            id: "w-secret-id".into(),
            url: url.into(),
            name: "Acme Private".into(),
            server_version: version.into(),
            kind,
            account: None,
            connection,
        };
        let snapshot = AppSnapshot {
            workspaces: vec![
                workspace(
                    "https://chat.acme.example/",
                    ServerKind::RocketChat,
                    "7.10.0",
                    Connection::Offline {
                        reason: "Cannot reach https://chat.acme.example/ as alice".into(),
                    },
                ),
                workspace(
                    "https://support.acme.example/",
                    ServerKind::Chatwoot,
                    "4.6.0",
                    Connection::Online,
                ),
            ],
            keyring: KeyringStatus {
                available: true,
                message: None,
            },
        };
        let updates = UpdateOverview {
            current_version: "0.1.0".into(),
            status: UpdateStatus::NotChecked,
            settings: UpdateSettings {
                channel: Channel::Beta,
                automatic: true,
                skipped_version: None,
            },
            install: InstallKind::Deb,
            disabled: None,
            unavailable: None,
            download_page: None,
            last_install: None,
        };
        let text = render(&Facts {
            version: "0.1.0",
            webview: Some("2.50.6".into()),
            os: "Debian GNU/Linux 12 (bookworm)".into(),
            desktop: "GNOME (wayland)".into(),
            services: DesktopServices {
                notifications: Some("dunst 1.9.0 (spec 1.2)".into()),
                secret_service: true,
                tray_host: false,
            },
            snapshot: &snapshot,
            updates: &updates,
        });
        for wanted in [
            "Tether 0.1.0",
            "Debian GNU/Linux 12",
            "Web view: 2.50.6",
            "Installed as: .deb package",
            "Notification service: dunst 1.9.0",
            "Secret Service: found; keyring available",
            "Tray host: none found",
            "Updates: beta channel, automatic checks on, not checked yet",
            "1. Rocket.Chat 7.10.0 — offline",
            "2. Chatwoot 4.6.0 — online",
        ] {
            assert!(text.contains(wanted), "{wanted:?} in\n{text}");
        }
        for secret in ["acme", "alice", "w-secret-id", "Acme Private", "https://"] {
            assert!(
                !text.to_lowercase().contains(&secret.to_lowercase()),
                "{secret:?} leaked:\n{text}"
            );
        }
    }
}
