//! A local update server for the updater's tests (reference `desktop-platform.md` § Updater,
//! "Offline end-to-end test plan"): HTTPS on 127.0.0.1 with a certificate from a test
//! certificate authority made at start (its PEM is written for `SSL_CERT_FILE`), serving a
//! manifest and artifacts, each of which can misbehave on request; and a signing key made at
//! start, signing as `tauri signer sign --app-version` does. Nothing here is a real key.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine as _;
use futures_util::StreamExt as _;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio_rustls::TlsAcceptor;

/// How the manifest answers.
#[derive(Debug, Clone)]
pub enum Manifest {
    /// 200 with this JSON.
    Json(serde_json::Value),
    /// This status, no body (204 "no update", 404, 500).
    Status(u16),
    /// 200 with this JSON after this long (past the client's deadline).
    Slow(serde_json::Value, Duration),
}

/// How an artifact answers.
#[derive(Debug, Clone)]
pub enum Artifact {
    /// The bytes, with their `Content-Length`.
    Bytes(Vec<u8>),
    /// The first `n` bytes, then nothing, for ever (a stalled download).
    Stall(Vec<u8>, usize),
}

#[derive(Default)]
struct Plan {
    manifest: Option<Manifest>,
    artifacts: HashMap<String, Artifact>,
    /// Paths requested, in order (`HEAD /files/x` and `GET /files/x` as such).
    requests: Vec<String>,
}

/// The running server.
pub struct UpdateServer {
    base: String,
    ca_pem: PathBuf,
    plan: Arc<Mutex<Plan>>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl UpdateServer {
    /// Starts on a free loopback port; the test CA's certificate goes to `dir/test-ca.pem`.
    pub async fn start(dir: &Path) -> std::io::Result<Self> {
        let (acceptor, ca_pem) = acceptor_with_test_ca()?;
        let ca_path = dir.join("test-ca.pem");
        std::fs::write(&ca_path, ca_pem)?;
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let plan = Arc::new(Mutex::new(Plan::default()));
        let app = Router::new()
            .route("/latest.json", get(manifest))
            .route("/files/{name}", get(artifact).head(artifact))
            .with_state(plan.clone());
        let (tx, rx) = oneshot::channel();
        tokio::spawn(crate::tls::serve(listener, acceptor, app, rx));
        Ok(Self {
            base: format!("https://127.0.0.1:{port}"),
            ca_pem: ca_path,
            plan,
            shutdown: Some(tx),
        })
    }

    /// The manifest's address.
    pub fn endpoint(&self) -> String {
        format!("{}/latest.json", self.base)
    }

    /// An artifact's address.
    pub fn file_url(&self, name: &str) -> String {
        format!("{}/files/{name}", self.base)
    }

    /// The test CA's certificate (PEM), for `SSL_CERT_FILE`.
    pub fn ca_pem(&self) -> &Path {
        &self.ca_pem
    }

    pub fn set_manifest(&self, manifest: Manifest) {
        lock(&self.plan).manifest = Some(manifest);
    }

    pub fn set_artifact(&self, name: &str, artifact: Artifact) {
        lock(&self.plan).artifacts.insert(name.to_owned(), artifact);
    }

    /// The requests so far (`GET /latest.json`, `HEAD /files/x`, …).
    pub fn requests(&self) -> Vec<String> {
        lock(&self.plan).requests.clone()
    }
}

impl Drop for UpdateServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn lock(plan: &Mutex<Plan>) -> std::sync::MutexGuard<'_, Plan> {
    plan.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn manifest(State(plan): State<Arc<Mutex<Plan>>>) -> Response {
    let answer = {
        let mut plan = lock(&plan);
        plan.requests.push("GET /latest.json".into());
        plan.manifest.clone()
    };
    match answer {
        None => StatusCode::NOT_FOUND.into_response(),
        Some(Manifest::Status(status)) => StatusCode::from_u16(status)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
        Some(Manifest::Json(json)) => axum::Json(json).into_response(),
        Some(Manifest::Slow(json, delay)) => {
            tokio::time::sleep(delay).await;
            axum::Json(json).into_response()
        }
    }
}

async fn artifact(
    method: Method,
    State(plan): State<Arc<Mutex<Plan>>>,
    UrlPath(name): UrlPath<String>,
) -> Response {
    let found = {
        let mut plan = lock(&plan);
        plan.requests.push(format!("{method} /files/{name}"));
        plan.artifacts.get(&name).cloned()
    };
    let Some(found) = found else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let full = match &found {
        Artifact::Bytes(b) | Artifact::Stall(b, _) => b.len(),
    };
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/octet-stream"),
    );
    headers.insert(header::CONTENT_LENGTH, header::HeaderValue::from(full));
    if method == Method::HEAD {
        return (headers, Body::empty()).into_response();
    }
    match found {
        Artifact::Bytes(bytes) => (headers, bytes).into_response(),
        Artifact::Stall(bytes, sent) => {
            let first = bytes[..sent.min(bytes.len())].to_vec();
            let stream = futures_util::stream::once(async move {
                Ok::<_, std::io::Error>(axum::body::Bytes::from(first))
            })
            .chain(futures_util::stream::once(async {
                std::future::pending::<()>().await;
                Ok(axum::body::Bytes::new())
            }));
            (headers, Body::from_stream(stream)).into_response()
        }
    }
}

/// A TLS acceptor whose certificate (for `127.0.0.1` and `localhost`) is signed by a new test
/// CA, and that CA's certificate as PEM.
fn acceptor_with_test_ca() -> std::io::Result<(TlsAcceptor, String)> {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
        KeyPair, KeyUsagePurpose,
    };
    let other = |e: &dyn std::fmt::Display| std::io::Error::other(e.to_string());
    let ca_key = KeyPair::generate().map_err(|e| other(&e))?;
    let mut ca = CertificateParams::new(Vec::<String>::new()).map_err(|e| other(&e))?;
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "Tether updater test CA");
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca.self_signed(&ca_key).map_err(|e| other(&e))?;
    let issuer = Issuer::new(ca, ca_key);
    let server_key = KeyPair::generate().map_err(|e| other(&e))?;
    let mut server = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
        .map_err(|e| other(&e))?;
    server
        .distinguished_name
        .push(DnType::CommonName, "127.0.0.1");
    server.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server_cert = server
        .signed_by(&server_key, &issuer)
        .map_err(|e| other(&e))?;
    let acceptor = crate::tls::acceptor(server_cert.der().clone(), &server_key)?;
    Ok((acceptor, ca_cert.pem()))
}

/// A minisign key made for one test run, signing as the Tauri CLI does.
pub struct TestKey {
    pair: minisign::KeyPair,
}

impl TestKey {
    pub fn generate() -> Self {
        Self {
            #[allow(clippy::expect_used, reason = "test tooling: no key, no test")]
            pair: minisign::KeyPair::generate_unencrypted_keypair()
                .expect("the system's random source"),
        }
    }

    /// The public key as the updater's `pubkey` wants it: base64 of the `.pub` file's text.
    pub fn public_key(&self) -> String {
        let text = self
            .pair
            .pk
            .to_box()
            .map(minisign::PublicKeyBox::into_string)
            .unwrap_or_default();
        base64::engine::general_purpose::STANDARD.encode(text)
    }

    /// The manifest's `signature` for `data`: base64 of the `.sig` file's text, its trusted
    /// comment `timestamp:…\tfile:…\tversion:…` as `tauri signer sign --app-version` writes it
    /// (tauri-cli `src/helpers/updater_signature.rs`); `version: None` writes none, as older
    /// CLIs did.
    pub fn sign(&self, data: &[u8], file: &str, version: Option<&str>) -> String {
        let mut trusted = format!("timestamp:1767225600\tfile:{file}");
        if let Some(version) = version {
            trusted.push_str(&format!("\tversion:{version}"));
        }
        let text = minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            std::io::Cursor::new(data),
            Some(&trusted),
            Some("signature from tauri secret key"),
        )
        .map(|sig| sig.into_string())
        .unwrap_or_default();
        base64::engine::general_purpose::STANDARD.encode(text)
    }
}
