//! Signing in: password (with a second factor when the account has one), access token.

use std::time::{Duration, Instant};

use super::SessionApi;
use super::guarded::{Guarded, normalise_code, step_of};
use crate::rocketchat::{Credentials, LoginData, PasswordProof};
use crate::workspace::{
    AuthKind, SecondFactorChallenge, SecondFactorMethod, ServerKind, SignInStep,
};
use crate::{Error, ErrorCode, Result, Sensitive};

/// A password sign-in waiting for its second factor. Holds the password's proof (its digest,
/// which signs in like the password itself, or for LDAP the password) in memory only, so the
/// webview can forget the password at once.
pub(crate) struct PendingSignIn {
    pub(super) user: String,
    pub(super) proof: WaitingProof,
    pub(super) challenge: SecondFactorChallenge,
    pub(super) started: Instant,
}

/// What a sign-in waiting for its code holds, by server kind.
#[derive(Clone)]
pub(crate) enum WaitingProof {
    /// Rocket.Chat: the password's proof, sent again with the code.
    RocketChat(PasswordProof),
    /// Chatwoot: the `mfa_token` of the password step (valid 5 minutes; reference B1).
    Chatwoot(Sensitive<String>),
}

/// How long a sign-in waits for its code before the password must be entered again.
pub(crate) const SIGN_IN_PATIENCE: Duration = Duration::from_secs(15 * 60);

impl SessionApi<'_> {
    /// Signs in with username (or email) and password. The password is sent as a SHA-256
    /// digest and forgotten; the token goes to the keyring. When the account has a second
    /// factor, the answer is the server's challenge; finish with [`SessionApi::sign_in_code`].
    pub async fn sign_in_password(
        &self,
        workspace_id: &str,
        user: &str,
        password: Sensitive<String>,
    ) -> Result<SignInStep> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let user = user.trim();
        if row.kind == ServerKind::Chatwoot {
            return self.chatwoot_sign_in(&row, user, password).await;
        }
        if user.is_empty() {
            return Err(Error::InvalidInput {
                field: "username",
                message: "Enter your username or email address.".into(),
            });
        }
        if password.expose().is_empty() {
            return Err(Error::InvalidInput {
                field: "password",
                message: "Enter your password.".into(),
            });
        }
        self.pending().remove(&row.id);
        let client = self.client(&row)?;
        let ldap = self.ldap_enabled(&row, &client).await?;
        let proof = PasswordProof::for_password(&password, ldap);
        // The one second-factor flow reads the answer; the password's proof waits here (never
        // in the webview) for the code, which travels in the login's body.
        match step_of(&row.id, client.login_password(user, &proof, None).await)? {
            Guarded::Done { result: login } => {
                let workspace = self.establish(&row, login, AuthKind::Password).await?;
                Ok(SignInStep::SignedIn { workspace })
            }
            Guarded::SecondFactor { challenge } => {
                self.pending().insert(
                    row.id.clone(),
                    PendingSignIn {
                        user: user.to_owned(),
                        proof: WaitingProof::RocketChat(proof),
                        challenge: challenge.clone(),
                        started: Instant::now(),
                    },
                );
                Ok(SignInStep::SecondFactor { challenge })
            }
        }
    }

    /// Finishes a password sign-in with the second-factor code the server asked for (an
    /// authenticator or backup code, or the emailed code).
    pub async fn sign_in_code(&self, workspace_id: &str, code: &str) -> Result<SignInStep> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let (user, proof, method) = self.waiting_sign_in(&row.id, |p| {
            (p.user.clone(), p.proof.clone(), p.challenge.method)
        })?;
        let code = normalise_code(method, code)?;
        let proof = match proof {
            WaitingProof::RocketChat(proof) => proof,
            WaitingProof::Chatwoot(mfa_token) => {
                return self.chatwoot_sign_in_code(&row, &mfa_token, &code).await;
            }
        };
        let client = self.client(&row)?;
        match step_of(
            &row.id,
            client.login_password(&user, &proof, Some(&code)).await,
        ) {
            Ok(Guarded::Done { result: login }) => {
                self.pending().remove(&row.id);
                let workspace = self.establish(&row, login, AuthKind::Password).await?;
                Ok(SignInStep::SignedIn { workspace })
            }
            Ok(Guarded::SecondFactor { challenge }) => {
                // The server started over (for example a new emailed code): show its challenge.
                if let Some(p) = self.pending().get_mut(&row.id) {
                    p.challenge = challenge.clone();
                }
                Ok(SignInStep::SecondFactor { challenge })
            }
            Err(err) => {
                if matches!(
                    err.code(),
                    ErrorCode::InvalidCredentials
                        | ErrorCode::AccountNotActivated
                        | ErrorCode::LoginBlocked
                ) {
                    // The password itself no longer works: the code step cannot succeed.
                    self.pending().remove(&row.id);
                }
                Err(err)
            }
        }
    }

    /// Asks the server to email a new sign-in code (`users.2fa.sendEmailCode`).
    pub async fn sign_in_resend_email_code(
        &self,
        workspace_id: &str,
    ) -> Result<SecondFactorChallenge> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let (recipient, mut challenge) = self.waiting_sign_in(&row.id, |p| {
            let recipient = p
                .challenge
                .email_or_username
                .clone()
                .unwrap_or_else(|| p.user.clone());
            (recipient, p.challenge.clone())
        })?;
        let client = self.client(&row)?;
        client.send_email_code(&recipient).await?;
        // The new code replaces the old one; the server does not say when it expires.
        challenge.method = SecondFactorMethod::Email;
        challenge.code_generated = true;
        challenge.code_expires = None;
        if let Some(p) = self.pending().get_mut(&row.id) {
            p.challenge = challenge.clone();
        }
        Ok(challenge)
    }

    /// Forgets a sign-in waiting for its code.
    pub fn sign_in_cancel(&self, workspace_id: &str) {
        self.pending().remove(workspace_id);
    }

    /// Signs in with a personal access token and its owner's user id (for SSO accounts, or
    /// servers where password login is off). Checked with `GET /me`.
    pub async fn sign_in_token(
        &self,
        workspace_id: &str,
        user_id: &str,
        token: Sensitive<String>,
    ) -> Result<SignInStep> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        if row.kind == ServerKind::Chatwoot {
            return self.chatwoot_sign_in_token(&row, token).await;
        }
        let user_id = user_id.trim();
        if user_id.is_empty() || user_id.contains(char::is_whitespace) {
            return Err(Error::InvalidInput {
                field: "user_id",
                message: "Enter the user id shown with your access token (letters and digits, no spaces).".into(),
            });
        }
        let token = Sensitive::new(token.expose().trim().to_owned());
        if token.expose().is_empty() || token.expose().contains(char::is_whitespace) {
            return Err(Error::InvalidInput {
                field: "token",
                message: "Paste the access token exactly as the server showed it (no spaces)."
                    .into(),
            });
        }
        let creds = Credentials {
            user_id: user_id.to_owned(),
            token,
        };
        let client = self.client(&row)?;
        let me = match client.me(&creds).await {
            Ok(me) => me,
            Err(err) if err.code() == ErrorCode::SessionExpired => {
                return Err(Error::TokenRejected);
            }
            Err(err) => return Err(err),
        };
        let login = LoginData {
            user_id: me.id.clone(),
            auth_token: creds.token,
            me,
        };
        let workspace = self
            .establish(&row, login, AuthKind::PersonalAccessToken)
            .await?;
        Ok(SignInStep::SignedIn { workspace })
    }

    /// Reads the sign-in waiting for a code on a workspace, or [`Error::SignInExpired`].
    pub(super) fn waiting_sign_in<T>(
        &self,
        workspace_id: &str,
        read: impl FnOnce(&PendingSignIn) -> T,
    ) -> Result<T> {
        self.pending()
            .get(workspace_id)
            .filter(|p| p.started.elapsed() < SIGN_IN_PATIENCE)
            .map(read)
            .ok_or(Error::SignInExpired)
    }
}
