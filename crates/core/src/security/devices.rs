//! Devices signed in to the account (reference §8, Premium device management): the list, and
//! signing one out.

use serde::Serialize;

use super::SecurityApi;
use super::invalid;
use crate::rocketchat::SessionListing;
use crate::{Error, Result};

/// The devices signed in to the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DeviceSessions {
    /// Whether the workspace lists them (device management is a Premium feature); when not,
    /// only "sign out everywhere else" is possible.
    pub available: bool,
    /// Newest first.
    pub sessions: Vec<DeviceSession>,
}

/// One signed-in device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct DeviceSession {
    /// What signs it out.
    pub id: String,
    /// The app or browser, with its version.
    pub device: String,
    /// The operating system.
    pub os: String,
    /// The address it signed in from.
    pub ip: String,
    /// When it signed in (RFC 3339), when known.
    pub signed_in_at: Option<String>,
    /// This very session (Tether on this computer).
    pub current: bool,
}

fn device_session(listing: SessionListing) -> DeviceSession {
    let device = listing.device.unwrap_or_default();
    let joined = |parts: [Option<String>; 2]| {
        parts
            .into_iter()
            .flatten()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let os = device.os.unwrap_or_default();
    let mut name = joined([device.name, device.long_version]);
    if name.is_empty() {
        name = device.kind.unwrap_or_else(|| "Unknown device".into());
    }
    DeviceSession {
        id: listing.session_id,
        device: name,
        os: joined([os.name, os.version]),
        ip: listing.ip.unwrap_or_default(),
        signed_in_at: listing
            .login_at
            .as_ref()
            .and_then(crate::preferences::parse_date)
            .map(|t| t.to_rfc3339()),
        current: listing.current.unwrap_or(false),
    }
}

/// A failure of a `sessions/*` call that means the workspace has no device management: the
/// license check's 401 `{error: "unauthorized"}` (an ended session says "You must be logged in").
fn is_unlicensed(err: &Error) -> bool {
    matches!(err, Error::Api(api) if api.status == 401 && api.server_code() == Some("unauthorized"))
}

impl SecurityApi<'_> {
    /// The devices signed in to this account, where the workspace lists them (Premium device
    /// management); `available: false` otherwise.
    pub async fn device_sessions(&self, workspace_id: &str) -> Result<DeviceSessions> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        match client.sessions(&creds).await {
            Ok(list) => {
                self.session.mark_online(&row.id);
                Ok(DeviceSessions {
                    available: true,
                    sessions: list.into_iter().map(device_session).collect(),
                })
            }
            // The license check answers 401 `unauthorized`: not a sign that the session ended.
            Err(err) if is_unlicensed(&err) => {
                self.session.mark_online(&row.id);
                Ok(DeviceSessions {
                    available: false,
                    sessions: Vec::new(),
                })
            }
            Err(err) => self.session.noted(&row, Err(err)).await,
        }
    }

    /// Signs one device out; the list as it is then.
    pub async fn device_session_sign_out(
        &self,
        workspace_id: &str,
        session_id: &str,
    ) -> Result<DeviceSessions> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let current = self.device_sessions(workspace_id).await?;
        if current
            .sessions
            .iter()
            .any(|s| s.id == session_id && s.current)
        {
            return Err(invalid(
                "session",
                "That is this session. To sign out here, use Sign out in the workspace menu.",
            ));
        }
        match client.session_logout(&creds, session_id).await {
            Ok(()) => {}
            // Already gone (signed out elsewhere): the refreshed list shows it.
            Err(Error::Api(api)) if api.status == 404 => {}
            Err(err) => return self.session.noted(&row, Err(err)).await,
        }
        self.device_sessions(workspace_id).await
    }
}
