//! `tether update check` and `tether update install`: the same slice as the About page, for
//! administrators' scripts and for the tests that drive each outcome on the real binary (an
//! installed `.deb`, an AppImage stand-in). It needs a desktop session like the app (Tauri
//! starts its toolkit), but opens no window.

use std::io::Write;
use std::path::Path;

use tauri::Manager;
use tether_core::words::{Arg, Words};
use tether_core::{ErrorCode, IpcError};

use super::{AdminPolicy, InstallKind, Trigger, UpdateOverview, UpdateStatus, Updates};

/// What the command line asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    Check,
    Install,
}

/// Exit codes, listed in the usage text (`cli-usage` in `i18n/<locale>/cli.ftl`).
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

pub fn run(request: Request, data_dir: &Path, words: &std::sync::Arc<Words>) -> i32 {
    let mut context = crate::context();
    // No window: this is the command line.
    context.config_mut().app.windows.clear();
    let app = match tauri::Builder::default()
        .plugin(tauri_plugin_updater::Builder::new().build())
        .build(context)
    {
        Ok(app) => app,
        Err(err) => {
            let reason = err.to_string();
            let line = words.with("cli-cannot-start", &[("reason", Arg::Text(&reason))]);
            let _ = writeln!(std::io::stderr(), "tether: {line}");
            return 1;
        }
    };
    let updates = Updates::open(
        data_dir,
        app.package_info().version.to_string(),
        InstallKind::of_this_process(),
        AdminPolicy::read(),
        {
            let words = words.clone();
            Box::new(move |overview: &UpdateOverview| progress_line(overview, &words))
        },
    );
    let handle = app.app_handle().clone();
    let result = tauri::async_runtime::block_on(async {
        let found = updates.check(&handle, Trigger::Manual).await?;
        let UpdateStatus::Available { offer } = &found.status else {
            say(&words.with(
                "cli-up-to-date",
                &[("version", Arg::Text(&found.current_version))],
            ));
            return Ok(0);
        };
        say(&describe(&found, offer, words));
        if request == Request::Check {
            return Ok(AVAILABLE);
        }
        updates.download().await?;
        let version = updates.install().await?;
        say(&words.with("cli-update-installed", &[("version", Arg::Text(&version))]));
        Ok::<_, IpcError>(0)
    });
    match result {
        Ok(code) => code,
        Err(err) => {
            let name = serde_json::to_value(err.code)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let message = words.error(&name, &err.message);
            let _ = writeln!(std::io::stderr(), "tether: {message} [{name}]");
            exit_code(err.code)
        }
    }
}

fn describe(found: &UpdateOverview, offer: &super::UpdateOffer, words: &Words) -> String {
    let versions = [
        ("version", Arg::Text(&offer.version)),
        ("current", Arg::Text(&found.current_version)),
    ];
    let mut text = match offer.size.map(size_text) {
        Some(size) => words.with(
            "cli-update-available-size",
            &[versions[0], versions[1], ("size", Arg::Text(&size))],
        ),
        None => words.with("cli-update-available", &versions),
    };
    if offer.not_applied_before {
        text.push('\n');
        text.push_str(&words.get("cli-update-not-applied"));
    }
    if offer.skipped {
        text.push('\n');
        text.push_str(&words.get("cli-update-skipped"));
    }
    if let Some(notes) = &offer.notes {
        text.push('\n');
        text.push_str(notes);
    }
    if matches!(found.install, InstallKind::Deb | InstallKind::Rpm) {
        text.push('\n');
        text.push_str(&words.get("cli-update-admin"));
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
fn progress_line(overview: &UpdateOverview, words: &Words) {
    if let UpdateStatus::Downloading {
        received, total, ..
    } = &overview.status
    {
        // Every byte, not a rounded size: a script can check that the progress adds up.
        let received_text = format!("{received:.0}");
        let line = match total {
            Some(total) if *total > 0.0 => {
                let total_text = format!("{total:.0}");
                let percent = format!("{:.0}%", received / total * 100.0);
                words.with(
                    "cli-downloading",
                    &[
                        ("received", Arg::Text(&received_text)),
                        ("total", Arg::Text(&total_text)),
                        ("percent", Arg::Text(&percent)),
                    ],
                )
            }
            _ => words.with(
                "cli-downloading-unknown",
                &[("received", Arg::Text(&received_text))],
            ),
        };
        let _ = writeln!(std::io::stderr(), "{line}");
    }
}
