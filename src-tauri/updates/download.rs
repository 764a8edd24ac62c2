//! Download (progress, stall watchdog, Cancel) and install of the update found by a check.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tauri_plugin_updater::Update;
use tether_core::{ErrorCode, IpcError};

use super::errors::{self, Step, error};
use super::{InstallKind, Source, UpdateOffer, UpdateOverview, UpdateStatus, Updates};

/// Progress is told at most this often (the page redraws a bar, the command line a line).
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// The package's size from a `HEAD` request, when the server says (the manifest does not).
pub async fn size_of(update: &Update, timeout: Duration) -> Option<u64> {
    let client = reqwest::Client::builder().timeout(timeout).build().ok()?;
    let response = client.head(update.download_url.clone()).send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    response
        .headers()
        .get(reqwest::header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .parse()
        .ok()
}

impl Updates {
    /// Downloads the offered update and verifies its signature (the plugin checks it before
    /// handing the bytes over). Fails when nothing arrives for the stall timeout, at the
    /// download's deadline, or on Cancel.
    pub async fn download(&self) -> Result<UpdateOverview, IpcError> {
        if self.busy() {
            return Ok(self.overview());
        }
        let (update, offer) = self.offered()?;
        if !self.install.can_install() {
            return Err(self.not_installable(&offer));
        }
        let source = Source::for_channel(self.lock().file.settings().channel);
        let (cancel_tx, mut cancel_rx) = tokio::sync::watch::channel(false);
        self.lock().cancel = Some(cancel_tx);
        self.set_status(UpdateStatus::Downloading {
            offer: offer.clone(),
            received: 0.0,
            total: offer.size,
        });

        let (tick_tx, mut tick_rx) = tokio::sync::watch::channel(Instant::now());
        let mut received = 0_u64;
        let mut told = Instant::now();
        let on_chunk = |chunk: usize, total: Option<u64>| {
            received += chunk as u64;
            let _ = tick_tx.send(Instant::now());
            if told.elapsed() >= PROGRESS_EVERY || total.is_some_and(|t| received >= t) {
                told = Instant::now();
                self.set_status(UpdateStatus::Downloading {
                    offer: offer.clone(),
                    received: received as f64,
                    total: total.map(|t| t as f64),
                });
            }
        };
        let stall = source.stall_timeout;
        let watchdog = async {
            loop {
                let last = *tick_rx.borrow_and_update();
                let wait = stall.saturating_sub(last.elapsed());
                if wait.is_zero() {
                    return;
                }
                let _ = tokio::time::timeout(wait, tick_rx.changed()).await;
            }
        };
        let outcome = tokio::select! {
            bytes = update.download(on_chunk, || {}) => {
                bytes.map_err(|e| errors::from_plugin(Step::Download, &e))
            }
            () = watchdog => Err(error(
                ErrorCode::UpdateDownloadFailed,
                format!(
                    "The download stalled (nothing arrived for {} s). Nothing was installed; try again later.",
                    stall.as_secs()
                ),
            )),
            _ = cancel_rx.wait_for(|cancelled| *cancelled) => Err(error(
                ErrorCode::UpdateCancelled,
                "The download was cancelled. Nothing was installed.",
            )),
        };
        self.lock().cancel = None;
        match outcome {
            Ok(bytes) => {
                self.lock().bytes = Some(Arc::new(bytes));
                Ok(self.set_status(UpdateStatus::Ready { offer }))
            }
            Err(err) => {
                // After a cancel the offer is shown again, as it was.
                let status = if err.code == ErrorCode::UpdateCancelled {
                    UpdateStatus::Available { offer }
                } else {
                    UpdateStatus::Failed {
                        error: err.clone(),
                        offer: Some(offer),
                    }
                };
                self.set_status(status);
                Err(err)
            }
        }
    }

    /// Cancels a download under way (a no-op otherwise).
    pub fn cancel(&self) {
        if let Some(cancel) = &self.lock().cancel {
            let _ = cancel.send(true);
        }
    }

    /// Installs the downloaded, verified package. The caller restarts Tether afterwards (the
    /// window) or says to (the command line). A `.deb`/`.rpm` install asks the desktop for
    /// administrator rights (`pkexec`), which may show a password dialog.
    pub async fn install(&self) -> Result<String, IpcError> {
        if self.busy() {
            return Err(error(
                ErrorCode::UpdateInstallFailed,
                "Wait for the download or install under way to finish.",
            ));
        }
        let (update, offer) = self.offered()?;
        if !self.install.can_install() {
            return Err(self.not_installable(&offer));
        }
        let Some(bytes) = self.lock().bytes.clone() else {
            return Err(error(
                ErrorCode::UpdateInstallFailed,
                "Download the update first.",
            ));
        };
        if let Err(err) = self.lock().file.mark_installing(&offer.version) {
            tracing::warn!(%err, "cannot remember the version being installed");
        }
        self.set_status(UpdateStatus::Installing {
            offer: offer.clone(),
        });
        // pkexec waits for the user's password: off the async threads.
        let installing = Arc::clone(&update);
        let result = tokio::task::spawn_blocking(move || installing.install(bytes.as_slice()))
            .await
            .map_err(|e| {
                error(
                    ErrorCode::UpdateInstallFailed,
                    format!("The install stopped unexpectedly: {e}"),
                )
            })
            .and_then(|r| r.map_err(|e| errors::from_plugin(Step::Install, &e)));
        match result {
            Ok(()) => Ok(offer.version),
            Err(err) => {
                if let Err(e) = self.lock().file.clear_installing() {
                    tracing::warn!(%e, "cannot clear the version being installed");
                }
                self.set_status(UpdateStatus::Failed {
                    error: err.clone(),
                    offer: Some(offer),
                });
                Err(err)
            }
        }
    }

    /// A download or an install is under way (a second click, or the page and the command
    /// line at once, must not start another).
    pub(super) fn busy(&self) -> bool {
        matches!(
            self.lock().status,
            UpdateStatus::Downloading { .. } | UpdateStatus::Installing { .. }
        )
    }

    fn offered(&self) -> Result<(Arc<Update>, UpdateOffer), IpcError> {
        let inner = self.lock();
        let offer = match &inner.status {
            UpdateStatus::Available { offer }
            | UpdateStatus::Downloading { offer, .. }
            | UpdateStatus::Ready { offer }
            | UpdateStatus::Installing { offer }
            | UpdateStatus::Failed {
                offer: Some(offer), ..
            } => offer.clone(),
            _ => {
                return Err(error(
                    ErrorCode::UpdateCheckFailed,
                    "No update is offered: check for updates first.",
                ));
            }
        };
        match &inner.found {
            Some(update) => Ok((Arc::clone(update), offer)),
            None => Err(error(
                ErrorCode::UpdateCheckFailed,
                "No update is offered: check for updates first.",
            )),
        }
    }

    fn not_installable(&self, offer: &UpdateOffer) -> IpcError {
        let place = match &self.install {
            InstallKind::NotManaged { executable } => executable.as_str(),
            _ => "",
        };
        let get = match super::policy::DOWNLOAD_PAGE {
            Some(page) => format!("Get it from {page}"),
            None => "Get it where you got this copy".into(),
        };
        error(
            ErrorCode::UpdateNotInstallable,
            format!(
                "Tether {} is available, but this copy ({place}) was not installed from a Tether package, so it does not replace itself. {get}, or from your distribution's packages.",
                offer.version
            ),
        )
    }
}
