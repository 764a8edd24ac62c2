//! TLS verification with exact-certificate exceptions.
//!
//! Every connection is verified by the platform's verifier (the system's CA roots). When that
//! fails, the presented certificate's SHA-256 fingerprint is remembered so Tether can show it;
//! the user may then trust *that exact certificate* for *that host*. There is no switch that
//! turns verification off: a pinned exception matches one fingerprint, so a changed certificate
//! is refused again and shown again.
//!
//! Exceptions are keyed by host name (or IP), not host and port: rustls hands the verifier only
//! the server name. A pin still matches a single certificate, so this never widens trust beyond
//! the certificate the user looked at.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, Error as TlsError, SignatureScheme};
use sha2::{Digest, Sha256};

/// A certificate the platform refused, as last presented by a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedCertificate {
    /// SHA-256 of the certificate (DER), lowercase hex.
    pub sha256: String,
    /// Why it was refused, in words.
    pub reason: String,
}

/// The verifier plus the user's exceptions. Shared by every connection of the process.
#[derive(Debug)]
pub struct CertificateTrust {
    platform: Option<Arc<dyn ServerCertVerifier>>,
    provider: Arc<CryptoProvider>,
    pins: RwLock<HashMap<String, HashSet<String>>>,
    refused: Mutex<HashMap<String, RefusedCertificate>>,
}

impl CertificateTrust {
    /// A verifier backed by the platform's roots. When the system has no CA certificates at
    /// all, every certificate counts as untrusted (and can still be trusted one by one).
    pub fn new(provider: Arc<CryptoProvider>) -> Self {
        let platform = match rustls_platform_verifier::Verifier::new(provider.clone()) {
            Ok(v) => Some(Arc::new(v) as Arc<dyn ServerCertVerifier>),
            Err(err) => {
                tracing::warn!(%err, "no platform certificate verifier; every certificate will need the user's explicit trust");
                None
            }
        };
        CertificateTrust {
            platform,
            provider,
            pins: RwLock::new(HashMap::new()),
            refused: Mutex::new(HashMap::new()),
        }
    }

    /// The crypto provider the verifier checks signatures with.
    pub fn provider(&self) -> Arc<CryptoProvider> {
        self.provider.clone()
    }

    /// Trusts the certificate with this fingerprint for `host` from now on.
    pub fn pin(&self, host: &str, sha256: &str) {
        self.pins
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(host.to_ascii_lowercase())
            .or_default()
            .insert(sha256.to_ascii_lowercase());
    }

    /// Forgets every exception for `host`.
    pub fn unpin_host(&self, host: &str) {
        self.pins
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&host.to_ascii_lowercase());
    }

    /// Whether `host` has any exception.
    pub fn has_pins(&self, host: &str) -> bool {
        self.pins
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&host.to_ascii_lowercase())
            .is_some_and(|set| !set.is_empty())
    }

    /// The certificate `host` last presented that the platform refused.
    pub fn refused(&self, host: &str) -> Option<RefusedCertificate> {
        self.refused_map().get(&host.to_ascii_lowercase()).cloned()
    }

    fn refused_map(&self) -> MutexGuard<'_, HashMap<String, RefusedCertificate>> {
        self.refused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn is_pinned(&self, host: &str, sha256: &str) -> bool {
        self.pins
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(host)
            .is_some_and(|set| set.contains(sha256))
    }
}

/// SHA-256 of a certificate's DER, lowercase hex.
pub fn fingerprint(cert: &CertificateDer<'_>) -> String {
    hex::encode(Sha256::digest(cert.as_ref()))
}

/// `AB:CD:…` — the form browsers and `openssl x509 -fingerprint -sha256` show.
pub fn display_fingerprint(sha256_hex: &str) -> String {
    sha256_hex
        .as_bytes()
        .chunks(2)
        .map(|pair| String::from_utf8_lossy(pair).to_ascii_uppercase())
        .collect::<Vec<_>>()
        .join(":")
}

/// Accepts `AB:CD:…`, `ab cd …` or plain hex; returns lowercase hex of a SHA-256, or `None`.
pub fn normalise_fingerprint(input: &str) -> Option<String> {
    let hex: String = input
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .collect::<String>()
        .to_ascii_lowercase();
    (hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit())).then_some(hex)
}

fn server_host(name: &ServerName<'_>) -> String {
    match name {
        ServerName::DnsName(dns) => dns.as_ref().to_ascii_lowercase(),
        ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        _ => String::new(),
    }
}

/// Why a certificate was refused, for a person.
fn describe(err: &TlsError) -> String {
    match err {
        TlsError::InvalidCertificate(cert) => match cert {
            CertificateError::UnknownIssuer => {
                "it is not signed by an authority this computer trusts (for example, it is self-signed)".into()
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                "it has expired".into()
            }
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                "it is not valid yet (check this computer's clock)".into()
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                "it was issued for a different host name".into()
            }
            CertificateError::Revoked => "it has been revoked".into(),
            CertificateError::BadSignature => "its signature is invalid".into(),
            CertificateError::BadEncoding => "it could not be read".into(),
            other => format!("it is not valid ({other:?})"),
        },
        other => other.to_string(),
    }
}

impl ServerCertVerifier for CertificateTrust {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        let host = server_host(server_name);
        let sha256 = fingerprint(end_entity);
        if self.is_pinned(&host, &sha256) {
            return Ok(ServerCertVerified::assertion());
        }
        let verdict = match &self.platform {
            Some(platform) => platform.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ),
            None => Err(TlsError::InvalidCertificate(
                CertificateError::UnknownIssuer,
            )),
        };
        if let Err(err) = &verdict {
            self.refused_map().insert(
                host,
                RefusedCertificate {
                    sha256,
                    reason: describe(err),
                },
            );
        }
        verdict
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        // The handshake signature is always checked, pinned certificate or not: the server must
        // hold the certificate's private key.
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Finds the rustls error inside a connection error's chain. `std::io::Error` hides its
/// payload from `source()`, so look inside it explicitly.
pub fn find_tls_error<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a TlsError> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = current {
        if let Some(tls) = e.downcast_ref::<TlsError>() {
            return Some(tls);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
            && let Some(tls) = find_tls_error(inner)
        {
            return Some(tls);
        }
        current = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_display_and_normalise_both_ways() {
        let hex = "ab".repeat(32);
        let shown = display_fingerprint(&hex);
        assert!(shown.starts_with("AB:AB:"), "{shown}");
        assert_eq!(shown.len(), 32 * 3 - 1);
        assert_eq!(normalise_fingerprint(&shown).as_deref(), Some(hex.as_str()));
        assert_eq!(normalise_fingerprint("abc"), None, "too short");
        assert_eq!(normalise_fingerprint(&"zz".repeat(32)), None, "not hex");
    }

    #[test]
    fn a_pin_matches_one_host_and_one_certificate() {
        let trust = CertificateTrust::new(Arc::new(rustls::crypto::ring::default_provider()));
        trust.pin("LocalHost", &"AA".repeat(32));
        assert!(trust.is_pinned("localhost", &"aa".repeat(32)));
        assert!(!trust.is_pinned("localhost", &"bb".repeat(32)));
        assert!(!trust.is_pinned("example.com", &"aa".repeat(32)));
        trust.unpin_host("localhost");
        assert!(!trust.has_pins("localhost"));
    }
}
