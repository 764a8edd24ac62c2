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
#[cfg(target_os = "linux")]
pub mod single_instance;
pub mod sound;
pub mod tray;
pub mod ui_events;
pub mod window_state;
