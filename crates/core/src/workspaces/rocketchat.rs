//! What adding a Rocket.Chat workspace asks its server: that it is a Rocket.Chat Tether
//! supports (`/api/info`), its name (`Site_Name`) and whether it signs in through LDAP
//! (`LDAP_Enable`). A Chatwoot workspace is added by `add_other` (`mod.rs`).

use serde_json::Value;

use crate::rocketchat::{
    MINIMUM_VERSION, RestClient, WorkspaceUrl, parse_version, version_supported,
};
use crate::{Error, Result};

/// The server's version, when it is a Rocket.Chat Tether supports.
pub(super) async fn supported_version(client: &RestClient, url: &WorkspaceUrl) -> Result<String> {
    let info = client.info().await?;
    let version = parse_version(&info.version).ok_or_else(|| Error::NotRocketChat {
        url: url.to_string(),
        reason: format!("it reported the version “{}”", info.version),
    })?;
    if !version_supported(version) {
        return Err(Error::UnsupportedVersion {
            found: info.version,
            minimum: format!("{}.{}", MINIMUM_VERSION.0, MINIMUM_VERSION.1),
        });
    }
    Ok(info.version)
}

/// The workspace's name (its `Site_Name`, else its host) and the public settings read with it,
/// to keep. A server that does not answer them is still added, under its host's name.
pub(super) async fn identity(
    client: &RestClient,
    url: &WorkspaceUrl,
) -> (String, Vec<(String, Value)>) {
    let settings = client
        .settings_public(&["Site_Name", "LDAP_Enable"])
        .await
        .unwrap_or_default();
    let name = settings
        .iter()
        .find(|s| s.id == "Site_Name")
        .and_then(|s| s.value.as_str())
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| url.as_url().host_str().unwrap_or("Workspace").to_owned());
    (
        name,
        settings.into_iter().map(|s| (s.id, s.value)).collect(),
    )
}
