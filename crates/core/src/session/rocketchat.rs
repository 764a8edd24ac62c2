//! What Rocket.Chat decides about signing in, for this slice: whether the workspace signs in
//! through LDAP (`LDAP_Enable`: the password then goes as itself, not as its digest). A second
//! server kind gets a file like this one beside it.

use super::SessionApi;
use crate::Result;
use crate::rocketchat::RestClient;
use crate::store::WorkspaceRow;

impl SessionApi<'_> {
    /// Whether the workspace signs in through LDAP (`LDAP_Enable`), asked fresh so an admin's
    /// change counts; the cached value when the server does not answer.
    pub(super) async fn ldap_enabled(
        &self,
        row: &WorkspaceRow,
        client: &RestClient,
    ) -> Result<bool> {
        if let Ok(settings) = client.settings_public(&["LDAP_Enable"]).await {
            let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
            self.ctx
                .store
                .put_public_settings(&row.id, &pairs, self.ctx.clock.now())
                .await?;
        }
        Ok(self
            .ctx
            .store
            .public_setting(&row.id, "LDAP_Enable")
            .await?
            .is_some_and(|v| v == serde_json::Value::Bool(true)))
    }
}
