//! The user's room subscriptions, the numbers behind the tray (reference §9.1):
//! `GET /api/v1/subscriptions.get` and `POST /api/v1/subscriptions.read`.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::client::{Credentials, RestClient};
use crate::Result;

#[derive(Deserialize)]
struct Answer {
    update: Vec<Counted>,
}

/// The fields of a subscription that the tray's count reads (reference §9.1). The rest of each
/// document is skipped while the answer is read, never built: a workspace of 10,000 rooms
/// answers with megabytes of JSON, and a whole `Value` tree of it would be several times that
/// (the allocator keeps much of such a peak).
#[derive(Deserialize)]
struct Counted {
    #[serde(rename = "_id")]
    id: Option<String>,
    #[serde(rename = "_updatedAt")]
    updated_at: Option<Value>,
    open: Option<Value>,
    archived: Option<Value>,
    alert: Option<Value>,
    unread: Option<Value>,
    #[serde(rename = "userMentions")]
    user_mentions: Option<Value>,
    #[serde(rename = "groupMentions")]
    group_mentions: Option<Value>,
    #[serde(rename = "hideUnreadStatus")]
    hide_unread_status: Option<Value>,
    #[serde(rename = "hideMentionStatus")]
    hide_mention_status: Option<Value>,
    #[serde(rename = "muteGroupMentions")]
    mute_group_mentions: Option<Value>,
    #[serde(rename = "unreadAlert")]
    unread_alert: Option<Value>,
}

impl Counted {
    /// Its fields under the server's names, as an event's would be.
    fn into_fields(self) -> Map<String, Value> {
        [
            ("_id", self.id.map(Value::String)),
            ("_updatedAt", self.updated_at),
            ("open", self.open),
            ("archived", self.archived),
            ("alert", self.alert),
            ("unread", self.unread),
            ("userMentions", self.user_mentions),
            ("groupMentions", self.group_mentions),
            ("hideUnreadStatus", self.hide_unread_status),
            ("hideMentionStatus", self.hide_mention_status),
            ("muteGroupMentions", self.mute_group_mentions),
            ("unreadAlert", self.unread_alert),
        ]
        .into_iter()
        .filter_map(|(key, value)| Some((key.to_owned(), value?)))
        .collect()
    }
}

impl RestClient {
    /// Every subscription of the signed-in user, with the fields the unread count reads
    /// (`_id`, `_updatedAt` and the counts and flags of reference §9.1).
    pub async fn subscriptions(&self, creds: &Credentials) -> Result<Vec<Map<String, Value>>> {
        let request = self.request(Method::GET, "api/v1/subscriptions.get", Some(creds));
        let answer: Answer = self.send("subscriptions.get", request).await?;
        Ok(answer
            .update
            .into_iter()
            .map(Counted::into_fields)
            .collect())
    }

    /// Marks a room read for the signed-in user (what opening it in a chat client does).
    pub async fn read_room(&self, creds: &Credentials, room_id: &str) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/subscriptions.read", Some(creds))
            .json(&json!({ "rid": room_id }));
        let _: serde::de::IgnoredAny = self.send("subscriptions.read", request).await?;
        Ok(())
    }
}
