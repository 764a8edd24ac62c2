//! Tether's client for one Chatwoot installation (reference chatwoot-api.md B0–B2), over the
//! same HTTP client, certificate trust and redirect policy as Rocket.Chat's. Sign-in never
//! retries by itself: rack-attack counts every attempt (B12).

use reqwest::header::HeaderMap;
use reqwest::{Method, RequestBuilder, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::error::{ChatwootError, SIGN_IN};
use super::types::{
    ChatwootAuth, ChatwootInfo, ChatwootUser, ProfileChanges, SessionHeaders, SignIn,
};
use crate::rocketchat::{Http, WorkspaceUrl, unreachable};
use crate::{Error, Result, Sensitive};

/// A client for one Chatwoot installation.
#[derive(Clone)]
pub struct ChatwootClient {
    http: Http,
    base: WorkspaceUrl,
}

impl ChatwootClient {
    /// A client for `base` over the shared [`Http`] client.
    pub fn new(http: Http, base: WorkspaceUrl) -> Self {
        Self { http, base }
    }

    pub(super) fn request(
        &self,
        method: Method,
        path: &str,
        auth: Option<&ChatwootAuth>,
    ) -> RequestBuilder {
        let mut request = self
            .http
            .reqwest()
            .request(method, self.base.join(path))
            .header("accept", "application/json");
        match auth {
            Some(ChatwootAuth::Token(token)) => {
                request = request.header("api_access_token", token.expose());
            }
            Some(ChatwootAuth::Session(s)) => {
                request = request
                    .header("access-token", s.access_token.expose())
                    .header("token-type", "Bearer")
                    .header("client", &s.client)
                    .header("uid", &s.uid)
                    .header("expiry", s.expiry.to_string());
            }
            None => {}
        }
        request
    }

    /// Sends, and reads a success as JSON; a failure as [`ChatwootError`].
    pub(super) async fn call(
        &self,
        endpoint: &str,
        request: RequestBuilder,
    ) -> Result<(StatusCode, HeaderMap, Value)> {
        let response = request
            .send()
            .await
            .map_err(|e| unreachable(&self.http, &self.base, &e))?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| unreachable(&self.http, &self.base, &e))?;
        if !status.is_success() {
            return Err(ChatwootError::from_body(endpoint, status.as_u16(), &body).into());
        }
        let value = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).map_err(|e| self.protocol(endpoint, &e.to_string()))?
        };
        Ok((status, headers, value))
    }

    fn protocol(&self, endpoint: &str, reason: &str) -> Error {
        Error::Protocol {
            endpoint: format!("{}{endpoint}", self.base),
            reason: reason.to_owned(),
        }
    }

    pub(super) fn parse<T: DeserializeOwned>(&self, endpoint: &str, value: Value) -> Result<T> {
        serde_json::from_value(value).map_err(|e| self.protocol(endpoint, &e.to_string()))
    }

    /// `GET /api` (B0): `Some` when the answer is Chatwoot's (JSON with a `version` and the
    /// service checks), `None` when the address answers something else.
    pub async fn detect(&self) -> Result<Option<ChatwootInfo>> {
        let request = self.request(Method::GET, "api", None);
        match self.call("api", request).await {
            Ok((_, _, value)) => Ok(serde_json::from_value::<ChatwootInfo>(value)
                .ok()
                .filter(|i| !i.version.trim().is_empty())),
            Err(Error::Chatwoot(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }

    /// `POST /auth/sign_in` with email and password (B1).
    pub async fn sign_in(&self, email: &str, password: &Sensitive<String>) -> Result<SignIn> {
        let body = json!({ "email": email, "password": password.expose() });
        self.sign_in_with(body).await
    }

    /// The second step (B1): an authenticator code (6 digits) or a backup code.
    pub async fn sign_in_code(&self, mfa_token: &Sensitive<String>, code: &str) -> Result<SignIn> {
        let code = code.trim();
        let key = if code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()) {
            "otp_code"
        } else {
            "backup_code"
        };
        self.sign_in_with(json!({ "mfa_token": mfa_token.expose(), key: code }))
            .await
    }

    async fn sign_in_with(&self, body: Value) -> Result<SignIn> {
        let request = self.request(Method::POST, "auth/sign_in", None).json(&body);
        let (status, headers, value) = self.call(SIGN_IN, request).await?;
        if status == StatusCode::PARTIAL_CONTENT {
            let token = value["mfa_token"]
                .as_str()
                .filter(|_| value["mfa_required"] == true)
                .ok_or_else(|| self.protocol(SIGN_IN, "a 206 without an mfa_token"))?;
            return Ok(SignIn::SecondFactor {
                mfa_token: Sensitive::new(token.to_owned()),
            });
        }
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
                .ok_or_else(|| self.protocol(SIGN_IN, &format!("no {name} header")))
        };
        let session = SessionHeaders {
            access_token: Sensitive::new(header("access-token")?),
            client: header("client")?,
            uid: header("uid")?,
            expiry: header("expiry")?.parse().unwrap_or_default(),
        };
        let user = self.parse(SIGN_IN, value["data"].clone())?;
        Ok(SignIn::Signed(Box::new((session, user))))
    }

    /// `GET /api/v1/profile`: who the credentials belong to, as the server has it now.
    pub async fn profile(&self, auth: &ChatwootAuth) -> Result<ChatwootUser> {
        let request = self.request(Method::GET, "api/v1/profile", Some(auth));
        let (_, _, value) = self.call("api/v1/profile", request).await?;
        self.parse("api/v1/profile", value)
    }

    /// `PUT /api/v1/profile` with only the changed fields (B2). What the server answers is the
    /// truth: a new email, for instance, shows only once confirmed.
    pub async fn update_profile(
        &self,
        auth: &ChatwootAuth,
        changes: &ProfileChanges,
    ) -> Result<ChatwootUser> {
        let mut profile = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                profile.insert(key.to_owned(), value);
            }
        };
        put("name", changes.name.clone().map(Value::String));
        put(
            "display_name",
            changes.display_name.clone().map(Value::String),
        );
        put("email", changes.email.clone().map(Value::String));
        put(
            "ui_settings",
            changes.ui_settings.clone().map(Value::Object),
        );
        if profile.is_empty() {
            return self.profile(auth).await;
        }
        self.put_profile(auth, Value::Object(profile)).await
    }

    /// The password, in the same `PUT` (B2): the current one is checked first; on a mistake
    /// nothing is saved. Afterwards only the newest session survives on the server.
    pub async fn change_password(
        &self,
        auth: &ChatwootAuth,
        current: &Sensitive<String>,
        new: &Sensitive<String>,
        confirmation: &Sensitive<String>,
    ) -> Result<ChatwootUser> {
        let profile = json!({
            "current_password": current.expose(),
            "password": new.expose(),
            "password_confirmation": confirmation.expose(),
        });
        self.put_profile(auth, profile).await
    }

    async fn put_profile(&self, auth: &ChatwootAuth, profile: Value) -> Result<ChatwootUser> {
        let request = self
            .request(Method::PUT, "api/v1/profile", Some(auth))
            .json(&json!({ "profile": profile }));
        let (_, _, value) = self.call("api/v1/profile", request).await?;
        self.parse("api/v1/profile", value)
    }

    /// The profile image, as `profile[avatar]` in a multipart `PUT` (B2): the server checks
    /// its size and type; what it answers (the new `avatar_url`) is the truth.
    pub async fn upload_avatar(
        &self,
        auth: &ChatwootAuth,
        file_name: &str,
        content_type: &str,
        bytes: Vec<u8>,
    ) -> Result<ChatwootUser> {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str(content_type)
            .map_err(|e| self.protocol("api/v1/profile", &e.to_string()))?;
        let form = reqwest::multipart::Form::new().part("profile[avatar]", part);
        let request = self
            .request(Method::PUT, "api/v1/profile", Some(auth))
            .multipart(form);
        let (_, _, value) = self.call("api/v1/profile", request).await?;
        self.parse("api/v1/profile", value)
    }

    /// `DELETE /api/v1/profile/avatar` (B2): the user JSON with `avatar_url: ""`.
    pub async fn remove_avatar(&self, auth: &ChatwootAuth) -> Result<ChatwootUser> {
        let endpoint = "api/v1/profile/avatar";
        let request = self.request(Method::DELETE, endpoint, Some(auth));
        let (_, _, value) = self.call(endpoint, request).await?;
        self.parse(endpoint, value)
    }

    /// `POST /api/v1/profile/reset_access_token`: the old personal token stops at once (B2).
    pub async fn reset_access_token(&self, auth: &ChatwootAuth) -> Result<ChatwootUser> {
        let endpoint = "api/v1/profile/reset_access_token";
        let request = self.request(Method::POST, endpoint, Some(auth));
        let (_, _, value) = self.call(endpoint, request).await?;
        self.parse(endpoint, value)
    }

    /// `DELETE /auth/sign_out`: ends this session only.
    pub async fn sign_out(&self, session: &SessionHeaders) -> Result<()> {
        let auth = ChatwootAuth::Session(session.clone());
        let request = self.request(Method::DELETE, "auth/sign_out", Some(&auth));
        self.call("auth/sign_out", request).await.map(|_| ())
    }
}
