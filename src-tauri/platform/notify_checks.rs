//! Linux: what the session bus says about showing a notification now (the test notification's
//! diagnostics: no service, disabled for Tether, do-not-disturb, no answer), and how its
//! failures read. Used by the bus thread (`notify_bus.rs`).

use std::time::Duration;

use dbus::blocking::Connection;
use dbus::blocking::stdintf::org_freedesktop_dbus::Properties;
use tether_core::ports::NotifyError;

pub const SERVICE: &str = "org.freedesktop.Notifications";
pub const PATH: &str = "/org/freedesktop/Notifications";
/// How long the notification service may take to answer.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(3);

/// No session bus to talk to: why, in words.
pub fn no_bus(e: &dbus::Error) -> NotifyError {
    if is_timeout(e) {
        NotifyError::Timeout(
            "The desktop's session bus did not answer; it may be hung. Restart your desktop session and try again.".into(),
        )
    } else {
        NotifyError::ServiceMissing(format!(
            "There is no desktop session bus ({}), so no notification can be shown. Start Tether from your desktop session.",
            e.message().unwrap_or("no address")
        ))
    }
}

/// The service refused or did not answer a `Notify`.
pub fn refused(e: &dbus::Error) -> NotifyError {
    if is_timeout(e) {
        NotifyError::Timeout(format!(
            "The notification service did not answer within {} seconds; it may be hung. Restart it (or your desktop session) and try again.",
            ANSWER_WITHIN.as_secs()
        ))
    } else if e.name() == Some("org.freedesktop.DBus.Error.ServiceUnknown") {
        NotifyError::ServiceMissing(
            "No notification service runs on this desktop (nothing provides org.freedesktop.Notifications on the session bus). Start your desktop's notification daemon (for example dunst or mako, or your desktop environment's) and try again.".into(),
        )
    } else {
        NotifyError::Failed(format!("The notification service refused it: {e}"))
    }
}

/// Whether a notification can be seen now, asked over `bus`.
pub fn check(bus: &Connection) -> Result<(), NotifyError> {
    let daemon = bus.with_proxy(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        ANSWER_WITHIN,
    );
    let (running,): (bool,) = daemon
        .method_call("org.freedesktop.DBus", "NameHasOwner", (SERVICE,))
        .map_err(|e| NotifyError::Failed(format!("The session bus failed: {e}")))?;
    if !running {
        let (startable,): (Vec<String>,) = daemon
            .method_call("org.freedesktop.DBus", "ListActivatableNames", ())
            .unwrap_or_default();
        if !startable.iter().any(|n| n == SERVICE) {
            return Err(NotifyError::ServiceMissing(
                "No notification service runs on this desktop (nothing provides org.freedesktop.Notifications on the session bus). Start your desktop's notification daemon (for example dunst or mako, or your desktop environment's) and try again.".into(),
            ));
        }
    }
    let service = bus.with_proxy(SERVICE, PATH, ANSWER_WITHIN);
    let info: Result<(String, String, String, String), dbus::Error> =
        service.method_call(SERVICE, "GetServerInformation", ());
    let name = match info {
        Ok((name, ..)) => name,
        Err(e) if is_timeout(&e) => {
            return Err(NotifyError::Timeout(format!(
                "The notification service did not answer within {} seconds; it may be hung. Restart it (or your desktop session) and try again.",
                ANSWER_WITHIN.as_secs()
            )));
        }
        Err(e) => {
            return Err(NotifyError::Failed(format!(
                "The notification service failed: {e}"
            )));
        }
    };
    if let Some(app) = gnome::disabled_for_app() {
        return Err(NotifyError::Disabled(format!(
            "Notifications are turned off for {app} in your desktop's settings (Settings › Notifications › {app}). Turn them on to see Tether's notifications."
        )));
    }
    if let Some(why) = quiet_reason(&service, &name) {
        return Err(NotifyError::DoNotDisturb(format!(
            "Your desktop is in do-not-disturb mode ({why}), so notifications are held back. Turn it off to see them."
        )));
    }
    Ok(())
}

/// Why the desktop holds notifications back now, if it does: dunst paused (`dunstctl
/// set-paused`), KDE Plasma's `Inhibited`, GNOME's Do Not Disturb.
fn quiet_reason(service: &dbus::blocking::Proxy<'_, &Connection>, name: &str) -> Option<String> {
    service
        .get::<bool>("org.dunstproject.cmd0", "paused")
        .ok()
        .filter(|p| *p)
        .map(|_| format!("{name} is paused; `dunstctl set-paused false` resumes it"))
        .or_else(|| {
            service
                .get::<bool>(SERVICE, "Inhibited")
                .ok()
                .filter(|i| *i)
                .map(|_| format!("{name}'s do-not-disturb is on"))
        })
        .or_else(gnome::do_not_disturb)
}

/// The desktop's do-not-disturb, when it is on (and the service answers at all).
pub fn do_not_disturb(bus: &Connection) -> Option<String> {
    let service = bus.with_proxy(SERVICE, PATH, ANSWER_WITHIN);
    quiet_reason(&service, "The notification service")
}

fn is_timeout(err: &dbus::Error) -> bool {
    matches!(
        err.name(),
        Some(
            "org.freedesktop.DBus.Error.NoReply"
                | "org.freedesktop.DBus.Error.Timeout"
                | "org.freedesktop.DBus.Error.TimedOut"
        )
    )
}

mod gnome {
    //! GNOME keeps both switches in GSettings; elsewhere the schemas are absent or unset.

    use gio::prelude::*;

    const SCHEMA: &str = "org.gnome.desktop.notifications";
    const APP_SCHEMA: &str = "org.gnome.desktop.notifications.application";
    /// The ids GNOME may know Tether by (from its desktop file's name).
    const APP_IDS: &[&str] = &["tether", "app-tether-desktop"];

    fn schema(id: &str) -> Option<gio::SettingsSchema> {
        gio::SettingsSchemaSource::default()?.lookup(id, true)
    }

    /// GNOME's "Do Not Disturb": banners off.
    pub fn do_not_disturb() -> Option<String> {
        let schema = schema(SCHEMA)?;
        if !schema.has_key("show-banners") {
            return None;
        }
        let settings = gio::Settings::new_full(&schema, None::<&gio::SettingsBackend>, None);
        (!settings.boolean("show-banners")).then(|| "GNOME's Do Not Disturb is on".to_owned())
    }

    /// Notifications turned off for Tether in GNOME's settings: the app's name.
    pub fn disabled_for_app() -> Option<&'static str> {
        let schema = schema(APP_SCHEMA)?;
        if !schema.has_key("enable") {
            return None;
        }
        APP_IDS
            .iter()
            .any(|id| {
                let path = format!("/org/gnome/desktop/notifications/application/{id}/");
                let settings =
                    gio::Settings::new_full(&schema, None::<&gio::SettingsBackend>, Some(&path));
                !settings.boolean("enable")
            })
            .then_some("Tether")
    }
}
