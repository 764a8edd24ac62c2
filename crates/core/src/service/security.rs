//! Account security (reference §6, §8): the password policy while typing, authenticator and
//! email two-factor authentication, the end-to-end encryption password and key, and the
//! devices signed in. Guarded calls go through the shared second-factor flow (`guarded`).

use base64::Engine;
use serde::Serialize;

use super::Tether;
use super::guarded::Guarded;
use crate::cache::WorkspaceRow;
use crate::password_policy::PasswordPolicy;
use crate::ports::CoreEvent;
use crate::rocketchat::{Credentials, RestClient, SessionListing, TotpApi};
use crate::workspace::{Confirmation, Connection};
use crate::{Error, Result, Sensitive};

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

fn invalid(field: &'static str, message: &str) -> Error {
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
fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A QR code of the secret for an authenticator app (SHA-1, 6 digits, 30 s: Rocket.Chat's).
fn qr_code(secret: &str, issuer: &str, account: &str) -> Result<String> {
    let failed = |why: String| Error::Protocol {
        endpoint: "users.enableTotp".into(),
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
            .and_then(super::preferences::parse_date)
            .map(|t| t.to_rfc3339()),
        current: listing.current.unwrap_or(false),
    }
}

impl Tether {
    /// The workspace, its session and a client: what every call here needs.
    async fn security_call(
        &self,
        workspace_id: &str,
    ) -> Result<(WorkspaceRow, Credentials, RestClient)> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let client = self.client(&row)?;
        Ok((row, creds, client))
    }

    /// Runs a call and records the outcome for the workspace's connection state.
    async fn noted<T>(&self, row: &WorkspaceRow, outcome: Result<T>) -> Result<T> {
        match outcome {
            Ok(value) => {
                self.mark_online(&row.id);
                Ok(value)
            }
            Err(err) => {
                self.note_failure(row, &err).await;
                Err(err)
            }
        }
    }

    /// The workspace's password policy (`pw.getPolicy`), for checking a new password while it
    /// is typed ([`PasswordPolicy::check`]).
    pub async fn password_policy(&self, workspace_id: &str) -> Result<PasswordPolicy> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let answer = self
            .noted(&row, client.password_policy(&creds).await)
            .await?;
        Ok(PasswordPolicy::from_server(&answer))
    }

    /// What the Security page shows, read from the server. The account's own 2FA switches come
    /// from `/me`, which is cached as the profile too (one call; the server rate-limits each
    /// route).
    pub async fn security_overview(&self, workspace_id: &str) -> Result<SecurityOverview> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let me = self.noted(&row, client.me(&creds).await).await?;
        let mut profile = crate::workspace::Profile::from(&me);
        // The avatar picture is fetched by the profile's refresh when the etag it has cached
        // changes: keep the cached etag, so a new avatar is still noticed there.
        if let Some((cached, _)) = self.cache.profile(&row.id).await? {
            profile.avatar_etag = cached.avatar_etag;
        }
        self.cache
            .put_profile(&row.id, &profile, self.clock.now())
            .await?;
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        // Read with the profile (and cached); fetched here only when missing.
        let mut settings = self.cache.public_settings(&row.id).await?;
        if SECURITY_SETTINGS
            .iter()
            .any(|id| !settings.contains_key(*id))
        {
            let fetched = self
                .noted(&row, client.settings_public(&SECURITY_SETTINGS).await)
                .await?;
            let pairs: Vec<_> = fetched.into_iter().map(|s| (s.id, s.value)).collect();
            self.cache
                .put_public_settings(&row.id, &pairs, self.clock.now())
                .await?;
            settings.extend(pairs);
        }
        let on = |id: &str| settings.get(id) == Some(&serde_json::Value::Bool(true));
        let two_factor = on("Accounts_TwoFactorAuthentication_Enabled");
        let remaining = if profile.totp_enabled {
            let api = TotpApi::for_version(&row.server_version);
            Some(
                self.noted(&row, client.totp_codes_remaining(&creds, api).await)
                    .await?,
            )
        } else {
            None
        };
        let encryption = on("E2E_Enable");
        let has_keys = if encryption {
            let (public, private) = self.noted(&row, client.e2e_keys(&creds).await).await?;
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
    /// changes until [`Tether::totp_confirm`] checks a code from the app.
    pub async fn totp_enable(
        &self,
        workspace_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<TotpSetup>> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let account = row
            .account
            .as_ref()
            .map(|a| a.username.clone())
            .unwrap_or_default();
        let issuer = row.name.clone();
        self.guarded(&row, confirmation.as_ref(), |second| async move {
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
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let step = self
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
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        let disabled = self
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
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let api = TotpApi::for_version(&row.server_version);
        match self
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
        let (row, creds, client) = self.security_call(workspace_id).await?;
        if enabled {
            let verified = self
                .profile_cached(&row.id)
                .await?
                .is_some_and(|v| v.profile.emails.first().is_some_and(|e| e.verified));
            if !verified {
                return Err(invalid(
                    "email_two_factor",
                    "Verify your email address first: the workspace sends codes only to a verified address. Use \"Resend verification email\" on the Profile page and open the link in that email.",
                ));
            }
        }
        let step = self
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
        if let Some((mut profile, _)) = self.cache.profile(&row.id).await? {
            profile.totp_enabled = totp.unwrap_or(profile.totp_enabled);
            profile.email2fa_enabled = email.unwrap_or(profile.email2fa_enabled);
            self.cache
                .put_profile(&row.id, &profile, self.clock.now())
                .await?;
            self.events.emit(CoreEvent::ProfileUpdated {
                workspace_id: row.id.clone(),
            });
        }
        Ok(())
    }

    /// Changes the end-to-end encryption password, here: the private key is opened with the
    /// current password, encrypted again (current format) with the new one and stored with the
    /// same public key. Room keys and the sign-in password are untouched.
    pub async fn encryption_password_change(
        &self,
        workspace_id: &str,
        current: Sensitive<String>,
        new: Sensitive<String>,
    ) -> Result<()> {
        if current.expose().is_empty() {
            return Err(invalid(
                "current_password",
                "Enter the current encryption password.",
            ));
        }
        if new.expose().chars().count() < 8 {
            return Err(invalid(
                "new_password",
                "Choose an encryption password of at least 8 characters: it protects your encrypted messages, and nobody can reset it for you.",
            ));
        }
        if new.expose() == current.expose() {
            return Err(invalid(
                "new_password",
                "The new encryption password is the same as the current one.",
            ));
        }
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let (public, private) = self.noted(&row, client.e2e_keys(&creds).await).await?;
        let (Some(public), Some(private)) = (public, private) else {
            return Err(invalid(
                "current_password",
                "This account has no encryption keys yet: open an encrypted room in Rocket.Chat once to set them up.",
            ));
        };
        let user_id = creds.user_id.clone();
        // PBKDF2 with 100,000 iterations twice: off the async threads.
        let encrypted = tokio::task::spawn_blocking(move || {
            let jwk = crate::crypto_keys::decrypt(&private, &user_id, &current)?;
            crate::crypto_keys::encrypt_v2(&jwk, &user_id, &new)
        })
        .await
        .map_err(|e| Error::Protocol {
            endpoint: "e2e".into(),
            reason: format!("the key could not be re-encrypted: {e}"),
        })??;
        self.noted(
            &row,
            client.e2e_replace_keys(&creds, &public, &encrypted).await,
        )
        .await
    }

    /// Resets the end-to-end encryption key. The server ends every session of the account,
    /// this one included: the workspace is then signed out here, and the next sign-in (in any
    /// client that supports encryption) makes a new key.
    pub async fn encryption_key_reset(
        &self,
        workspace_id: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
        let session = creds.clone();
        let step = self
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                client.reset_e2e_key(&creds, second).await
            })
            .await?;
        if matches!(step, Guarded::Done { .. }) {
            self.ended_by_server(
                &row,
                session,
                "You reset your encryption key, which signed this account out everywhere. Sign in again; the next client that opens an encrypted room makes a new key.",
            )
            .await;
        }
        Ok(step)
    }

    /// The server ended this session: forget its token and show the workspace signed out.
    async fn ended_by_server(&self, row: &WorkspaceRow, creds: Credentials, reason: &str) {
        let key = crate::ports::SecretKey {
            workspace_id: row.id.clone(),
            user_id: creds.user_id,
        };
        if let Err(err) = self.secret_delete(&key).await {
            tracing::warn!(code = ?err.code(), "could not remove an ended session's token");
        }
        {
            let mut sessions = self.sessions();
            let session = sessions.entry(row.id.clone()).or_default();
            session.creds = None;
            session.connection = Some(Connection::SignedOut {
                reason: reason.to_owned(),
            });
        }
        self.events.emit(CoreEvent::WorkspacesChanged);
    }

    /// The devices signed in to this account, where the workspace lists them (Premium device
    /// management); `available: false` otherwise.
    pub async fn device_sessions(&self, workspace_id: &str) -> Result<DeviceSessions> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
        match client.sessions(&creds).await {
            Ok(list) => {
                self.mark_online(&row.id);
                Ok(DeviceSessions {
                    available: true,
                    sessions: list.into_iter().map(device_session).collect(),
                })
            }
            // The license check answers 401 `unauthorized`: not a sign that the session ended.
            Err(err) if is_unlicensed(&err) => {
                self.mark_online(&row.id);
                Ok(DeviceSessions {
                    available: false,
                    sessions: Vec::new(),
                })
            }
            Err(err) => self.noted(&row, Err(err)).await,
        }
    }

    /// Signs one device out; the list as it is then.
    pub async fn device_session_sign_out(
        &self,
        workspace_id: &str,
        session_id: &str,
    ) -> Result<DeviceSessions> {
        let (row, creds, client) = self.security_call(workspace_id).await?;
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
            Err(err) => return self.noted(&row, Err(err)).await,
        }
        self.device_sessions(workspace_id).await
    }
}

/// A failure of a `sessions/*` call that means the workspace has no device management: the
/// license check's 401 `{error: "unauthorized"}` (an ended session says "You must be logged in").
fn is_unlicensed(err: &Error) -> bool {
    matches!(err, Error::Api(api) if api.status == 401 && api.server_code() == Some("unauthorized"))
}

/// Saves backup codes as a text file in `dir` (the Downloads folder), readable by the user only,
/// under a name that says whose codes they are and never replaces another file. Returns its path.
pub fn save_backup_codes(
    dir: &std::path::Path,
    workspace: &str,
    account: &str,
    codes: &[String],
) -> Result<std::path::PathBuf> {
    use std::io::Write;
    let failed = |e: std::io::Error| Error::InvalidInput {
        field: "backup_codes",
        message: format!(
            "The codes could not be saved in {}: {e}. Copy them instead and keep them somewhere safe.",
            dir.display()
        ),
    };
    let safe = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    };
    let stem = format!("{} {} backup codes", safe(workspace), safe(account));
    let mut text = format!(
        "Two-factor backup codes for {account} on {workspace}.\nEach code works once, in place of a code from your authenticator app.\nKeep this file somewhere safe.\n\n"
    );
    for code in codes {
        text.push_str(code);
        text.push('\n');
    }
    std::fs::create_dir_all(dir).map_err(failed)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.txt")
        } else {
            format!("{stem} ({n}).txt")
        };
        let path = dir.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes()).map_err(failed)?;
                file.sync_all().map_err(failed)?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(failed(e)),
        }
    }
    Err(failed(std::io::Error::other(
        "too many files with that name",
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_codes_are_saved_privately_without_replacing_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let codes = vec!["ab12cd34".to_owned(), "ef56gh78".to_owned()];
        let first = save_backup_codes(dir.path(), "Acme: Chat", "alice", &codes).expect("saved");
        let second = save_backup_codes(dir.path(), "Acme: Chat", "alice", &codes).expect("saved");
        assert_ne!(first, second);
        assert!(second.to_string_lossy().ends_with("(2).txt"));
        let text = std::fs::read_to_string(&first).expect("read");
        assert!(text.contains("alice on Acme: Chat") && text.contains("ef56gh78\n"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&first)
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn secrets_are_grouped_for_typing() {
        assert_eq!(grouped("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(grouped("ABCDE"), "ABCD E");
    }
}
