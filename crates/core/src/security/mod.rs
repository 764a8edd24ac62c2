//! Account security (reference §6): the password policy while typing, the Security page's
//! overview, and authenticator and email two-factor authentication (with the backup codes file).
//! The encryption key is in `encryption`, the devices in `devices`. Guarded calls go through
//! the shared second-factor flow (`guarded`).

use base64::Engine;
use serde::Serialize;

use crate::context::Context;
use crate::session::{Guarded, SessionApi};
use password_policy::PasswordPolicy;

mod backup_codes;
pub mod crypto_keys;
mod devices;
mod encryption;
pub mod password_policy;
mod tokens;

use crate::ports::{ChangeOrigin, CoreEvent};
use crate::rocketchat::TotpApi;
use crate::store::WorkspaceRow;
use crate::workspace::Confirmation;
use crate::{Error, Result};
pub use backup_codes::save_backup_codes;
pub use devices::{DeviceSession, DeviceSessions};
pub use tokens::{AccessToken, AccessTokens, NewAccessToken};

/// The security slice's operations.
#[derive(Clone, Copy)]
pub struct SecurityApi<'a> {
    ctx: &'a Context,
    session: SessionApi<'a>,
}

impl<'a> SecurityApi<'a> {
    pub(crate) fn new(ctx: &'a Context, session: SessionApi<'a>) -> Self {
        SecurityApi { ctx, session }
    }
}

/// Settings that say which security features the workspace offers (also read with the
/// profile: `PROFILE_RULE_SETTINGS`).
const SECURITY_SETTINGS: [&str; 4] = [
    "Accounts_TwoFactorAuthentication_Enabled",
    "Accounts_TwoFactorAuthentication_By_TOTP_Enabled",
    "Accounts_TwoFactorAuthentication_By_Email_Enabled",
    "E2E_Enable",
];

/// What the Security page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct SecurityOverview {
    /// Authenticator-app 2FA.
    pub totp: TotpState,
    /// Email 2FA.
    pub email: EmailTwoFactorState,
    /// End-to-end encryption.
    pub encryption: EncryptionState,
}

/// Authenticator-app 2FA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct TotpState {
    /// The workspace offers it (`Accounts_TwoFactorAuthentication_Enabled` and `…_By_TOTP_…`).
    pub available: bool,
    /// It is on for this account.
    pub enabled: bool,
    /// Unused backup codes, when on.
    pub backup_codes_remaining: Option<u32>,
}

/// Email 2FA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct EmailTwoFactorState {
    /// The workspace offers it.
    pub available: bool,
    /// It is on for this account.
    pub enabled: bool,
    /// The address codes go to.
    pub email: Option<String>,
    /// Whether that address is verified: codes go only to a verified address, so the server
    /// refuses to turn this on before.
    pub email_verified: bool,
}

/// End-to-end encryption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct EncryptionState {
    /// The workspace has end-to-end encryption on (`E2E_Enable`).
    pub available: bool,
    /// This account has keys on the server (set up by a client).
    pub has_keys: bool,
}

/// A new authenticator secret, to be added to an app and confirmed with a code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct TotpSetup {
    /// The secret in groups of four, to type in by hand.
    pub secret: String,
    /// A QR code of it, as a `data:image/png;base64,…` address.
    pub qr_code: String,
    /// The account name the app will show.
    pub account: String,
}

/// Backup codes, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct BackupCodes {
    /// Eight characters each; each works once in place of an authenticator code.
    pub codes: Vec<String>,
}

pub(crate) fn invalid(field: &'static str, message: &str) -> Error {
    Error::InvalidInput {
        field,
        message: message.to_owned(),
    }
}

/// A code as typed: spaces and dashes go.
fn typed_code(code: &str) -> Result<String> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if code.is_empty() {
        return Err(invalid(
            "code",
            "Enter the 6-digit code from your authenticator app.",
        ));
    }
    Ok(code)
}

/// The secret in groups of four characters.
pub(crate) fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A QR code of the secret for an authenticator app (SHA-1, 6 digits, 30 s: Rocket.Chat's and
/// Chatwoot's, RFC 6238's defaults).
pub(crate) fn qr_code(secret: &str, issuer: &str, account: &str) -> Result<String> {
    let failed = |why: String| Error::Protocol {
        endpoint: format!("the authenticator secret of {issuer}"),
        reason: format!("the authenticator secret could not be drawn: {why}"),
    };
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| failed(format!("{e:?}")))?;
    // The label may not contain ':' (it separates issuer and account).
    let issuer = issuer.replace(':', " ");
    let totp = totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some(issuer),
        account.replace(':', " "),
    );
    let png = totp.get_qr_png().map_err(failed)?;
    Ok(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    ))
}

impl SecurityApi<'_> {
    /// The workspace's password policy (`pw.getPolicy`), for checking a new password while it
    /// is typed ([`PasswordPolicy::check`]).
    pub async fn password_policy(&self, workspace_id: &str) -> Result<PasswordPolicy> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let answer = self
            .session
            .noted(&row, client.password_policy(&creds).await)
            .await?;
        Ok(PasswordPolicy::from_server(&answer))
    }

    /// What the Security page shows, read from the server. The account's own 2FA switches come
    /// from `/me`, which is cached as the profile too (one call; the server rate-limits each
    /// route).
    pub async fn overview(&self, workspace_id: &str) -> Result<SecurityOverview> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let me = self.session.noted(&row, client.me(&creds).await).await?;
        let mut profile = crate::workspace::Profile::from(&me);
        // The avatar picture is fetched by the profile's refresh when the etag it has cached
        // changes: keep the cached etag, so a new avatar is still noticed there.
        if let Some((cached, _)) = self.ctx.store.profile(&row.id).await? {
            profile.avatar_etag = cached.avatar_etag;
        }
        self.ctx
            .store
            .put_profile(&row.id, &profile, self.ctx.clock.now())
            .await?;
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin: ChangeOrigin::Command,
        });
        // Read with the profile (and cached); fetched here only when missing.
        let mut settings = self.ctx.store.public_settings(&row.id).await?;
        if SECURITY_SETTINGS
            .iter()
            .any(|id| !settings.contains_key(*id))
        {
            let fetched = self
                .session
                .noted(&row, client.settings_public(&SECURITY_SETTINGS).await)
                .await?;
            let pairs: Vec<_> = fetched.into_iter().map(|s| (s.id, s.value)).collect();
            self.ctx
                .store
                .put_public_settings(&row.id, &pairs, self.ctx.clock.now())
                .await?;
            settings.extend(pairs);
        }
        let on = |id: &str| settings.get(id) == Some(&serde_json::Value::Bool(true));
        let two_factor = on("Accounts_TwoFactorAuthentication_Enabled");
        let remaining = if profile.totp_enabled {
            let api = TotpApi::for_version(&row.server_version);
            Some(
                self.session
                    .noted(&row, client.totp_codes_remaining(&creds, api).await)
                    .await?,
            )
        } else {
            None
        };
        let encryption = on("E2E_Enable");
        let has_keys = if encryption {
            let (public, private) = self
                .session
                .noted(&row, client.e2e_keys(&creds).await)
                .await?;
            public.is_some() && private.is_some()
        } else {
            false
        };
        let email = profile.emails.first();
        Ok(SecurityOverview {
            totp: TotpState {
                available: two_factor && on("Accounts_TwoFactorAuthentication_By_TOTP_Enabled"),
                enabled: profile.totp_enabled,
                backup_codes_remaining: remaining,
            },
            email: EmailTwoFactorState {
                available: two_factor && on("Accounts_TwoFactorAuthentication_By_Email_Enabled"),
                enabled: profile.email2fa_enabled,
                email: email.map(|e| e.address.clone()),
                email_verified: email.is_some_and(|e| e.verified),
            },
            encryption: EncryptionState {
                available: encryption,
                has_keys,
            },
        })
    }

    /// Starts turning on authenticator 2FA: a new secret as text and as a QR code. Nothing
    /// changes until [`SecurityApi::totp_confirm`] checks a code from the app.
    pub async fn totp_enable(
        &self,
        workspace_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<TotpSetup>> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let account = row
            .account
            .as_ref()
            .map(|a| a.username.clone())
            .unwrap_or_default();
        let issuer = row.name.clone();
        self.session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                let made = client.totp_enable(&creds, api, second).await?;
                Ok(TotpSetup {
                    secret: grouped(made.secret.expose()),
                    qr_code: qr_code(made.secret.expose(), &issuer, &account)?,
                    account,
                })
            })
            .await
    }

    /// Confirms the new secret with a code from the app: 2FA is on, and the backup codes come
    /// back, to be shown once. The server signs out the account's other sessions.
    pub async fn totp_confirm(
        &self,
        workspace_id: &str,
        code: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<BackupCodes>> {
        let code = typed_code(code)?;
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let step = self
            .session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                let codes = client.totp_validate(&creds, api, &code, second).await?;
                Ok(BackupCodes { codes })
            })
            .await?;
        if matches!(step, Guarded::Done { .. }) {
            self.two_factor_changed(&row, Some(true), None).await?;
        }
        Ok(step)
    }

    /// Turns authenticator 2FA off with a code from the app or a backup code.
    pub async fn totp_disable(&self, workspace_id: &str, code: &str) -> Result<()> {
        let code = typed_code(code)?;
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let disabled = self
            .session
            .noted(&row, client.totp_disable(&creds, api, &code).await)
            .await?;
        if !disabled {
            return Err(invalid(
                "code",
                "That code is not correct: two-factor authentication is still on. Enter the current code from your authenticator app, or an unused backup code.",
            ));
        }
        self.two_factor_changed(&row, Some(false), None).await
    }

    /// New backup codes; the old ones stop working.
    pub async fn totp_regenerate_codes(
        &self,
        workspace_id: &str,
        code: &str,
    ) -> Result<BackupCodes> {
        let code = typed_code(code)?;
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        match self
            .session
            .noted(&row, client.totp_regenerate_codes(&creds, api, &code).await)
            .await?
        {
            Some(codes) => Ok(BackupCodes { codes }),
            None => Err(invalid(
                "code",
                "That code is not correct, so no new backup codes were made. Enter the current code from your authenticator app.",
            )),
        }
    }

    /// Turns email 2FA on or off. On needs a verified address (the server would refuse);
    /// off is guarded by a second factor, asked every time.
    pub async fn email_two_factor_set(
        &self,
        workspace_id: &str,
        enabled: bool,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        if enabled {
            let verified = self
                .ctx
                .store
                .profile(&row.id)
                .await?
                .is_some_and(|(p, _)| p.emails.first().is_some_and(|e| e.verified));
            if !verified {
                return Err(invalid(
                    "email_two_factor",
                    "Verify your email address first: the workspace sends codes only to a verified address. Use \"Resend verification email\" on the Profile page and open the link in that email.",
                ));
            }
        }
        let step = self
            .session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                client.email_two_factor(&creds, enabled, second).await
            })
            .await?;
        if matches!(step, Guarded::Done { .. }) {
            self.two_factor_changed(&row, None, Some(enabled)).await?;
        }
        Ok(step)
    }

    /// The cached profile's 2FA switches after a change the server confirmed (no extra call:
    /// a password change asks the right second factor at once).
    async fn two_factor_changed(
        &self,
        row: &WorkspaceRow,
        totp: Option<bool>,
        email: Option<bool>,
    ) -> Result<()> {
        if let Some((mut profile, _)) = self.ctx.store.profile(&row.id).await? {
            profile.totp_enabled = totp.unwrap_or(profile.totp_enabled);
            profile.email2fa_enabled = email.unwrap_or(profile.email2fa_enabled);
            self.ctx
                .store
                .put_profile(&row.id, &profile, self.ctx.clock.now())
                .await?;
            self.ctx.events.emit(CoreEvent::ProfileUpdated {
                workspace_id: row.id.clone(),
                origin: ChangeOrigin::Command,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_grouped_for_typing() {
        assert_eq!(grouped("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(grouped("ABCDE"), "ABCD E");
    }
}
