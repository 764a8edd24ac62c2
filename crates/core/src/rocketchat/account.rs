//! The account's own endpoints (reference §3, §4): the profile save, the avatar, username
//! availability, the verification email, deleting the account, logging out other sessions.

use reqwest::Method;
use serde::Deserialize;
use serde_json::json;

use super::client::{Credentials, RestClient, with_second_factor};
use super::types::SavedUser;
use crate::{Error, Result, Sensitive};

impl RestClient {
    /// `POST /api/v1/users.updateOwnBasicInfo` with `data` (reference §3.1), and a second factor
    /// as `X-2fa-code`/`X-2fa-method` when given. Returns the identity fields of the user
    /// document the server answers with; its `services` (bcrypt hash, login tokens) are skipped
    /// unread by [`SavedUser`], never parsed or kept.
    pub async fn update_own_basic_info(
        &self,
        creds: &Credentials,
        data: serde_json::Value,
        custom_fields: Option<serde_json::Value>,
        second_factor: Option<(&str, &str)>,
    ) -> Result<SavedUser> {
        #[derive(Deserialize)]
        struct Answer {
            user: SavedUser,
        }
        // `customFields` sits beside `data`, not inside it (reference §3.1).
        let mut body = json!({ "data": data });
        if let Some(fields) = custom_fields {
            body["customFields"] = fields;
        }
        let request = self
            .request(Method::POST, "api/v1/users.updateOwnBasicInfo", Some(creds))
            .json(&body);
        let request = with_second_factor(request, second_factor);
        let answer: Answer = self.send("users.updateOwnBasicInfo", request).await?;
        Ok(answer.user)
    }

    /// `POST /api/v1/users.setAvatar` as `multipart/form-data`, the file in `image`; for
    /// another user (`edit-other-user-avatar`), their id in `userId`.
    pub async fn set_avatar_file(
        &self,
        creds: &Credentials,
        for_user: Option<&str>,
        bytes: Vec<u8>,
        file_name: String,
        content_type: &str,
    ) -> Result<()> {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name)
            .mime_str(content_type)
            .map_err(|e| Error::InvalidInput {
                field: "avatar",
                message: format!("That file type cannot be sent: {e}"),
            })?;
        let mut form = reqwest::multipart::Form::new().part("image", part);
        if let Some(user_id) = for_user {
            form = form.text("userId", user_id.to_owned());
        }
        let request = self
            .request(Method::POST, "api/v1/users.setAvatar", Some(creds))
            .multipart(form);
        let _: serde::de::IgnoredAny = self.send("users.setAvatar", request).await?;
        Ok(())
    }

    /// `POST /api/v1/users.setAvatar {avatarUrl, userId?}`: the server downloads the image.
    pub async fn set_avatar_url(
        &self,
        creds: &Credentials,
        for_user: Option<&str>,
        url: &str,
    ) -> Result<()> {
        let mut body = json!({ "avatarUrl": url });
        if let Some(user_id) = for_user {
            body["userId"] = json!(user_id);
        }
        let request = self
            .request(Method::POST, "api/v1/users.setAvatar", Some(creds))
            .json(&body);
        let _: serde::de::IgnoredAny = self.send("users.setAvatar", request).await?;
        Ok(())
    }

    /// `POST /api/v1/users.resetAvatar {userId}` (the id is required even for oneself).
    pub async fn reset_avatar(&self, creds: &Credentials, for_user: Option<&str>) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/users.resetAvatar", Some(creds))
            .json(&json!({ "userId": for_user.unwrap_or(&creds.user_id) }));
        let _: serde::de::IgnoredAny = self.send("users.resetAvatar", request).await?;
        Ok(())
    }

    /// `GET /api/v1/users.checkUsernameAvailability?username=`.
    pub async fn username_available(&self, creds: &Credentials, username: &str) -> Result<bool> {
        #[derive(Deserialize)]
        struct Availability {
            result: bool,
        }
        let request = self
            .request(
                Method::GET,
                "api/v1/users.checkUsernameAvailability",
                Some(creds),
            )
            .query(&[("username", username)]);
        let answer: Availability = self
            .send("users.checkUsernameAvailability", request)
            .await?;
        Ok(answer.result)
    }

    /// `POST /api/v1/users.sendConfirmationEmail {email}`: the verification email, again.
    pub async fn send_confirmation_email(&self, creds: &Credentials, email: &str) -> Result<()> {
        let request = self
            .request(
                Method::POST,
                "api/v1/users.sendConfirmationEmail",
                Some(creds),
            )
            .json(&json!({ "email": email }));
        let _: serde::de::IgnoredAny = self.send("users.sendConfirmationEmail", request).await?;
        Ok(())
    }

    /// `POST /api/v1/users.deleteOwnAccount {password, confirmRelinquish}`; `proof` is the
    /// SHA-256 the server expects (of the password, or of the username without one).
    pub async fn delete_own_account(
        &self,
        creds: &Credentials,
        proof: &Sensitive<String>,
        confirm_relinquish: bool,
    ) -> Result<()> {
        let mut body = json!({ "password": proof.expose() });
        if confirm_relinquish {
            body["confirmRelinquish"] = json!(true);
        }
        let request = self
            .request(Method::POST, "api/v1/users.deleteOwnAccount", Some(creds))
            .json(&body);
        let _: serde::de::IgnoredAny = self.send("users.deleteOwnAccount", request).await?;
        Ok(())
    }

    /// `POST /api/v1/users.removeOtherTokens`: every other session of the user ends; this one stays.
    pub async fn remove_other_tokens(&self, creds: &Credentials) -> Result<()> {
        let request = self.request(Method::POST, "api/v1/users.removeOtherTokens", Some(creds));
        let _: serde::de::IgnoredAny = self.send("users.removeOtherTokens", request).await?;
        Ok(())
    }
}
