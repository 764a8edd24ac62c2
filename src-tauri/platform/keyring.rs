//! The OS keyring (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)
//! as core's `SecretStore`.

use keyring::credential::CredentialPersistence;
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
        // The start-up probe goes through here too: a build without a real store for this
        // system never reports the keyring as available.
        persistent(keyring::default::default_credential_builder().persistence())?;
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

/// Refuses a store that forgets: the `keyring` crate falls back to an in-memory mock on a
/// platform whose native backend was not built in (`apple-native`, `windows-native`,
/// `sync-secret-service`), and every token would then be lost at exit.
fn persistent(persistence: CredentialPersistence) -> Result<(), SecretError> {
    match persistence {
        CredentialPersistence::UntilDelete => Ok(()),
        other => Err(SecretError::Unavailable(format!(
            "this build of Tether has no lasting keyring for this system (its store keeps secrets {}), so sign-ins would not survive a restart",
            match other {
                CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly => {
                    "only while Tether runs"
                }
                CredentialPersistence::UntilReboot => "only until the computer restarts",
                _ => "in an unknown way",
            }
        ))),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_that_forgets_is_never_reported_available() {
        for forgets in [
            CredentialPersistence::EntryOnly,
            CredentialPersistence::ProcessOnly,
            CredentialPersistence::UntilReboot,
        ] {
            let refused = persistent(forgets);
            assert!(
                matches!(refused, Err(SecretError::Unavailable(_))),
                "a store that forgets is unavailable"
            );
        }
        assert!(persistent(CredentialPersistence::UntilDelete).is_ok());
    }

    #[test]
    fn this_build_has_a_lasting_keyring_for_its_system() {
        // Linux: Secret Service; macOS: Keychain (`apple-native`); Windows: Credential
        // Manager (`windows-native`). Without the feature the crate's default is its mock.
        let persistence = keyring::default::default_credential_builder().persistence();
        assert!(
            matches!(persistence, CredentialPersistence::UntilDelete),
            "the keyring crate was built without this system's native store"
        );
    }
}
