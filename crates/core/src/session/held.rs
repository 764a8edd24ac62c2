//! What a confirmed session is kept as: its secret by server kind (in memory here, in the
//! keyring at rest), the checks before keeping it, and ending it on the server.

use super::SessionApi;
use crate::chatwoot::ChatwootAuth;
use crate::ports::SecretKey;
use crate::rocketchat::Credentials;
use crate::store::WorkspaceRow;
use crate::workspace::{AccountSummary, AuthKind, Connection};
use crate::{Error, Result};

/// A signed-in session's secret in memory, by server kind (in the keyring at rest).
#[derive(Clone)]
pub(crate) enum HeldSecret {
    /// A Rocket.Chat login or personal access token, with its user's id.
    RocketChat(Credentials),
    /// A Chatwoot session or personal access token (reference chatwoot-api.md B1).
    Chatwoot {
        /// The user's id, as text.
        user_id: String,
        /// What the requests carry.
        auth: ChatwootAuth,
    },
}

impl HeldSecret {
    /// The user the secret belongs to (its keyring entry's second half).
    pub(crate) fn user_id(&self) -> &str {
        match self {
            HeldSecret::RocketChat(creds) => &creds.user_id,
            HeldSecret::Chatwoot { user_id, .. } => user_id,
        }
    }

    /// The keyring entry's text.
    pub(super) fn to_keyring(&self) -> crate::Sensitive<String> {
        match self {
            HeldSecret::RocketChat(creds) => creds.token.clone(),
            HeldSecret::Chatwoot { auth, .. } => auth.to_secret(),
        }
    }
}

impl SessionApi<'_> {
    /// Keeps a session the server just confirmed: checks the account fits the entry, puts the
    /// secret into the keyring and memory, and remembers the account. The workspace is online.
    pub(crate) async fn settle(
        &self,
        row: &WorkspaceRow,
        account: &AccountSummary,
        held: HeldSecret,
    ) -> Result<()> {
        if let Err(refusal) = self.check_account_fits(row, account).await {
            // Do not leave a fresh session behind on the server.
            self.end_server_session(row, &held, account.auth).await;
            return Err(refusal);
        }
        let key = SecretKey {
            workspace_id: row.id.clone(),
            user_id: held.user_id().to_owned(),
        };
        self.ctx.secret_set(&key, &held.to_keyring()).await;
        self.ctx.store.set_account(&row.id, account).await?;
        let mut sessions = self.sessions();
        let session = sessions.entry(row.id.clone()).or_default();
        session.secret = Some(held);
        session.connection = Some(Connection::Online);
        Ok(())
    }

    /// Ends a login-token session on the server, best effort: the local session goes whatever
    /// the server says. An access token is left alone: `logout` deletes the calling token, which
    /// for a personal access token is the user's own, made on the server and maybe used elsewhere.
    pub(crate) async fn end_server_session(
        &self,
        row: &WorkspaceRow,
        held: &HeldSecret,
        auth: AuthKind,
    ) {
        if auth != AuthKind::Password {
            return;
        }
        let outcome = match held {
            HeldSecret::RocketChat(creds) => match self.client(row) {
                Ok(client) => client.logout(creds).await,
                Err(err) => Err(err),
            },
            HeldSecret::Chatwoot { auth, .. } => self.chatwoot_sign_out(row, auth).await,
        };
        if let Err(err) = outcome {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "server-side logout failed; the local session is removed anyway");
        }
    }

    /// A workspace entry belongs to one account, and one account of a server is in Tether once.
    async fn check_account_fits(&self, row: &WorkspaceRow, account: &AccountSummary) -> Result<()> {
        if let Some(existing) = &row.account {
            if existing.user_id != account.user_id {
                return Err(Error::WrongAccount {
                    expected: existing.username.clone(),
                    got: account.username.clone(),
                });
            }
            // The entry already holds this account (a resume, or signing in again): it was
            // checked for duplicates when it first got it, so start-up reads no list here.
            return Ok(());
        }
        let duplicate = self.ctx.store.workspaces().await?.into_iter().find(|w| {
            w.id != row.id
                && w.url == row.url
                && w.account
                    .as_ref()
                    .is_some_and(|a| a.user_id == account.user_id)
        });
        match duplicate {
            Some(other) => Err(Error::AccountAlreadyAdded {
                username: account.username.clone(),
                workspace_id: other.id,
                workspace_name: other.name,
            }),
            None => Ok(()),
        }
    }
}
