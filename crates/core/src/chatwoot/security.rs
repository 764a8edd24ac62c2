//! Two-factor sign-in and signed-in sessions, where the server has them (reference
//! chatwoot-api.md B2 "Active sessions", B6). A route the server does not have answers 404:
//! that is "not on this server", not an error to show.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::client::ChatwootClient;
use super::types::ChatwootAuth;
use crate::{Error, Result, Sensitive};

/// `GET /api/v1/profile/mfa`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct MfaStatus {
    /// The server has encryption keys, so two-factor sign-in can be managed.
    pub feature_available: bool,
    /// It is on for this user.
    pub enabled: bool,
}

/// A secret to put into an authenticator app (`POST /api/v1/profile/mfa`).
#[derive(Debug, Deserialize)]
pub struct MfaSetup {
    /// `otpauth://totp/…`, for the QR code.
    pub provisioning_url: Sensitive<String>,
    /// The base32 secret, for typing in.
    pub secret: Sensitive<String>,
}

/// A signed-in device (B2).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct SignedInSession {
    /// Its id, to sign it out.
    pub id: u64,
    /// The browser or app.
    pub browser_name: Option<String>,
    /// The platform.
    pub platform_name: Option<String>,
    /// Where it signed in from.
    pub ip_address: Option<String>,
    /// When it was last active.
    pub last_activity_at: Option<String>,
    /// This is the session asking.
    pub current: bool,
}

impl ChatwootClient {
    async fn send_json(
        &self,
        method: Method,
        path: &str,
        auth: &ChatwootAuth,
        body: Option<Value>,
    ) -> Result<Value> {
        let mut request = self.request(method, path, Some(auth));
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.call(path, request).await.map(|(_, _, value)| value)
    }

    /// Whether two-factor sign-in can be managed and is on; `None` when the server has no such
    /// feature (404).
    pub async fn mfa_status(&self, auth: &ChatwootAuth) -> Result<Option<MfaStatus>> {
        let path = "api/v1/profile/mfa";
        match self.send_json(Method::GET, path, auth, None).await {
            Ok(value) => self.parse(path, value).map(Some),
            Err(err) if is_absent(&err) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Starts turning it on: a secret for the authenticator app (needs a session, not the
    /// personal token, on current servers).
    pub async fn mfa_begin(&self, auth: &ChatwootAuth) -> Result<MfaSetup> {
        let path = "api/v1/profile/mfa";
        let value = self.send_json(Method::POST, path, auth, None).await?;
        self.parse(path, value)
    }

    /// Turns it on with the app's current code; answers the ten backup codes.
    pub async fn mfa_confirm(
        &self,
        auth: &ChatwootAuth,
        code: &str,
    ) -> Result<Vec<Sensitive<String>>> {
        let path = "api/v1/profile/mfa/verify";
        let value = self
            .send_json(
                Method::POST,
                path,
                auth,
                Some(json!({ "otp_code": code.trim() })),
            )
            .await?;
        self.parse(path, value["backup_codes"].clone())
    }

    /// Turns it off: the app's current code and the password.
    pub async fn mfa_disable(
        &self,
        auth: &ChatwootAuth,
        code: &str,
        password: &Sensitive<String>,
    ) -> Result<()> {
        let body = json!({ "otp_code": code.trim(), "password": password.expose() });
        self.send_json(Method::DELETE, "api/v1/profile/mfa", auth, Some(body))
            .await
            .map(|_| ())
    }

    /// The signed-in devices, newest first; `None` when the server has no such list (404).
    pub async fn sessions(&self, auth: &ChatwootAuth) -> Result<Option<Vec<SignedInSession>>> {
        let path = "api/v1/profile/sessions";
        match self.send_json(Method::GET, path, auth, None).await {
            Ok(value) => self.parse(path, value).map(Some),
            Err(err) if is_absent(&err) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Signs one other device out (the current one cannot be: the server says so).
    pub async fn sign_out_session(&self, auth: &ChatwootAuth, id: u64) -> Result<()> {
        let path = format!("api/v1/profile/sessions/{id}");
        self.send_json(Method::DELETE, &path, auth, None)
            .await
            .map(|_| ())
    }
}

/// A 404 that is not Chatwoot's own "not found" JSON: Rails' page for a route it lacks.
fn is_absent(err: &Error) -> bool {
    matches!(err, Error::Chatwoot(e) if e.status == 404 && !e.from_chatwoot)
}
