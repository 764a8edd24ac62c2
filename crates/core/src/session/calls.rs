//! How a slice calls its workspace's server: the parts a call needs (row, credentials, client),
//! the refusal of a server-only action while offline, and what a call's outcome says about the
//! workspace's connection.

use super::SessionApi;
use crate::ports::CoreEvent;
use crate::rocketchat::{Credentials, RestClient};
use crate::store::WorkspaceRow;
use crate::workspace::Connection;
use crate::{Error, ErrorCode, Result};

impl SessionApi<'_> {
    /// Whether the workspace is known to be unreachable now.
    pub(crate) fn is_offline(&self, workspace_id: &str) -> bool {
        matches!(
            self.sessions()
                .get(workspace_id)
                .and_then(|s| s.connection.clone()),
            Some(Connection::Offline { .. })
        )
    }

    /// Refuses an action that needs the server while the workspace is offline, with a message
    /// that says so (offline edits are only for name, nickname, bio and status).
    pub(crate) fn require_online(
        &self,
        row: &WorkspaceRow,
        action: &'static str,
        field: &'static str,
    ) -> Result<()> {
        if self.is_offline(&row.id) {
            return Err(Error::NeedsServer {
                workspace: row.name.clone(),
                action,
                field,
            });
        }
        Ok(())
    }

    /// The workspace, its session and a client: what a call for the signed-in account needs.
    pub(crate) async fn call_parts(
        &self,
        workspace_id: &str,
    ) -> Result<(WorkspaceRow, Credentials, RestClient)> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let client = self.client(&row)?;
        Ok((row, creds, client))
    }

    /// Runs a call and records the outcome for the workspace's connection state.
    pub(crate) async fn noted<T>(&self, row: &WorkspaceRow, outcome: Result<T>) -> Result<T> {
        match outcome {
            Ok(value) => {
                self.mark_online(&row.id);
                Ok(value)
            }
            Err(err) => {
                self.note_failure(row, &err).await;
                Err(err)
            }
        }
    }

    /// A call failed: an unreachable server or an ended session changes the workspace's state.
    pub(crate) async fn note_failure(&self, row: &WorkspaceRow, err: &Error) {
        if matches!(
            err.code(),
            ErrorCode::SessionExpired | ErrorCode::Unreachable
        ) {
            self.apply_failure(&row.id, err).await;
            self.ctx.events.emit(CoreEvent::WorkspacesChanged);
        }
    }
}
