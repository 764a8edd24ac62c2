//! End-to-end encryption (reference §6.4): the encryption password is changed on this computer
//! (`crypto_keys`), and the key reset ends every session of the account, this one included.

use super::SecurityApi;
use super::invalid;
use crate::ports::CoreEvent;
use crate::rocketchat::Credentials;
use crate::session::Guarded;
use crate::store::WorkspaceRow;
use crate::workspace::Confirmation;
use crate::{Error, Result, Sensitive};

impl SecurityApi<'_> {
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
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let (public, private) = self
            .session
            .noted(&row, client.e2e_keys(&creds).await)
            .await?;
        let (Some(public), Some(private)) = (public, private) else {
            return Err(invalid(
                "current_password",
                "This account has no encryption keys yet: open an encrypted room in Rocket.Chat once to set them up.",
            ));
        };
        let user_id = creds.user_id.clone();
        // PBKDF2 with 100,000 iterations twice: off the async threads.
        let encrypted = tokio::task::spawn_blocking(move || {
            let jwk = super::crypto_keys::decrypt(&private, &user_id, &current)?;
            super::crypto_keys::encrypt_v2(&jwk, &user_id, &new)
        })
        .await
        .map_err(|e| Error::Protocol {
            endpoint: "e2e".into(),
            reason: format!("the key could not be re-encrypted: {e}"),
        })??;
        self.session
            .noted(
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
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let session = creds.clone();
        let step = self
            .session
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
        if let Err(err) = self.ctx.secret_delete(&key).await {
            tracing::warn!(code = ?err.code(), "could not remove an ended session's token");
        }
        self.session.end_locally(&row.id, reason.to_owned());
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
    }
}
