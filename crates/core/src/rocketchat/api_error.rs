//! A failure answer from a Rocket.Chat server, and what it means for the user.

use serde::Deserialize;
use serde_json::Value;

use crate::ErrorCode;

/// A parsed failure envelope (reference §1.2, §2.1). Branches on `errorType`/`error` codes,
/// never on HTTP status alone, because 8.x and 9.x disagree on statuses.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The endpoint, e.g. `login`.
    pub endpoint: String,
    /// HTTP status.
    pub status: u16,
    /// The server's `error` text (a code on login failures, a sentence elsewhere).
    pub error: String,
    /// The server's `errorType`, when given.
    pub error_type: Option<String>,
    /// The server's `message`, when given.
    pub message: Option<String>,
    /// The server's `details`, when given.
    pub details: Option<Value>,
    /// From `X-RateLimit-Reset` (epoch ms) on a 429: how long to wait.
    pub retry_after_seconds: Option<u64>,
    /// Whether the body is Rocket.Chat's own failure envelope (JSON with `success: false` or
    /// `status: "error"`). An HTML page or another JSON shape came from something in front of
    /// the server (a proxy, a gateway, a captive portal): it says nothing about the session.
    pub from_rocket_chat: bool,
}

/// The endpoint name of a password login (`POST /api/v1/login` with credentials).
pub const LOGIN: &str = "login";
/// The endpoint name of a token login (`POST /api/v1/login` with `{resume}`): the same route,
/// but its refusal means the stored session ended.
pub const LOGIN_RESUME: &str = "login:resume";
/// The text of Rocket.Chat's own 401 on an `authRequired` route (reference §1.2); from 9.0 only
/// in `error`, before that also in `message`.
const NOT_LOGGED_IN: &str = "You must be logged in to do this.";

#[derive(Deserialize)]
struct Envelope {
    /// A string, except on a failed `resume` login, where Meteor's numeric code (403) comes
    /// through.
    error: Option<Value>,
    #[serde(rename = "errorType")]
    error_type: Option<String>,
    message: Option<String>,
    details: Option<Value>,
}

impl ApiError {
    /// Builds an error from a failed response's status and body.
    pub fn from_body(
        endpoint: &str,
        status: u16,
        body: &[u8],
        retry_after_seconds: Option<u64>,
    ) -> Self {
        let json: Option<Value> = serde_json::from_slice(body).ok();
        let from_rocket_chat = json.as_ref().is_some_and(|v| {
            v.get("success") == Some(&Value::Bool(false))
                || v.get("status").and_then(Value::as_str) == Some("error")
        });
        let envelope: Option<Envelope> = json
            .filter(|_| from_rocket_chat)
            .and_then(|v| serde_json::from_value(v).ok());
        let (error, error_type, message, details) = match envelope {
            Some(e) => (e.error, e.error_type, e.message, e.details),
            None => (None, None, None, None),
        };
        let details = details.map(|d| match d {
            // The server JSON-parses string details; do the same for older servers.
            Value::String(s) => serde_json::from_str(&s).unwrap_or(Value::String(s)),
            other => other,
        });
        let error = match error {
            Some(Value::String(s)) => s,
            Some(other) => other.to_string(),
            None => format!("HTTP {status}"),
        };
        ApiError {
            endpoint: endpoint.to_owned(),
            status,
            error,
            error_type,
            message,
            details,
            retry_after_seconds,
            from_rocket_chat,
        }
    }

    /// Whether this is Rocket.Chat saying the caller's session is not valid: its own "you must
    /// be logged in" on an authenticated route, or a token login refused. Only this ends a
    /// session; a 401 from anything else (a proxy, a missing license module, a password
    /// login) does not.
    pub fn ends_session(&self) -> bool {
        if !self.from_rocket_chat || self.status != 401 {
            return false;
        }
        match self.endpoint.as_str() {
            LOGIN_RESUME => {
                // Meteor's `Meteor.Error(403, …)` from the resume handler; a rate limit or a
                // blocked address on that route is not the token's fault.
                self.error == "403"
            }
            LOGIN => false,
            _ => self.error == NOT_LOGGED_IN || self.message.as_deref() == Some(NOT_LOGGED_IN),
        }
    }

    /// Whether trying again later may succeed with the same request: the server or something
    /// in front of it failed (5xx, a page that is not Rocket.Chat's, a rate limit). Edits that
    /// met such a failure wait and are sent again; only the server's own refusal of a value
    /// refuses it.
    pub fn is_transient(&self) -> bool {
        self.status >= 500 || self.status == 429 || !self.from_rocket_chat
    }

    /// The server's code: `errorType` when present, else `error` when it looks like a code.
    pub fn server_code(&self) -> Option<&str> {
        if let Some(t) = &self.error_type {
            return Some(t);
        }
        let e = self.error.as_str();
        let looks_like_code = !e.contains(' ') && !e.is_empty();
        if looks_like_code {
            return Some(e);
        }
        // "<reason> [<code>]" without errorType (e.g. the 429 body).
        e.rsplit_once('[')
            .and_then(|(_, rest)| rest.strip_suffix(']'))
    }

    /// The stable code the UI acts on.
    pub fn code(&self) -> ErrorCode {
        if self.ends_session() {
            return ErrorCode::SessionExpired;
        }
        if !self.from_rocket_chat {
            // Not Rocket.Chat's answer: the way to the server is what failed.
            return if self.status == 429 {
                ErrorCode::RateLimited
            } else {
                ErrorCode::Unreachable
            };
        }
        match self.server_code() {
            Some("Unauthorized") if self.endpoint == LOGIN => ErrorCode::InvalidCredentials,
            Some("totp-required") => ErrorCode::TwoFactorRequired,
            Some("totp-invalid") => ErrorCode::TwoFactorInvalid,
            Some("totp-max-attempts") => ErrorCode::TwoFactorMaxAttempts,
            Some("error-too-many-requests") => ErrorCode::RateLimited,
            Some("error-login-blocked-for-user") | Some("error-login-blocked-for-ip") => {
                ErrorCode::LoginBlocked
            }
            Some("error-user-is-not-activated") => ErrorCode::AccountNotActivated,
            Some("error-invalid-email") if self.endpoint == LOGIN => ErrorCode::EmailNotVerified,
            Some("error-action-not-allowed") | Some("error-not-allowed") => ErrorCode::Forbidden,
            _ if self.field().is_some() => ErrorCode::InvalidInput,
            Some("error-license-user-limit-reached") => ErrorCode::SeatLimitReached,
            Some("error-app-user-is-not-allowed-to-login") => ErrorCode::AccountNotAllowed,
            // A missing permission (401 from 9.0), or `sessions/*` without its license module.
            Some("error-unauthorized") | Some("unauthorized") | Some("not-authorized") => {
                ErrorCode::Forbidden
            }
            _ if self.status == 429 => ErrorCode::RateLimited,
            // Servers before 7.0 pass Meteor's `Meteor.Error(403, "Incorrect password" |
            // "User not found")` through as a 401: a failed password login, never a session end.
            _ if self.endpoint == LOGIN && self.status == 401 => ErrorCode::InvalidCredentials,
            _ if self.status == 403 => ErrorCode::Forbidden,
            _ => ErrorCode::Server,
        }
    }

    /// A sentence for a person: what happened and what to do.
    pub fn user_message(&self) -> String {
        let wait = self
            .retry_after_seconds
            .map(|s| format!(" Try again in {}.", human_seconds(s)))
            .unwrap_or_default();
        if !self.from_rocket_chat && self.status != 429 {
            return format!(
                "The workspace's address answered HTTP {} with a page that is not Rocket.Chat's (a proxy or gateway in front of the server?). Nothing was changed; Tether will try again.",
                self.status
            );
        }
        match self.server_code() {
            _ if self.code() == ErrorCode::InvalidCredentials => {
                "Incorrect username or password. Check both and try again.".into()
            }
            Some("totp-required") => "This account signs in with a second factor (two-factor authentication). Enter the code to continue.".into(),
            Some("totp-invalid") if self.second_factor_method() == Some("email") => "That code is not correct or has expired. Check the latest email from the workspace, or send a new code.".into(),
            Some("totp-invalid") => "That code is not correct. Enter the current 6-digit code from your authenticator app (check that this computer's clock is right), or one of your 8-character backup codes.".into(),
            Some("totp-max-attempts") => "Too many wrong codes. Send a new code to your email, then enter the new one.".into(),
            Some("error-login-blocked-for-user") => "Sign-in for this user is blocked for a while after too many failed attempts. Wait a few minutes, then try again.".into(),
            Some("error-login-blocked-for-ip") => "Sign-in from this network address is blocked for a while after too many failed attempts. Wait a few minutes, then try again.".into(),
            Some("error-user-is-not-activated") => "This account is not active yet. Ask the workspace's admin to activate it.".into(),
            Some("error-invalid-email") if self.endpoint != LOGIN => "That is not a valid email address.".into(),
            Some("error-invalid-email") => "Verify your email address first: the workspace requires it. Check your inbox for the verification email.".into(),
            Some("error-license-user-limit-reached") => "The workspace has reached its licensed number of users. Ask its admin to free a seat.".into(),
            Some("error-app-user-is-not-allowed-to-login") => "App users cannot sign in.".into(),
            _ if self.error == "Name contains invalid characters" => "The name contains characters the server does not allow (<, >, / or \\).".into(),
            Some("error-bio-size-exceeded") => "The bio can be at most 260 characters.".into(),
            Some("error-nickname-size-exceeded") => "The nickname can be at most 120 characters.".into(),
            Some("error-could-not-save-identity") => "The server did not accept that username. Use letters, digits, dots, dashes and underscores.".into(),
            Some("error-field-unavailable") => format!("{} Choose another one.", self.error.trim_end_matches(" [error-field-unavailable]")),
            Some("error-invalid-password") if self.endpoint == "users.deleteOwnAccount" => "That password is not correct. Your account was not deleted.".into(),
            Some("error-invalid-username") if self.endpoint == "users.deleteOwnAccount" => "The server did not accept the confirmation for this account. Your account was not deleted.".into(),
            Some("error-avatar-invalid-url") => "The server could not use a picture from that address. Use the address of a PNG, JPEG or WebP image itself (not of a web page), reachable from the server.".into(),
            Some("error-avatar-url-handling") => "The server could not download the picture from that address. Check it, or upload the file instead.".into(),
            Some("error-avatar-url-timeout") => "The picture at that address took too long to download. Upload the file instead.".into(),
            Some("error-avatar-image-too-large") | Some("error-file-too-large") => "That picture is larger than the workspace accepts. Choose a smaller one.".into(),
            Some("error-user-registration-custom-field") => format!("{}.", self.error.rsplit_once(" [").map_or(self.error.as_str(), |(reason, _)| reason)),
            Some("error-token-already-exists") => "You already have a token with that name. Choose another name, or regenerate that token.".into(),
            Some("error-token-does-not-exists") => "There is no token with that name any more; it may have been deleted elsewhere.".into(),
            Some("error-password-same-as-current") => "The new password is the same as the current one. Choose a different password.".into(),
            Some("error-password-in-history") => "You used that password before. Choose a new one.".into(),
            Some(code) if code.starts_with("error-password-policy-not-met") => self.policy_message(code),
            Some("error-2fa-already-enabled") => "Two-factor authentication with an authenticator app is already on for this account.".into(),
            Some("invalid-totp") => "That code is not correct. Enter the current 6-digit code from your authenticator app (check that this computer's clock is right).".into(),
            Some("error-invalid-user") if self.endpoint == "users.2fa.enableEmail" => "Verify your email address first: the workspace sends the codes only to a verified address. Use \"Resend verification email\" on the Profile page, open the link in that email, then turn this on.".into(),
            Some("error-keys-already-set") => "This account already has encryption keys on the server.".into(),
            Some("error-the-field-is-required") | Some("error-input-is-not-a-valid-field") => format!("{}.", self.reason()),
            Some("error-admin-required") => "The workspace needs at least one admin: make someone else admin first.".into(),
            Some("error-email-send-failed") => format!("The workspace could not send the email ({}). Check its email (SMTP) settings.", self.reason()),
            Some("error-two-factor-not-enabled") => "Two-factor authentication is off in this workspace: there is nothing to reset.".into(),
            Some("error-user-already-in-role") => "The user already has that role.".into(),
            Some("error-user-not-in-role") => "The user does not have that role any more.".into(),
            Some("error-invalid-user-id") | Some("error-invalid-user") if self.is_admin_route() => "That user no longer exists; the list was out of date.".into(),
            _ if self.is_admin_route() && self.error.starts_with("User not found") => "That user no longer exists; the list was out of date.".into(),
            _ if self.endpoint == "sendInvitationEmail" => format!("The invitations were not sent: {}.", self.error.trim_end_matches('.')),
            Some("error-action-not-allowed") | Some("error-not-allowed") => format!("The workspace does not allow this: {}", self.error.rsplit_once(" [").map_or(self.error.as_str(), |(reason, _)| reason)),
            _ if self.code() == ErrorCode::RateLimited => {
                format!("The server is limiting requests: too many in a short time.{wait}")
            }
            _ if self.code() == ErrorCode::SessionExpired => match &self.message {
                // A refused `resume` says why: expired, or logged out by the server.
                Some(reason) if self.endpoint == LOGIN_RESUME => format!("Your session on this workspace has ended; the server says: “{reason}” Sign in again."),
                _ => "Your session on this workspace has ended. Sign in again.".into(),
            },
            _ if self.status >= 500 => {
                let text = self.message.as_deref().unwrap_or(&self.error);
                format!("The server failed (HTTP {}: {text}). Nothing was changed; try again in a moment.", self.status)
            }
            _ => {
                let text = self.message.as_deref().unwrap_or(&self.error);
                format!("The server refused the request: {text}")
            }
        }
    }

    /// The reason of a `"<reason> [<code>]"` error, without the code.
    fn reason(&self) -> &str {
        self.error
            .rsplit_once(" [")
            .map_or(self.error.as_str(), |(reason, _)| reason)
    }

    /// A route of Administration › Users, whose fields are the New user / Edit user form's.
    fn is_admin_route(&self) -> bool {
        matches!(
            self.endpoint.as_str(),
            "users.create"
                | "users.update"
                | "users.info"
                | "users.setActiveStatus"
                | "users.delete"
                | "users.resetTOTP"
                | "users.resetE2EKey"
                | "users.sendWelcomeEmail"
                | "roles.addUserToRole"
                | "roles.removeUserFromRole"
        )
    }

    /// The second-factor method a `totp-*` error names (`totp` or `email`).
    pub fn second_factor_method(&self) -> Option<&str> {
        self.details.as_ref()?.get("method")?.as_str()
    }

    /// The input field a profile error concerns, so the UI can show it there.
    pub fn field(&self) -> Option<&'static str> {
        if self.error == "Name contains invalid characters" {
            return Some("name");
        }
        if self.endpoint == "sendInvitationEmail" && self.error == "No valid email addresses" {
            return Some("emails");
        }
        let admin_form = matches!(self.endpoint.as_str(), "users.create" | "users.update");
        Some(match self.server_code()? {
            "error-invalid-password" | "error-invalid-username"
                if self.endpoint == "users.deleteOwnAccount" =>
            {
                "password"
            }
            "error-avatar-invalid-url"
            | "error-avatar-url-handling"
            | "error-avatar-url-timeout" => "avatar_url",
            "error-avatar-image-too-large" if self.error.contains("URL") => "avatar_url",
            "error-avatar-image-too-large" | "error-file-too-large" => "avatar",
            "error-user-registration-custom-field" | "error-invalid-customfield-json" => {
                "custom_fields"
            }
            "error-bio-size-exceeded" => "bio",
            "error-nickname-size-exceeded" => "nickname",
            "error-could-not-save-identity" | "error-invalid-username" => "username",
            "error-invalid-email" if self.endpoint != LOGIN => "email",
            "error-field-unavailable" if self.error.contains('@') => "email",
            "error-field-unavailable" => "username",
            "error-password-same-as-current" | "error-password-in-history" => "new_password",
            "error-token-already-exists" | "error-token-does-not-exists" => "token_name",
            "invalid-totp" => "code",
            code if code.starts_with("error-password-policy-not-met") && admin_form => "password",
            code if code.starts_with("error-password-policy-not-met") => "new_password",
            "error-input-is-not-a-valid-field" => "username",
            // "The field Name is required": the field is named in the reason.
            "error-the-field-is-required" => {
                let reason = self.reason().to_ascii_lowercase();
                ["name", "username", "password", "email"]
                    .into_iter()
                    .find(|f| reason.contains(&format!("field {f} ")))?
            }
            "error-invalid-status" | "error-status-not-allowed" => "status",
            _ => return None,
        })
    }

    /// The failed password rules in words: 8.x lists each in `details` as `{error, message}`;
    /// older servers name the first in the error code itself.
    fn policy_message(&self, code: &str) -> String {
        let listed: Vec<&str> = self
            .details
            .as_ref()
            .and_then(Value::as_array)
            .map(|reasons| {
                reasons
                    .iter()
                    .filter_map(|r| r.get("error").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let codes = if listed.is_empty() {
            vec![code]
        } else {
            listed
        };
        let texts: Vec<&str> = codes.into_iter().filter_map(failed_rule_text).collect();
        if texts.is_empty() {
            return "The new password does not meet the workspace's password policy. Check its rules and choose another.".into();
        }
        format!(
            "The new password does not meet the workspace's password policy: {}.",
            texts.join("; ")
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.user_message())
    }
}

impl std::error::Error for ApiError {}

fn human_seconds(seconds: u64) -> String {
    match seconds {
        0..=1 => "a second".into(),
        2..=59 => format!("{seconds} seconds"),
        60..=119 => "a minute".into(),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}

/// The words for a failed rule of the server's `error-password-policy-not-met-*` codes.
pub fn failed_rule_text(code: &str) -> Option<&'static str> {
    Some(match code.strip_prefix("error-password-policy-not-met-")? {
        "minLength" => "it is too short",
        "maxLength" => "it is too long",
        "repeatingCharacters" => "it repeats a character too many times in a row",
        "oneLowercase" => "it needs a lowercase letter (a–z)",
        "oneUppercase" => "it needs an uppercase letter (A–Z)",
        "oneNumber" => "it needs a number (0–9)",
        "oneSpecial" => "it needs a symbol, such as ! ? # or -",
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
