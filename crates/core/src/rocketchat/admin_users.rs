//! Manage › Users (reference §10): the list, one user, create and update, (de)activate,
//! delete, role changes, resets, invitations and welcome emails, SMTP and the license's seats.

use reqwest::Method;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::{Value, json};

use super::client::{Credentials, RestClient, with_second_factor};
use crate::Result;

/// An email address of a user document.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct UserEmail {
    /// The address.
    pub address: String,
    /// Whether it is verified.
    #[serde(default)]
    pub verified: bool,
}

/// A user as `users.listByStatus` and `users.info` send it (reference §10.3, `getFullUserData`):
/// what the caller may not see is absent.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AdminUserDoc {
    /// `_id`.
    #[serde(rename = "_id")]
    pub id: String,
    /// Username (absent for some SSO users).
    pub username: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Email addresses (with `view-full-other-user-info`).
    #[serde(default)]
    pub emails: Vec<UserEmail>,
    /// Role ids (with `view-full-other-user-info`, in `users.info`).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Presence.
    pub status: Option<String>,
    /// Whether the account is active.
    #[serde(default)]
    pub active: bool,
    /// `user`, `bot`, `app`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The last sign-in (ISO 8601).
    pub last_login: Option<String>,
    /// Created (ISO 8601).
    pub created_at: Option<String>,
    /// Federated from another server.
    #[serde(default)]
    pub federated: bool,
    /// Changes with the avatar.
    #[serde(rename = "avatarETag")]
    pub avatar_etag: Option<String>,
    /// Hours from UTC.
    pub utc_offset: Option<f64>,
    /// Status message.
    pub status_text: Option<String>,
    /// Bio.
    pub bio: Option<String>,
    /// Nickname.
    pub nickname: Option<String>,
    /// The user must change their password at the next sign-in.
    pub require_password_change: Option<bool>,
}

/// A page of `users.listByStatus`.
#[derive(Debug, Clone, Deserialize)]
pub struct UserListing {
    /// The page's users.
    pub users: Vec<AdminUserDoc>,
    /// Users matching the query in all.
    pub total: u32,
}

/// A role of `roles.list`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct RoleListing {
    /// Its id (what user documents hold).
    #[serde(rename = "_id")]
    pub id: String,
    /// Its name.
    pub name: String,
    /// `Users` or `Subscriptions`.
    pub scope: Option<String>,
    /// A built-in role.
    #[serde(default)]
    pub protected: bool,
}

/// One permission of `permissions.listAll`.
#[derive(Debug, Clone, Deserialize)]
pub struct PermissionListing {
    /// The permission's id.
    #[serde(rename = "_id")]
    pub id: String,
    /// The roles that have it.
    #[serde(default)]
    pub roles: Vec<String>,
}

/// The license's seats: `(maxActiveUsers, activeUsers)`; `None` is unlimited.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeatsListing {
    /// Seats, `None` when unlimited.
    pub max_active_users: Option<u32>,
    /// Seats taken.
    pub active_users: u32,
}

impl RestClient {
    /// `GET /api/v1/permissions.listAll`.
    pub async fn permissions_list_all(
        &self,
        creds: &Credentials,
    ) -> Result<Vec<PermissionListing>> {
        #[derive(Deserialize)]
        struct Answer {
            update: Vec<PermissionListing>,
        }
        let request = self.request(Method::GET, "api/v1/permissions.listAll", Some(creds));
        let answer: Answer = self.send("permissions.listAll", request).await?;
        Ok(answer.update)
    }

    /// `GET /api/v1/users.listByStatus` with its query pairs (array parameters as `key[]`).
    pub async fn users_list_by_status(
        &self,
        creds: &Credentials,
        query: &[(String, String)],
    ) -> Result<UserListing> {
        let request = self
            .request(Method::GET, "api/v1/users.listByStatus", Some(creds))
            .query(query);
        self.send("users.listByStatus", request).await
    }

    /// `GET /api/v1/users.info?userId=`.
    pub async fn users_info(&self, creds: &Credentials, user_id: &str) -> Result<AdminUserDoc> {
        #[derive(Deserialize)]
        struct Answer {
            user: AdminUserDoc,
        }
        let request = self
            .request(Method::GET, "api/v1/users.info", Some(creds))
            .query(&[("userId", user_id)]);
        let answer: Answer = self.send("users.info", request).await?;
        Ok(answer.user)
    }

    /// `GET /api/v1/roles.list`.
    pub async fn roles_list(&self, creds: &Credentials) -> Result<Vec<RoleListing>> {
        #[derive(Deserialize)]
        struct Answer {
            roles: Vec<RoleListing>,
        }
        let request = self.request(Method::GET, "api/v1/roles.list", Some(creds));
        let answer: Answer = self.send("roles.list", request).await?;
        Ok(answer.roles)
    }

    /// `GET /api/v1/smtp.check`.
    pub async fn smtp_check(&self, creds: &Credentials) -> Result<bool> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Answer {
            #[serde(rename = "isSMTPConfigured")]
            is_smtp_configured: bool,
        }
        let request = self.request(Method::GET, "api/v1/smtp.check", Some(creds));
        let answer: Answer = self.send("smtp.check", request).await?;
        Ok(answer.is_smtp_configured)
    }

    /// `GET /api/v1/licenses.maxActiveUsers`.
    pub async fn licenses_max_active_users(&self, creds: &Credentials) -> Result<SeatsListing> {
        let request = self.request(Method::GET, "api/v1/licenses.maxActiveUsers", Some(creds));
        self.send("licenses.maxActiveUsers", request).await
    }

    /// `GET /api/v1/licenses.info`: whether activating users is prevented (seats exceeded).
    pub async fn licenses_seats_exceeded(&self, creds: &Credentials) -> Result<bool> {
        let request = self.request(Method::GET, "api/v1/licenses.info", Some(creds));
        let answer: Value = self.send("licenses.info", request).await?;
        Ok(answer
            .pointer("/license/preventedActions/activeUsers")
            .and_then(Value::as_bool)
            .unwrap_or(false))
    }

    /// `POST /api/v1/users.create`; the new user as the server saved it.
    pub async fn users_create(&self, creds: &Credentials, body: &Value) -> Result<AdminUserDoc> {
        #[derive(Deserialize)]
        struct Answer {
            user: AdminUserDoc,
        }
        let request = self
            .request(Method::POST, "api/v1/users.create", Some(creds))
            .json(body);
        let answer: Answer = self.send("users.create", request).await?;
        Ok(answer.user)
    }

    /// `POST /api/v1/users.update {userId, data}` (2FA-guarded).
    pub async fn users_update(
        &self,
        creds: &Credentials,
        user_id: &str,
        data: &Value,
        second_factor: Option<(&str, &str)>,
    ) -> Result<AdminUserDoc> {
        #[derive(Deserialize)]
        struct Answer {
            user: AdminUserDoc,
        }
        let request = self
            .request(Method::POST, "api/v1/users.update", Some(creds))
            .json(&json!({ "userId": user_id, "data": data }));
        let answer: Answer = self
            .send("users.update", with_second_factor(request, second_factor))
            .await?;
        Ok(answer.user)
    }

    /// `POST /api/v1/users.setActiveStatus`; the server's `active` after it.
    pub async fn users_set_active_status(
        &self,
        creds: &Credentials,
        user_id: &str,
        active: bool,
        confirm_relinquish: bool,
    ) -> Result<bool> {
        #[derive(Deserialize)]
        struct Answer {
            user: Active,
        }
        #[derive(Deserialize)]
        struct Active {
            active: bool,
        }
        let request = self
            .request(Method::POST, "api/v1/users.setActiveStatus", Some(creds))
            .json(&json!({
                "userId": user_id,
                "activeStatus": active,
                "confirmRelinquish": confirm_relinquish,
            }));
        let answer: Answer = self.send("users.setActiveStatus", request).await?;
        Ok(answer.user.active)
    }

    /// `POST /api/v1/users.delete {userId, confirmRelinquish}`.
    pub async fn users_delete(
        &self,
        creds: &Credentials,
        user_id: &str,
        confirm_relinquish: bool,
    ) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/users.delete", Some(creds))
            .json(&json!({ "userId": user_id, "confirmRelinquish": confirm_relinquish }));
        let _: IgnoredAny = self.send("users.delete", request).await?;
        Ok(())
    }

    /// `POST /api/v1/users.resetTOTP {userId}` or `users.resetE2EKey {userId}` (2FA, never
    /// remembered). `route` is one of the two.
    pub async fn users_reset(
        &self,
        creds: &Credentials,
        route: &'static str,
        user_id: &str,
        second_factor: Option<(&str, &str)>,
    ) -> Result<()> {
        let request = self
            .request(Method::POST, &format!("api/v1/{route}"), Some(creds))
            .json(&json!({ "userId": user_id }));
        let _: IgnoredAny = self
            .send(route, with_second_factor(request, second_factor))
            .await?;
        Ok(())
    }

    /// `POST /api/v1/users.sendWelcomeEmail {email}`.
    pub async fn users_send_welcome_email(&self, creds: &Credentials, email: &str) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/users.sendWelcomeEmail", Some(creds))
            .json(&json!({ "email": email }));
        let _: IgnoredAny = self.send("users.sendWelcomeEmail", request).await?;
        Ok(())
    }

    /// `POST /api/v1/sendInvitationEmail {emails}`.
    pub async fn send_invitation_email(
        &self,
        creds: &Credentials,
        emails: &[String],
    ) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/sendInvitationEmail", Some(creds))
            .json(&json!({ "emails": emails }));
        let _: IgnoredAny = self.send("sendInvitationEmail", request).await?;
        Ok(())
    }

    /// `POST /api/v1/roles.addUserToRole` or `roles.removeUserFromRole` `{username, roleId}`.
    pub async fn roles_change(
        &self,
        creds: &Credentials,
        add: bool,
        username: &str,
        role_id: &str,
    ) -> Result<()> {
        let route = if add {
            "roles.addUserToRole"
        } else {
            "roles.removeUserFromRole"
        };
        let request = self
            .request(Method::POST, &format!("api/v1/{route}"), Some(creds))
            .json(&json!({ "username": username, "roleId": role_id }));
        let _: IgnoredAny = self.send(route, request).await?;
        Ok(())
    }
}
