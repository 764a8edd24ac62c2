//! Tether's core: everything that is not window glue.
//!
//! This crate must build and test without a window, so it never depends on Tauri (the test
//! command proves it from `cargo metadata`). The desktop shell implements the [`ports`] and
//! forwards [`ports::CoreEvent`]s to the UI; tests implement the same ports in memory.
#![warn(missing_docs)]

pub mod crypto_keys;
mod custom_fields;
pub mod error;
pub mod notify;
pub mod password_policy;
pub mod ports;
pub mod preferences;
pub mod profile_outcome;
pub mod rocketchat;
pub mod sensitive;
pub mod service;
pub mod sounds;
pub mod store;
pub mod tls;
pub mod tray_icon;
pub mod unread;
pub mod workspace;

pub use error::{Error, ErrorCode, IpcError, Result};
pub use sensitive::Sensitive;
pub use service::{Tether, TetherConfig};
