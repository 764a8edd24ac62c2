//! A wrapper for secrets (tokens, passwords) that cannot leak by accident.

use std::fmt;

/// A secret value: `Debug` and `Display` print `<redacted>`, and it deliberately does **not**
/// implement `serde::Serialize`, so a type holding one cannot be sent over IPC, written to the
/// cache or logged as JSON. Reading the value needs an explicit [`Sensitive::expose`].
///
/// ```compile_fail
/// fn needs_serialize<T: serde::Serialize>(_: &T) {}
/// needs_serialize(&tether_core::Sensitive::new(String::from("token")));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    /// Wraps a secret.
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// Gives access to the secret. Call sites are the audit trail of where secrets are used.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Sensitive<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sensitive(<redacted>)")
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Secrets arrive from servers (e.g. `authToken` in a login response), so reading one is allowed.
impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Sensitive<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(Self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_secret() {
        let secret = Sensitive::new(String::from("hunter2-token"));
        let shown = format!("{secret:?} {secret} {:?}", Some(&secret));
        assert!(
            !shown.contains("hunter2"),
            "secret leaked through formatting: {shown}"
        );
        assert_eq!(
            secret.expose(),
            "hunter2-token",
            "expose must return the real value"
        );
    }

    #[test]
    fn deserializes_transparently() {
        let parsed: Sensitive<String> = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(
            parsed.expose(),
            "abc",
            "a JSON string becomes the secret itself"
        );
    }
}
