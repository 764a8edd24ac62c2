//! What every slice stands on: the store, the one HTTP client, the clock, the events to the
//! shell, the secret store (with its in-memory fallback) and the worker's doorbell. A slice
//! receives `&Context`; nothing here knows about a feature.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use crate::ports::{
    Clock, CoreEvent, EventSink, MemorySecretStore, SecretError, SecretKey, SecretStore,
};
use crate::rocketchat::Http;
use crate::store::Store;
use crate::words::Words;
use crate::workspace::KeyringStatus;
use crate::{Result, Sensitive};

/// The shared services of one Tether.
pub struct Context {
    /// The SQLite file.
    pub store: Store,
    /// The time (a test moves it).
    pub clock: Arc<dyn Clock>,
    /// Events on their way to the shell.
    pub events: Events,
    /// One HTTP client (and certificate verifier) for every workspace and call. Replaced (same
    /// verifier, new pool) when a certificate exception is withdrawn.
    http: RwLock<Http>,
    /// Counts replacements of `http`: a client built on an older one is built again.
    http_generation: AtomicU64,
    secrets: Arc<dyn SecretStore>,
    /// Holds tokens for this process only when the OS keyring cannot be reached.
    fallback: MemorySecretStore,
    keyring: Mutex<KeyringStatus>,
    /// Wakes the background worker: something may need sending.
    wakeup: tokio::sync::Notify,
    /// Tether's own words (the tray's) in the language the window shows.
    words: RwLock<Arc<Words>>,
}

impl Context {
    pub(crate) fn new(
        store: Store,
        secrets: Arc<dyn SecretStore>,
        clock: Arc<dyn Clock>,
        events: Arc<dyn EventSink>,
    ) -> Result<Self> {
        Ok(Context {
            store,
            clock,
            events: Events::new(events),
            http: RwLock::new(Http::new()?),
            http_generation: AtomicU64::new(0),
            secrets,
            fallback: MemorySecretStore::default(),
            keyring: Mutex::new(KeyringStatus {
                available: true,
                message: None,
            }),
            wakeup: tokio::sync::Notify::new(),
            words: RwLock::new(Words::for_locale(crate::words::system_locale())),
        })
    }

    /// Tether's own words, in the language shown.
    pub fn words(&self) -> Arc<Words> {
        self.words
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Speaks `locale` from now on (the closest language Tether has); the tray's words follow
    /// at once. Returns the language chosen.
    pub fn set_language(&self, locale: &str) -> &'static str {
        let chosen = crate::words::closest(locale).unwrap_or("en");
        let mut held = self
            .words
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The same language again (the window says so at every start): nothing to parse.
        if held.locale() != chosen {
            *held = Words::for_locale(chosen);
            drop(held);
            self.events.unread_stale.notify_one();
        }
        chosen
    }

    /// The HTTP client (a cheap handle on the shared pool).
    pub fn http(&self) -> Http {
        self.http
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Replaces the HTTP client (another timeout, or a fresh pool after a certificate
    /// exception was withdrawn).
    pub fn set_http(&self, http: Http) {
        *self
            .http
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = http;
        self.http_generation.fetch_add(1, Ordering::AcqRel);
    }

    /// Which HTTP client is current (it changes with [`Context::set_http`]).
    pub fn http_generation(&self) -> u64 {
        self.http_generation.load(Ordering::Acquire)
    }

    /// Wakes the background worker.
    pub fn wake_worker(&self) {
        self.wakeup.notify_one();
    }

    /// Waits until [`Context::wake_worker`] is called (a call before the wait counts).
    pub async fn woken(&self) {
        self.wakeup.notified().await;
    }

    /// The keyring's health.
    pub fn keyring_status(&self) -> KeyringStatus {
        lock(&self.keyring).clone()
    }

    /// Asks the secret store once, at start-up (before the stored sessions are read from it):
    /// a keyring that does not answer is said at once.
    pub(crate) async fn probe_keyring(&self) {
        const PROBE_KEY: &str = "keyring-probe";
        let probe = SecretKey {
            workspace_id: PROBE_KEY.into(),
            user_id: PROBE_KEY.into(),
        };
        let secrets = self.secrets.clone();
        let answer = tokio::task::spawn_blocking(move || secrets.get(&probe))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())));
        if let Err(err) = answer {
            self.mark_keyring_unavailable(&err);
        }
    }

    /// Says why tokens are kept for this process only from now on.
    pub fn mark_keyring_unavailable(&self, err: &SecretError) {
        tracing::warn!(error = %err, "OS keyring unavailable; tokens are kept for this session only");
        *lock(&self.keyring) = KeyringStatus {
            available: false,
            message: Some(format!(
                "{err}. You can sign in and use Tether now, but your sessions are kept only until Tether quits; next time you will be asked to sign in again. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service) to stay signed in."
            )),
        };
    }

    /// Stores a token in the OS keyring, or for this session only when the keyring fails.
    pub async fn secret_set(&self, key: &SecretKey, token: &Sensitive<String>) {
        let stored = if self.keyring_status().available {
            let (secrets, k, t) = (self.secrets.clone(), key.clone(), token.clone());
            tokio::task::spawn_blocking(move || secrets.set(&k, &t))
                .await
                .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))
        } else {
            Err(SecretError::Unavailable("it did not answer earlier".into()))
        };
        if let Err(err) = stored {
            if self.keyring_status().available {
                self.mark_keyring_unavailable(&err);
                self.events.emit(CoreEvent::WorkspacesChanged);
            }
            // Cannot fail: in-memory.
            let _ = self.fallback.set(key, token);
        }
    }

    /// A stored token: the fallback's first, then the keyring's.
    pub async fn secret_get(
        &self,
        key: &SecretKey,
    ) -> std::result::Result<Option<Sensitive<String>>, SecretError> {
        if let Some(token) = self.fallback.get(key)? {
            return Ok(Some(token));
        }
        let (secrets, k) = (self.secrets.clone(), key.clone());
        tokio::task::spawn_blocking(move || secrets.get(&k))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))
    }

    /// Forgets a token, here and in the keyring.
    pub async fn secret_delete(&self, key: &SecretKey) -> Result<()> {
        self.fallback.delete(key)?;
        if !self.keyring_status().available {
            return Ok(());
        }
        let (secrets, k) = (self.secrets.clone(), key.clone());
        tokio::task::spawn_blocking(move || secrets.delete(&k))
            .await
            .unwrap_or_else(|e| Err(SecretError::Failed(e.to_string())))?;
        Ok(())
    }
}

/// Tether's events on their way to the shell; those that can change the tray also mark its
/// summary stale.
pub struct Events {
    sink: Arc<dyn EventSink>,
    /// Something the tray shows may have changed.
    pub unread_stale: tokio::sync::Notify,
    /// The workspaces or their preferences changed: the summary's cached list of workspaces
    /// and their unread-alert choice must be read again (a subscription event needs not).
    workspaces_stale: AtomicBool,
}

impl Events {
    fn new(sink: Arc<dyn EventSink>) -> Self {
        let events = Events {
            sink,
            unread_stale: tokio::sync::Notify::new(),
            workspaces_stale: AtomicBool::new(true),
        };
        // The first summary is computed as soon as the background work starts.
        events.unread_stale.notify_one();
        events
    }

    /// Sends an event to the shell.
    pub fn emit(&self, event: CoreEvent) {
        if matches!(
            event,
            CoreEvent::WorkspacesChanged | CoreEvent::PreferencesUpdated { .. }
        ) {
            self.workspaces_stale.store(true, Ordering::Release);
            self.unread_stale.notify_one();
        }
        self.sink.emit(event);
    }

    /// Whether the workspaces changed since the last call (and forgets it).
    pub fn take_workspaces_stale(&self) -> bool {
        self.workspaces_stale.swap(false, Ordering::AcqRel)
    }

    /// Reading the workspaces failed: read them again at the next change.
    pub fn keep_workspaces_stale(&self) {
        self.workspaces_stale.store(true, Ordering::Release);
    }
}

/// Locks a mutex, recovering from poisoning: the data behind Tether's locks stays consistent
/// because every critical section is a single assignment or a map operation.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
