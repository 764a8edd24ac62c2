//! Two-factor sign-in and the signed-in devices of a Chatwoot agent, where the server has them
//! (seed 004; reference chatwoot-api.md B2 "Active sessions", B6). A server without the feature
//! answers 404 for its route: the page then shows nothing about it. Managing two-factor needs a
//! session signed in with email and password: current servers refuse the personal token.

use serde::{Deserialize, Serialize};

use super::AgentApi;
use crate::chatwoot::ChatwootAuth;
use crate::security::{BackupCodes, TotpSetup, grouped, qr_code};
use crate::{Error, Result, Sensitive};

/// What the Security page shows for a Chatwoot workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentSecurity {
    /// Two-factor sign-in, when the server has it.
    pub two_factor: Option<AgentTwoFactor>,
    /// Tether signed in with the personal access token: two-factor cannot be managed from it.
    pub token_session: bool,
    /// The signed-in devices, when the server lists them.
    pub devices: Option<Vec<AgentDevice>>,
}

/// Two-factor sign-in's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentTwoFactor {
    /// The server can manage it (it has encryption keys).
    pub available: bool,
    /// It is on.
    pub enabled: bool,
}

/// A signed-in device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgentDevice {
    /// Its id, to sign it out.
    pub id: String,
    /// Browser or app, and platform, in words.
    pub name: String,
    /// Where it signed in from.
    pub ip_address: Option<String>,
    /// When it was last active (as the server says).
    pub last_activity_at: Option<String>,
    /// This is Tether's own session.
    pub current: bool,
}

impl AgentApi<'_> {
    /// Two-factor's state and the devices, as the server has them now.
    pub async fn security(&self, workspace_id: &str) -> Result<AgentSecurity> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "reading the security settings", "security")
            .await?;
        let two_factor = self
            .session
            .noted(&row, client.mfa_status(&auth).await)
            .await?
            .map(|s| AgentTwoFactor {
                available: s.feature_available,
                enabled: s.enabled,
            });
        let devices = self
            .session
            .noted(&row, client.sessions(&auth).await)
            .await?
            .map(|list| {
                list.into_iter()
                    .map(|d| AgentDevice {
                        id: d.id.to_string(),
                        name: [d.browser_name, d.platform_name]
                            .into_iter()
                            .flatten()
                            .filter(|p| !p.is_empty())
                            .collect::<Vec<_>>()
                            .join(" on "),
                        ip_address: d.ip_address,
                        last_activity_at: d.last_activity_at,
                        current: d.current,
                    })
                    .collect()
            });
        Ok(AgentSecurity {
            two_factor,
            token_session: matches!(auth, ChatwootAuth::Token(_)),
            devices,
        })
    }

    /// Starts turning two-factor on: the secret, as a QR code and as text.
    pub async fn two_factor_begin(&self, workspace_id: &str) -> Result<TotpSetup> {
        let (row, auth, client) = self
            .parts_online(workspace_id, "turning on two-factor sign-in", "code")
            .await?;
        needs_session(&auth)?;
        let setup = self
            .session
            .noted(&row, client.mfa_begin(&auth).await)
            .await?;
        let account = row
            .account
            .as_ref()
            .map(|a| a.username.clone())
            .unwrap_or_default();
        Ok(TotpSetup {
            secret: grouped(setup.secret.expose()),
            qr_code: qr_code(setup.secret.expose(), "Chatwoot", &account)?,
            account,
        })
    }

    /// Turns it on with the app's code: the ten backup codes, shown once.
    pub async fn two_factor_confirm(&self, workspace_id: &str, code: &str) -> Result<BackupCodes> {
        let code = six_digits(code)?;
        let (row, auth, client) = self
            .parts_online(workspace_id, "turning on two-factor sign-in", "code")
            .await?;
        needs_session(&auth)?;
        let codes = self
            .session
            .noted(&row, client.mfa_confirm(&auth, &code).await)
            .await?;
        Ok(BackupCodes {
            codes: codes.into_iter().map(|c| c.expose().clone()).collect(),
        })
    }

    /// Turns it off with the app's code and the password.
    pub async fn two_factor_disable(
        &self,
        workspace_id: &str,
        code: &str,
        password: Sensitive<String>,
    ) -> Result<()> {
        let code = six_digits(code)?;
        if password.expose().is_empty() {
            return Err(Error::InvalidInput {
                field: "password",
                message: "Enter your password.".into(),
            });
        }
        let (row, auth, client) = self
            .parts_online(workspace_id, "turning off two-factor sign-in", "code")
            .await?;
        needs_session(&auth)?;
        self.session
            .noted(&row, client.mfa_disable(&auth, &code, &password).await)
            .await
    }

    /// Signs another device out.
    pub async fn sign_out_device(&self, workspace_id: &str, device_id: &str) -> Result<()> {
        let id: u64 = device_id.parse().map_err(|_| Error::InvalidInput {
            field: "device",
            message: format!("“{device_id}” is not one of your signed-in devices."),
        })?;
        let (row, auth, client) = self
            .parts_online(workspace_id, "signing out a device", "device")
            .await?;
        self.session
            .noted(&row, client.sign_out_session(&auth, id).await)
            .await
    }
}

/// An authenticator code as typed: six digits (spaces go).
fn six_digits(code: &str) -> Result<String> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(Error::InvalidInput {
            field: "code",
            message: "Enter the 6-digit code from your authenticator app.".into(),
        })
    }
}

/// Current servers manage two-factor only from a signed-in session
/// (`errors.mfa.interactive_session_required`, B1): with the personal token the request is
/// not sent at all, and the user is told how to get a session.
fn needs_session(auth: &ChatwootAuth) -> Result<()> {
    match auth {
        ChatwootAuth::Session(_) => Ok(()),
        ChatwootAuth::Token(_) => Err(Error::InvalidInput {
            field: "code",
            message: "Chatwoot lets two-factor sign-in be changed only from a session signed in with email and password, and Tether signed in with your access token. Sign out, then sign in with your email and password to change it.".into(),
        }),
    }
}
