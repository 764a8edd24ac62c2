//! Core's `Notifier` port: desktop notifications with Tether's name and icon. On Linux they go
//! over one session-bus connection owned by one thread that also hears the clicks
//! (`notify_bus.rs`); elsewhere through notify-rust. The test notification first asks whether
//! a notification can be seen at all, so a failure says why (no service, disabled for Tether,
//! do-not-disturb, no answer) instead of "nothing happened"; real notifications are handed to
//! the service whatever its mode. A click on a notification opens its room in the browser.

use tether_core::ports::{DesktopNotification, Notifier, NotifyError};

/// The name the notification service shows.
pub const APP_NAME: &str = "Tether";

/// The desktop's notification service.
pub struct DesktopNotifier {
    /// An icon file, or a themed icon name.
    icon: String,
    #[cfg(target_os = "linux")]
    bus: super::notify_bus::NotifyBus,
}

impl DesktopNotifier {
    /// A notifier showing `icon` (a PNG path; empty for the service's default).
    pub fn new(icon: String) -> Self {
        Self {
            icon,
            #[cfg(target_os = "linux")]
            bus: super::notify_bus::NotifyBus::new(APP_NAME),
        }
    }
}

#[cfg(target_os = "linux")]
impl Notifier for DesktopNotifier {
    fn check(&self) -> Result<(), NotifyError> {
        self.bus.check()
    }

    fn desktop_quiet(&self) -> bool {
        self.bus.quiet()
    }

    /// Hands the notification to the service without asking first: in the desktop's
    /// do-not-disturb the service holds it back and keeps it in its history.
    fn show(&self, n: &DesktopNotification) -> Result<(), NotifyError> {
        self.bus.show(n, &self.icon)
    }
}

#[cfg(not(target_os = "linux"))]
impl Notifier for DesktopNotifier {
    fn show(&self, n: &DesktopNotification) -> Result<(), NotifyError> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname(APP_NAME)
            .summary(&n.summary)
            .body(&n.body)
            .icon(&self.icon);
        // Windows shows a toast under the app whose AppUserModelID it carries: Tether's
        // installer registers its Start menu shortcut under the bundle identifier.
        #[cfg(windows)]
        notification.app_id(crate::IDENTIFIER);
        notification.show().map_err(|e| {
            NotifyError::Failed(format!("The notification service refused it: {e}"))
        })?;
        Ok(())
    }
}
