//! Platform adapters: the desktop's implementations of core's ports.

pub mod autostart;
pub mod events;
pub mod keyring;
pub mod notifier;
#[cfg(target_os = "linux")]
mod notify_bus;
#[cfg(target_os = "linux")]
mod notify_checks;
pub mod opener;
pub mod sound;
pub mod tray;
pub mod ui_events;
