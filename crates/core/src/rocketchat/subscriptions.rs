//! The user's room subscriptions, the numbers behind the tray (reference §9.1):
//! `GET /api/v1/subscriptions.get` and `POST /api/v1/subscriptions.read`.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::client::{Credentials, RestClient};
use crate::Result;

#[derive(Deserialize)]
struct Answer {
    update: Vec<Value>,
}

impl RestClient {
    /// Every subscription of the signed-in user, as the server sends them.
    pub async fn subscriptions(&self, creds: &Credentials) -> Result<Vec<Value>> {
        let request = self.request(Method::GET, "api/v1/subscriptions.get", Some(creds));
        let answer: Answer = self.send("subscriptions.get", request).await?;
        Ok(answer.update)
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
