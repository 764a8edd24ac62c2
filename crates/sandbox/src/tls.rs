//! TLS mode: a self-signed certificate made at start (so every run has a new fingerprint), and
//! an accept loop that serves the same router over rustls.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls;

/// A TLS acceptor with a new self-signed certificate for `localhost` and `127.0.0.1`, and the
/// certificate's SHA-256 fingerprint (lowercase hex).
pub fn self_signed_acceptor() -> std::io::Result<(TlsAcceptor, String)> {
    let other = |e: &dyn std::fmt::Display| std::io::Error::other(e.to_string());
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .map_err(|e| other(&e))?;
    let der = certified.cert.der().clone();
    let fingerprint = hex::encode(Sha256::digest(der.as_ref()));
    Ok((acceptor(der, &certified.signing_key)?, fingerprint))
}

/// A TLS acceptor presenting `cert` (DER) with its `key`.
pub fn acceptor(
    cert: rustls::pki_types::CertificateDer<'static>,
    key: &rcgen::KeyPair,
) -> std::io::Result<TlsAcceptor> {
    let other = |e: &dyn std::fmt::Display| std::io::Error::other(e.to_string());
    let key =
        rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).map_err(|e| other(&e))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| other(&e))?
        .with_no_client_auth()
        .with_single_cert(vec![cert], key)
        .map_err(|e| other(&e))?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// Accepts connections until `shutdown` fires. A failed handshake (a client that does not trust
/// the certificate) only ends that connection.
pub async fn serve(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    app: Router,
    mut shutdown: oneshot::Receiver<()>,
) {
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => return,
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(err) => {
                    tracing::warn!(%err, "sandbox accept failed");
                    continue;
                }
            },
        };
        let acceptor = acceptor.clone();
        let app = app
            .clone()
            .layer(axum::Extension(ConnectInfo::<SocketAddr>(peer)));
        tokio::spawn(async move {
            let tls = match acceptor.accept(stream).await {
                Ok(tls) => tls,
                Err(err) => {
                    tracing::debug!(%err, "TLS handshake refused");
                    return;
                }
            };
            let service = TowerToHyperService::new(app);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tls), service)
                .await;
        });
    }
}
