//! The error model: one `thiserror` enum for core, and the `{code, message, details}` shape that
//! crosses the IPC boundary. The UI acts on [`ErrorCode`], never on message text.

mod details;

pub use details::ErrorDetails;

use serde::{Deserialize, Serialize};

use crate::ports::{NotifyError, SoundError};
use crate::rocketchat::ApiError;

/// Result with core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A stable, machine-readable error code. Adding a variant is fine; renaming one breaks the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Something the user typed is not acceptable; `details.field` names the field.
    InvalidInput,
    /// Plain http to a host that is not loopback.
    InsecureUrl,
    /// The server cannot be reached (offline, DNS, refused, timed out).
    Unreachable,
    /// The server answered, but it is not a Rocket.Chat server.
    NotRocketChat,
    /// The server is older than the oldest version Tether supports.
    UnsupportedVersion,
    /// The server's TLS certificate is not trusted; `details` has `host`, `fingerprint` (SHA-256)
    /// and `reason`. The user may trust that exact certificate.
    CertificateUntrusted,
    /// Wrong username or password.
    InvalidCredentials,
    /// The account needs a second factor to sign in.
    TwoFactorRequired,
    /// The second-factor code was wrong.
    TwoFactorInvalid,
    /// Too many wrong emailed codes: ask for a new one.
    TwoFactorMaxAttempts,
    /// The sign-in with a second factor took too long or was not started: start again.
    SignInExpired,
    /// Too many attempts; `details.retry_after_seconds` says how long to wait.
    RateLimited,
    /// Sign-in is blocked for this user or address after repeated failures.
    LoginBlocked,
    /// The account is deactivated.
    AccountNotActivated,
    /// The workspace requires a verified email address.
    EmailNotVerified,
    /// The workspace's license has no free seat.
    SeatLimitReached,
    /// The account may not sign in (app users).
    AccountNotAllowed,
    /// This user on this server is already in Tether; `details.workspace_id` names it.
    AccountAlreadyAdded,
    /// Signed in as someone other than the account this workspace entry belongs to.
    WrongAccount,
    /// The stored session is no longer valid: sign in again.
    SessionExpired,
    /// The server refused the action for this user.
    Forbidden,
    /// Another server-side failure; `details` carries the server's own error.
    Server,
    /// The action needs the server, which cannot be reached now (offline edits are kept, but
    /// this is not one of them); `details.field` names the field.
    NeedsServer,
    /// The server answered something Tether does not understand.
    Protocol,
    /// No such workspace in Tether.
    WorkspaceNotFound,
    /// Not signed in to that workspace.
    NotSignedIn,
    /// The page or action belongs to another kind of server than this workspace's.
    NotForServerKind,
    /// The OS keyring failed.
    Keyring,
    /// The local cache failed.
    Storage,
    /// No desktop notification service answers (no session bus, or no notification daemon).
    NotificationServiceMissing,
    /// The desktop's settings turn Tether's notifications off.
    NotificationsDisabled,
    /// The desktop's do-not-disturb mode is on.
    DoNotDisturb,
    /// The notification service did not answer in time.
    NotificationTimeout,
    /// The notification service failed otherwise.
    NotificationFailed,
    /// No audio output device can be opened.
    AudioDeviceMissing,
    /// No sound with that id (built in or the workspace's).
    SoundNotFound,
    /// The sound file cannot be played (damaged or an unknown format).
    SoundUndecodable,
    /// Tether could not ask its update server (offline, no answer in time, no valid release
    /// list); it tries again later by itself. Shown quietly, never as an alarm.
    UpdateCheckFailed,
    /// An update's download failed or stalled; nothing was installed.
    UpdateDownloadFailed,
    /// An update was refused: not signed by Tether's key, or signed for another version than
    /// the one announced. Nothing was installed.
    UpdateNotTrusted,
    /// This copy of Tether cannot update itself (it was not installed from a Tether package);
    /// the message says where to get the update.
    UpdateNotInstallable,
    /// The administrator turned updates off for this computer.
    UpdatesDisabled,
    /// The package could not be installed (refused password, package manager failure); the
    /// installed version is unchanged.
    UpdateInstallFailed,
    /// The download was cancelled.
    UpdateCancelled,
}

/// The error that crosses the IPC boundary: `{code, message, details}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct IpcError {
    /// What went wrong, for the UI to act on.
    pub code: ErrorCode,
    /// A sentence for a person: what happened and what to do.
    pub message: String,
    /// What the error is about (the field concerned, the server's own error, a wait time); boxed,
    /// so that a command's `Result` stays small.
    pub details: Option<Box<ErrorDetails>>,
}

/// Core's error type.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user's input was rejected before anything was sent.
    #[error("{message}")]
    InvalidInput {
        /// Which input field.
        field: &'static str,
        /// Why, in words.
        message: String,
    },
    /// Plain http is only allowed for loopback.
    #[error(
        "{url} uses plain http, which would send your password and token unencrypted. Use https:// (plain http is only allowed for this computer: localhost, 127.0.0.1, ::1)."
    )]
    InsecureUrl {
        /// The rejected URL.
        url: String,
    },
    /// The server could not be reached.
    #[error("Cannot reach {url}: {reason}")]
    Unreachable {
        /// Where we tried to go.
        url: String,
        /// Why, as the network layer says.
        reason: String,
    },
    /// The server is not Rocket.Chat.
    #[error("{url} does not look like a Rocket.Chat server: {reason}")]
    NotRocketChat {
        /// The probed URL.
        url: String,
        /// What was wrong with its answer.
        reason: String,
    },
    /// The server is too old.
    #[error(
        "This server runs Rocket.Chat {found}; Tether supports Rocket.Chat {minimum} and newer. Ask the workspace's admin to update it."
    )]
    UnsupportedVersion {
        /// The server's version.
        found: String,
        /// The oldest supported version.
        minimum: String,
    },
    /// The server's certificate is not trusted.
    #[error(
        "{}The secure connection to {host} was refused because its certificate is not trusted: {reason}. Its SHA-256 fingerprint is {fingerprint}. Trust it only if this matches the fingerprint your workspace's admin gives you.",
        if *changed { "The certificate changed since you trusted it. " } else { "" }
    )]
    CertificateUntrusted {
        /// The workspace URL.
        url: String,
        /// The host whose certificate was refused.
        host: String,
        /// SHA-256 fingerprint, `AB:CD:…`.
        fingerprint: String,
        /// Why the platform refused it.
        reason: String,
        /// Whether another certificate of this host was trusted before (so it changed).
        changed: bool,
    },
    /// The user on this server is already in Tether.
    #[error(
        "You are already signed in to this server as {username} (workspace “{workspace_name}”). Switch to it, or sign in here as another user."
    )]
    AccountAlreadyAdded {
        /// The username.
        username: String,
        /// The workspace that has it.
        workspace_id: String,
        /// Its name.
        workspace_name: String,
    },
    /// A workspace entry belongs to one account; someone else signed in.
    #[error(
        "This workspace entry belongs to {expected}, but you signed in as {got}. Sign in as {expected}, or add the workspace again to use {got} as well."
    )]
    WrongAccount {
        /// The entry's account.
        expected: String,
        /// Who signed in.
        got: String,
    },
    /// No sign-in waiting for a code, or it took too long.
    #[error("This sign-in took too long or was already finished. Enter your password again.")]
    SignInExpired,
    /// The user id and personal access token were refused.
    #[error(
        "The server did not accept this user id and access token. Check both (the user id is shown next to the token when you create it), or create a new token."
    )]
    TokenRejected,
    /// The server answered with a failure envelope.
    #[error("{}", .0.user_message())]
    Api(Box<ApiError>),
    /// A Chatwoot server refused (its own bodies, reference chatwoot-api.md B11).
    #[error("{}", .0.user_message())]
    Chatwoot(Box<crate::chatwoot::ChatwootError>),
    /// The server's answer could not be understood.
    #[error("Unexpected answer from {endpoint}: {reason}")]
    Protocol {
        /// The endpoint.
        endpoint: String,
        /// What was wrong.
        reason: String,
    },
    /// The action needs the server and the workspace is offline.
    #[error(
        "{workspace} cannot be reached: {action} needs its server. Try again when it is back; your other changes are kept."
    )]
    NeedsServer {
        /// The workspace's name.
        workspace: String,
        /// What the user tried, as a noun phrase ("changing the avatar").
        action: &'static str,
        /// The field concerned.
        field: &'static str,
    },
    /// Unknown workspace id.
    #[error("There is no workspace with id {0} in Tether.")]
    WorkspaceNotFound(String),
    /// No session for the workspace.
    #[error("You are not signed in to {0}. Sign in to continue.")]
    NotSignedIn(String),
    /// A Rocket.Chat page asked of a Chatwoot workspace, or the other way round.
    #[error("{workspace} is a {kind} workspace: {feature} is not part of {kind}.")]
    NotForServerKind {
        /// The workspace's name.
        workspace: String,
        /// Its server kind, in words.
        kind: &'static str,
        /// What was asked, as a noun phrase.
        feature: &'static str,
    },
    /// The keyring failed.
    #[error(transparent)]
    Keyring(#[from] crate::ports::SecretError),
    /// SQLite failed.
    #[error("The local cache failed: {0}")]
    Storage(#[from] sqlx::Error),
    /// A migration failed.
    #[error("The local cache could not be upgraded: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Filesystem trouble around the cache.
    #[error("The local cache could not be opened: {0}")]
    Io(#[from] std::io::Error),
    /// A cached row could not be decoded.
    #[error("A cached record is damaged: {0}")]
    Corrupt(#[from] serde_json::Error),
    /// A desktop notification could not be shown.
    #[error(transparent)]
    Notify(#[from] crate::ports::NotifyError),
    /// A sound could not be played.
    #[error(transparent)]
    Sound(#[from] crate::ports::SoundError),
    /// No such sound.
    #[error(
        "There is no sound “{0}”: choose one of the built-in sounds or the workspace's own (`tether sound list` lists them)."
    )]
    SoundNotFound(String),
}

impl Error {
    /// Whether the same request may succeed later without anyone changing it: the network,
    /// the server or something in front of it failed, or a rate limit. Offline edits that met
    /// such a failure wait and are retried with a growing pause; they are never refused for it.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Unreachable { .. } | Error::Protocol { .. } => true,
            Error::Api(api) => api.is_transient(),
            Error::Chatwoot(err) => err.is_transient(),
            _ => false,
        }
    }

    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidInput { .. } => ErrorCode::InvalidInput,
            Error::InsecureUrl { .. } => ErrorCode::InsecureUrl,
            Error::Unreachable { .. } => ErrorCode::Unreachable,
            Error::NotRocketChat { .. } => ErrorCode::NotRocketChat,
            Error::UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
            Error::CertificateUntrusted { .. } => ErrorCode::CertificateUntrusted,
            Error::AccountAlreadyAdded { .. } => ErrorCode::AccountAlreadyAdded,
            Error::WrongAccount { .. } => ErrorCode::WrongAccount,
            Error::SignInExpired => ErrorCode::SignInExpired,
            Error::TokenRejected => ErrorCode::InvalidCredentials,
            Error::Api(api) => api.code(),
            Error::Chatwoot(err) => err.code(),
            Error::Protocol { .. } => ErrorCode::Protocol,
            Error::NeedsServer { .. } => ErrorCode::NeedsServer,
            Error::WorkspaceNotFound(_) => ErrorCode::WorkspaceNotFound,
            Error::NotSignedIn(_) => ErrorCode::NotSignedIn,
            Error::NotForServerKind { .. } => ErrorCode::NotForServerKind,
            Error::Keyring(_) => ErrorCode::Keyring,
            Error::Storage(_) | Error::Migrate(_) | Error::Io(_) | Error::Corrupt(_) => {
                ErrorCode::Storage
            }
            Error::Notify(err) => match err {
                NotifyError::ServiceMissing(_) => ErrorCode::NotificationServiceMissing,
                NotifyError::Disabled(_) => ErrorCode::NotificationsDisabled,
                NotifyError::DoNotDisturb(_) => ErrorCode::DoNotDisturb,
                NotifyError::Timeout(_) => ErrorCode::NotificationTimeout,
                NotifyError::Failed(_) => ErrorCode::NotificationFailed,
            },
            Error::Sound(SoundError::NoDevice(_)) => ErrorCode::AudioDeviceMissing,
            Error::Sound(SoundError::Undecodable(_)) => ErrorCode::SoundUndecodable,
            Error::SoundNotFound(_) => ErrorCode::SoundNotFound,
        }
    }

    /// Structured details for the UI.
    pub fn details(&self) -> Option<ErrorDetails> {
        let field = |f: &str| f.to_owned();
        Some(match self {
            Error::InvalidInput { field: f, .. } | Error::NeedsServer { field: f, .. } => {
                ErrorDetails::Field { field: field(f) }
            }
            Error::TokenRejected => ErrorDetails::Field {
                field: field("token"),
            },
            Error::InsecureUrl { url } | Error::NotRocketChat { url, .. } => {
                ErrorDetails::Address {
                    field: field("url"),
                    url: url.clone(),
                }
            }
            Error::Unreachable { url, reason } => ErrorDetails::Unreachable {
                url: url.clone(),
                reason: reason.clone(),
            },
            Error::UnsupportedVersion { found, minimum } => ErrorDetails::Version {
                field: field("url"),
                found: found.clone(),
                minimum: minimum.clone(),
            },
            Error::CertificateUntrusted {
                url,
                host,
                fingerprint,
                reason,
                changed,
            } => ErrorDetails::Certificate {
                field: field("url"),
                url: url.clone(),
                host: host.clone(),
                fingerprint: fingerprint.clone(),
                reason: reason.clone(),
                changed: *changed,
            },
            Error::AccountAlreadyAdded { workspace_id, .. } => ErrorDetails::AccountAlreadyAdded {
                field: field("username"),
                workspace_id: workspace_id.clone(),
            },
            Error::WrongAccount { expected, .. } => ErrorDetails::WrongAccount {
                field: field("username"),
                expected: expected.clone(),
            },
            Error::Api(api) => ErrorDetails::Server {
                field: api.field().map(str::to_owned),
                endpoint: api.endpoint.clone(),
                status: api.status,
                server_error: api.error.clone(),
                error_type: api.server_code().map(str::to_owned),
                server_details: api.details.clone(),
                retry_after_seconds: api
                    .retry_after_seconds
                    .map(|s| u32::try_from(s).unwrap_or(u32::MAX)),
            },
            Error::Chatwoot(err) => ErrorDetails::Server {
                field: err.field().map(str::to_owned),
                endpoint: err.endpoint.clone(),
                status: err.status,
                server_error: err.error.clone(),
                error_type: None,
                server_details: None,
                retry_after_seconds: None,
            },
            Error::Protocol { endpoint, .. } => ErrorDetails::Protocol {
                endpoint: endpoint.clone(),
            },
            Error::SoundNotFound(id) => ErrorDetails::Sound { sound: id.clone() },
            _ => return None,
        })
    }

    /// The field the error concerns, when there is one (from [`Error::details`]).
    pub fn field(&self) -> Option<String> {
        self.details()?.field().map(str::to_owned)
    }
}

impl From<ApiError> for Error {
    fn from(err: ApiError) -> Self {
        // Boxed: the server's error is large and rare; keep `Result<T>` small on the hot path.
        Error::Api(Box::new(err))
    }
}

impl From<crate::chatwoot::ChatwootError> for Error {
    fn from(err: crate::chatwoot::ChatwootError) -> Self {
        Error::Chatwoot(Box::new(err))
    }
}

impl From<Error> for IpcError {
    fn from(err: Error) -> Self {
        IpcError {
            code: err.code(),
            message: err.to_string(),
            details: err.details().map(Box::new),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipc_error_carries_code_message_and_field() {
        let ipc = IpcError::from(Error::InvalidInput {
            field: "url",
            message: "Enter the workspace address.".into(),
        });
        assert_eq!(ipc.code, ErrorCode::InvalidInput);
        assert_eq!(ipc.message, "Enter the workspace address.");
        assert_eq!(
            ipc.details,
            Some(Box::new(ErrorDetails::Field {
                field: "url".into()
            })),
            "the UI places the message on the field named in details"
        );
        let wire = serde_json::to_value(&ipc).unwrap();
        assert_eq!(
            wire["code"], "invalid_input",
            "codes are snake_case on the wire"
        );
    }
}
