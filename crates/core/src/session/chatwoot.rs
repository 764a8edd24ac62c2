//! The session slice for Chatwoot workspaces (reference chatwoot-api.md B1): signing in with
//! email and password (and the authenticator's code), or with the personal access token;
//! bringing a stored session back; ending it. The secret is the session's headers or the
//! token, kept in the keyring as one entry like a Rocket.Chat token.

use std::time::Instant;

use super::sign_in::{PendingSignIn, WaitingProof};
use super::{HeldSecret, SessionApi, not_for_kind};
use crate::chatwoot::{ChatwootAuth, ChatwootClient, ChatwootUser, SignIn};
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::rocketchat::WorkspaceUrl;
use crate::store::{ImageKind, WorkspaceRow};
use crate::workspace::{
    AccountSummary, AgentProfile, AuthKind, Connection, SecondFactorChallenge, SecondFactorMethod,
    ServerKind, SignInStep, WorkspaceSummary,
};
use crate::{Error, ErrorCode, Result, Sensitive};

impl SessionApi<'_> {
    /// The client of a Chatwoot workspace.
    pub(crate) fn chatwoot_client(&self, row: &WorkspaceRow) -> Result<ChatwootClient> {
        if row.kind != ServerKind::Chatwoot {
            return Err(not_for_kind(row, "this Chatwoot page"));
        }
        Ok(ChatwootClient::new(
            self.ctx.http(),
            WorkspaceUrl::parse(&row.url)?,
        ))
    }

    /// What a Chatwoot workspace's requests carry, when signed in.
    pub(crate) fn chatwoot_auth(&self, row: &WorkspaceRow) -> Result<ChatwootAuth> {
        match self.held(row) {
            Some(HeldSecret::Chatwoot { auth, .. }) => Ok(auth),
            _ if row.kind != ServerKind::Chatwoot => Err(not_for_kind(row, "this Chatwoot page")),
            _ => Err(Error::NotSignedIn(row.name.clone())),
        }
    }

    /// The workspace, its session and client: what a Chatwoot call for the agent needs.
    pub(crate) async fn chatwoot_parts(
        &self,
        workspace_id: &str,
    ) -> Result<(WorkspaceRow, ChatwootAuth, ChatwootClient)> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let auth = self.chatwoot_auth(&row)?;
        let client = self.chatwoot_client(&row)?;
        Ok((row, auth, client))
    }

    /// Email and password (B1). The password is sent once and forgotten; with two-factor
    /// sign-in on, the server's `mfa_token` waits in memory for the code.
    pub(super) async fn chatwoot_sign_in(
        &self,
        row: &WorkspaceRow,
        email: &str,
        password: Sensitive<String>,
    ) -> Result<SignInStep> {
        if email.is_empty() || !email.contains('@') {
            return Err(Error::InvalidInput {
                field: "username",
                message: "Enter the email address you sign in to Chatwoot with.".into(),
            });
        }
        if password.expose().is_empty() {
            return Err(Error::InvalidInput {
                field: "password",
                message: "Enter your password.".into(),
            });
        }
        self.pending().remove(&row.id);
        let client = self.chatwoot_client(row)?;
        // Never retried here: rack-attack counts every attempt (B12).
        match client.sign_in(email, &password).await? {
            SignIn::Signed(signed) => self.chatwoot_signed_in(row, *signed).await,
            SignIn::SecondFactor { mfa_token } => {
                let challenge = SecondFactorChallenge {
                    workspace_id: row.id.clone(),
                    method: SecondFactorMethod::Totp,
                    available_methods: vec![SecondFactorMethod::Totp],
                    code_generated: false,
                    code_expires: None,
                    email_or_username: None,
                };
                self.pending().insert(
                    row.id.clone(),
                    PendingSignIn {
                        user: email.to_owned(),
                        proof: WaitingProof::Chatwoot(mfa_token),
                        challenge: challenge.clone(),
                        started: Instant::now(),
                    },
                );
                Ok(SignInStep::SecondFactor { challenge })
            }
        }
    }

    /// The authenticator's or a backup code, with the waiting `mfa_token` (B1).
    pub(super) async fn chatwoot_sign_in_code(
        &self,
        row: &WorkspaceRow,
        mfa_token: &Sensitive<String>,
        code: &str,
    ) -> Result<SignInStep> {
        let client = self.chatwoot_client(row)?;
        match client.sign_in_code(mfa_token, code).await {
            Ok(SignIn::Signed(signed)) => {
                self.pending().remove(&row.id);
                self.chatwoot_signed_in(row, *signed).await
            }
            Ok(SignIn::SecondFactor { .. }) => Err(Error::Protocol {
                endpoint: format!("{}auth/sign_in", row.url),
                reason: "it asked for a second factor again after the code".into(),
            }),
            Err(err) => {
                // The token expired (5 minutes): the password must be entered again.
                if err.code() == ErrorCode::SignInExpired {
                    self.pending().remove(&row.id);
                }
                Err(err)
            }
        }
    }

    async fn chatwoot_signed_in(
        &self,
        row: &WorkspaceRow,
        (session, user): (crate::chatwoot::SessionHeaders, ChatwootUser),
    ) -> Result<SignInStep> {
        // Only the session goes to the keyring: the personal token in the same answer is not
        // what this sign-in uses (B1).
        let workspace = self
            .establish_chatwoot(
                row,
                user,
                ChatwootAuth::Session(session),
                AuthKind::Password,
            )
            .await?;
        Ok(SignInStep::SignedIn { workspace })
    }

    /// The personal access token from the profile page (B1): checked with `GET /api/v1/profile`.
    pub(super) async fn chatwoot_sign_in_token(
        &self,
        row: &WorkspaceRow,
        token: Sensitive<String>,
    ) -> Result<SignInStep> {
        let token = Sensitive::new(token.expose().trim().to_owned());
        if token.expose().is_empty() || token.expose().contains(char::is_whitespace) {
            return Err(Error::InvalidInput {
                field: "token",
                message: "Paste the access token exactly as Chatwoot shows it in Profile settings (no spaces).".into(),
            });
        }
        let auth = ChatwootAuth::Token(token);
        let user = self.chatwoot_client(row)?.profile(&auth).await?;
        let workspace = self
            .establish_chatwoot(row, user, auth, AuthKind::PersonalAccessToken)
            .await?;
        Ok(SignInStep::SignedIn { workspace })
    }

    /// Keeps a Chatwoot session the server confirmed, and its profile (without secrets).
    pub(crate) async fn establish_chatwoot(
        &self,
        row: &WorkspaceRow,
        user: ChatwootUser,
        auth: ChatwootAuth,
        kind: AuthKind,
    ) -> Result<WorkspaceSummary> {
        let profile = AgentProfile::from(&user);
        let account = AccountSummary {
            user_id: profile.user_id.clone(),
            username: user.email.clone(),
            display_name: Some(user.available_name.clone()).filter(|n| !n.is_empty()),
            auth: kind,
        };
        let held = HeldSecret::Chatwoot {
            user_id: profile.user_id.clone(),
            auth,
        };
        self.settle(row, &account, held).await?;
        self.ctx
            .store
            .put_agent_profile(&row.id, &profile, self.ctx.clock.now())
            .await?;
        if self.ctx.store.agent_account(&row.id).await?.is_none()
            && let Some(active) = user.account_id.or(user.accounts.first().map(|a| a.id))
        {
            self.ctx
                .store
                .set_agent_account(&row.id, &active.to_string())
                .await?;
            // Chatwoot publishes no installation name: the entry, named after its host so
            // far, takes the name of the account the user works in.
            if let Some(account) = user.accounts.iter().find(|a| a.id == active)
                && !account.name.trim().is_empty()
            {
                self.ctx
                    .store
                    .rename_workspace(&row.id, account.name.trim())
                    .await?;
            }
        }
        if !user.avatar_url.is_empty() {
            self.store_chatwoot_avatar(row, &user.avatar_url).await;
        }
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        self.ctx.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
            origin: ChangeOrigin::Background,
        });
        let row = self.ctx.store.workspace(&row.id).await?;
        Ok(self.summary(&row))
    }

    /// Caches the agent's picture. Chatwoot serves it from its own origin (Active Storage);
    /// a picture elsewhere is not fetched (no request to another origin carries anything of
    /// the user's, and the initials stand in).
    pub(crate) async fn store_chatwoot_avatar(&self, row: &WorkspaceRow, avatar_url: &str) {
        let Ok(base) = WorkspaceUrl::parse(&row.url) else {
            return;
        };
        let Ok(url) = url::Url::parse(avatar_url) else {
            return;
        };
        if url.origin() != base.as_url().origin() {
            tracing::debug!("the Chatwoot avatar is on another origin; not fetched");
            return;
        }
        let client = crate::rocketchat::RestClient::new(self.ctx.http(), base);
        let path = url.path().trim_start_matches('/').to_owned();
        let path = match url.query() {
            Some(query) => format!("{path}?{query}"),
            None => path,
        };
        self.store_image(&client, &row.id, ImageKind::Avatar, &path, None)
            .await;
    }

    /// Brings a stored Chatwoot session back: the keyring entry, then `GET /api/v1/profile`.
    /// Whether it is online now.
    pub(super) async fn restore_chatwoot(
        &self,
        row: &WorkspaceRow,
        account: &AccountSummary,
        secret: &Sensitive<String>,
    ) -> bool {
        let Some(auth) = ChatwootAuth::from_secret(secret) else {
            self.set_connection(
                &row.id,
                Connection::SignedOut {
                    reason: "The saved Chatwoot session could not be read. Sign in again.".into(),
                },
            );
            return false;
        };
        // Until the server confirms it, the stored session is the session (offline use).
        self.sessions().entry(row.id.clone()).or_default().secret = Some(HeldSecret::Chatwoot {
            user_id: account.user_id.clone(),
            auth: auth.clone(),
        });
        let outcome = match self.chatwoot_client(row) {
            Ok(client) => client.profile(&auth).await,
            Err(err) => Err(err),
        };
        let outcome = match outcome {
            Ok(user) => self
                .establish_chatwoot(row, user, auth, account.auth)
                .await
                .map(|_| ()),
            Err(err) => Err(err),
        };
        if let Err(err) = outcome {
            self.apply_failure(&row.id, &err).await;
            return false;
        }
        true
    }

    /// The personal token was reset while it was this session's secret: the old one stopped
    /// working at once (B2), so the new one replaces it in the keyring and in memory now.
    pub(crate) async fn replace_chatwoot_token(
        &self,
        row: &WorkspaceRow,
        token: Sensitive<String>,
    ) -> Result<()> {
        let Some(HeldSecret::Chatwoot { user_id, .. }) = self.held(row) else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        let held = HeldSecret::Chatwoot {
            user_id: user_id.clone(),
            auth: ChatwootAuth::Token(token),
        };
        let key = crate::ports::SecretKey {
            workspace_id: row.id.clone(),
            user_id,
        };
        self.ctx.secret_set(&key, &held.to_keyring()).await;
        if let Some(session) = self.sessions().get_mut(&row.id) {
            session.secret = Some(held);
        }
        Ok(())
    }

    /// `DELETE /auth/sign_out` for a session; a personal token is left alone (it is the
    /// user's, made on the server and maybe used by integrations).
    pub(super) async fn chatwoot_sign_out(
        &self,
        row: &WorkspaceRow,
        auth: &ChatwootAuth,
    ) -> Result<()> {
        match auth {
            ChatwootAuth::Session(session) => self.chatwoot_client(row)?.sign_out(session).await,
            ChatwootAuth::Token(_) => Ok(()),
        }
    }
}
