//! Tether's core: everything that is not window glue.
//!
//! This crate must build and test without a window, so it never depends on Tauri (the test
//! command proves it from `cargo metadata`). The desktop shell implements the [`ports`] and
//! forwards [`ports::CoreEvent`]s to the UI; tests implement the same ports in memory.
#![warn(missing_docs)]

pub mod admin_users;
pub mod agent;
pub mod alerts;
pub mod chatwoot;
pub mod context;
pub mod error;
pub mod outbox;
pub mod ports;
pub mod preferences;
pub mod profile;
pub mod rocketchat;
pub mod security;
pub mod sensitive;
pub mod session;
pub mod store;
mod tether;
pub mod tls;
pub mod unread;
pub mod words;
pub mod worker;
pub mod workspace;
pub mod workspaces;

pub use error::{Error, ErrorCode, IpcError, Result};
pub use sensitive::Sensitive;
pub use tether::{Tether, TetherConfig};
