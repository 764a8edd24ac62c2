//! A workspace's custom sounds: `GET /api/v1/custom-sounds.list` (paginated) and the files at
//! `/custom-sounds/<_id>.<extension>` (reference §4.2).

use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;

use super::client::{Credentials, RestClient};
use crate::{Error, Result};

/// One page's size; Rocket.Chat's default maximum is 100.
const PAGE: usize = 100;
/// A notification sound larger than this is refused (Rocket.Chat's own upload limit is far
/// smaller in practice; this guards the disk cache).
const MAX_SOUND_BYTES: usize = 10 * 1024 * 1024;

/// A custom sound as the server lists it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct CustomSound {
    /// Its id (stored in preferences).
    #[serde(rename = "_id")]
    pub id: String,
    /// Its name.
    pub name: String,
    /// The file's extension.
    pub extension: String,
    /// When it last changed, as the server wrote it (an ISO string or EJSON `{"$date"}`).
    #[serde(rename = "_updatedAt", default)]
    pub updated: Value,
}

#[derive(Deserialize)]
struct Page {
    sounds: Vec<CustomSound>,
    total: usize,
}

impl RestClient {
    /// Every custom sound of the workspace, page by page.
    pub async fn custom_sounds(&self, creds: &Credentials) -> Result<Vec<CustomSound>> {
        let mut all = Vec::new();
        loop {
            let request = self
                .request(Method::GET, "api/v1/custom-sounds.list", Some(creds))
                .query(&[("count", PAGE), ("offset", all.len())]);
            let page: Page = self.send("custom-sounds.list", request).await?;
            let got = page.sounds.len();
            all.extend(page.sounds);
            if got == 0 || all.len() >= page.total {
                return Ok(all);
            }
        }
    }

    /// A custom sound's file (`name` only for messages).
    pub async fn custom_sound_file(
        &self,
        id: &str,
        extension: &str,
        name: &str,
    ) -> Result<Vec<u8>> {
        let endpoint = "custom-sounds";
        let path = format!("custom-sounds/{}.{}", urlencode(id), urlencode(extension));
        let response = self
            .http
            .client
            .get(self.base.join(&path))
            .send()
            .await
            .map_err(|e| self.unreachable(&e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(Error::Protocol {
                endpoint: endpoint.into(),
                reason: format!("the server answered {status} for the sound “{name}”"),
            });
        }
        let bytes = response.bytes().await.map_err(|e| self.unreachable(&e))?;
        if bytes.len() > MAX_SOUND_BYTES {
            return Err(Error::Protocol {
                endpoint: endpoint.into(),
                reason: format!(
                    "the sound “{name}” is {} MB; Tether plays sounds up to 10 MB",
                    bytes.len() / (1024 * 1024)
                ),
            });
        }
        Ok(bytes.to_vec())
    }
}

fn urlencode(part: &str) -> String {
    url::form_urlencoded::byte_serialize(part.as_bytes()).collect()
}
