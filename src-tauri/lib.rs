//! Tether's desktop shell: Tauri glue only. Commands unpack arguments and call
//! [`tether_core::Tether`]; platform adapters implement core's ports.

pub mod cli;
mod commands;
mod diagnostics;
mod logging;
mod platform;
mod startup;
pub mod updates;
pub mod webkit;

use std::path::Path;
use std::sync::Arc;

use tauri::Manager;
use tauri_specta::{Builder, collect_commands, collect_events};
use tether_core::ports::SystemClock;
use tether_core::{Tether, TetherConfig};

pub use platform::ui_events::{OpenWorkspace, TetherEvent, UpdateChanged};

/// Where this run keeps its data and log (`TETHER_DATA_DIR`, else the platform's data folder).
pub struct DataDir(pub std::path::PathBuf);

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
            commands::app::app_get_snapshot,
            commands::workspace::workspace_add,
            commands::workspace::workspace_trust_certificate,
            commands::workspace::workspace_remove,
            commands::workspace::workspace_get_images,
            commands::session::session_sign_in,
            commands::session::session_submit_code,
            commands::session::session_resend_email_code,
            commands::session::session_cancel_sign_in,
            commands::session::session_sign_in_with_token,
            commands::session::session_reconnect,
            commands::session::session_sign_out,
            commands::profile::profile_load,
            commands::profile::profile_refresh,
            commands::profile::profile_get_rules,
            commands::profile::profile_save,
            commands::profile::profile_resolve,
            commands::profile::profile_sign_out_other_sessions,
            commands::profile::profile_upload_avatar,
            commands::profile::profile_set_avatar_url,
            commands::profile::profile_reset_avatar,
            commands::profile::profile_check_username,
            commands::profile::profile_send_verification_email,
            commands::profile::profile_delete_account,
            commands::preferences::preferences_load,
            commands::preferences::preferences_refresh,
            commands::preferences::preferences_set,
            commands::preferences::preferences_reset,
            commands::preferences::preferences_resolve,
            commands::preferences::preferences_download_data,
            commands::alerts::alerts_test_notification,
            commands::alerts::alerts_play_sound,
            commands::alerts::alerts_get_do_not_disturb,
            commands::alerts::alerts_set_do_not_disturb,
            commands::alerts::alerts_set_shown_workspace,
            commands::unread::unread_get_summary,
            commands::app::app_mark,
            commands::app::app_close_window,
            commands::app::app_set_language,
            commands::app::app_get_diagnostics,
            commands::app::app_open_log_folder,
            commands::security::security_list_tokens,
            commands::security::security_create_token,
            commands::security::security_regenerate_token,
            commands::security::security_delete_token,
            commands::security::security_get_password_policy,
            commands::security::security_check_password,
            commands::security::security_get_overview,
            commands::security::security_enable_totp,
            commands::security::security_confirm_totp,
            commands::security::security_disable_totp,
            commands::security::security_regenerate_backup_codes,
            commands::security::security_save_backup_codes,
            commands::security::security_set_email_two_factor,
            commands::security::security_change_encryption_password,
            commands::security::security_reset_encryption_key,
            commands::security::security_list_devices,
            commands::security::security_sign_out_device,
            commands::agent::agent_load,
            commands::agent::agent_refresh,
            commands::agent::agent_save_profile,
            commands::agent::agent_change_password,
            commands::agent::agent_save_audio,
            commands::agent::agent_save_flags,
            commands::agent::agent_set_availability,
            commands::agent::agent_set_auto_offline,
            commands::agent::agent_choose_account,
            commands::agent::agent_set_volume,
            commands::agent::agent_preview_tone,
            commands::agent::agent_get_token,
            commands::agent::agent_reset_token,
            commands::agent::agent_resolve,
            commands::agent::agent_upload_avatar,
            commands::agent::agent_remove_avatar,
            commands::agent::agent_get_security,
            commands::agent::agent_two_factor_begin,
            commands::agent::agent_two_factor_confirm,
            commands::agent::agent_two_factor_disable,
            commands::agent::agent_sign_out_device,
            commands::admin::admin_get_access,
            commands::admin::admin_get_overview,
            commands::admin::admin_list_users,
            commands::admin::admin_get_user,
            commands::admin::admin_create_user,
            commands::admin::admin_update_user,
            commands::admin::admin_upload_avatar,
            commands::admin::admin_set_avatar_url,
            commands::admin::admin_reset_avatar,
            commands::admin::admin_set_active,
            commands::admin::admin_delete_user,
            commands::admin::admin_set_admin,
            commands::admin::admin_reset_totp,
            commands::admin::admin_reset_e2e_key,
            commands::admin::admin_send_welcome_email,
            commands::admin::admin_invite_users,
            commands::admin::admin_open_direct_message,
            commands::updates::updates_get,
            commands::updates::updates_check,
            commands::updates::updates_download,
            commands::updates::updates_cancel,
            commands::updates::updates_install,
            commands::updates::updates_skip,
            commands::updates::updates_set_preferences,
        ])
        .events(collect_events![TetherEvent, OpenWorkspace, UpdateChanged])
}

/// Starts the app.
pub fn run() {
    webkit::bench_mark("main");
    one_async_worker();
    logging::init();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let options = startup::Options::from_env_and_args();
    // One Tether per data folder: a second launch hands over its arguments and leaves.
    #[cfg(target_os = "linux")]
    let instance = {
        use platform::single_instance::{Claim, bus_name, claim};
        let args: Vec<String> = std::env::args().skip(1).collect();
        match claim(&bus_name(options.data_dir.as_deref()), &args) {
            Claim::First(bus) => Some(bus),
            Claim::NoBus => None,
            Claim::HandedOver => {
                tracing::info!("Tether is already running: it was shown and given the arguments");
                std::process::exit(0);
            }
            Claim::OtherNotAnswering(err) => {
                tracing::error!(%err, "Tether is already running on this data folder but does not answer; quit it (or end its process) and start Tether again");
                std::process::exit(1);
            }
        }
    };

    let builder = specta_builder();
    let app = tauri::Builder::default();
    #[cfg(not(target_os = "linux"))]
    let app = app
        .plugin(platform::autostart::plugin())
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            startup::on_second_launch(app, args);
        }));
    let result = app
        .plugin(tauri_plugin_updater::Builder::new().build())
        .invoke_handler(builder.invoke_handler())
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_) => {
                platform::window_state::changed(window.app_handle(), window);
            }
            // The window may report focus before setup has handed core to Tauri.
            tauri::WindowEvent::Focused(focused) => {
                if let Some(tether) = window.try_state::<Tether>() {
                    tether.alerts().set_window_focused(*focused);
                }
            }
            // Closing keeps Tether in the tray, where there is one to see.
            tauri::WindowEvent::CloseRequested { api, .. }
                if platform::tray::tray_is_shown(window.app_handle()) =>
            {
                api.prevent_close();
                let _ = window.hide();
                let app = window.app_handle().clone();
                tauri::async_runtime::spawn(async move {
                    let tether = app.state::<Tether>();
                    if let Err(err) = tether.alerts().tray_notice_once().await {
                        tracing::info!(code = ?err.code(), "the tray notice could not be shown; next time");
                    }
                });
            }
            _ => {}
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
            webkit::bench_mark("shell-setup");
            let tether = open_core(app.handle(), &data_dir)?;
            app.manage(tether);
            webkit::bench_mark("core-opened");
            if let Err(err) = platform::tray::create(app.handle()) {
                tracing::warn!(%err, "no tray icon");
            }
            let window_state = platform::window_state::WindowState::new(&data_dir);
            if let Some(window) = app.get_webview_window("main") {
                platform::window_state::restore(&window, &window_state);
            }
            app.manage(window_state);
            // Managed before the window shows: the page may ask for it at once.
            app.manage(updates::Updates::open(
                &data_dir,
                app.package_info().version.to_string(),
                updates::InstallKind::of_this_process(),
                updates::AdminPolicy::read(),
                updates_listener(app.handle().clone()),
            ));
            #[cfg(target_os = "linux")]
            if let Some(bus) = instance {
                let handle = app.handle().clone();
                platform::single_instance::serve(bus, move |args| {
                    startup::on_second_launch(&handle, args);
                });
            }
            // Started at login: stay in the tray. Otherwise show the window (hidden in the
            // configuration so that a login start never flashes it).
            if options.hidden {
                // At login the panel may start after Tether: give it a moment, then show the
                // window after all if no tray shows the icon (Tether must not be unreachable).
                let handle = app.handle().clone();
                std::thread::spawn(move || {
                    std::thread::sleep(std::time::Duration::from_secs(10));
                    if !platform::tray::tray_is_shown(&handle) {
                        platform::tray::show_window(&handle);
                    }
                });
            } else {
                platform::tray::show_window(app.handle());
            }
            app.manage(DataDir(data_dir));
            updates::spawn_automatic_checks(app.handle().clone());
            startup::spawn_background_worker(app.handle().clone());
            startup::spawn_session_restore(app.handle().clone(), options);
            Ok(())
        })
        .build(context());
    match result {
        Ok(app) => app.run(|_app, _event| {
            // macOS: a click on the Dock icon with no window shown brings the window back.
            #[cfg(target_os = "macos")]
            if let tauri::RunEvent::Reopen {
                has_visible_windows: false,
                ..
            } = _event
            {
                platform::tray::show_window(_app);
            }
        }),
        Err(err) => {
            tracing::error!(%err, "Tether could not start");
            std::process::exit(1);
        }
    }
}

/// The app's configuration and embedded UI (one copy, for the app and `tether update`).
fn context() -> tauri::Context<tauri::Wry> {
    tauri::generate_context!()
}

/// Every change of the update status goes to the page as `UpdateChanged`.
fn updates_listener(app: tauri::AppHandle) -> Box<dyn Fn(&updates::UpdateOverview) + Send + Sync> {
    use tauri_specta::Event as _;
    Box::new(move |overview| {
        if let Err(err) = UpdateChanged(overview.clone()).emit(&app) {
            tracing::warn!(%err, "the update status could not be sent to the window");
        }
    })
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
    // Warmed up at start and closed 10 s after it last played: an idle Tether keeps no stream.
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

/// Tether's async work (core's sessions, the realtime connections, the commands) runs on one
/// tokio worker instead of one per core. It waits on the network almost all the time, and with
/// two workers every event woke both: the one that took it from the driver and the one it
/// handed the task to. Idle wake-ups measured by the bench (`cargo xtask bench`, BENCHMARKS.md).
fn one_async_worker() {
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("tokio-rt-worker")
        .enable_all()
        .build()
    {
        // The runtime lives as long as the process: Tauri keeps only a handle.
        Ok(runtime) => tauri::async_runtime::set(Box::leak(Box::new(runtime)).handle().clone()),
        // Tauri then makes its own runtime, as before.
        Err(err) => eprintln!("tether: one async worker: {err}"),
    }
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
