//! The updater's failures in Tether's words (reference § Updater, "Errors" and "Failures users
//! report"): the plugin's own text goes to the log and into `details`, never alone to the user.

use tauri_plugin_updater::Error as PluginError;
use tether_core::error::ErrorDetails;
use tether_core::{ErrorCode, IpcError};

/// Which step failed: the same plugin error means different things at each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Check,
    Download,
    Install,
}

pub fn error(code: ErrorCode, message: impl Into<String>) -> IpcError {
    IpcError {
        code,
        message: message.into(),
        details: None,
    }
}

/// The plugin's error at `step`, for a person.
pub fn from_plugin(step: Step, err: &PluginError) -> IpcError {
    tracing::warn!(?step, %err, "update step failed");
    let (code, message) = match err {
        PluginError::Minisign(_) | PluginError::Base64(_) | PluginError::SignatureUtf8(_) => (
            ErrorCode::UpdateNotTrusted,
            "This update is not signed by Tether's key, so it was not installed. Nothing changed; Tether will check again later.".to_owned(),
        ),
        PluginError::SignedVersionMismatch { signed, announced } => (
            ErrorCode::UpdateNotTrusted,
            format!(
                "The update server announced version {announced}, but the package is signed for version {signed}. It was not installed: the answer may have been tampered with."
            ),
        ),
        PluginError::MissingSignedVersion => (
            ErrorCode::UpdateNotTrusted,
            "The update's signature does not say which version it is for, so it was not installed.".to_owned(),
        ),
        PluginError::InvalidUpdaterFormat | PluginError::BinaryNotFoundInArchive => (
            ErrorCode::UpdateInstallFailed,
            "The downloaded package is not the kind this copy of Tether installs from. Nothing was changed.".to_owned(),
        ),
        PluginError::AuthenticationFailed => (
            ErrorCode::UpdateInstallFailed,
            "The administrator password was not given, so the update was not installed. Try again when you can enter it.".to_owned(),
        ),
        PluginError::PackageInstallFailed | PluginError::DebInstallFailed => (
            ErrorCode::UpdateInstallFailed,
            "The package manager could not install the update (a refused password, or another install running). The installed version is unchanged; try again later.".to_owned(),
        ),
        PluginError::TempDirNotFound
        | PluginError::TempDirNotOnSameMountPoint
        | PluginError::PreviousAppNotRestored(_)
        | PluginError::FailedToDetermineExtractPath => (
            ErrorCode::UpdateInstallFailed,
            "Tether could not write the update next to itself. The installed version is unchanged.".to_owned(),
        ),
        PluginError::Io(_) if step == Step::Install => (
            ErrorCode::UpdateInstallFailed,
            // The package path (no pkexec, zenity or sudo) and the AppImage path (its file
            // not writable) both end here.
            "The update could not be installed: administrator rights could not be obtained, or Tether's own file could not be replaced. The installed version is unchanged; install the new version yourself, or ask your administrator.".to_owned(),
        ),
        _ if step == Step::Download => (
            ErrorCode::UpdateDownloadFailed,
            "The update could not be downloaded. Nothing was installed; try again later.".to_owned(),
        ),
        // Unreachable, timed out, no manifest, a manifest without this computer's package:
        // the quiet "couldn't check" (plugins-workspace #2610, tauri #13177).
        _ => (
            ErrorCode::UpdateCheckFailed,
            "Couldn't check for updates. Tether will try again later.".to_owned(),
        ),
    };
    IpcError {
        code,
        message,
        details: Some(Box::new(ErrorDetails::Update {
            cause: plugin_error_name(err).to_owned(),
            text: err.to_string(),
        })),
    }
}

/// A stable name for the log and the details (the plugin's enum is `#[non_exhaustive]`).
fn plugin_error_name(err: &PluginError) -> &'static str {
    match err {
        PluginError::Minisign(_) => "minisign",
        PluginError::Base64(_) | PluginError::SignatureUtf8(_) => "signature_encoding",
        PluginError::SignedVersionMismatch { .. } => "signed_version_mismatch",
        PluginError::MissingSignedVersion => "missing_signed_version",
        PluginError::ReleaseNotFound => "release_not_found",
        PluginError::Reqwest(_) => "request",
        PluginError::Network(_) => "network",
        PluginError::Serialization(_) => "manifest",
        PluginError::TargetNotFound(_) | PluginError::TargetsNotFound(_) => "target_not_found",
        PluginError::InvalidUpdaterFormat => "invalid_format",
        PluginError::PackageInstallFailed | PluginError::DebInstallFailed => "install_failed",
        PluginError::AuthenticationFailed => "authentication_failed",
        PluginError::Io(_) => "io",
        _ => "other",
    }
}
