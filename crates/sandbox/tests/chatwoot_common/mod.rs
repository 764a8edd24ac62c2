//! What the Chatwoot sandbox's tests share: a started sandbox with an HTTP client, and the
//! session headers a sign-in gives.
#![allow(
    clippy::unwrap_used,
    dead_code,
    reason = "test support: a failed setup step must fail the test; each test file uses part"
)]

use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use tether_sandbox::chatwoot::{ChatwootConfig, ChatwootSandbox};

pub struct Server {
    pub sandbox: ChatwootSandbox,
    pub http: Client,
}

/// The session headers a sign-in gave.
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub client: String,
    pub uid: String,
}

impl Server {
    pub async fn start() -> Server {
        Server::with(ChatwootConfig::default()).await
    }

    pub async fn with(config: ChatwootConfig) -> Server {
        // reqwest is built without a default TLS provider in this workspace.
        let _ = rustls::crypto::ring::default_provider().install_default();
        Server {
            sandbox: ChatwootSandbox::start(config).await.unwrap(),
            http: Client::new(),
        }
    }

    /// `GET path` without credentials, as JSON.
    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.http.get(self.url(path)).send().await.unwrap();
        response.json().await.unwrap()
    }

    /// A request as `s`, with an optional JSON body: its status and JSON (`Null` when none).
    pub async fn call(
        &self,
        s: &Session,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self.as_session(self.http.request(method, self.url(path)), s);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        (
            response.status(),
            response.json().await.unwrap_or(Value::Null),
        )
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.sandbox.url(), path.trim_start_matches('/'))
    }

    pub async fn sign_in(&self, body: Value) -> Response {
        self.http
            .post(self.url("/auth/sign_in"))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn session(&self, email: &str, password: &str) -> Session {
        let response = self
            .sign_in(json!({ "email": email, "password": password }))
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
        Session {
            token: header("access-token"),
            client: header("client"),
            uid: header("uid"),
        }
    }

    /// Marks a request a test sends wrong on purpose (to see the server refuse it): the
    /// contract check then checks only the answer's shape (`tests/contract/chatwoot-check.mjs`).
    pub fn misuse(request: reqwest::RequestBuilder, why: &str) -> reqwest::RequestBuilder {
        request.header("x-contract-misuse", why)
    }

    pub fn as_session(
        &self,
        request: reqwest::RequestBuilder,
        s: &Session,
    ) -> reqwest::RequestBuilder {
        request
            .header("access-token", &s.token)
            .header("client", &s.client)
            .header("uid", &s.uid)
    }

    pub async fn profile_put(&self, s: &Session, body: Value) -> (StatusCode, Value) {
        let response = self
            .as_session(self.http.put(self.url("/api/v1/profile")), s)
            .json(&body)
            .send()
            .await
            .unwrap();
        (
            response.status(),
            response.json().await.unwrap_or(Value::Null),
        )
    }

    pub async fn profile(&self, s: &Session) -> (StatusCode, Value) {
        let response = self
            .as_session(self.http.get(self.url("/api/v1/profile")), s)
            .send()
            .await
            .unwrap();
        (
            response.status(),
            response.json().await.unwrap_or(Value::Null),
        )
    }
}
