//! The Rocket.Chat REST client (reqwest + rustls). Every authenticated call happens here, in
//! Rust: the webview never sees a token.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::types::{LoginData, MeUser, PublicSetting, ServerInfo};
use super::{ApiError, WorkspaceUrl};
use crate::{Error, Result, Sensitive};

/// A user's session on a workspace: the pair every authenticated route needs.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// `X-User-Id`.
    pub user_id: String,
    /// `X-Auth-Token`.
    pub token: Sensitive<String>,
}

/// Lowercase hex SHA-256 of a password, as Rocket.Chat expects for digests and 2FA codes.
pub fn password_digest(plain: &Sensitive<String>) -> Sensitive<String> {
    Sensitive::new(hex::encode(Sha256::digest(plain.expose().as_bytes())))
}

/// A client for one workspace.
#[derive(Clone)]
pub struct RestClient {
    http: reqwest::Client,
    base: WorkspaceUrl,
}

impl RestClient {
    /// The HTTP client every workspace shares (one connection pool, TLS sessions reused), with
    /// Tether's timeouts and user agent. Build it once; `reqwest::Client` clones are cheap.
    pub fn shared_http() -> Result<reqwest::Client> {
        // reqwest is built without a bundled provider; ring is ours. Installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        reqwest::Client::builder()
            .user_agent(concat!("Tether/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|err| Error::Protocol {
                endpoint: "http client".into(),
                reason: format!("the HTTP client could not start: {err}"),
            })
    }

    /// A client for `base` over a shared HTTP client (see [`RestClient::shared_http`]).
    pub fn new(http: reqwest::Client, base: WorkspaceUrl) -> Self {
        Self { http, base }
    }

    /// `GET /api/info`: the server's version. Anything that is not a Rocket.Chat answer is
    /// reported as [`Error::NotRocketChat`].
    pub async fn info(&self) -> Result<ServerInfo> {
        let url = self.base.join("api/info");
        let response = self
            .http
            .get(url.clone())
            .send()
            .await
            .map_err(|e| self.unreachable(&e))?;
        let status = response.status();
        let body = response.bytes().await.map_err(|e| self.unreachable(&e))?;
        let not_rc = |reason: String| Error::NotRocketChat {
            url: self.base.to_string(),
            reason,
        };
        if !status.is_success() {
            return Err(not_rc(format!("{url} answered HTTP {}", status.as_u16())));
        }
        let info: ServerInfo = serde_json::from_slice(&body).map_err(|_| {
            not_rc(format!(
                "{url} did not answer with Rocket.Chat's server info"
            ))
        })?;
        if !info.success || super::parse_version(&info.version).is_none() {
            return Err(not_rc(format!(
                "{url} did not report a Rocket.Chat version"
            )));
        }
        Ok(info)
    }

    /// `POST /api/v1/login` with username (or email) and password; the password travels as a
    /// SHA-256 digest, never in plain text.
    pub async fn login_password(
        &self,
        user: &str,
        password: &Sensitive<String>,
    ) -> Result<LoginData> {
        let digest = password_digest(password);
        let body = json!({
            "user": user,
            "password": { "digest": digest.expose(), "algorithm": "sha-256" },
        });
        self.login(body).await
    }

    /// `POST /api/v1/login` with `{resume}`: revalidates a stored token.
    pub async fn login_resume(&self, token: &Sensitive<String>) -> Result<LoginData> {
        self.login(json!({ "resume": token.expose() })).await
    }

    async fn login(&self, body: serde_json::Value) -> Result<LoginData> {
        #[derive(Deserialize)]
        struct LoginResponse {
            data: LoginData,
        }
        let request = self.request(Method::POST, "api/v1/login", None).json(&body);
        let response: LoginResponse = self.send("login", request).await?;
        Ok(response.data)
    }

    /// `GET /api/v1/me`.
    pub async fn me(&self, creds: &Credentials) -> Result<MeUser> {
        let request = self.request(Method::GET, "api/v1/me", Some(creds));
        self.send("me", request).await
    }

    /// `POST /api/v1/logout`: ends only this session on the server.
    pub async fn logout(&self, creds: &Credentials) -> Result<()> {
        let request = self.request(Method::POST, "api/v1/logout", Some(creds));
        let _: serde_json::Value = self.send("logout", request).await?;
        Ok(())
    }

    /// `GET /api/v1/settings.public?_id=a,b`: public settings by id.
    pub async fn settings_public(&self, ids: &[&str]) -> Result<Vec<PublicSetting>> {
        #[derive(Deserialize)]
        struct SettingsPage {
            settings: Vec<PublicSetting>,
        }
        let request = self
            .request(Method::GET, "api/v1/settings.public", None)
            .query(&[("_id", ids.join(","))]);
        let page: SettingsPage = self.send("settings.public", request).await?;
        Ok(page.settings)
    }

    fn request(&self, method: Method, path: &str, creds: Option<&Credentials>) -> RequestBuilder {
        let builder = self.http.request(method, self.base.join(path));
        match creds {
            Some(c) => builder
                .header("X-User-Id", &c.user_id)
                .header("X-Auth-Token", c.token.expose()),
            None => builder,
        }
    }

    async fn send<T: DeserializeOwned>(
        &self,
        endpoint: &str,
        request: RequestBuilder,
    ) -> Result<T> {
        let response = request.send().await.map_err(|e| self.unreachable(&e))?;
        let status = response.status();
        let retry_after = retry_after_seconds(&response);
        let body = response.bytes().await.map_err(|e| self.unreachable(&e))?;
        if status != StatusCode::OK {
            return Err(ApiError::from_body(endpoint, status.as_u16(), &body, retry_after).into());
        }
        serde_json::from_slice(&body).map_err(|err| Error::Protocol {
            endpoint: endpoint.to_owned(),
            reason: err.to_string(),
        })
    }

    fn unreachable(&self, err: &reqwest::Error) -> Error {
        // The innermost cause is the one a person understands ("Connection refused").
        let mut source: &dyn std::error::Error = err;
        while let Some(next) = source.source() {
            source = next;
        }
        let reason = if err.is_timeout() {
            "the server did not answer in time".to_owned()
        } else {
            source.to_string()
        };
        Error::Unreachable {
            url: self.base.to_string(),
            reason,
        }
    }
}

fn retry_after_seconds(response: &reqwest::Response) -> Option<u64> {
    let reset_ms: u64 = response
        .headers()
        .get("X-RateLimit-Reset")?
        .to_str()
        .ok()?
        .parse()
        .ok()?;
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_millis();
    let wait_ms = u128::from(reset_ms).saturating_sub(now_ms);
    Some(
        u64::try_from(wait_ms.div_ceil(1000))
            .unwrap_or(u64::MAX)
            .max(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_digest_is_lowercase_hex_sha256() {
        let digest = password_digest(&Sensitive::new("password".to_owned()));
        assert_eq!(
            digest.expose(),
            "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
            "Rocket.Chat compares against sha256 hex of the plain password"
        );
    }
}
