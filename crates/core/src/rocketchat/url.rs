//! Workspace addresses: what a user types, normalised to one base URL.

use std::net::IpAddr;

use url::{Host, Url};

use crate::{Error, Result};

/// The oldest Rocket.Chat version Tether supports (`major.minor`).
pub const MINIMUM_VERSION: (u32, u32) = (6, 0);

/// A normalised workspace base URL: scheme, host, optional port and path, always ending in `/`,
/// without query or fragment. `https` unless the user typed `http://` for a loopback host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceUrl(Url);

impl WorkspaceUrl {
    /// Accepts `host`, `host:port`, `https://host/path/` (with or without the trailing slash).
    pub fn parse(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Error::InvalidInput {
                field: "url",
                message: "Enter the workspace address, for example chat.example.com.".into(),
            });
        }
        let with_scheme = if trimmed.contains("://") {
            trimmed.to_owned()
        } else {
            format!("https://{trimmed}")
        };
        let mut url = Url::parse(&with_scheme).map_err(|err| Error::InvalidInput {
            field: "url",
            message: format!("“{trimmed}” is not a valid address ({err})."),
        })?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => {
                return Err(Error::InsecureUrl {
                    url: url.to_string(),
                });
            }
            other => {
                return Err(Error::InvalidInput {
                    field: "url",
                    message: format!("“{other}://” is not supported; use https://."),
                });
            }
        }
        if url.host().is_none() {
            return Err(Error::InvalidInput {
                field: "url",
                message: format!("“{trimmed}” has no host name."),
            });
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Error::InvalidInput {
                field: "url",
                message: "Leave your username and password out of the address; Tether asks for them next.".into(),
            });
        }
        url.set_query(None);
        url.set_fragment(None);
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        Ok(Self(url))
    }

    /// The base URL, ending in `/`.
    pub fn as_url(&self) -> &Url {
        &self.0
    }

    /// `base` + a path relative to it (no leading slash), e.g. `api/v1/me`.
    pub fn join(&self, relative: &str) -> Url {
        // Joining a relative path onto a URL ending in '/' cannot fail.
        self.0.join(relative).unwrap_or_else(|_| self.0.clone())
    }
}

impl std::fmt::Display for WorkspaceUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.as_str())
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// Parses `"X.Y"` or `"X.Y.Z…"` into `(major, minor)`.
pub fn parse_version(version: &str) -> Option<(u32, u32)> {
    let mut parts = version.trim().split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts
        .next()
        .map(|m| {
            m.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    Some((major, minor))
}

/// Whether Tether supports this server version.
pub fn version_supported(version: (u32, u32)) -> bool {
    version >= MINIMUM_VERSION
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn normalises_every_accepted_form() {
        let cases = [
            ("chat.example.com", "https://chat.example.com/"),
            ("chat.example.com:8443", "https://chat.example.com:8443/"),
            (
                "https://chat.example.com/rc",
                "https://chat.example.com/rc/",
            ),
            (
                "https://chat.example.com/rc/?x=1#y",
                "https://chat.example.com/rc/",
            ),
            ("  HTTPS://Chat.Example.com  ", "https://chat.example.com/"),
            ("http://127.0.0.1:3000", "http://127.0.0.1:3000/"),
            ("http://localhost:3000/", "http://localhost:3000/"),
            ("http://[::1]:3000", "http://[::1]:3000/"),
        ];
        for (input, expected) in cases {
            let got = WorkspaceUrl::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(got.to_string(), expected, "normalising {input:?}");
        }
    }

    #[test]
    fn refuses_plain_http_beyond_loopback_with_a_reason() {
        let err = WorkspaceUrl::parse("http://chat.example.com").unwrap_err();
        assert_eq!(err.code(), ErrorCode::InsecureUrl);
        assert!(
            err.to_string().contains("unencrypted"),
            "the user is told why: {err}"
        );
    }

    #[test]
    fn rejects_empty_and_odd_input_on_the_url_field() {
        for input in ["", "   ", "ftp://x.example", "https://user:pw@x.example"] {
            let err = WorkspaceUrl::parse(input).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{input:?}");
            assert_eq!(err.field().as_deref(), Some("url"), "{input:?}");
        }
    }

    #[test]
    fn versions_are_compared_by_major_and_minor() {
        assert_eq!(parse_version("8.8"), Some((8, 8)));
        assert_eq!(parse_version("7.10.2"), Some((7, 10)));
        assert_eq!(parse_version("6.0.0-rc.1"), Some((6, 0)));
        assert_eq!(parse_version("nonsense"), None);
        assert!(version_supported((6, 0)));
        assert!(!version_supported((5, 4)));
    }
}
