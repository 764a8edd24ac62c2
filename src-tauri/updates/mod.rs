//! Tether's own updates: a slice that owns its state (what was found, the download, the user's
//! settings) and drives `tauri-plugin-updater` one step at a time — check, download (with
//! progress, a stall watchdog and Cancel), install, restart. The page and the command line
//! (`tether update …`) go through the same code.
//!
//! Safety rules, each from reference § Updater: every request has a deadline; an update must be
//! signed by Tether's key *for the version announced* (`requireSignedVersion`); a copy Tether
//! did not package never overwrites itself; failures to reach the server are a quiet "couldn't
//! check"; after an install the next start checks which version runs and never offers the same
//! update again when it did not take.

pub mod cli;
mod download;
mod errors;
pub mod policy;
mod settings;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime};
use tauri_plugin_updater::{Update, UpdaterExt};
use tether_core::{ErrorCode, IpcError};

use errors::{Step, error};
pub use policy::{AdminPolicy, Channel, InstallKind, Source};
pub use settings::{InstallOutcome, SettingsFile, UpdateSettings, same_version};

/// An update the server offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct UpdateOffer {
    pub version: String,
    /// The release notes, as published.
    pub notes: Option<String>,
    /// The publication date (RFC 3339), as published.
    pub date: Option<String>,
    /// The package's size in bytes, when the server says.
    pub size: Option<f64>,
    /// The user chose "Skip this version" for it.
    pub skipped: bool,
    /// Its install was started before and did not take.
    pub not_applied_before: bool,
}

/// Where the update stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum UpdateStatus {
    /// Not checked since Tether started.
    NotChecked,
    Checking,
    UpToDate {
        /// When (RFC 3339).
        checked_at: String,
        /// A newer version the automatic check did not offer: skipped, or its install did not
        /// take before.
        passed_over: Option<String>,
    },
    Available {
        offer: UpdateOffer,
    },
    Downloading {
        offer: UpdateOffer,
        received: f64,
        total: Option<f64>,
    },
    /// Downloaded and verified; "Install and restart" is next.
    Ready {
        offer: UpdateOffer,
    },
    Installing {
        offer: UpdateOffer,
    },
    /// The last step failed; the offer stays when there was one.
    Failed {
        error: IpcError,
        offer: Option<UpdateOffer>,
    },
}

/// Everything the About page shows about updates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct UpdateOverview {
    pub current_version: String,
    pub status: UpdateStatus,
    pub settings: UpdateSettings,
    pub install: InstallKind,
    /// Why updates are off, when an administrator turned them off.
    pub disabled: Option<String>,
    /// Why this build cannot check at all (made without an update server or key).
    pub unavailable: Option<String>,
    /// Where to get Tether when this copy cannot update itself.
    pub download_page: Option<String>,
    /// What the start after the last install found.
    pub last_install: Option<InstallOutcome>,
}

/// Who asked for a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// At start and every few hours: a skipped version, or one that did not take, is not
    /// offered.
    Automatic,
    /// "Check for updates": everything found is shown, marked.
    Manual,
}

/// Automatic checks: this long after start (the window is up by then, and the check never
/// delays it), then every few hours.
pub const FIRST_CHECK_AFTER: Duration = Duration::from_secs(15);
pub const CHECK_EVERY: Duration = Duration::from_secs(6 * 60 * 60);

type Listener = Box<dyn Fn(&UpdateOverview) + Send + Sync>;

/// The slice's state, managed by Tauri (`app.manage`).
pub struct Updates {
    current_version: String,
    install: InstallKind,
    admin: AdminPolicy,
    last_install: Option<InstallOutcome>,
    inner: Mutex<Inner>,
    listener: Listener,
}

struct Inner {
    file: SettingsFile,
    status: UpdateStatus,
    found: Option<Arc<Update>>,
    bytes: Option<Arc<Vec<u8>>>,
    cancel: Option<tokio::sync::watch::Sender<bool>>,
}

impl Updates {
    /// Opens the settings in `data_dir` and settles an install started by the previous run.
    pub fn open(
        data_dir: &std::path::Path,
        current_version: String,
        install: InstallKind,
        admin: AdminPolicy,
        listener: Listener,
    ) -> Self {
        let mut file = SettingsFile::open(data_dir);
        let last_install = file.settle_install(&current_version);
        if let Some(outcome) = &last_install {
            tracing::info!(?outcome, "the previous run installed an update");
        }
        Self {
            current_version,
            install,
            admin,
            last_install,
            inner: Mutex::new(Inner {
                file,
                status: UpdateStatus::NotChecked,
                found: None,
                bytes: None,
                cancel: None,
            }),
            listener,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn overview(&self) -> UpdateOverview {
        let inner = self.lock();
        self.overview_of(&inner)
    }

    fn overview_of(&self, inner: &Inner) -> UpdateOverview {
        let settings = inner.file.settings();
        let source = Source::for_channel(settings.channel);
        UpdateOverview {
            current_version: self.current_version.clone(),
            status: inner.status.clone(),
            settings,
            install: self.install.clone(),
            disabled: self.admin.disabled.clone(),
            unavailable: unavailable(&source).map(str::to_owned),
            download_page: policy::DOWNLOAD_PAGE.map(str::to_owned),
            last_install: self.last_install.clone(),
        }
    }

    /// Sets the status and tells the listener (the page's event, or the command line).
    fn set_status(&self, status: UpdateStatus) -> UpdateOverview {
        let overview = {
            let mut inner = self.lock();
            inner.status = status;
            self.overview_of(&inner)
        };
        (self.listener)(&overview);
        overview
    }

    pub fn automatic_checks_on(&self) -> bool {
        self.admin.disabled.is_none() && self.lock().file.settings().automatic
    }

    /// Asks the update server whether a newer Tether exists.
    pub async fn check<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        trigger: Trigger,
    ) -> Result<UpdateOverview, IpcError> {
        if let Some(why) = &self.admin.disabled {
            return Err(error(ErrorCode::UpdatesDisabled, why.clone()));
        }
        if self.busy() {
            return Ok(self.overview());
        }
        let settings = self.lock().file.settings();
        let source = Source::for_channel(settings.channel);
        let (Some(endpoint), Some(pubkey)) = (&source.endpoint, &source.pubkey) else {
            return Err(error(
                ErrorCode::UpdateCheckFailed,
                unavailable(&source).unwrap_or_default(),
            ));
        };
        self.set_status(UpdateStatus::Checking);
        let found = match ask(app, endpoint, pubkey, &source).await {
            Ok(found) => found,
            Err(err) => {
                self.set_status(UpdateStatus::Failed {
                    error: err.clone(),
                    offer: None,
                });
                return Err(err);
            }
        };
        let Some(mut update) = found else {
            return Ok(self.up_to_date(None));
        };
        let (skipped, not_applied_before) = {
            let inner = self.lock();
            (
                settings
                    .skipped_version
                    .as_deref()
                    .is_some_and(|v| same_version(v, &update.version)),
                inner
                    .file
                    .not_applied()
                    .is_some_and(|v| same_version(v, &update.version)),
            )
        };
        if trigger == Trigger::Automatic && (skipped || not_applied_before) {
            tracing::info!(version = %update.version, skipped, not_applied_before, "update not offered");
            return Ok(self.up_to_date(Some(update.version)));
        }
        // The download gets its own long but finite deadline (the check's is short).
        update.timeout = Some(source.download_deadline);
        let offer = UpdateOffer {
            version: update.version.clone(),
            notes: update.body.clone().filter(|n| !n.trim().is_empty()),
            date: update
                .raw_json
                .get("pub_date")
                .and_then(|d| d.as_str())
                .map(str::to_owned),
            size: download::size_of(&update, source.check_timeout)
                .await
                .map(|s| s as f64),
            skipped,
            not_applied_before,
        };
        {
            let mut inner = self.lock();
            inner.found = Some(Arc::new(update));
            inner.bytes = None;
        }
        Ok(self.set_status(UpdateStatus::Available { offer }))
    }

    fn up_to_date(&self, passed_over: Option<String>) -> UpdateOverview {
        {
            let mut inner = self.lock();
            inner.found = None;
            inner.bytes = None;
        }
        self.set_status(UpdateStatus::UpToDate {
            checked_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            passed_over,
        })
    }

    /// "Skip this version": automatic checks stop offering it.
    pub fn skip(&self, version: &str) -> Result<UpdateOverview, IpcError> {
        let mut settings = self.lock().file.settings();
        settings.skipped_version = Some(version.to_owned());
        self.save_settings(settings)?;
        let status = match self.lock().status.clone() {
            UpdateStatus::Available { mut offer } if same_version(&offer.version, version) => {
                offer.skipped = true;
                UpdateStatus::Available { offer }
            }
            other => other,
        };
        Ok(self.set_status(status))
    }

    /// The channel and automatic checks.
    pub fn set_preferences(
        &self,
        channel: Channel,
        automatic: bool,
    ) -> Result<UpdateOverview, IpcError> {
        let mut settings = self.lock().file.settings();
        let channel_changed = settings.channel != channel;
        settings.channel = channel;
        settings.automatic = automatic;
        self.save_settings(settings)?;
        if channel_changed {
            // What was found belongs to the other channel.
            let mut inner = self.lock();
            if !matches!(
                inner.status,
                UpdateStatus::Downloading { .. } | UpdateStatus::Installing { .. }
            ) {
                inner.found = None;
                inner.bytes = None;
                inner.status = UpdateStatus::NotChecked;
            }
        }
        let overview = self.overview();
        (self.listener)(&overview);
        Ok(overview)
    }

    fn save_settings(&self, settings: UpdateSettings) -> Result<(), IpcError> {
        self.lock().file.set_settings(settings).map_err(|err| {
            error(
                ErrorCode::Storage,
                format!("The update settings could not be saved: {err}"),
            )
        })
    }
}

/// Why this build cannot check, if it cannot.
fn unavailable(source: &Source) -> Option<&'static str> {
    match (&source.endpoint, &source.pubkey) {
        (Some(_), Some(_)) => None,
        _ => Some(
            "This build of Tether was made without an update server or signing key (a development build), so it does not look for updates. Get new versions where you got this one.",
        ),
    }
}

/// One check against `endpoint`, with a deadline, verifying with `pubkey`.
async fn ask<R: Runtime>(
    app: &AppHandle<R>,
    endpoint: &str,
    pubkey: &str,
    source: &Source,
) -> Result<Option<Update>, IpcError> {
    let url = endpoint.parse().map_err(|_| {
        error(
            ErrorCode::UpdateCheckFailed,
            format!("Couldn't check for updates: the update address “{endpoint}” is not valid."),
        )
    })?;
    let updater = app
        .updater_builder()
        .endpoints(vec![url])
        .and_then(|b| b.pubkey(pubkey).timeout(source.check_timeout).build())
        .map_err(|e| errors::from_plugin(Step::Check, &e))?;
    updater
        .check()
        .await
        .map_err(|e| errors::from_plugin(Step::Check, &e))
}

/// At start (after the window is up) and every few hours, while automatic checks are on.
pub fn spawn_automatic_checks<R: Runtime>(app: AppHandle<R>) {
    use tauri::Manager;
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_CHECK_AFTER).await;
        loop {
            let updates = app.state::<Updates>();
            let wanted = updates.automatic_checks_on() && updates.overview().unavailable.is_none();
            if wanted && let Err(err) = updates.check(&app, Trigger::Automatic).await {
                tracing::info!(code = ?err.code, "automatic update check: {}", err.message);
            }
            tokio::time::sleep(CHECK_EVERY).await;
        }
    });
}
