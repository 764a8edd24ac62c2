//! `tether update check` and `tether update install`: the same slice as the About page, for
//! administrators' scripts and for the tests that drive each outcome on the real binary (an
//! installed `.deb`, an AppImage stand-in). It needs a desktop session like the app (Tauri
//! starts its toolkit), but opens no window.

use std::io::Write;
use std::path::Path;

use tauri::Manager;
use tether_core::{ErrorCode, IpcError};

use super::{AdminPolicy, InstallKind, Trigger, UpdateOverview, UpdateStatus, Updates};

/// What the command line asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Check,
    Install,
}

/// Exit codes, in the usage text of `src-tauri/cli.rs`.
pub fn exit_code(code: ErrorCode) -> i32 {
    match code {
        ErrorCode::UpdateCheckFailed => 11,
        ErrorCode::UpdateNotTrusted => 12,
        ErrorCode::UpdateNotInstallable => 13,
        ErrorCode::UpdatesDisabled => 14,
        ErrorCode::UpdateInstallFailed => 15,
        ErrorCode::UpdateDownloadFailed | ErrorCode::UpdateCancelled => 16,
        _ => 1,
    }
}

/// `check` exits with this when an update is available (0 when up to date).
pub const AVAILABLE: i32 = 10;

pub fn run(request: Request, data_dir: &Path) -> i32 {
    let mut context = crate::context();
    // No window: this is the command line.
    context.config_mut().app.windows.clear();
    let app = match tauri::Builder::default()
        .plugin(tauri_plugin_updater::Builder::new().build())
        .build(context)
    {
        Ok(app) => app,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "tether: cannot start: {err}");
            return 1;
        }
    };
    let updates = Updates::open(
        data_dir,
        app.package_info().version.to_string(),
        InstallKind::of_this_process(),
        AdminPolicy::read(),
        Box::new(progress_line),
    );
    let handle = app.app_handle().clone();
    let result = tauri::async_runtime::block_on(async {
        let found = updates.check(&handle, Trigger::Manual).await?;
        let UpdateStatus::Available { offer } = &found.status else {
            say(&format!("Tether {} is up to date.", found.current_version));
            return Ok(0);
        };
        say(&describe(&found, offer));
        if request == Request::Check {
            return Ok(AVAILABLE);
        }
        updates.download().await?;
        let version = updates.install().await?;
        say(&format!(
            "Tether {version} is installed. Restart Tether to use it."
        ));
        Ok::<_, IpcError>(0)
    });
    match result {
        Ok(code) => code,
        Err(err) => {
            let name = serde_json::to_value(err.code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let _ = writeln!(std::io::stderr(), "tether: {} [{name}]", err.message);
            exit_code(err.code)
        }
    }
}

fn describe(found: &UpdateOverview, offer: &super::UpdateOffer) -> String {
    let size = offer
        .size
        .map(|s| format!(", {}", size_text(s)))
        .unwrap_or_default();
    let mut text = format!(
        "Tether {} is available (you have {}{size}).",
        offer.version, found.current_version
    );
    if offer.not_applied_before {
        text.push_str("\nInstalling this version was tried before and did not take; automatic checks no longer offer it.");
    }
    if offer.skipped {
        text.push_str("\nYou chose to skip this version; automatic checks do not offer it.");
    }
    if let Some(notes) = &offer.notes {
        text.push('\n');
        text.push_str(notes);
    }
    if matches!(found.install, InstallKind::Deb | InstallKind::Rpm) {
        text.push_str(
            "\nInstalling it needs administrator rights: the desktop may ask for a password.",
        );
    }
    text
}

/// A package's size as people read it (decimal units, as file managers show).
fn size_text(bytes: f64) -> String {
    if bytes >= 1_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else if bytes >= 1000.0 {
        format!("{:.0} kB", bytes / 1000.0)
    } else {
        format!("{bytes:.0} bytes")
    }
}

fn say(line: &str) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

/// The download's progress, on stderr (stdout stays the result).
fn progress_line(overview: &UpdateOverview) {
    if let UpdateStatus::Downloading {
        received, total, ..
    } = &overview.status
    {
        let line = match total {
            Some(total) if *total > 0.0 => format!(
                "downloading: {received:.0} of {total:.0} bytes ({:.0}%)",
                received / total * 100.0
            ),
            _ => format!("downloading: {received:.0} bytes"),
        };
        let _ = writeln!(std::io::stderr(), "{line}");
    }
}
