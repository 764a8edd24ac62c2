//! Start-up: options from the environment and command line, and the background revalidation of
//! stored sessions (never blocking the window).

use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tether_core::workspace::Connection;
use tether_core::{Sensitive, Tether};

/// Start-up options.
///
/// - `TETHER_DATA_DIR`: where the cache lives (default: the platform's app data dir).
/// - `--workspace URL [--user NAME]` with the password in `TETHER_PASSWORD`: add the workspace
///   and sign in at start if no account is signed in there yet (`cargo xtask run` uses this to
///   open the app signed in to the sandbox). The password is read from the environment, not
///   the command line, so it does not show in process lists.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub data_dir: Option<PathBuf>,
    pub workspace: Option<String>,
    pub user: Option<String>,
    /// `--hidden` (a start at login): the window stays hidden, Tether waits in the tray.
    pub hidden: bool,
}

impl Options {
    pub fn from_env_and_args() -> Self {
        let mut options = Options {
            data_dir: std::env::var_os("TETHER_DATA_DIR").map(PathBuf::from),
            ..Default::default()
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--workspace" => options.workspace = args.next(),
                "--user" => options.user = args.next(),
                "--hidden" => options.hidden = true,
                _ => {}
            }
        }
        options
    }
}

/// Starts core's background worker (sends offline edits, retries unreachable workspaces); it
/// runs for the life of the app.
pub fn spawn_background_worker(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let tether = app.state::<Tether>();
        tether.worker().run().await;
    });
}

pub fn spawn_session_restore(app: AppHandle, options: Options) {
    tauri::async_runtime::spawn(async move {
        let tether = app.state::<Tether>();
        if let Err(err) = tether.workspaces().restore_sessions().await {
            tracing::warn!(code = ?err.code(), %err, "restoring sessions failed");
        }
        if let Some(url) = options.workspace {
            sign_in_from_options(&tether, &url, options.user.as_deref()).await;
        }
    });
}

async fn sign_in_from_options(tether: &Tether, url: &str, user: Option<&str>) {
    let snapshot = match tether.workspaces().snapshot().await {
        Ok(s) => s,
        Err(err) => return tracing::warn!(%err, "cannot read workspaces"),
    };
    let normalised = tether_core::rocketchat::WorkspaceUrl::parse(url).map(|u| u.to_string());
    let existing = snapshot
        .workspaces
        .iter()
        .find(|w| normalised.as_ref().ok() == Some(&w.url));
    let workspace_id = match existing {
        // A live session (or one waiting for the network) needs no password.
        Some(w)
            if matches!(
                w.connection,
                Connection::Online
                    | Connection::Connecting
                    | Connection::Offline { .. }
                    | Connection::CertificateUntrusted { .. }
            ) =>
        {
            return;
        }
        // Added before but signed out (or never signed in): sign in to that workspace.
        Some(w) => w.id.clone(),
        None => match tether.workspaces().add(url).await {
            Ok(w) => w.id,
            Err(err) => {
                return tracing::warn!(%err, "cannot add the workspace given on the command line");
            }
        },
    };
    let (Some(user), Ok(password)) = (user, std::env::var("TETHER_PASSWORD")) else {
        return;
    };
    if let Err(err) = tether
        .session()
        .sign_in_password(&workspace_id, user, Sensitive::new(password))
        .await
    {
        tracing::warn!(code = ?err.code(), %err, "sign-in from the command line failed");
    }
}
