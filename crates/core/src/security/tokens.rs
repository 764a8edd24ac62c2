//! Personal access tokens (reference §7): list, create (with the "ignore / require two-factor"
//! choice), regenerate and delete, each guarded by the shared second-factor flow. A new token
//! goes to the UI once, to be shown and copied, and is never stored by Tether.

use serde::{Deserialize, Serialize};

use super::SecurityApi;
use crate::rocketchat::{Credentials, RestClient};
use crate::session::Guarded;
use crate::store::WorkspaceRow;
use crate::workspace::Confirmation;
use crate::{Error, ErrorCode, Result};

/// The workspace's personal access tokens for this account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AccessTokens {
    /// Whether this account may have tokens (`create-personal-access-tokens`); when not, the
    /// page hides the section.
    pub allowed: bool,
    /// The tokens, oldest first.
    pub tokens: Vec<AccessToken>,
}

/// One token, as listed (never the secret itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AccessToken {
    /// Its name.
    pub name: String,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// Its last characters, to tell tokens apart.
    pub last_characters: String,
    /// Whether it skips the second factor on ordinary guarded routes.
    pub bypasses_two_factor: bool,
    /// Tether itself is signed in to this workspace with this token: deleting or regenerating
    /// it signs Tether out here.
    pub used_by_tether: bool,
}

/// A token just made: shown once, with the user id it goes with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct NewAccessToken {
    /// Its name.
    pub name: String,
    /// The token (`X-Auth-Token`).
    pub token: String,
    /// The account's user id (`X-User-Id`).
    pub user_id: String,
}

fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::InvalidInput {
            field: "token_name",
            message: "Give the token a name, for example the script or tool that will use it."
                .into(),
        });
    }
    Ok(name.to_owned())
}

impl SecurityApi<'_> {
    /// The account's tokens; `allowed: false` when the workspace does not let it have any.
    pub async fn access_tokens(&self, workspace_id: &str) -> Result<AccessTokens> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        match client.personal_access_tokens(&creds).await {
            Ok(tokens) => {
                self.session.mark_online(&row.id);
                let signed_in_with_a_token = row
                    .account
                    .as_ref()
                    .is_some_and(|a| a.auth == crate::workspace::AuthKind::PersonalAccessToken);
                Ok(AccessTokens {
                    allowed: true,
                    tokens: tokens
                        .into_iter()
                        .map(|t| AccessToken {
                            used_by_tether: signed_in_with_a_token
                                && !t.last_token_part.is_empty()
                                && creds.token.expose().ends_with(&t.last_token_part),
                            name: t.name,
                            created_at: t.created_at,
                            last_characters: t.last_token_part,
                            bypasses_two_factor: t.bypass_two_factor,
                        })
                        .collect(),
                })
            }
            Err(err) if err.code() == ErrorCode::Forbidden => Ok(AccessTokens {
                allowed: false,
                tokens: Vec::new(),
            }),
            Err(err) => {
                self.session.note_failure(&row, &err).await;
                Err(err)
            }
        }
    }

    /// What a call about one token needs: its checked name, the workspace, the session and a
    /// client.
    async fn token_call(
        &self,
        workspace_id: &str,
        name: &str,
    ) -> Result<(String, WorkspaceRow, Credentials, RestClient)> {
        let name = checked_name(name)?;
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        Ok((name, row, creds, client))
    }

    /// Makes a token. `require_two_factor: false` lets it skip ordinary second-factor checks
    /// (not the ones for email and password changes).
    pub async fn access_token_create(
        &self,
        workspace_id: &str,
        name: &str,
        require_two_factor: bool,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<NewAccessToken>> {
        self.access_token_issue(workspace_id, name, Some(require_two_factor), confirmation)
            .await
    }

    /// Replaces a token with a new secret (same name and second-factor choice).
    pub async fn access_token_regenerate(
        &self,
        workspace_id: &str,
        name: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<NewAccessToken>> {
        self.access_token_issue(workspace_id, name, None, confirmation)
            .await
    }

    /// Makes a token (`require_two_factor` given) or regenerates one (`None`).
    async fn access_token_issue(
        &self,
        workspace_id: &str,
        name: &str,
        require_two_factor: Option<bool>,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<NewAccessToken>> {
        let (name, row, creds, client) = self.token_call(workspace_id, name).await?;
        self.session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second
                    .as_ref()
                    .map(|(code, method)| (code.as_str(), *method));
                let token = match require_two_factor {
                    Some(require) => {
                        client
                            .generate_personal_access_token(&creds, &name, !require, second)
                            .await?
                    }
                    None => {
                        client
                            .regenerate_personal_access_token(&creds, &name, second)
                            .await?
                    }
                };
                Ok(NewAccessToken {
                    name,
                    token: token.expose().clone(),
                    user_id: creds.user_id.clone(),
                })
            })
            .await
    }

    /// Deletes a token.
    pub async fn access_token_delete(
        &self,
        workspace_id: &str,
        name: &str,
        confirmation: Option<Confirmation>,
    ) -> Result<Guarded<()>> {
        let (name, row, creds, client) = self.token_call(workspace_id, name).await?;
        self.session
            .guarded(&row, confirmation.as_ref(), |second| async move {
                let second = second
                    .as_ref()
                    .map(|(code, method)| (code.as_str(), *method));
                client
                    .remove_personal_access_token(&creds, &name, second)
                    .await
            })
            .await
    }
}
