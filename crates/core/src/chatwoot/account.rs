//! The calls about one account of the user (reference chatwoot-api.md B5, B8, B9): e-mail and
//! push notification flags, availability and auto-offline, and the unread messages of the
//! user's own open conversations that the tray shows.

use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::client::ChatwootClient;
use super::types::{ChatwootAuth, ChatwootUser};
use crate::Result;

/// One account's notification flags (B5): every flag the server offers, and the chosen ones.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct NotificationFlags {
    /// E-mail flags the server offers (`email_conversation_creation`, …).
    pub all_email_flags: Vec<String>,
    /// The chosen ones.
    pub selected_email_flags: Vec<String>,
    /// Push flags the server offers (empty on the oldest servers).
    #[serde(default)]
    pub all_push_flags: Vec<String>,
    /// The chosen ones.
    #[serde(default)]
    pub selected_push_flags: Vec<String>,
}

/// An open conversation, as the tray counts it (B9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenConversation {
    /// Its id.
    pub id: u64,
    /// Messages the user has not read.
    pub unread_count: u64,
    /// The agent it is assigned to, if any.
    pub assignee_id: Option<u64>,
}

/// The user's availability in an account (B8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    /// Online.
    Online,
    /// Busy.
    Busy,
    /// Offline.
    Offline,
}

impl Availability {
    /// The enum's value on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Availability::Online => "online",
            Availability::Busy => "busy",
            Availability::Offline => "offline",
        }
    }
}

/// Conversations come 25 to a page (B9).
const PAGE: usize = 25;

impl ChatwootClient {
    /// `GET /api/v1/accounts/{id}/notification_settings`.
    pub async fn notification_flags(
        &self,
        auth: &ChatwootAuth,
        account: u64,
    ) -> Result<NotificationFlags> {
        let path = format!("api/v1/accounts/{account}/notification_settings");
        let request = self.request(Method::GET, &path, Some(auth));
        let (_, _, value) = self.call(&path, request).await?;
        self.parse(&path, value)
    }

    /// `PUT …/notification_settings`: both lists every time (the server clears one left out),
    /// and only names the server offers (an unknown one is a 500, not a 422).
    pub async fn save_notification_flags(
        &self,
        auth: &ChatwootAuth,
        account: u64,
        email: &[String],
        push: &[String],
    ) -> Result<NotificationFlags> {
        let path = format!("api/v1/accounts/{account}/notification_settings");
        let body = json!({ "notification_settings": {
            "selected_email_flags": email,
            "selected_push_flags": push,
        }});
        let request = self.request(Method::PUT, &path, Some(auth)).json(&body);
        let (_, _, value) = self.call(&path, request).await?;
        self.parse(&path, value)
    }

    /// `POST /api/v1/profile/availability` for one account.
    pub async fn set_availability(
        &self,
        auth: &ChatwootAuth,
        account: u64,
        availability: Availability,
    ) -> Result<ChatwootUser> {
        let body =
            json!({ "profile": { "account_id": account, "availability": availability.as_str() } });
        self.post_profile_member(auth, "api/v1/profile/availability", body)
            .await
    }

    /// `POST /api/v1/profile/auto_offline` for one account.
    pub async fn set_auto_offline(
        &self,
        auth: &ChatwootAuth,
        account: u64,
        auto_offline: bool,
    ) -> Result<ChatwootUser> {
        let body = json!({ "profile": { "account_id": account, "auto_offline": auto_offline } });
        self.post_profile_member(auth, "api/v1/profile/auto_offline", body)
            .await
    }

    async fn post_profile_member(
        &self,
        auth: &ChatwootAuth,
        path: &str,
        body: serde_json::Value,
    ) -> Result<ChatwootUser> {
        let request = self.request(Method::POST, path, Some(auth)).json(&body);
        let (_, _, value) = self.call(path, request).await?;
        self.parse(path, value)
    }

    /// The unread messages of the user's open conversations in `account`: the sum of
    /// `unread_count` over `conversations?assignee_type=me&status=open`, every page (B9).
    pub async fn unread_in_my_conversations(
        &self,
        auth: &ChatwootAuth,
        account: u64,
    ) -> Result<u64> {
        let listed = self.open_conversations(auth, account, "me").await?;
        Ok(listed.iter().map(|c| c.unread_count).sum())
    }

    /// The open conversations of `account` the user sees, `me` (assigned to the user) or
    /// `all`, every page (B9), with their unread messages and assignee.
    pub async fn open_conversations(
        &self,
        auth: &ChatwootAuth,
        account: u64,
        assignee_type: &str,
    ) -> Result<Vec<OpenConversation>> {
        let path = format!("api/v1/accounts/{account}/conversations");
        let mut listed = Vec::new();
        for page in 1.. {
            let request = self.request(Method::GET, &path, Some(auth)).query(&[
                ("assignee_type", assignee_type),
                ("status", "open"),
                ("page", &page.to_string()),
            ]);
            let (_, _, value) = self.call(&path, request).await?;
            let payload = value["data"]["payload"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            listed.extend(payload.iter().filter_map(|c| {
                Some(OpenConversation {
                    id: c["id"].as_u64()?,
                    unread_count: c["unread_count"].as_u64().unwrap_or(0),
                    assignee_id: c["assignee_id"]
                        .as_u64()
                        .or_else(|| c["meta"]["assignee"]["id"].as_u64()),
                })
            }));
            if payload.len() < PAGE {
                break;
            }
        }
        Ok(listed)
    }
}
