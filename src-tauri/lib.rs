//! Tether's desktop shell: Tauri glue only. Commands unpack arguments and call
//! [`tether_core::Tether`]; platform adapters implement core's ports.

pub mod cli;
mod commands;
mod logging;
mod platform;
mod startup;

use std::path::Path;
use std::sync::Arc;

use tauri::Manager;
use tauri_specta::{Builder, collect_commands, collect_events};
use tether_core::ports::SystemClock;
use tether_core::{Tether, TetherConfig};

pub use platform::events::TetherEvent;

/// Tether's identifier (tauri.conf.json): its data folder's name.
pub const IDENTIFIER: &str = "app.tether.desktop";

/// Tether's icon as a file the notification service can show: written into the data folder
/// once (the installed packages also put it into the icon theme).
pub fn icon_path(data_dir: &Path) -> String {
    const ICON: &[u8] = include_bytes!("../icons/128x128.png");
    let path = data_dir.join("tether-icon.png");
    let current = std::fs::metadata(&path).is_ok_and(|m| m.len() == ICON.len() as u64);
    if !current {
        let _ = std::fs::create_dir_all(data_dir);
        if let Err(err) = std::fs::write(&path, ICON) {
            tracing::warn!(%err, "cannot write the notification icon");
            return String::new();
        }
    }
    path.to_string_lossy().into_owned()
}

/// The typed IPC surface: every command and event the UI may use. The TypeScript bindings in
/// `ui/src/lib/bindings.ts` are generated from this (`cargo xtask bindings`).
pub fn specta_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            commands::app::app_snapshot,
            commands::workspace::workspace_add,
            commands::workspace::workspace_trust_certificate,
            commands::workspace::workspace_remove,
            commands::workspace::workspace_images,
            commands::session::session_sign_in,
            commands::session::session_submit_code,
            commands::session::session_resend_email_code,
            commands::session::session_cancel_sign_in,
            commands::session::session_sign_in_token,
            commands::session::session_reconnect,
            commands::session::session_sign_out,
            commands::profile::profile_cached,
            commands::profile::profile_refresh,
            commands::profile::profile_rules,
            commands::profile::profile_save,
            commands::profile::profile_resolve,
            commands::profile::profile_sign_out_other_sessions,
            commands::profile::profile_avatar_upload,
            commands::profile::profile_avatar_from_url,
            commands::profile::profile_avatar_reset,
            commands::profile::profile_username_check,
            commands::profile::profile_send_verification_email,
            commands::profile::profile_delete_account,
            commands::preferences::preferences_cached,
            commands::preferences::preferences_refresh,
            commands::preferences::preference_set,
            commands::preferences::preference_reset,
            commands::preferences::preference_resolve,
            commands::preferences::preferences_data_download,
            commands::notifications::notification_test,
            commands::notifications::sound_play,
            commands::notifications::do_not_disturb_get,
            commands::notifications::do_not_disturb_set,
            commands::notifications::window_shows_workspace,
        ])
        .events(collect_events![TetherEvent])
}

/// Starts the app.
pub fn run() {
    logging::init();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let options = startup::Options::from_env_and_args();

    let builder = specta_builder();
    let result = tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .on_window_event(|window, event| {
            // The window may report focus before setup has handed core to Tauri.
            if let tauri::WindowEvent::Focused(focused) = event
                && let Some(tether) = window.try_state::<Tether>()
            {
                tether.set_window_focused(*focused);
            }
        })
        .setup(move |app| {
            builder.mount_events(app);
            let data_dir = match &options.data_dir {
                Some(dir) => dir.clone(),
                None => app.path().app_data_dir()?,
            };
            if let Err(err) = logging::to_file_in(&data_dir) {
                tracing::warn!(%err, "logging to stderr only: the log file could not be opened");
            }
            let tether = open_core(app.handle(), &data_dir)?;
            app.manage(tether);
            startup::spawn_background_worker(app.handle().clone());
            startup::spawn_session_restore(app.handle().clone(), options);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = result {
        tracing::error!(%err, "Tether could not start");
        std::process::exit(1);
    }
}

fn open_core(
    app: &tauri::AppHandle,
    data_dir: &Path,
) -> Result<Tether, Box<dyn std::error::Error>> {
    let config = TetherConfig {
        cache_path: data_dir.join("cache.sqlite"),
    };
    let secrets = Arc::new(platform::keyring::OsKeyring::for_this_build());
    let events = Arc::new(platform::events::TauriEventSink::new(app.clone()));
    let sound = Arc::new(platform::sound::SoundOutput::default());
    sound.warm_up();
    let notifier = Arc::new(platform::notifier::DesktopNotifier::new(icon_path(
        data_dir,
    )));
    let tether = tauri::async_runtime::block_on(Tether::open(
        &config,
        secrets,
        Arc::new(SystemClock),
        events,
    ))?
    .with_desktop(notifier, sound);
    tracing::info!(cache = %config.cache_path.display(), "cache opened");
    Ok(tether)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The committed bindings must be what the Rust types and commands generate.
    /// `TETHER_WRITE_BINDINGS=1` rewrites them (that is what `cargo xtask bindings` does).
    #[test]
    fn typescript_bindings_are_fresh() {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts");
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("bindings.ts");
        super::specta_builder()
            .export(
                specta_typescript::Typescript::default()
                    .header("// Generated by `cargo xtask bindings` from src-tauri. Do not edit.\n/* eslint-disable */"),
                &generated,
            )
            .expect("bindings export");
        let fresh = std::fs::read_to_string(&generated).unwrap();
        if std::env::var_os("TETHER_WRITE_BINDINGS").is_some() {
            std::fs::write(&committed, &fresh).unwrap();
            return;
        }
        let current = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            current == fresh,
            "ui/src/lib/bindings.ts is stale: run `cargo xtask bindings` and commit the result"
        );
    }
}
