//! Start-up: options from the environment and command line, and the background revalidation of
//! stored sessions (never blocking the window).

use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tether_core::workspace::Connection;
use tether_core::{Sensitive, Tether};

/// Start-up options.
///
/// - `TETHER_DATA_DIR`: where the cache lives (default: the platform's app data dir).
/// - `--workspace URL [--user NAME] [--password-env VAR]`, repeatable: add each workspace and
///   sign in at start if no account is signed in there yet, with the password in `$VAR`
///   (`TETHER_PASSWORD` by default). `cargo xtask run` uses this to open the app signed in to
///   the Rocket.Chat and Chatwoot sandboxes. Passwords are read from the environment, not the
///   command line, so they do not show in process lists.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub data_dir: Option<PathBuf>,
    pub workspaces: Vec<StartWorkspace>,
    /// `--hidden` (a start at login): the window stays hidden, Tether waits in the tray.
    pub hidden: bool,
}

/// A workspace to add and sign in to at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartWorkspace {
    pub url: String,
    pub user: Option<String>,
    /// The environment variable holding the password.
    pub password_env: String,
}

impl Options {
    pub fn from_env_and_args() -> Self {
        let mut options = Options {
            data_dir: std::env::var_os("TETHER_DATA_DIR").map(PathBuf::from),
            ..Default::default()
        };
        options.read_args(std::env::args().skip(1));
        options
    }

    fn read_args(&mut self, args: impl Iterator<Item = String>) {
        let mut args = args;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--workspace" => {
                    if let Some(url) = args.next() {
                        self.workspaces.push(StartWorkspace {
                            url,
                            user: None,
                            password_env: "TETHER_PASSWORD".into(),
                        });
                    }
                }
                // `--user` and `--password-env` belong to the `--workspace` before them.
                "--user" => {
                    if let (Some(w), Some(user)) = (self.workspaces.last_mut(), args.next()) {
                        w.user = Some(user);
                    }
                }
                "--password-env" => {
                    if let (Some(w), Some(var)) = (self.workspaces.last_mut(), args.next()) {
                        w.password_env = var;
                    }
                }
                "--hidden" => self.hidden = true,
                _ => {}
            }
        }
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
        for start in &options.workspaces {
            sign_in_from_options(&tether, start).await;
        }
    });
}

async fn sign_in_from_options(tether: &Tether, start: &StartWorkspace) {
    let url = start.url.as_str();
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
    let (Some(user), Ok(password)) = (&start.user, std::env::var(&start.password_env)) else {
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

/// Another launch of Tether on this data folder handed over its arguments: show the window,
/// and add the workspaces it names (its passwords stay in its own environment, so the user
/// signs in on the page).
pub fn on_second_launch(app: &AppHandle, args: Vec<String>) {
    tracing::info!(arguments = args.len(), "second launch: showing the window");
    crate::platform::tray::show_window(app);
    let mut options = Options::default();
    options.read_args(args.into_iter());
    if options.workspaces.is_empty() {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let tether = app.state::<Tether>();
        for start in options.workspaces {
            let without_password = StartWorkspace {
                user: None,
                ..start
            };
            sign_in_from_options(&tether, &without_password).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_workspace_keeps_its_own_user_and_password_variable() {
        let mut options = Options::default();
        let args = "--workspace http://a --user alice --workspace http://b --user cora@x --password-env CW --hidden";
        options.read_args(args.split(' ').map(str::to_owned));
        assert_eq!(
            options.workspaces,
            vec![
                StartWorkspace {
                    url: "http://a".into(),
                    user: Some("alice".into()),
                    password_env: "TETHER_PASSWORD".into(),
                },
                StartWorkspace {
                    url: "http://b".into(),
                    user: Some("cora@x".into()),
                    password_env: "CW".into(),
                },
            ]
        );
        assert!(options.hidden);
    }
}
