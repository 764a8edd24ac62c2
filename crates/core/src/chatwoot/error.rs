//! A failure answer from a Chatwoot server, and what it means for the user (reference
//! chatwoot-api.md B11). Chatwoot's bodies differ by who refused: Chatwoot itself
//! (`{"error"}`), devise (`{"errors": […]}`), devise_token_auth (`{"success": false,
//! "errors"}`), a model validation (`{"message", "attributes"}`), rack-attack (plain
//! `Retry later`). Tether reads the status **and** which key is present.

use serde_json::Value;

use crate::ErrorCode;

/// The endpoint name of the password and MFA sign-in (`POST /auth/sign_in`).
pub const SIGN_IN: &str = "auth/sign_in";

/// A parsed failure.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatwootError {
    /// The endpoint, e.g. `api/v1/profile`.
    pub endpoint: String,
    /// HTTP status.
    pub status: u16,
    /// The server's text: `error`, the first of `errors`, `message`, or the plain body.
    pub error: String,
    /// The fields a validation failure names (`attributes`).
    pub attributes: Vec<String>,
    /// devise_token_auth's `error_code` on a refused sign-in (`user_not_confirmed`,
    /// `account_suspended`, B1).
    pub error_code: Option<String>,
    /// The body is one of Chatwoot's own (JSON in one of its shapes, or rack-attack's text).
    /// An HTML page or other JSON came from something in front of the server.
    pub from_chatwoot: bool,
}

impl ChatwootError {
    /// Builds the error from a failed answer.
    pub fn from_body(endpoint: &str, status: u16, body: &[u8]) -> Self {
        let json: Option<Value> = serde_json::from_slice(body).ok();
        let text = |v: &Value| v.as_str().map(str::to_owned);
        let (error, attributes, from_chatwoot) = match &json {
            Some(v) if v.get("error").is_some_and(Value::is_string) => {
                (text(&v["error"]).unwrap_or_default(), Vec::new(), true)
            }
            Some(v) if v.get("errors").is_some_and(Value::is_array) => (
                v["errors"]
                    .as_array()
                    .and_then(|e| e.first())
                    .and_then(text)
                    .unwrap_or_default(),
                Vec::new(),
                true,
            ),
            Some(v) if v.get("message").is_some_and(Value::is_string) => (
                text(&v["message"]).unwrap_or_default(),
                v["attributes"]
                    .as_array()
                    .map(|a| a.iter().filter_map(text).collect())
                    .unwrap_or_default(),
                true,
            ),
            _ if status == 429 && body.starts_with(b"Retry later") => {
                ("Retry later".to_owned(), Vec::new(), true)
            }
            _ => (format!("HTTP {status}"), Vec::new(), false),
        };
        ChatwootError {
            endpoint: endpoint.to_owned(),
            status,
            error,
            attributes,
            error_code: json
                .as_ref()
                .and_then(|v| v["error_code"].as_str())
                .map(str::to_owned),
            from_chatwoot,
        }
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        if !self.from_chatwoot {
            return ErrorCode::Server;
        }
        match self.error_code.as_deref() {
            Some("user_not_confirmed") => return ErrorCode::EmailNotVerified,
            Some("account_suspended") => return ErrorCode::AccountNotAllowed,
            _ => {}
        }
        match (self.status, self.error.as_str()) {
            (429, _) => ErrorCode::RateLimited,
            (401, "Invalid or expired MFA token") => ErrorCode::SignInExpired,
            (400 | 422, "Invalid verification code") => ErrorCode::TwoFactorInvalid,
            (401, "Invalid Access Token") => ErrorCode::InvalidCredentials,
            (401, _) if self.endpoint == SIGN_IN => ErrorCode::InvalidCredentials,
            (401, e) if e.starts_with("You are not authorized") => ErrorCode::Forbidden,
            (401, _) => ErrorCode::SessionExpired,
            (403, _) => ErrorCode::Forbidden,
            (422, _) => ErrorCode::InvalidInput,
            _ => ErrorCode::Server,
        }
    }

    /// The form field the error belongs on, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self.code() {
            ErrorCode::TwoFactorInvalid => Some("code"),
            ErrorCode::InvalidCredentials if self.endpoint == SIGN_IN => Some("password"),
            ErrorCode::InvalidCredentials => Some("token"),
            ErrorCode::InvalidInput if self.error == "Invalid current password" => {
                Some("current_password")
            }
            ErrorCode::InvalidInput => self.attributes.first().map(String::as_str),
            _ => None,
        }
    }

    /// Whether the same request may succeed later unchanged: the server failed, something in
    /// front of it answered, or a rate limit other than sign-in's (never retried by itself).
    pub fn is_transient(&self) -> bool {
        !self.from_chatwoot
            || self.status >= 500
            || (self.status == 429 && self.endpoint != SIGN_IN)
    }

    /// A sentence for a person: what happened and what to do.
    pub fn user_message(&self) -> String {
        if !self.from_chatwoot {
            return format!(
                "The workspace's address answered HTTP {} with a page that is not Chatwoot's (a proxy or gateway in front of the server?). Nothing was changed; Tether will try again.",
                self.status
            );
        }
        match self.code() {
            ErrorCode::RateLimited if self.endpoint == SIGN_IN => "Chatwoot refuses more sign-in attempts from this address for a few minutes (it allows 5 in 5 minutes). Wait, then try again.".into(),
            ErrorCode::RateLimited => "Chatwoot is limiting requests from this address. Tether will try again shortly.".into(),
            ErrorCode::EmailNotVerified => "Confirm your email address first: follow the link in the email Chatwoot sent you, then sign in.".into(),
            ErrorCode::AccountNotAllowed => "Every account of this user on this Chatwoot is suspended. Ask the installation's administrator.".into(),
            ErrorCode::SignInExpired => "This sign-in took too long: the code must be entered within 5 minutes. Enter your password again.".into(),
            ErrorCode::TwoFactorInvalid => "That code is not correct. Enter the current 6-digit code from your authenticator app (check that this computer's clock is right), or one of your 8-character backup codes.".into(),
            ErrorCode::InvalidCredentials if self.endpoint == SIGN_IN => "Incorrect email or password. Check both and try again.".into(),
            ErrorCode::InvalidCredentials => "The server did not accept this access token. Copy it again from your Chatwoot profile (Profile settings › Access token), or reset it there.".into(),
            ErrorCode::SessionExpired => "Your Chatwoot session has ended (signed out elsewhere, or after a password change). Sign in again.".into(),
            ErrorCode::InvalidInput if self.error == "Invalid current password" => "The current password is not correct.".into(),
            ErrorCode::InvalidInput | ErrorCode::Forbidden => format!("{}.", self.error.trim_end_matches('.')),
            _ => format!("Chatwoot answered HTTP {}: {}. Try again later; nothing was changed.", self.status, self.error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(endpoint: &str, status: u16, body: &str) -> ChatwootError {
        ChatwootError::from_body(endpoint, status, body.as_bytes())
    }

    #[test]
    fn each_body_shape_is_read_by_its_key_and_status() {
        let wrong = error(
            SIGN_IN,
            401,
            r#"{"success":false,"errors":["Invalid login credentials. Please try again."]}"#,
        );
        assert_eq!(wrong.code(), ErrorCode::InvalidCredentials);
        assert_eq!(wrong.field(), Some("password"));
        let gone = error(
            "api/v1/profile",
            401,
            r#"{"errors":["You need to sign in or sign up before continuing."]}"#,
        );
        assert_eq!(gone.code(), ErrorCode::SessionExpired);
        let token = error("api/v1/profile", 401, r#"{"error":"Invalid Access Token"}"#);
        assert_eq!(
            (token.code(), token.field()),
            (ErrorCode::InvalidCredentials, Some("token"))
        );
        let taken = error(
            "api/v1/profile",
            422,
            r#"{"message":"Email has already been taken","attributes":["email"]}"#,
        );
        assert_eq!(
            (taken.code(), taken.field()),
            (ErrorCode::InvalidInput, Some("email"))
        );
        assert_eq!(taken.user_message(), "Email has already been taken.");
        let current = error(
            "api/v1/profile",
            422,
            r#"{"error":"Invalid current password"}"#,
        );
        assert_eq!(current.field(), Some("current_password"));
        let code = error(SIGN_IN, 400, r#"{"error":"Invalid verification code"}"#);
        assert_eq!(
            (code.code(), code.field()),
            (ErrorCode::TwoFactorInvalid, Some("code"))
        );
        let late = error(SIGN_IN, 401, r#"{"error":"Invalid or expired MFA token"}"#);
        assert_eq!(late.code(), ErrorCode::SignInExpired);
        let slow = error(SIGN_IN, 429, "Retry later");
        assert_eq!(slow.code(), ErrorCode::RateLimited);
        assert!(
            !slow.is_transient(),
            "a sign-in is never retried by itself (B12)"
        );
        assert!(error("api/v1/profile", 429, "Retry later").is_transient());
        let account = error(
            "api/v1/accounts/2/x",
            401,
            r#"{"error":"You are not authorized to access this account"}"#,
        );
        assert_eq!(account.code(), ErrorCode::Forbidden);
    }

    #[test]
    fn a_page_from_something_in_front_is_not_chatwoots_answer() {
        let proxy = error("api/v1/profile", 502, "<html>Bad gateway</html>");
        assert!(!proxy.from_chatwoot);
        assert_eq!(proxy.code(), ErrorCode::Server);
        assert!(proxy.is_transient());
        assert!(proxy.user_message().contains("not Chatwoot's"));
    }
}
