//! The tray icon: its picture follows core's [`TraySummary`] (drawn by
//! [`tether_core::unread::tray_icon`]), and its menu does everything, because many Linux desktops
//! deliver no clicks on the icon itself: open Tether, open a workspace (with its count),
//! do-not-disturb, start hidden at login, quit. The words go into the menu's first line on
//! every platform and into the tooltip where there is one (appindicator has none). The app
//! badge follows too (a count on Linux and macOS, an overlay icon on Windows).
//!
//! Updates are cheap and gentle: the picture is replaced only when the state changes; the
//! menu's lines are relabelled in place (an open menu stays open, its entries keep their ids)
//! and the menu is rebuilt only when the list of workspaces changes.

use std::sync::{Arc, Mutex};

use tauri::image::Image;
use tauri::menu::{CheckMenuItem, IsMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Wry};
use tauri_specta::Event as _;
use tether_core::Tether;
use tether_core::alerts::QuietFor;
use tether_core::unread::tray_icon::{SIZE, render};
use tether_core::unread::{TrayState, TraySummary};

use tether_core::words::{Arg, Words};

use super::ui_events::OpenWorkspace;

mod lines;
use lines::{muted_line, workspace_line};

const BASE_ICON: &[u8] = include_bytes!("../../icons/128x128.png");

/// The tray, held in Tauri's managed state.
pub struct Tray {
    icon: TrayIcon,
    base: (Vec<u8>, u32),
    latest: Mutex<Option<TraySummary>>,
    shown: tokio::sync::Mutex<Shown>,
}

#[derive(Default)]
struct Shown {
    state: Option<TrayState>,
    /// The badge last set (`None`: not yet).
    badge: Option<(TrayState, Option<u32>)>,
    /// Whether do-not-disturb and autostart were read since start (afterwards, only when they
    /// change).
    settings_read: bool,
    menu: Option<(MenuModel, MenuItems)>,
}

/// The menu's changing entries, to relabel in place.
struct MenuItems {
    summary: MenuItem<Wry>,
    workspaces: Vec<MenuItem<Wry>>,
    muted: MenuItem<Wry>,
    quiet_off: MenuItem<Wry>,
    autostart: CheckMenuItem<Wry>,
}

impl MenuItems {
    fn show(&self, model: &MenuModel) -> tauri::Result<()> {
        self.summary.set_text(&model.text)?;
        for (item, (_, line)) in self.workspaces.iter().zip(&model.workspaces) {
            item.set_text(line)?;
        }
        self.muted.set_text(&model.muted_line)?;
        self.quiet_off.set_enabled(model.muted.is_some())?;
        self.autostart.set_checked(model.autostart)
    }
}

/// The menu's lines; rebuilt only when they change.
#[derive(Debug, Clone, PartialEq, Eq)]
struct MenuModel {
    /// The language of the words: a change rebuilds the menu (its fixed entries too).
    locale: &'static str,
    text: String,
    workspaces: Vec<(String, String)>,
    /// When Tether's do-not-disturb ends (RFC 3339), while it runs.
    muted: Option<String>,
    /// "Notifications on", or "… muted until …".
    muted_line: String,
    autostart: bool,
}

fn picture(base: &(Vec<u8>, u32), state: TrayState) -> Image<'static> {
    Image::new_owned(render(state, &base.0, base.1), SIZE, SIZE)
}

/// Creates the tray icon (idle until the first summary) and manages it.
pub fn create(app: &AppHandle) -> tauri::Result<()> {
    let base_image = Image::from_bytes(BASE_ICON)?;
    let base = (base_image.rgba().to_vec(), base_image.width());
    let words = app.state::<Tether>().context().words();
    let model = MenuModel {
        locale: words.locale(),
        text: words.get("tray-nothing"),
        workspaces: Vec::new(),
        muted: None,
        muted_line: muted_line(None, &words),
        autostart: super::autostart::enabled(app),
    };
    let (menu, items) = build_menu(app, &model, &words)?;
    let icon = TrayIconBuilder::with_id("tether")
        .icon(picture(&base, TrayState::Idle))
        .tooltip("Tether")
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(|app, event| on_menu_event(app, &event))
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show_window(tray.app_handle());
            }
        })
        .build(app)?;
    app.manage(Arc::new(Tray {
        icon,
        base,
        latest: Mutex::new(None),
        shown: tokio::sync::Mutex::new(Shown {
            state: Some(TrayState::Idle),
            badge: None,
            settings_read: false,
            menu: Some((model, items)),
        }),
    }));
    Ok(())
}

fn build_menu(
    app: &AppHandle,
    model: &MenuModel,
    words: &Words,
) -> tauri::Result<(Menu<Wry>, MenuItems)> {
    let no_key = None::<&str>;
    let summary = MenuItem::with_id(app, "summary", &model.text, false, no_key)?;
    let mut workspaces = Vec::new();
    for (id, line) in &model.workspaces {
        workspaces.push(MenuItem::with_id(
            app,
            format!("workspace:{id}"),
            line,
            true,
            no_key,
        )?);
    }
    let muted = MenuItem::with_id(app, "muted", &model.muted_line, false, no_key)?;
    let back_on = words.get("tray-back-on");
    let quiet_off = MenuItem::with_id(app, "quiet:off", back_on, model.muted.is_some(), no_key)?;
    let autostart_label = words.get("tray-start-hidden");
    let autostart = CheckMenuItem::with_id(
        app,
        "autostart",
        autostart_label,
        true,
        model.autostart,
        no_key,
    )?;
    let hour = MenuItem::with_id(app, "quiet:hour", words.get("tray-mute-hour"), true, no_key)?;
    let tomorrow = MenuItem::with_id(
        app,
        "quiet:tomorrow",
        words.get("tray-mute-tomorrow"),
        true,
        no_key,
    )?;
    let open = MenuItem::with_id(app, "open", words.get("tray-open"), true, no_key)?;
    let quit = MenuItem::with_id(app, "quit", words.get("tray-quit"), true, no_key)?;
    let mut items: Vec<&dyn IsMenuItem<Wry>> = vec![&summary];
    let separators = [
        PredefinedMenuItem::separator(app)?,
        PredefinedMenuItem::separator(app)?,
        PredefinedMenuItem::separator(app)?,
        PredefinedMenuItem::separator(app)?,
    ];
    items.push(&separators[0]);
    items.push(&open);
    items.extend(workspaces.iter().map(|w| w as &dyn IsMenuItem<Wry>));
    items.extend([
        &separators[1] as &dyn IsMenuItem<Wry>,
        &muted,
        &hour,
        &tomorrow,
        &quiet_off,
        &separators[2],
        &autostart,
        &separators[3],
        &quit,
    ]);
    let menu = Menu::with_items(app, &items)?;
    Ok((
        menu,
        MenuItems {
            summary,
            workspaces,
            muted,
            quiet_off,
            autostart,
        },
    ))
}

fn on_menu_event(app: &AppHandle, event: &MenuEvent) {
    let id = event.id().as_ref().to_owned();
    tracing::debug!(%id, "tray menu");
    match id.as_str() {
        "open" => show_window(app),
        "quit" => app.exit(0),
        "autostart" => {
            let on = !super::autostart::enabled(app);
            if let Err(err) = super::autostart::set(app, on) {
                tracing::warn!(%err, "cannot change starting at login");
            }
            refresh(app, Reread::Autostart);
        }
        quiet if quiet.starts_with("quiet:") => {
            let choice = match quiet {
                "quiet:hour" => QuietFor::OneHour,
                "quiet:tomorrow" => QuietFor::UntilTomorrow,
                _ => QuietFor::Off,
            };
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                // Core announces the change (DoNotDisturbChanged), which refreshes the menu.
                if let Err(err) = app
                    .state::<Tether>()
                    .alerts()
                    .set_do_not_disturb(choice)
                    .await
                {
                    tracing::warn!(%err, "cannot change do-not-disturb");
                }
            });
        }
        other => {
            if let Some(workspace_id) = other.strip_prefix("workspace:") {
                show_window(app);
                let event = OpenWorkspace {
                    workspace_id: workspace_id.to_owned(),
                };
                if let Err(err) = event.emit(app) {
                    tracing::warn!(%err, "cannot ask the window to open the workspace");
                }
            }
        }
    }
}

/// Shows, restores and focuses the main window.
pub fn show_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// A new summary from core: the tray follows.
pub fn show_summary(app: &AppHandle, summary: TraySummary) {
    if let Some(tray) = app.try_state::<Arc<Tray>>() {
        *tray
            .latest
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(summary);
    }
    refresh(app, Reread::Nothing);
}

/// What changed besides the summary, to read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reread {
    /// Only the summary changed.
    Nothing,
    /// Tether's do-not-disturb.
    DoNotDisturb,
    /// Starting at login.
    Autostart,
}

/// Brings the icon, the menu, the tooltip and the badge up to date, in the background.
/// Do-not-disturb (in the cache) and autostart (a file) are read at the first update and when
/// they change, not with every summary.
pub fn refresh(app: &AppHandle, reread: Reread) {
    let Some(tray) = app.try_state::<Arc<Tray>>().map(|t| t.inner().clone()) else {
        return;
    };
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        // One update at a time, each with the latest summary.
        let mut shown = tray.shown.lock().await;
        let summary = tray
            .latest
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let words = app.state::<Tether>().context().words();
        let previous = shown.menu.as_ref().map(|(model, _)| model);
        let muted = match previous {
            Some(model) if shown.settings_read && reread != Reread::DoNotDisturb => {
                model.muted.clone()
            }
            _ => match app.state::<Tether>().alerts().do_not_disturb().await {
                Ok(dnd) => dnd.until,
                Err(_) => None,
            },
        };
        let autostart = match previous {
            Some(model) if shown.settings_read && reread != Reread::Autostart => model.autostart,
            _ => super::autostart::enabled(&app),
        };
        shown.settings_read = true;
        let model = MenuModel {
            locale: words.locale(),
            muted_line: muted_line(muted.as_deref(), &words),
            text: summary
                .as_ref()
                .map_or_else(|| words.get("tray-nothing"), |s| s.text.clone()),
            workspaces: summary
                .as_ref()
                .map(|s| {
                    s.workspaces
                        .iter()
                        .map(|w| (w.workspace_id.clone(), workspace_line(w, &words)))
                        .collect()
                })
                .unwrap_or_default(),
            muted,
            autostart,
        };
        let state = summary.as_ref().map_or(TrayState::Idle, |s| s.state);
        if shown.state != Some(state) {
            match tray.icon.set_icon(Some(picture(&tray.base, state))) {
                Ok(()) => shown.state = Some(state),
                Err(err) => tracing::warn!(%err, "cannot change the tray icon"),
            }
        }
        let badge = (state, summary.as_ref().and_then(|s| s.badge));
        if shown.badge != Some(badge) {
            set_badge(&app, &tray, summary.as_ref());
            shown.badge = Some(badge);
        }
        let (same_lines, same_workspaces) = match &shown.menu {
            Some((old, _)) => (
                *old == model,
                old.locale == model.locale
                    && old
                        .workspaces
                        .iter()
                        .map(|(id, _)| id)
                        .eq(model.workspaces.iter().map(|(id, _)| id)),
            ),
            None => (false, false),
        };
        if !same_lines {
            let _ = tray.icon.set_tooltip(Some(
                words.with("tray-tooltip", &[("summary", Arg::Text(&model.text))]),
            ));
            let updated = match shown.menu.take() {
                Some((_, items)) if same_workspaces => items.show(&model).map(|()| items),
                _ => build_menu(&app, &model, &words)
                    .and_then(|(menu, items)| tray.icon.set_menu(Some(menu)).map(|()| items)),
            };
            match updated {
                Ok(items) => shown.menu = Some((model, items)),
                Err(err) => tracing::warn!(%err, "cannot change the tray menu"),
            }
        }
    });
}

fn set_badge(app: &AppHandle, tray: &Tray, summary: Option<&TraySummary>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let badge = summary.and_then(|s| s.badge);
    #[cfg(target_os = "windows")]
    {
        let state = summary.map_or(TrayState::Idle, |s| s.state);
        let overlay = (state != TrayState::Idle).then(|| picture(&tray.base, state));
        let _ = window.set_overlay_icon(overlay);
    }
    #[cfg(not(target_os = "windows"))]
    {
        let _ = tray;
        if let Err(err) = window.set_badge_count(badge.map(i64::from)) {
            tracing::debug!(%err, "no app badge here");
        }
    }
    let _ = badge;
}

/// Whether closing the window can leave Tether in the tray: only when the tray icon was
/// made; then always on Windows and macOS, and on Linux only when a StatusNotifierItem host
/// shows tray icons (otherwise the icon would be nowhere to be seen, and closing quits).
pub fn tray_is_shown(app: &AppHandle) -> bool {
    if app.try_state::<Arc<Tray>>().is_none() {
        return false;
    }
    #[cfg(target_os = "linux")]
    {
        use dbus::blocking::stdintf::org_freedesktop_dbus::Properties;
        let Ok(bus) = dbus::blocking::Connection::new_session() else {
            return false;
        };
        let watcher = bus.with_proxy(
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            std::time::Duration::from_millis(500),
        );
        watcher
            .get::<bool>(
                "org.kde.StatusNotifierWatcher",
                "IsStatusNotifierHostRegistered",
            )
            .unwrap_or(false)
    }
    #[cfg(not(target_os = "linux"))]
    {
        true
    }
}
