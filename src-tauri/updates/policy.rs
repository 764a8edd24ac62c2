//! What this copy of Tether may do about updates: how it was installed (which decides how an
//! update installs, or whether it may install at all), whether an administrator turned updates
//! off, and where it asks and with which key it checks.
//!
//! Reference: `desktop-platform.md` § Updater ("How the running binary knows how it was
//! packaged", "How an install runs on Linux", "Failures users report").

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tauri::utils::config::BundleType;
use tauri::utils::platform::bundle_type;

/// How this copy of Tether was installed, which decides how an update installs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InstallKind {
    /// From Tether's `.deb`: the update is a newer `.deb`, installed with administrator rights
    /// (`pkexec dpkg -i`; the desktop may ask for a password).
    Deb,
    /// From Tether's `.rpm`: the same with `rpm -U`.
    Rpm,
    /// An AppImage: the file is replaced in place.
    AppImage {
        /// The AppImage file.
        path: String,
    },
    /// Tether's Windows installer (NSIS or MSI): the installer runs and Tether restarts.
    WindowsInstaller,
    /// Tether.app on macOS: the bundle is replaced.
    MacApp,
    /// Not installed by a Tether package (a `cargo build`, a distribution's own package): it
    /// never overwrites itself; the page says where to get the update.
    NotManaged {
        /// The running executable.
        executable: String,
    },
}

impl InstallKind {
    /// This process's kind: the bundler writes it into the copy of the binary it packages
    /// (`tauri-utils` `bundle_type()`); `$APPIMAGE` is set by the AppImage runtime.
    pub fn of_this_process() -> Self {
        let appimage = std::env::var_os("APPIMAGE").filter(|v| !v.is_empty());
        Self::from_parts(bundle_type(), appimage.map(PathBuf::from))
    }

    fn from_parts(bundle: Option<BundleType>, appimage: Option<PathBuf>) -> Self {
        match (bundle, appimage) {
            (Some(BundleType::Deb), _) => Self::Deb,
            (Some(BundleType::Rpm), _) => Self::Rpm,
            (_, Some(path)) => Self::AppImage {
                path: path.to_string_lossy().into_owned(),
            },
            (Some(BundleType::Nsis | BundleType::Msi), _) => Self::WindowsInstaller,
            (Some(BundleType::App), _) => Self::MacApp,
            _ => Self::NotManaged {
                executable: std::env::current_exe()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            },
        }
    }

    /// Whether an update may be installed over this copy. A copy Tether did not package must
    /// never overwrite itself: the updater would replace `current_exe()` in place (reference
    /// § "How an install runs on Linux", ⚠).
    pub fn can_install(&self) -> bool {
        !matches!(self, Self::NotManaged { .. })
    }
}

/// An administrator's setting (`update.json` next to the app, or `/etc/tether/update.json`, or
/// `TETHER_DISABLE_UPDATES=1`), as the official Rocket.Chat desktop client reads its own
/// `update.json` (`canUpdate`) next to the app.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdminPolicy {
    /// `Some(why)` when updates are turned off.
    pub disabled: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AdminFile {
    /// `false` turns updates off.
    #[serde(default = "yes")]
    enabled: bool,
    /// Rocket.Chat desktop's spelling of the same.
    can_update: Option<bool>,
    /// Shown to the user in place of the update section.
    message: Option<String>,
}

fn yes() -> bool {
    true
}

impl AdminPolicy {
    pub fn read() -> Self {
        let beside_app = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join("update.json")));
        let system = PathBuf::from("/etc/tether/update.json");
        let files: Vec<PathBuf> = beside_app.into_iter().chain([system]).collect();
        Self::from(
            std::env::var("TETHER_DISABLE_UPDATES").ok().as_deref(),
            &files,
        )
    }

    fn from(env: Option<&str>, files: &[PathBuf]) -> Self {
        if env.is_some_and(|v| !matches!(v.trim(), "" | "0" | "false" | "no")) {
            return Self {
                disabled: Some(
                    "Updates are turned off on this computer (TETHER_DISABLE_UPDATES).".into(),
                ),
            };
        }
        for file in files {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            match serde_json::from_str::<AdminFile>(&text) {
                Ok(f) if !f.enabled || f.can_update == Some(false) => {
                    return Self {
                        disabled: Some(f.message.unwrap_or_else(|| {
                            format!(
                                "Your administrator turned updates off on this computer ({}).",
                                file.display()
                            )
                        })),
                    };
                }
                Ok(_) => {}
                // A file the administrator got wrong turns updates off rather than on: they
                // meant to manage them.
                Err(err) => {
                    tracing::warn!(file = %file.display(), %err, "the update settings file cannot be read");
                    return Self {
                        disabled: Some(format!(
                            "Updates are off: the administrator's settings file {} cannot be read ({err}).",
                            file.display()
                        )),
                    };
                }
            }
        }
        Self::default()
    }
}

/// The release line the user follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Stable,
    Beta,
}

impl Channel {
    fn as_str(self) -> &'static str {
        match self {
            Self::Stable => "stable",
            Self::Beta => "beta",
        }
    }
}

/// Where Tether asks, with which key it checks and how long it waits.
#[derive(Debug, Clone)]
pub struct Source {
    /// The manifest's address, `{channel}` replaced; `None` in a build made without one.
    pub endpoint: Option<String>,
    /// Tether's minisign public key (base64 of the `.pub` file); `None` in a build made
    /// without one (a developer's build), which therefore cannot verify, so never installs.
    pub pubkey: Option<String>,
    /// One check's deadline.
    pub check_timeout: Duration,
    /// A download with no byte for this long has stalled.
    pub stall_timeout: Duration,
    /// A download's whole deadline (long, but finite: reference § Rust API, "Timeouts").
    pub download_deadline: Duration,
}

/// The release build reads its key and manifest address when it is compiled
/// (`TETHER_UPDATE_PUBKEY`, `TETHER_UPDATE_ENDPOINT`; README § Releases).
const BUILT_PUBKEY: Option<&str> = option_env!("TETHER_UPDATE_PUBKEY");
/// No default: a build that was not given its release server asks no one (an address Tether
/// does not own must never receive its requests).
const BUILT_ENDPOINT: Option<&str> = option_env!("TETHER_UPDATE_ENDPOINT");
/// Where people get Tether when this copy cannot update itself (`TETHER_DOWNLOAD_PAGE` at build).
pub const DOWNLOAD_PAGE: Option<&str> = option_env!("TETHER_DOWNLOAD_PAGE");

impl Source {
    pub fn for_channel(channel: Channel) -> Self {
        let mut source = Self {
            endpoint: BUILT_ENDPOINT.map(str::to_owned).filter(|e| !e.is_empty()),
            pubkey: BUILT_PUBKEY.map(str::to_owned).filter(|k| !k.is_empty()),
            check_timeout: Duration::from_secs(20),
            stall_timeout: Duration::from_secs(60),
            download_deadline: Duration::from_secs(30 * 60),
        };
        // Debug builds only (the tests' own update server and key): a release build never
        // takes its update source or key from the environment.
        if cfg!(debug_assertions) {
            source.apply_test_overrides(|name| std::env::var(name).ok());
        }
        source.endpoint = source
            .endpoint
            .map(|e| e.replace("{channel}", channel.as_str()));
        source
    }

    fn apply_test_overrides(&mut self, var: impl Fn(&str) -> Option<String>) {
        if let Some(endpoint) = var("TETHER_UPDATE_ENDPOINT") {
            self.endpoint = Some(endpoint).filter(|e| !e.is_empty());
        }
        if let Some(key) = var("TETHER_UPDATE_PUBKEY") {
            self.pubkey = Some(key).filter(|k| !k.is_empty());
        }
        let ms = |name| {
            var(name)
                .and_then(|v| v.parse::<u64>().ok())
                .map(Duration::from_millis)
        };
        if let Some(t) = ms("TETHER_UPDATE_CHECK_TIMEOUT_MS") {
            self.check_timeout = t;
        }
        if let Some(t) = ms("TETHER_UPDATE_STALL_MS") {
            self.stall_timeout = t;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_type_decides_the_install_kind_and_an_unpackaged_binary_never_installs() {
        assert_eq!(
            InstallKind::from_parts(Some(BundleType::Deb), None),
            InstallKind::Deb
        );
        assert_eq!(
            InstallKind::from_parts(Some(BundleType::Rpm), None),
            InstallKind::Rpm
        );
        assert_eq!(
            InstallKind::from_parts(None, Some("/opt/Tether.AppImage".into())),
            InstallKind::AppImage {
                path: "/opt/Tether.AppImage".into()
            }
        );
        let plain = InstallKind::from_parts(None, None);
        assert!(matches!(plain, InstallKind::NotManaged { .. }));
        assert!(!plain.can_install());
        assert!(InstallKind::Deb.can_install());
    }

    #[test]
    fn an_administrator_turns_updates_off_by_variable_or_file_and_a_broken_file_keeps_them_off() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(AdminPolicy::from(None, &[]), AdminPolicy::default());
        assert_eq!(AdminPolicy::from(Some("0"), &[]), AdminPolicy::default());
        assert!(AdminPolicy::from(Some("1"), &[]).disabled.is_some());

        let file = dir.path().join("update.json");
        std::fs::write(&file, r#"{"enabled": true}"#).unwrap();
        assert_eq!(
            AdminPolicy::from(None, std::slice::from_ref(&file)).disabled,
            None
        );
        std::fs::write(&file, r#"{"canUpdate": false}"#).unwrap();
        let off = AdminPolicy::from(None, std::slice::from_ref(&file))
            .disabled
            .unwrap();
        assert!(off.contains("administrator"), "{off}");
        std::fs::write(&file, r#"{"enabled": false, "message": "Managed by IT"}"#).unwrap();
        assert_eq!(
            AdminPolicy::from(None, std::slice::from_ref(&file))
                .disabled
                .as_deref(),
            Some("Managed by IT")
        );
        std::fs::write(&file, "{enabled").unwrap();
        assert!(AdminPolicy::from(None, &[file]).disabled.is_some());
    }

    #[test]
    fn the_channel_picks_the_manifest_and_only_the_tests_variables_change_the_source() {
        let mut source = Source::for_channel(Channel::Stable);
        source.apply_test_overrides(|name| match name {
            "TETHER_UPDATE_ENDPOINT" => Some("https://127.0.0.1:1/{channel}.json".into()),
            "TETHER_UPDATE_CHECK_TIMEOUT_MS" => Some("250".into()),
            _ => None,
        });
        assert_eq!(source.check_timeout, Duration::from_millis(250));
        assert_eq!(
            source
                .endpoint
                .map(|e| e.replace("{channel}", Channel::Beta.as_str()))
                .as_deref(),
            Some("https://127.0.0.1:1/beta.json")
        );
    }
}
