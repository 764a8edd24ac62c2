//! The Rocket.Chat REST client (reqwest + rustls). Every authenticated call happens here, in
//! Rust: the webview never sees a token.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, RequestBuilder, StatusCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::rate::{RateBudget, retry_after_seconds};
use super::types::{LoginData, MeUser, PublicSetting, ServerInfo};
use super::{ApiError, WorkspaceUrl};
use crate::tls::{CertificateTrust, display_fingerprint, find_tls_error};
use crate::{Error, Result, Sensitive};

/// Images Tether accepts from a server (workspace icon, avatars), and their largest size.
const IMAGE_TYPES: [&str; 5] = [
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/gif",
];
const MAX_IMAGE_BYTES: usize = 512 * 1024;

/// A user's session on a workspace: the pair every authenticated route needs.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// `X-User-Id`.
    pub user_id: String,
    /// `X-Auth-Token`.
    pub token: Sensitive<String>,
}

/// How a password travels at sign-in.
#[derive(Debug, Clone)]
pub enum PasswordProof {
    /// `{digest, algorithm: "sha-256"}`: the plain password never leaves the machine.
    Digest(Sensitive<String>),
    /// The plain password, over TLS: an LDAP server must check the real password, and with
    /// `LDAP_Enable` Rocket.Chat turns a password login into an LDAP login (reference §2.1).
    Plain(Sensitive<String>),
}

impl PasswordProof {
    /// The proof for a workspace: plain only when it signs in through LDAP.
    pub fn for_password(password: &Sensitive<String>, ldap: bool) -> Self {
        if ldap {
            PasswordProof::Plain(password.clone())
        } else {
            PasswordProof::Digest(password_digest(password))
        }
    }
}

/// Lowercase hex SHA-256 of a password, as Rocket.Chat expects for digests and 2FA codes.
pub fn password_digest(plain: &Sensitive<String>) -> Sensitive<String> {
    Sensitive::new(hex::encode(Sha256::digest(plain.expose().as_bytes())))
}

/// The HTTP client every workspace shares (one connection pool, TLS sessions reused), with
/// Tether's timeouts, user agent and certificate verifier. Build it once; clones are cheap.
#[derive(Clone)]
pub struct Http {
    pub(super) client: reqwest::Client,
    trust: Arc<CertificateTrust>,
    budget: Arc<RateBudget>,
    /// The same TLS settings and verifier, for the realtime websocket.
    tls: Arc<rustls::ClientConfig>,
    /// How long one request may take in all.
    timeout: Duration,
}

/// How long one request may take before the server counts as unreachable.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

impl Http {
    /// Builds the client with the platform's certificate verification plus the user's
    /// exact-certificate exceptions ([`CertificateTrust`]).
    pub fn new() -> Result<Self> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        Self::with_trust(Arc::new(CertificateTrust::new(provider)), REQUEST_TIMEOUT)
    }

    /// The same client with another request timeout (tests of a server that does not answer).
    pub fn with_timeout(&self, timeout: Duration) -> Result<Self> {
        Self::with_trust(self.trust.clone(), timeout)
    }

    /// A client with a new connection pool and the same verifier. Needed after an exception is
    /// withdrawn: pooled connections were verified under the old exceptions.
    pub fn with_new_pool(&self) -> Result<Self> {
        Self::with_trust(self.trust.clone(), self.timeout)
    }

    fn with_trust(trust: Arc<CertificateTrust>, timeout: Duration) -> Result<Self> {
        // reqwest is built without a bundled provider; ring is ours. Installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let start_failed = |reason: String| Error::Protocol {
            endpoint: "http client".into(),
            reason: format!("the HTTP client could not start: {reason}"),
        };
        let tls = rustls::ClientConfig::builder_with_provider(trust.provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| start_failed(e.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(trust.clone())
            .with_no_client_auth();
        let websocket_tls = Arc::new(tls.clone());
        let client = reqwest::Client::builder()
            .user_agent(concat!("Tether/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::custom(same_origin_only))
            .tls_backend_preconfigured(tls)
            .build()
            .map_err(|e| start_failed(e.to_string()))?;
        Ok(Http {
            client,
            trust,
            budget: Arc::default(),
            tls: websocket_tls,
            timeout,
        })
    }

    /// The HTTP client itself, for the other server kinds' clients.
    pub(crate) fn reqwest(&self) -> &reqwest::Client {
        &self.client
    }

    /// The certificate verifier and its exceptions.
    pub fn trust(&self) -> &CertificateTrust {
        &self.trust
    }

    /// TLS settings with the same verifier, for connections reqwest does not make (the
    /// realtime websocket).
    pub fn tls_config(&self) -> Arc<rustls::ClientConfig> {
        self.tls.clone()
    }
}

/// A client for one workspace.
#[derive(Clone)]
pub struct RestClient {
    pub(super) http: Http,
    pub(super) base: WorkspaceUrl,
}

impl RestClient {
    /// A client for `base` over the shared [`Http`] client.
    pub fn new(http: Http, base: WorkspaceUrl) -> Self {
        Self { http, base }
    }

    /// `GET /api/info`: the server's version. Anything that is not a Rocket.Chat answer is
    /// reported as [`Error::NotRocketChat`].
    pub async fn info(&self) -> Result<ServerInfo> {
        let url = self.base.join("api/info");
        let response = self
            .http
            .client
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

    /// `POST /api/v1/login` with username (or email) and the password as a SHA-256 digest
    /// (or, for LDAP, plain: see [`PasswordProof`]), plus a second-factor `code`
    /// (authenticator, backup or emailed code) when the server asked for one.
    pub async fn login_password(
        &self,
        user: &str,
        proof: &PasswordProof,
        code: Option<&str>,
    ) -> Result<LoginData> {
        let password = match proof {
            PasswordProof::Digest(digest) => {
                json!({ "digest": digest.expose(), "algorithm": "sha-256" })
            }
            PasswordProof::Plain(plain) => json!(plain.expose()),
        };
        let mut body = json!({ "user": user, "password": password });
        if let Some(code) = code {
            body["code"] = json!(code);
        }
        self.login(super::LOGIN, body).await
    }

    /// `POST /api/v1/users.2fa.sendEmailCode`: emails a new sign-in code (reference §1.5).
    pub async fn send_email_code(&self, email_or_username: &str) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/users.2fa.sendEmailCode", None)
            .json(&json!({ "emailOrUsername": email_or_username }));
        let _: serde_json::Value = self.send("users.2fa.sendEmailCode", request).await?;
        Ok(())
    }

    /// An image the server serves outside the REST API (`assets/favicon.svg`,
    /// `avatar/<username>`), with `rc_uid`/`rc_token` when given, since protected avatars do
    /// not accept `X-*` headers (reference gotcha 7). They travel as cookies, never in the
    /// query string, which access logs and proxies keep. A redirect to another origin (an
    /// avatar on a CDN or external service) is followed once, without them. `None` when the
    /// server has none or sends something that is not a reasonably small image.
    pub async fn image(
        &self,
        path: &str,
        creds: Option<&Credentials>,
    ) -> Result<Option<(String, Vec<u8>)>> {
        let mut request = self.http.client.get(self.base.join(path));
        if let Some(c) = creds {
            let cookie = format!("rc_uid={}; rc_token={}", c.user_id, c.token.expose());
            request = request.header(reqwest::header::COOKIE, cookie);
        }
        let mut response = request.send().await.map_err(|e| self.unreachable(&e))?;
        if response.status().is_redirection()
            && let Some(elsewhere) = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| response.url().join(l).ok())
                .filter(|u| u.scheme() == "https")
        {
            // The credentials stay with the workspace: another origin gets a plain request.
            response = self
                .http
                .client
                .get(elsewhere)
                .send()
                .await
                .map_err(|e| self.unreachable(&e))?;
        }
        if !response.status().is_success() {
            return Ok(None);
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase())
            .unwrap_or_default();
        if !IMAGE_TYPES.contains(&content_type.as_str()) {
            return Ok(None);
        }
        let bytes = response.bytes().await.map_err(|e| self.unreachable(&e))?;
        if bytes.len() > MAX_IMAGE_BYTES {
            return Ok(None);
        }
        Ok(Some((content_type, bytes.to_vec())))
    }

    /// `POST /api/v1/login` with `{resume}`: revalidates a stored token.
    pub async fn login_resume(&self, token: &Sensitive<String>) -> Result<LoginData> {
        self.login(super::LOGIN_RESUME, json!({ "resume": token.expose() }))
            .await
    }

    /// `endpoint` tells a password login from a token login: their refusals mean different
    /// things (wrong credentials, or a session that ended).
    async fn login(&self, endpoint: &str, body: serde_json::Value) -> Result<LoginData> {
        #[derive(Deserialize)]
        struct LoginResponse {
            data: LoginData,
        }
        let request = self.request(Method::POST, "api/v1/login", None).json(&body);
        let response: LoginResponse = self.send(endpoint, request).await?;
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

    pub(super) fn request(
        &self,
        method: Method,
        path: &str,
        creds: Option<&Credentials>,
    ) -> RequestBuilder {
        let builder = self.http.client.request(method, self.base.join(path));
        match creds {
            Some(c) => builder
                .header("X-User-Id", &c.user_id)
                .header("X-Auth-Token", c.token.expose()),
            None => builder,
        }
    }

    pub(super) async fn send<T: DeserializeOwned>(
        &self,
        endpoint: &str,
        request: RequestBuilder,
    ) -> Result<T> {
        // The server limits per route: a token login shares the login route's budget.
        let route = format!(
            "{}{}",
            self.base,
            endpoint.split(':').next().unwrap_or(endpoint)
        );
        if let Some(wait_ms) = self.http.budget.wait_ms(&route) {
            // The server said this route has no calls left in its window: do not spend one.
            let seconds = u64::try_from(wait_ms.div_ceil(1000))
                .unwrap_or(u64::MAX)
                .max(1);
            return Err(ApiError {
                endpoint: endpoint.to_owned(),
                status: 429,
                error: "error-too-many-requests".into(),
                error_type: Some("error-too-many-requests".into()),
                message: None,
                details: None,
                retry_after_seconds: Some(seconds),
                from_rocket_chat: true,
            }
            .into());
        }
        let response = request.send().await.map_err(|e| self.unreachable(&e))?;
        self.http.budget.record(&route, &response);
        let status = response.status();
        if status.is_redirection() {
            // Only a redirect to another origin gets here (see `same_origin_only`).
            let to = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .unwrap_or("another address");
            return Err(Error::Unreachable {
                url: self.base.to_string(),
                reason: format!(
                    "the server sent Tether to {to}, another address, which is not followed with your session or password. If the workspace moved, add it with its new address"
                ),
            });
        }
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

    pub(super) fn unreachable(&self, err: &reqwest::Error) -> Error {
        unreachable(&self.http, &self.base, err)
    }
}

/// A request that got no answer, in words a person can act on: an untrusted certificate (with
/// its fingerprint), a failed secure connection, a timeout, or the innermost network cause.
/// Shared by every server kind's client.
pub(crate) fn unreachable(http: &Http, base: &WorkspaceUrl, err: &reqwest::Error) -> Error {
    if let Some(tls) = find_tls_error(err) {
        let host = base.as_url().host_str().unwrap_or_default().to_owned();
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        if let Some(refused) = http.trust.refused(&host) {
            return Error::CertificateUntrusted {
                url: base.to_string(),
                changed: http.trust.has_pins(&host),
                fingerprint: display_fingerprint(&refused.sha256),
                host,
                reason: refused.reason,
            };
        }
        return Error::Unreachable {
            url: base.to_string(),
            reason: format!("the secure connection failed: {tls}"),
        };
    }
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
        url: base.to_string(),
        reason,
    }
}

/// Follows a redirect only within the workspace's origin (same scheme, host and port), or from
/// http to https on the same host. A redirect to another host, or down to http, is not
/// followed: reqwest would repeat `X-User-Id`/`X-Auth-Token` (and a login's password digest, on
/// a 307/308) to it. The 3xx answer is then the call's answer, and says where it pointed.
fn same_origin_only(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    const MAX_REDIRECTS: usize = 5;
    if attempt.previous().len() > MAX_REDIRECTS {
        return attempt.error("too many redirects");
    }
    let Some(first) = attempt.previous().first() else {
        return attempt.stop();
    };
    let next = attempt.url();
    let same_host = first.host_str() == next.host_str();
    let same_origin = same_host
        && first.scheme() == next.scheme()
        && first.port_or_known_default() == next.port_or_known_default();
    let upgrade = same_host && first.scheme() == "http" && next.scheme() == "https";
    if same_origin || upgrade {
        attempt.follow()
    } else {
        attempt.stop()
    }
}

/// Adds a second factor to a guarded call (reference §1.5): `X-2fa-code` and `X-2fa-method`
/// (`totp`, `email`, or `password` with the password's SHA-256 hex as the code).
pub(super) fn with_second_factor(
    request: reqwest::RequestBuilder,
    second_factor: Option<(&str, &str)>,
) -> reqwest::RequestBuilder {
    match second_factor {
        Some((code, method)) => request
            .header("X-2fa-code", code)
            .header("X-2fa-method", method),
        None => request,
    }
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
