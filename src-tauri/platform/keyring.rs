//! The OS keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)
//! as core's `SecretStore`.

use tether_core::Sensitive;
use tether_core::ports::{SecretError, SecretKey, SecretStore};

/// Keyring entries live under one service name per build channel, so a debug build never
/// reads or overwrites the tokens of an installed release.
pub struct OsKeyring {
    service: String,
}

impl OsKeyring {
    /// The service name for this build: `app.tether.desktop`, with `.dev` on debug builds.
    pub fn for_this_build() -> Self {
        let service = if cfg!(debug_assertions) {
            "app.tether.desktop.dev"
        } else {
            "app.tether.desktop"
        };
        Self {
            service: service.to_owned(),
        }
    }

    fn entry(&self, key: &SecretKey) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(&self.service, &key.account()).map_err(map_error)
    }
}

impl SecretStore for OsKeyring {
    fn get(&self, key: &SecretKey) -> Result<Option<Sensitive<String>>, SecretError> {
        match self.entry(key)?.get_password() {
            Ok(secret) => Ok(Some(Sensitive::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(err) => Err(map_error(err)),
        }
    }

    fn set(&self, key: &SecretKey, secret: &Sensitive<String>) -> Result<(), SecretError> {
        self.entry(key)?
            .set_password(secret.expose())
            .map_err(map_error)
    }

    fn delete(&self, key: &SecretKey) -> Result<(), SecretError> {
        match self.entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(map_error(err)),
        }
    }
}

fn map_error(err: keyring::Error) -> SecretError {
    match err {
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
            SecretError::Unavailable(err.to_string())
        }
        other => SecretError::Failed(other.to_string()),
    }
}
