//! What the journeys share: the WebDriver client (`webdriver`), the desktop's parts
//! (`desktop`, `processes`, `tray`), a journey's scratch folders, and a second device's REST
//! session.
#![allow(
    clippy::expect_used,
    reason = "test support: a failed WebDriver call must fail the journey with its message"
)]

pub mod desktop;
pub mod processes;
pub mod tray;
mod webdriver;

pub use webdriver::{Driver, Session};

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

/// A second device of `user`'s: its own REST session on `sandbox` (to read rooms with, as
/// another client would).
pub async fn signed_in_elsewhere(
    sandbox: &tether_sandbox::Sandbox,
    user: &tether_sandbox::seed::SeedUser,
) -> Result<
    (
        tether_core::rocketchat::RestClient,
        tether_core::rocketchat::Credentials,
    ),
    String,
> {
    use tether_core::rocketchat::{Credentials, Http, PasswordProof, RestClient, WorkspaceUrl};
    let http = Http::new().map_err(|e| e.to_string())?;
    let url = WorkspaceUrl::parse(&sandbox.url()).map_err(|e| e.to_string())?;
    let client = RestClient::new(http, url);
    let password = tether_core::Sensitive::new(user.password.unwrap_or_default().to_owned());
    let login = client
        .login_password(
            user.username,
            &PasswordProof::for_password(&password, false),
            None,
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok((
        client,
        Credentials {
            user_id: login.user_id,
            token: login.auth_token,
        },
    ))
}

/// A required environment variable, with a message saying how to run the journeys.
pub fn required_env(name: &str) -> PathBuf {
    std::env::var_os(name).map(PathBuf::from).unwrap_or_else(|| {
        panic!("{name} is not set: run the journeys through `cargo xtask test` (or scripts/dev test)")
    })
}
