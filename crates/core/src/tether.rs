//! `Tether`, the root: the [`Context`] and each slice's state, composed, with one accessor per
//! slice (`tether.preferences().set(…)`). It has no logic of its own; a feature lives in its
//! slice, and operations that span slices live in [`WorkspacesApi`] and [`Worker`].

use std::path::PathBuf;
use std::sync::Arc;

use crate::Result;
use crate::admin_users::AdminUsersApi;
use crate::agent::AgentApi;
use crate::alerts::{AlertsApi, AlertsState};
use crate::context::Context;
use crate::ports::{Clock, EventSink, Notifier, SecretStore, SoundPlayer};
use crate::preferences::{PreferencesApi, PreferencesState};
use crate::profile::ProfileApi;
use crate::security::SecurityApi;
use crate::session::{SessionApi, SessionState};
use crate::store::Store;
use crate::unread::{UnreadApi, UnreadState};
use crate::worker::Worker;
use crate::workspaces::WorkspacesApi;

/// Where Tether keeps its files.
#[derive(Debug, Clone)]
pub struct TetherConfig {
    /// The SQLite file.
    pub cache_path: PathBuf,
}

/// The application service. One per process; the shell holds it in managed state.
pub struct Tether {
    ctx: Context,
    session: SessionState,
    preferences: PreferencesState,
    unread: UnreadState,
    alerts: AlertsState,
}

impl Tether {
    /// Opens the store and checks that the secret store answers.
    pub async fn open(
        config: &TetherConfig,
        secrets: Arc<dyn SecretStore>,
        clock: Arc<dyn Clock>,
        events: Arc<dyn EventSink>,
    ) -> Result<Self> {
        let store = Store::open(&config.cache_path).await?;
        let ctx = Context::new(store, secrets, clock, events)?;
        for (host, sha256) in ctx.store.trusted_certificates().await? {
            ctx.http().trust().pin(&host, &sha256);
        }
        let sounds_dir = config
            .cache_path
            .parent()
            .map_or_else(|| PathBuf::from("sounds"), |dir| dir.join("sounds"));
        Ok(Tether {
            ctx,
            session: SessionState::default(),
            preferences: PreferencesState::default(),
            unread: UnreadState::default(),
            alerts: AlertsState::new(sounds_dir),
        })
    }

    /// Gives core the desktop's notifier and sound player (by default it has none: every call
    /// says so). The shell calls this once, before the background worker starts.
    #[must_use]
    pub fn with_desktop(
        mut self,
        notifier: Arc<dyn Notifier>,
        player: Arc<dyn SoundPlayer>,
    ) -> Self {
        self.alerts.set_desktop(notifier, player);
        self
    }

    /// Tether with another request timeout (tests of a server that does not answer in time).
    pub fn with_request_timeout(self, timeout: std::time::Duration) -> Result<Self> {
        let http = self.ctx.http().with_timeout(timeout)?;
        self.ctx.set_http(http);
        Ok(self)
    }

    /// The store (for tests and diagnostics).
    pub fn store(&self) -> &Store {
        &self.ctx.store
    }

    /// The shared services (for diagnostics: the keyring's health).
    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// Sessions: signing in and out, the second factor of a sign-in.
    pub fn session(&self) -> SessionApi<'_> {
        SessionApi::new(&self.ctx, &self.session)
    }

    /// The workspaces: add, remove, trust a certificate, bring sessions back.
    pub fn workspaces(&self) -> WorkspacesApi<'_> {
        WorkspacesApi {
            ctx: &self.ctx,
            session: self.session(),
            preferences: self.preferences(),
            profile: self.profile(),
            alerts: self.alerts(),
            agent: self.agent(),
        }
    }

    /// The user's preferences, also while offline.
    pub fn preferences(&self) -> PreferencesApi<'_> {
        PreferencesApi::new(&self.ctx, self.session(), &self.preferences)
    }

    /// The profile and the account's own actions.
    pub fn profile(&self) -> ProfileApi<'_> {
        ProfileApi::new(&self.ctx, self.session())
    }

    /// A Chatwoot agent's own settings.
    pub fn agent(&self) -> AgentApi<'_> {
        AgentApi {
            ctx: &self.ctx,
            session: self.session(),
            alerts: self.alerts(),
        }
    }

    /// Two-factor, access tokens, devices, encryption keys, the password policy.
    pub fn security(&self) -> SecurityApi<'_> {
        SecurityApi::new(&self.ctx, self.session())
    }

    /// Administration › Users: the workspace's accounts, for those allowed to manage them.
    pub fn admin_users(&self) -> AdminUsersApi<'_> {
        AdminUsersApi::new(&self.ctx, self.session())
    }

    /// What is unread, for the tray and the switcher.
    pub fn unread(&self) -> UnreadApi<'_> {
        UnreadApi::new(&self.ctx, self.session(), self.preferences(), &self.unread)
    }

    /// Desktop notifications, sounds, do-not-disturb.
    pub fn alerts(&self) -> AlertsApi<'_> {
        AlertsApi::new(&self.ctx, self.session(), self.preferences(), &self.alerts)
    }

    /// The background work: outboxes, realtime connections, the tray's summary.
    pub fn worker(&self) -> Worker<'_> {
        Worker {
            ctx: &self.ctx,
            session: self.session(),
            preferences: self.preferences(),
            profile: self.profile(),
            unread: self.unread(),
            alerts: self.alerts(),
            workspaces: self.workspaces(),
            agent: self.agent(),
        }
    }
}
