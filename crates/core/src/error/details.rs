//! What an error is about, as the UI receives it: a tagged union (`about`) generated into
//! TypeScript, so the UI reads `details.fingerprint` of a certificate error, never a string key
//! it hopes is there. Every variant about something the user typed names that `field`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The structured part of an [`super::IpcError`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "about", rename_all = "snake_case")]
pub enum ErrorDetails {
    /// A value the user typed or chose (its field).
    Field {
        /// The field: `url`, `username`, `code`, a preference key, …
        field: String,
    },
    /// The workspace address: not https, or not a Rocket.Chat server.
    Address {
        /// Always `url`.
        field: String,
        /// The address as understood.
        url: String,
    },
    /// The server's version is older than Tether supports.
    Version {
        /// Always `url`.
        field: String,
        /// The version it reported.
        found: String,
        /// The oldest Tether supports.
        minimum: String,
    },
    /// The server could not be reached.
    Unreachable {
        /// Its address.
        url: String,
        /// Why, in words.
        reason: String,
    },
    /// The server's TLS certificate is not trusted; the user may trust exactly this one.
    Certificate {
        /// Always `url`.
        field: String,
        /// The workspace's address.
        url: String,
        /// The host that presented it.
        host: String,
        /// Its SHA-256 fingerprint, as shown to the user.
        fingerprint: String,
        /// Why the platform refused it.
        reason: String,
        /// It differs from a certificate the user trusted before.
        changed: bool,
    },
    /// This account of this server is in Tether already.
    AccountAlreadyAdded {
        /// Always `username`.
        field: String,
        /// The workspace entry that holds it.
        workspace_id: String,
    },
    /// Signed in as another account than the one this entry belongs to.
    WrongAccount {
        /// Always `username`.
        field: String,
        /// The account the entry belongs to.
        expected: String,
    },
    /// The server refused, with its own error.
    Server {
        /// The field the server's error concerns, when it names one.
        field: Option<String>,
        /// The endpoint called.
        endpoint: String,
        /// The HTTP status.
        status: u16,
        /// The server's `error` text.
        server_error: String,
        /// The server's error code (`errorType`, or the code in `error`).
        error_type: Option<String>,
        /// The server's `details`, as it sent them.
        server_details: Option<Value>,
        /// How long to wait before trying again (a rate limit).
        retry_after_seconds: Option<u32>,
    },
    /// The server answered something Tether does not understand.
    Protocol {
        /// The endpoint called.
        endpoint: String,
    },
    /// A sound that does not exist.
    Sound {
        /// Its id.
        sound: String,
    },
    /// An update step failed (the desktop shell's updater).
    Update {
        /// The updater's own name for the failure (`minisign`, `release_not_found`, …).
        cause: String,
        /// The updater's own text, for a bug report.
        text: String,
    },
}

impl ErrorDetails {
    /// As the UI receives it (`{"about": …, …}`).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The field the error concerns, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ErrorDetails::Field { field }
            | ErrorDetails::Address { field, .. }
            | ErrorDetails::Version { field, .. }
            | ErrorDetails::Certificate { field, .. }
            | ErrorDetails::AccountAlreadyAdded { field, .. }
            | ErrorDetails::WrongAccount { field, .. } => Some(field),
            ErrorDetails::Server { field, .. } => field.as_deref(),
            ErrorDetails::Unreachable { .. }
            | ErrorDetails::Protocol { .. }
            | ErrorDetails::Sound { .. }
            | ErrorDetails::Update { .. } => None,
        }
    }
}
