//! Administration › Users (reference §10, seed 002): who may see and do what (each control by
//! its own permission, read from the server), the list with the server version's own tab
//! queries, one user's details, creating and editing users, and the actions menu. Every list
//! and overview read is kept in the store (`admin_cache`) to be browsed offline, marked with
//! when it was read; actions need the server and are never queued.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::rocketchat::{Credentials, RestClient};
use crate::session::SessionApi;
use crate::store::WorkspaceRow;
use crate::{Error, ErrorCode, Result};

mod actions;
mod edit;
mod list;
mod overview;

pub use actions::{ActiveOutcome, DeleteOutcome, LastOwnerRooms};
pub use edit::{PasswordChoice, UserForm};
pub use list::{
    AdminUserDetails, AdminUserRow, PAGE_SIZE, RegistrationStatus, SortColumn, UserPage, UserQuery,
    UserSort, UserTab,
};
pub use overview::{AdminOverview, AdminPermissions, ErasureType, RoleOption, Seats};

/// The admin Users slice's operations. It keeps no state of its own: what it read is in the
/// store.
#[derive(Clone, Copy)]
pub struct AdminUsersApi<'a> {
    ctx: &'a Context,
    session: SessionApi<'a>,
}

impl<'a> AdminUsersApi<'a> {
    pub(crate) fn new(ctx: &'a Context, session: SessionApi<'a>) -> Self {
        AdminUsersApi { ctx, session }
    }

    /// The workspace, session and client of an admin action, refused with a clear message
    /// while the workspace is offline: admin actions are never queued.
    async fn action_parts(
        &self,
        workspace_id: &str,
        action: &'static str,
    ) -> Result<(WorkspaceRow, Credentials, RestClient)> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        self.session.require_online(&row, action, "action")?;
        Ok((row, creds, client))
    }

    /// A cached read, or `None`.
    async fn cached<T: for<'de> Deserialize<'de>>(
        &self,
        workspace_id: &str,
        key: &str,
    ) -> Result<Option<(T, DateTime<Utc>)>> {
        match self.ctx.store.admin_cached(workspace_id, key).await? {
            Some((value, at)) => Ok(serde_json::from_value(value).ok().map(|v| (v, at))),
            None => Ok(None),
        }
    }

    async fn keep<T: Serialize>(&self, workspace_id: &str, key: &str, value: &T) -> Result<()> {
        let value = serde_json::to_value(value)?;
        self.ctx
            .store
            .put_admin_cached(workspace_id, key, &value, self.ctx.clock.now())
            .await
    }
}

/// Whether an error means "the server cannot be reached now" (the cache answers instead).
fn unreachable(err: &Error) -> bool {
    matches!(err.code(), ErrorCode::Unreachable)
}
