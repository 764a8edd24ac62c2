//! The user's update settings and what Tether remembers between runs (`updates.json` in the
//! data folder; nothing secret): the channel, automatic checks, a skipped version, and the
//! version an install was started for, which the next start compares with itself.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::policy::Channel;

/// The user's choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UpdateSettings {
    /// Stable releases, or betas too.
    pub channel: Channel,
    /// Check at start and every few hours.
    pub automatic: bool,
    /// "Skip this version": not offered by automatic checks.
    pub skipped_version: Option<String>,
}

impl Default for UpdateSettings {
    fn default() -> Self {
        Self {
            channel: Channel::Stable,
            automatic: true,
            skipped_version: None,
        }
    }
}

/// What the start after an install found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum InstallOutcome {
    /// Tether now runs the version it installed.
    Updated { version: String },
    /// The install was started but Tether still runs the old version: it does not offer that
    /// version again by itself (the loop users of other clients report, reference § Updater,
    /// tauri #14828).
    NotApplied { version: String, running: String },
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    settings: Option<UpdateSettings>,
    /// The version an install was started for, until the next start looks.
    #[serde(default)]
    installing: Option<String>,
    /// A version whose install did not take.
    #[serde(default)]
    not_applied: Option<String>,
}

/// The file and what it holds.
#[derive(Debug)]
pub struct SettingsFile {
    path: PathBuf,
    stored: Stored,
}

impl SettingsFile {
    pub fn open(data_dir: &Path) -> Self {
        let path = data_dir.join("updates.json");
        let stored = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        Self { path, stored }
    }

    pub fn settings(&self) -> UpdateSettings {
        self.stored.settings.clone().unwrap_or_default()
    }

    pub fn set_settings(&mut self, settings: UpdateSettings) -> std::io::Result<()> {
        self.stored.settings = Some(settings);
        self.save()
    }

    /// A version whose install did not take: automatic checks do not offer it again.
    pub fn not_applied(&self) -> Option<&str> {
        self.stored.not_applied.as_deref()
    }

    /// Written before the package is installed, so that the next start can tell.
    pub fn mark_installing(&mut self, version: &str) -> std::io::Result<()> {
        self.stored.installing = Some(version.to_owned());
        self.save()
    }

    pub fn clear_installing(&mut self) -> std::io::Result<()> {
        self.stored.installing = None;
        self.save()
    }

    /// At start: did the install started last time take? Answers once.
    pub fn settle_install(&mut self, running: &str) -> Option<InstallOutcome> {
        let version = self.stored.installing.take()?;
        let outcome = if same_version(&version, running) {
            self.stored.not_applied = None;
            InstallOutcome::Updated { version }
        } else {
            self.stored.not_applied = Some(version.clone());
            InstallOutcome::NotApplied {
                version,
                running: running.to_owned(),
            }
        };
        if let Err(err) = self.save() {
            tracing::warn!(%err, "cannot write the update settings");
        }
        Some(outcome)
    }

    fn save(&self) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(&self.stored).map_err(std::io::Error::other)?;
        // Written whole, then renamed: a crash never leaves half a file.
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, &self.path)
    }
}

/// Versions compare as semver (`v1.2.0` and `1.2.0` are the same).
pub fn same_version(a: &str, b: &str) -> bool {
    let parse = |v: &str| semver::Version::parse(v.trim_start_matches('v')).ok();
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_restart_and_an_install_is_judged_once_on_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let mut file = SettingsFile::open(dir.path());
        assert_eq!(file.settings(), UpdateSettings::default());
        let chosen = UpdateSettings {
            channel: Channel::Beta,
            automatic: false,
            skipped_version: Some("0.3.0".into()),
        };
        file.set_settings(chosen.clone()).unwrap();
        file.mark_installing("0.2.0").unwrap();

        // The restart ran the new version.
        let mut again = SettingsFile::open(dir.path());
        assert_eq!(again.settings(), chosen);
        assert_eq!(
            again.settle_install("0.2.0"),
            Some(InstallOutcome::Updated {
                version: "0.2.0".into()
            })
        );
        assert_eq!(SettingsFile::open(dir.path()).settle_install("0.2.0"), None);

        // The restart still ran the old one: that version is not offered again by itself.
        let mut file = SettingsFile::open(dir.path());
        file.mark_installing("v0.4.0").unwrap();
        let mut again = SettingsFile::open(dir.path());
        assert_eq!(
            again.settle_install("0.2.0"),
            Some(InstallOutcome::NotApplied {
                version: "v0.4.0".into(),
                running: "0.2.0".into()
            })
        );
        assert_eq!(SettingsFile::open(dir.path()).not_applied(), Some("v0.4.0"));
        assert!(same_version("v0.4.0", "0.4.0"));
    }
}
