//! Account security calls (reference §6, §8): the password policy, authenticator 2FA (REST from
//! 8.8, the `2fa:*` methods through `method.call` before), email 2FA, encryption keys and
//! device sessions.

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Value, json};

use super::ApiError;
use super::client::{Credentials, RestClient, with_second_factor};
use crate::{Error, Result, Sensitive};

/// How a server offers the authenticator operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpApi {
    /// `users.enableTotp` and its siblings (8.8 and later).
    Rest,
    /// The `2fa:*` DDP methods through `method.call` (before 8.8; removed in 9.0).
    Methods,
}

impl TotpApi {
    /// The API a server of `version` ("8.8.1") has.
    pub fn for_version(version: &str) -> TotpApi {
        match super::parse_version(version) {
            Some(version) if version >= (8, 8) => TotpApi::Rest,
            _ => TotpApi::Methods,
        }
    }
}

/// A new authenticator secret, not yet confirmed.
#[derive(Debug, Clone, Deserialize)]
pub struct TotpSecret {
    /// Base32.
    pub secret: Sensitive<String>,
    /// The server's `otpauth://` address.
    pub url: Sensitive<String>,
}

#[derive(Deserialize)]
struct Codes {
    codes: Vec<String>,
}

/// One signed-in device, as `sessions/list` gives it.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SessionListing {
    /// What `sessions/logout.me` takes.
    pub session_id: String,
    /// The device, when known.
    #[serde(default)]
    pub device: Option<Device>,
    /// The address it signed in from.
    #[serde(default)]
    pub ip: Option<String>,
    /// When it signed in: ISO 8601 or EJSON.
    #[serde(default)]
    pub login_at: Option<Value>,
    /// This very session (servers that mark it).
    #[serde(default)]
    pub current: Option<bool>,
}

/// `device` of a session.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    /// `browser`, `mobile-app`, `desktop-app`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Browser or app name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its version.
    #[serde(default)]
    pub long_version: Option<String>,
    /// Operating system.
    #[serde(default)]
    pub os: Option<DeviceOs>,
}

/// `device.os`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
pub struct DeviceOs {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Version.
    #[serde(default)]
    pub version: Option<String>,
}

impl RestClient {
    /// `GET /api/v1/pw.getPolicy`: `{enabled, policy}` as sent.
    pub async fn password_policy(&self, creds: &Credentials) -> Result<Value> {
        let request = self.request(Method::GET, "api/v1/pw.getPolicy", Some(creds));
        self.send("pw.getPolicy", request).await
    }

    /// `POST /api/v1/method.call/<method>` (reference §1.6): the call goes as an EJSON string in
    /// `message`, and so does the answer. A method that throws answers HTTP 200 before 8.0 and
    /// 400 from 8.0, the error inside `message` either way: both become an [`ApiError`] with the
    /// method's `Meteor.Error` code. An `undefined` result is `Value::Null`.
    pub async fn method_call(
        &self,
        creds: &Credentials,
        method: &str,
        params: Vec<Value>,
        second_factor: Option<(&str, &str)>,
    ) -> Result<Value> {
        let endpoint = format!("method.call/{method}");
        let call = json!({ "msg": "method", "id": "1", "method": method, "params": params });
        // The method name goes in the path as one segment (`2fa:enable` → `2fa%3Aenable`).
        let path = format!(
            "api/v1/method.call/{}",
            url::form_urlencoded::byte_serialize(method.as_bytes()).collect::<String>()
        );
        let request = self
            .request(Method::POST, &path, Some(creds))
            .json(&json!({ "message": call.to_string() }));
        let response = with_second_factor(request, second_factor)
            .send()
            .await
            .map_err(|e| self.unreachable(&e))?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(|e| self.unreachable(&e))?;
        let reply: Option<Value> = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|b| b.get("message").and_then(Value::as_str).map(str::to_owned))
            .and_then(|m| serde_json::from_str(&m).ok());
        let Some(reply) = reply.filter(|_| status == 200 || status == 400) else {
            return Err(ApiError::from_body(&endpoint, status, &body, None).into());
        };
        if let Some(error) = reply.get("error") {
            let code = match error.get("error") {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => "method-error".into(),
            };
            return Err(ApiError {
                endpoint,
                status,
                error: error
                    .get("message")
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("[{code}]"), str::to_owned),
                error_type: Some(code),
                message: error
                    .get("reason")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                details: error.get("details").cloned(),
                retry_after_seconds: None,
                from_rocket_chat: true,
            }
            .into());
        }
        Ok(reply.get("result").cloned().unwrap_or(Value::Null))
    }

    /// Starts authenticator 2FA: a new secret, confirmed later with a code.
    pub async fn totp_enable(
        &self,
        creds: &Credentials,
        api: TotpApi,
        second_factor: Option<(&str, &str)>,
    ) -> Result<TotpSecret> {
        let value = match api {
            TotpApi::Rest => {
                let request = self.request(Method::POST, "api/v1/users.enableTotp", Some(creds));
                self.send::<Value>(
                    "users.enableTotp",
                    with_second_factor(request, second_factor),
                )
                .await?
            }
            TotpApi::Methods => {
                self.method_call(creds, "2fa:enable", Vec::new(), second_factor)
                    .await?
            }
        };
        decode("users.enableTotp", value)
    }

    /// Confirms the new secret with a code: authenticator 2FA is on; the backup codes.
    pub async fn totp_validate(
        &self,
        creds: &Credentials,
        api: TotpApi,
        code: &str,
        second_factor: Option<(&str, &str)>,
    ) -> Result<Vec<String>> {
        let value = match api {
            TotpApi::Rest => {
                let request = self
                    .request(Method::POST, "api/v1/users.validateTotp", Some(creds))
                    .json(&json!({ "code": code }));
                self.send::<Value>(
                    "users.validateTotp",
                    with_second_factor(request, second_factor),
                )
                .await?
            }
            TotpApi::Methods => {
                self.method_call(
                    creds,
                    "2fa:validateTempToken",
                    vec![json!(code)],
                    second_factor,
                )
                .await?
            }
        };
        decode::<Codes>("users.validateTotp", value).map(|c| c.codes)
    }

    /// Turns authenticator 2FA off with a code (or a backup code): `false` when it was wrong.
    pub async fn totp_disable(
        &self,
        creds: &Credentials,
        api: TotpApi,
        code: &str,
    ) -> Result<bool> {
        match api {
            TotpApi::Rest => {
                #[derive(Deserialize)]
                struct Disabled {
                    disabled: bool,
                }
                let request = self
                    .request(Method::POST, "api/v1/users.disableTotp", Some(creds))
                    .json(&json!({ "code": code }));
                let answer: Disabled = self.send("users.disableTotp", request).await?;
                Ok(answer.disabled)
            }
            TotpApi::Methods => {
                let value = self
                    .method_call(creds, "2fa:disable", vec![json!(code)], None)
                    .await?;
                Ok(value.as_bool().unwrap_or(false))
            }
        }
    }

    /// New backup codes (the old ones stop working); `None` when the code was wrong.
    pub async fn totp_regenerate_codes(
        &self,
        creds: &Credentials,
        api: TotpApi,
        code: &str,
    ) -> Result<Option<Vec<String>>> {
        match api {
            TotpApi::Rest => {
                let request = self
                    .request(
                        Method::POST,
                        "api/v1/users.regenerateTotpCodes",
                        Some(creds),
                    )
                    .json(&json!({ "code": code }));
                let answer: Codes = self.send("users.regenerateTotpCodes", request).await?;
                Ok(Some(answer.codes))
            }
            TotpApi::Methods => {
                let value = self
                    .method_call(creds, "2fa:regenerateCodes", vec![json!(code)], None)
                    .await?;
                if value.is_null() {
                    return Ok(None);
                }
                decode::<Codes>("2fa:regenerateCodes", value).map(|c| Some(c.codes))
            }
        }
    }

    /// How many backup codes are left.
    pub async fn totp_codes_remaining(&self, creds: &Credentials, api: TotpApi) -> Result<u32> {
        #[derive(Deserialize)]
        struct Remaining {
            remaining: u32,
        }
        let value = match api {
            TotpApi::Rest => {
                let request =
                    self.request(Method::GET, "api/v1/users.totpCodesRemaining", Some(creds));
                self.send::<Value>("users.totpCodesRemaining", request)
                    .await?
            }
            TotpApi::Methods => {
                self.method_call(creds, "2fa:checkCodesRemaining", Vec::new(), None)
                    .await?
            }
        };
        decode::<Remaining>("users.totpCodesRemaining", value).map(|r| r.remaining)
    }

    /// `POST /api/v1/users.2fa.enableEmail` or `users.2fa.disableEmail` (the latter guarded,
    /// without remember-me).
    pub async fn email_two_factor(
        &self,
        creds: &Credentials,
        enable: bool,
        second_factor: Option<(&str, &str)>,
    ) -> Result<()> {
        let endpoint = if enable {
            "users.2fa.enableEmail"
        } else {
            "users.2fa.disableEmail"
        };
        let request = self.request(Method::POST, &format!("api/v1/{endpoint}"), Some(creds));
        let _: serde::de::IgnoredAny = self
            .send(endpoint, with_second_factor(request, second_factor))
            .await?;
        Ok(())
    }

    /// `GET /api/v1/e2e.fetchMyKeys`: (public key, encrypted private key), each absent or empty
    /// when the user never set up encryption.
    pub async fn e2e_keys(&self, creds: &Credentials) -> Result<(Option<String>, Option<String>)> {
        #[derive(Deserialize)]
        struct Keys {
            #[serde(default)]
            public_key: Option<String>,
            #[serde(default)]
            private_key: Option<String>,
        }
        let request = self.request(Method::GET, "api/v1/e2e.fetchMyKeys", Some(creds));
        let keys: Keys = self.send("e2e.fetchMyKeys", request).await?;
        let present = |k: Option<String>| k.filter(|k| !k.is_empty());
        Ok((present(keys.public_key), present(keys.private_key)))
    }

    /// `POST /api/v1/e2e.setUserPublicAndPrivateKeys {public_key, private_key, force: true}`.
    /// A server whose validator predates `force` refuses it as an extra property (and simply
    /// overwrites the keys): it is asked again without.
    pub async fn e2e_replace_keys(
        &self,
        creds: &Credentials,
        public_key: &str,
        private_key: &str,
    ) -> Result<()> {
        let endpoint = "e2e.setUserPublicAndPrivateKeys";
        let path = "api/v1/e2e.setUserPublicAndPrivateKeys";
        let mut body =
            json!({ "public_key": public_key, "private_key": private_key, "force": true });
        let request = self.request(Method::POST, path, Some(creds)).json(&body);
        match self.send::<serde::de::IgnoredAny>(endpoint, request).await {
            // Both keys are strings: `force` is the only thing such a server can refuse.
            Err(Error::Api(api)) if api.server_code() == Some("invalid-params") => {
                if let Some(fields) = body.as_object_mut() {
                    fields.remove("force");
                }
                let request = self.request(Method::POST, path, Some(creds)).json(&body);
                let _: serde::de::IgnoredAny = self.send(endpoint, request).await?;
                Ok(())
            }
            other => other.map(|_| ()),
        }
    }

    /// `POST /api/v1/users.resetE2EKey {}`: the key pair goes, and every session of the user
    /// with it, this one too.
    pub async fn reset_e2e_key(
        &self,
        creds: &Credentials,
        second_factor: Option<(&str, &str)>,
    ) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/users.resetE2EKey", Some(creds))
            .json(&json!({}));
        let _: serde::de::IgnoredAny = self
            .send(
                "users.resetE2EKey",
                with_second_factor(request, second_factor),
            )
            .await?;
        Ok(())
    }

    /// `GET /api/v1/sessions/list` (Premium `device-management`), newest first.
    pub async fn sessions(&self, creds: &Credentials) -> Result<Vec<SessionListing>> {
        #[derive(Deserialize)]
        struct Page {
            sessions: Vec<SessionListing>,
        }
        let request = self
            .request(Method::GET, "api/v1/sessions/list", Some(creds))
            .query(&[("count", "100"), ("sort", r#"{"loginAt":-1}"#)]);
        let page: Page = self.send("sessions/list", request).await?;
        Ok(page.sessions)
    }

    /// `POST /api/v1/sessions/logout.me {sessionId}`: ends one of the user's own sessions.
    pub async fn session_logout(&self, creds: &Credentials, session_id: &str) -> Result<()> {
        let request = self
            .request(Method::POST, "api/v1/sessions/logout.me", Some(creds))
            .json(&json!({ "sessionId": session_id }));
        let _: serde::de::IgnoredAny = self.send("sessions/logout.me", request).await?;
        Ok(())
    }
}

fn decode<T: serde::de::DeserializeOwned>(endpoint: &str, value: Value) -> Result<T> {
    serde_json::from_value(value).map_err(|e| Error::Protocol {
        endpoint: endpoint.to_owned(),
        reason: e.to_string(),
    })
}
