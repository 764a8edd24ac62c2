//! What the journeys share: the desktop's parts (`desktop`, `processes`), a journey's scratch
//! folders, and, from `tether-harness` (which the bench uses too), the WebDriver client, the
//! tray watcher and a second device's REST session.
#![allow(
    clippy::expect_used,
    reason = "test support: a failed WebDriver call must fail the journey with its message"
)]

pub mod desktop;
pub mod processes;

pub use tether_harness::{Driver, Key, Session, signed_in_elsewhere, tray};

use std::path::PathBuf;

/// What every journey needs: the app binary, a folder for screenshots and a scratch data folder
/// for the app (its cache), removed at the end.
pub struct Journey {
    /// `$TETHER_APP_BIN`.
    pub app: PathBuf,
    /// `$TETHER_E2E_SCREENSHOTS`, created.
    pub shots: PathBuf,
    /// The app's `TETHER_DATA_DIR`.
    pub data: tempfile::TempDir,
}

impl Journey {
    /// Reads the environment the test command sets and makes the folders.
    pub fn new() -> Journey {
        let shots = required_env("TETHER_E2E_SCREENSHOTS");
        std::fs::create_dir_all(&shots).expect("create the screenshot folder");
        Journey {
            app: required_env("TETHER_APP_BIN"),
            shots,
            data: tempfile::tempdir().expect("a scratch folder"),
        }
    }

    /// Starts `tauri-driver` for the app with this journey's data folder.
    pub async fn driver(&self) -> Driver {
        Driver::start(&[("TETHER_DATA_DIR", self.data.path())]).await
    }
}

impl Default for Journey {
    fn default() -> Self {
        Self::new()
    }
}

/// A required environment variable, with a message saying how to run the journeys.
pub fn required_env(name: &str) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
        panic!("{name} is not set: run the journeys through `cargo xtask test` (or scripts/dev test)")
    })
}
