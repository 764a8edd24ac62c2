//! The preferences endpoints (reference §5): the user's stored preferences, saving them, and
//! the data download.

use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::client::{Credentials, RestClient};
use crate::Result;

/// The answer of `users.requestDataDownload`. `exportOperation.userData` (the whole user
/// document) is never read.
#[derive(Debug, Clone, Deserialize)]
pub struct DataDownloadAnswer {
    /// `false`: an export of this kind from the last 24 hours stands.
    pub requested: bool,
    /// The operation.
    #[serde(rename = "exportOperation")]
    pub operation: ExportOperation,
    /// The download path once completed (typed from 8.6).
    #[serde(default)]
    pub url: Option<String>,
    /// Exports queued before this one (typed from 8.6).
    #[serde(default, rename = "pendingOperationsBeforeMyRequest")]
    pub pending_before: Option<u32>,
}

/// The fields of `IExportOperation` Tether shows.
#[derive(Debug, Clone, Deserialize)]
pub struct ExportOperation {
    /// `preparing`, `pending`, …, `completed`.
    pub status: String,
    /// Messages included.
    #[serde(rename = "fullExport", default)]
    pub full_export: bool,
    /// When requested: an ISO date string, or EJSON `{"$date": ms}`.
    #[serde(rename = "createdAt", default)]
    pub created_at: Option<serde_json::Value>,
}

impl RestClient {
    /// `GET /api/v1/users.getPreferences`: only the preferences the user stored, plus
    /// `language` (reference §4.1).
    pub async fn get_preferences(
        &self,
        creds: &Credentials,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        #[derive(Deserialize)]
        struct Answer {
            preferences: serde_json::Map<String, serde_json::Value>,
        }
        let request = self.request(Method::GET, "api/v1/users.getPreferences", Some(creds));
        let answer: Answer = self.send("users.getPreferences", request).await?;
        Ok(answer.preferences)
    }

    /// `POST /api/v1/users.setPreferences {data}`; returns the stored preferences after the
    /// change (reference §4.1).
    pub async fn set_preferences(
        &self,
        creds: &Credentials,
        data: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        #[derive(Deserialize)]
        struct Settings {
            #[serde(default)]
            preferences: serde_json::Map<String, serde_json::Value>,
        }
        #[derive(Deserialize)]
        struct User {
            settings: Settings,
        }
        #[derive(Deserialize)]
        struct Answer {
            user: User,
        }
        let request = self
            .request(Method::POST, "api/v1/users.setPreferences", Some(creds))
            .json(&json!({ "data": data }));
        let answer: Answer = self.send("users.setPreferences", request).await?;
        Ok(answer.user.settings.preferences)
    }

    /// `GET /api/v1/users.requestDataDownload?fullExport=` (reference §5).
    pub async fn request_data_download(
        &self,
        creds: &Credentials,
        full_export: bool,
    ) -> Result<DataDownloadAnswer> {
        let request = self
            .request(Method::GET, "api/v1/users.requestDataDownload", Some(creds))
            .query(&[("fullExport", if full_export { "true" } else { "false" })]);
        self.send("users.requestDataDownload", request).await
    }
}
