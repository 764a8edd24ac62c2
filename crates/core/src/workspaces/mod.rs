//! The workspaces: adding one by address, trusting its certificate, removing it with
//! everything kept for it, their pictures, and bringing their stored sessions back at start-up
//! or after the network returned. A composition over the slices (a removal clears every
//! slice's share; a session back online sends what the outboxes hold).

use std::collections::HashMap;

use base64::Engine as _;

use crate::agent::AgentApi;
use crate::alerts::AlertsApi;
use crate::context::Context;
use crate::ports::{ChangeOrigin, CoreEvent, SecretKey};
use crate::preferences::PreferencesApi;
use crate::profile::ProfileApi;
use crate::rocketchat::{RestClient, WorkspaceUrl};
use crate::session::SessionApi;
use crate::store::{ImageKind, OutboxSlice, WorkspaceRow};
use crate::tls::normalise_fingerprint;
use crate::workspace::{AppSnapshot, Connection, ServerKind, WorkspaceImages, WorkspaceSummary};
use crate::{Error, Result};

mod rocketchat;

/// The workspaces' operations.
#[derive(Clone, Copy)]
pub struct WorkspacesApi<'a> {
    pub(crate) ctx: &'a Context,
    pub(crate) session: SessionApi<'a>,
    pub(crate) preferences: PreferencesApi<'a>,
    pub(crate) profile: ProfileApi<'a>,
    pub(crate) alerts: AlertsApi<'a>,
    pub(crate) agent: AgentApi<'a>,
}

impl WorkspacesApi<'_> {
    /// Everything the UI needs to draw its frame.
    pub async fn snapshot(&self) -> Result<AppSnapshot> {
        let rows = self.ctx.store.workspaces().await?;
        let workspaces = rows.iter().map(|row| self.session.summary(row)).collect();
        Ok(AppSnapshot {
            workspaces,
            keyring: self.ctx.keyring_status(),
        })
    }

    /// Adds a workspace by address after checking it is a Rocket.Chat server Tether supports,
    /// or a Chatwoot installation. Adding an address that is already listed without an account
    /// returns that workspace.
    pub async fn add(&self, input: &str) -> Result<WorkspaceSummary> {
        let url = WorkspaceUrl::parse(input)?;
        let client = RestClient::new(self.ctx.http(), url.clone());
        let version = match rocketchat::supported_version(&client, &url).await {
            Err(Error::NotRocketChat { reason, .. }) => {
                return self.add_other(&url, reason).await;
            }
            other => other?,
        };
        if let Some(listed) = self.listed_without_account(&url).await? {
            return Ok(listed);
        }
        let (name, settings) = rocketchat::identity(&client, &url).await;
        let row = WorkspaceRow {
            id: uuid::Uuid::new_v4().to_string(),
            url: url.to_string(),
            name,
            server_version: version,
            kind: ServerKind::RocketChat,
            account: None,
        };
        let now = self.ctx.clock.now();
        self.ctx.store.insert_workspace(&row, now).await?;
        self.ctx
            .store
            .put_public_settings(&row.id, &settings, now)
            .await?;
        self.session
            .store_image(
                &client,
                &row.id,
                ImageKind::Icon,
                "assets/favicon.svg",
                None,
            )
            .await;
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        Ok(self.session.summary(&row))
    }

    /// The workspace already listed at `url` without an account, if any (adding it again
    /// returns it rather than a second entry nobody signed in to).
    async fn listed_without_account(&self, url: &WorkspaceUrl) -> Result<Option<WorkspaceSummary>> {
        let existing = self.ctx.store.workspaces().await?;
        Ok(existing
            .iter()
            .find(|w| w.url == url.to_string() && w.account.is_none())
            .map(|row| self.session.summary(row)))
    }

    /// An address that is not Rocket.Chat: added as Chatwoot when it answers as a Chatwoot
    /// installation (`GET /api`, reference chatwoot-api.md B0), refused as neither otherwise.
    async fn add_other(
        &self,
        url: &WorkspaceUrl,
        not_rocket_chat: String,
    ) -> Result<WorkspaceSummary> {
        let chatwoot = crate::chatwoot::ChatwootClient::new(self.ctx.http(), url.clone());
        let info = match chatwoot.detect().await {
            Ok(Some(info)) => info,
            Ok(None) => {
                return Err(Error::NotRocketChat {
                    url: url.to_string(),
                    reason: format!(
                        "{not_rocket_chat}, and it does not answer as a Chatwoot installation either (no version at /api)"
                    ),
                });
            }
            Err(err) => return Err(err),
        };
        if let Some(listed) = self.listed_without_account(url).await? {
            return Ok(listed);
        }
        // Chatwoot publishes no installation name without signing in: the host until then,
        // and the account's name once the user signed in (`session/chatwoot.rs`).
        let row = WorkspaceRow {
            id: uuid::Uuid::new_v4().to_string(),
            url: url.to_string(),
            name: url.as_url().host_str().unwrap_or("Chatwoot").to_owned(),
            server_version: info.version,
            kind: ServerKind::Chatwoot,
            account: None,
        };
        self.ctx
            .store
            .insert_workspace(&row, self.ctx.clock.now())
            .await?;
        // The installation's thumbnail (LOGO_THUMBNAIL's default path, served from public/).
        self.session
            .store_image(
                &RestClient::new(self.ctx.http(), url.clone()),
                &row.id,
                ImageKind::Icon,
                "brand-assets/logo_thumbnail.svg",
                None,
            )
            .await;
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        Ok(self.session.summary(&row))
    }

    /// Trusts the certificate `url`'s server just presented, exactly, from now on (remembered).
    /// `fingerprint` must be the one the user was shown: if the server now presents another
    /// certificate, nothing is trusted.
    pub async fn trust_certificate(&self, url: &str, fingerprint: &str) -> Result<()> {
        let url = WorkspaceUrl::parse(url)?;
        let host = host_of(&url);
        let Some(wanted) = normalise_fingerprint(fingerprint) else {
            return Err(Error::InvalidInput {
                field: "fingerprint",
                message: "That is not a SHA-256 certificate fingerprint (64 hexadecimal digits)."
                    .into(),
            });
        };
        match self.ctx.http().trust().refused(&host) {
            Some(seen) if seen.sha256 == wanted => {}
            _ => {
                return Err(Error::InvalidInput {
                    field: "fingerprint",
                    message: format!(
                        "{host} is not presenting the certificate you were shown any more. Add the workspace again to see its current certificate."
                    ),
                });
            }
        }
        self.ctx
            .store
            .trust_certificate(&host, &wanted, self.ctx.clock.now())
            .await?;
        self.ctx.http().trust().pin(&host, &wanted);
        tracing::info!(%host, "certificate trusted by the user");
        Ok(())
    }

    /// Removes a workspace: ends its session on the server (password sessions only), deletes
    /// its token from the keyring and everything cached for it.
    pub async fn remove(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        if let Some(account) = &row.account {
            if let Some(held) = self.session.held(&row) {
                self.session
                    .end_server_session(&row, &held, account.auth)
                    .await;
            }
            let key = SecretKey {
                workspace_id: row.id.clone(),
                user_id: account.user_id.clone(),
            };
            self.ctx.secret_delete(&key).await?;
        }
        self.ctx.store.delete_workspace(&row.id).await?;
        self.alerts.forget_sounds(&row.id).await;
        self.session.forget(&row.id);
        // A certificate exception outlives its workspace only while another one uses the host.
        let url = WorkspaceUrl::parse(&row.url)?;
        let host = host_of(&url);
        let others = self.ctx.store.workspaces().await?;
        let host_in_use = others
            .iter()
            .any(|w| WorkspaceUrl::parse(&w.url).is_ok_and(|u| host_of(&u) == host));
        if !host_in_use && self.ctx.http().trust().has_pins(&host) {
            self.ctx.store.untrust_host(&host).await?;
            let http = self.ctx.http();
            http.trust().unpin_host(&host);
            // Connections in the pool were verified under the exception: start a new pool.
            let fresh = http.with_new_pool()?;
            self.ctx.set_http(fresh);
        }
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        Ok(())
    }

    /// Every workspace's icon and avatar as `data:` URLs.
    pub async fn images(&self) -> Result<Vec<WorkspaceImages>> {
        let mut by_workspace: HashMap<String, WorkspaceImages> = HashMap::new();
        for (workspace_id, kind, content_type, data) in self.ctx.store.images().await? {
            let entry =
                by_workspace
                    .entry(workspace_id.clone())
                    .or_insert_with(|| WorkspaceImages {
                        workspace_id,
                        icon: None,
                        avatar: None,
                    });
            let url = format!(
                "data:{content_type};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&data)
            );
            match kind {
                ImageKind::Icon => entry.icon = Some(url),
                ImageKind::Avatar => entry.avatar = Some(url),
            }
        }
        Ok(by_workspace.into_values().collect())
    }

    /// Revalidates every stored session (`login` with `resume`, or `/me` for an access token),
    /// at start-up, all workspaces at once. Never asks for a password: a workspace whose
    /// session cannot be revalidated keeps its cache and shows why.
    pub async fn restore_sessions(&self) -> Result<()> {
        // The keyring is asked here, in the background, not while opening: on the shell's main
        // thread its D-Bus round trips (40 ms here) held up the window's first page. A keyring
        // that does not answer is still said before any session is read from it, and the
        // WorkspacesChanged below brings the warning to the window.
        self.ctx.probe_keyring().await;
        let rows = self.ctx.store.workspaces().await?;
        for row in rows.iter().filter(|r| r.account.is_some()) {
            self.session.set_connection(&row.id, Connection::Connecting);
        }
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        // One slow or unreachable server must not hold up the others.
        futures_util::future::join_all(rows.iter().map(|row| self.restore(row))).await;
        self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        Ok(())
    }

    /// Tries again to reach one workspace with its stored session (after the network came back,
    /// or after the user trusted a changed certificate).
    pub async fn reconnect(&self, workspace_id: &str) -> Result<WorkspaceSummary> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        if row.account.is_some() {
            self.session.set_connection(&row.id, Connection::Connecting);
            self.ctx.events.emit(CoreEvent::WorkspacesChanged);
            self.restore(&row).await;
            self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        }
        Ok(self.session.summary(&row))
    }

    /// Revalidates one workspace's stored session; back online, its offline edits go to the
    /// server now (or become conflicts), not only when their page is next opened.
    pub(crate) async fn restore(&self, row: &WorkspaceRow) {
        if !self.session.restore(row).await {
            return;
        }
        if row.kind == ServerKind::Chatwoot {
            if self
                .ctx
                .store
                .edits(OutboxSlice::Agent)
                .has_to_send(&row.id)
                .await
                .unwrap_or(false)
                && let Err(err) = self.agent.agent_edits_sync(&row.id).await
            {
                tracing::warn!(workspace = %row.id, code = ?err.code(), "offline Chatwoot edits not sent yet");
                self.ctx.wake_worker();
            }
            return;
        }
        if self
            .ctx
            .store
            .edits(OutboxSlice::Profile)
            .has_any(&row.id)
            .await
            .unwrap_or(false)
            && let Err(err) = self
                .profile
                .refresh_for(&row.id, ChangeOrigin::Background)
                .await
        {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "offline profile edits not sent yet");
        }
        if self
            .ctx
            .store
            .edits(OutboxSlice::Preferences)
            .has_to_send(&row.id)
            .await
            .unwrap_or(false)
            && let Err(err) = self.preferences.sync(&row.id).await
        {
            tracing::warn!(workspace = %row.id, code = ?err.code(), "offline preference edits not sent yet");
            // The worker tries again (after the rate limit's wait, when that was the reason).
            self.ctx.wake_worker();
        }
    }
}

/// The host of a workspace URL as the certificate verifier sees it (no brackets on IPv6).
fn host_of(url: &WorkspaceUrl) -> String {
    url.as_url()
        .host_str()
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase()
}
