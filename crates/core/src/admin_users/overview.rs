//! What the Users page needs before its list: the caller's permissions (from
//! `permissions.listAll` and their roles: never assumed from the `admin` role), the roles to
//! filter and assign, SMTP, end-to-end encryption and 2FA being on, the message erasure type,
//! the license's seats and the Pending tab's count (reference §10.1, §10.2, §10.9, §10.10).

use serde::{Deserialize, Serialize};

use super::{AdminUsersApi, unreachable};
use crate::Result;
use crate::rocketchat::{PermissionListing, parse_version};

/// What the caller may do on the Users page, each from its own permission.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AdminPermissions {
    /// `view-user-administration`: the page itself.
    pub view: bool,
    /// `create-user`: "New user".
    pub create: bool,
    /// `bulk-register-user`: "Invite".
    pub invite: bool,
    /// `edit-other-user-info`: "Edit".
    pub edit: bool,
    /// `edit-other-user-active-status` (or `manage-moderation-actions`): Activate / Deactivate.
    pub change_active: bool,
    /// `delete-user`: Delete.
    pub delete: bool,
    /// `assign-admin-role`: Make / Remove Admin.
    pub assign_admin: bool,
    /// `assign-roles`: the roles of Edit.
    pub assign_roles: bool,
    /// `edit-other-user-password`: the password of Edit.
    pub edit_password: bool,
    /// `edit-other-user-avatar`: the avatar of Edit.
    pub edit_avatar: bool,
    /// `edit-other-user-totp`: Reset TOTP.
    pub reset_totp: bool,
    /// `edit-other-user-e2ee`: Reset E2E key.
    pub reset_e2e: bool,
    /// `send-mail`: "Resend welcome email".
    pub send_mail: bool,
    /// `view-full-other-user-info`: emails, roles, last login of others.
    pub view_full_info: bool,
    /// `access-permissions`: the `roles.*` routes Make / Remove Admin uses (8.x client).
    pub access_permissions: bool,
}

impl AdminPermissions {
    /// From the workspace's permission list and the caller's roles.
    pub fn of(listing: &[PermissionListing], my_roles: &[String]) -> AdminPermissions {
        let has = |id: &str| {
            listing
                .iter()
                .find(|p| p.id == id)
                .is_some_and(|p| p.roles.iter().any(|r| my_roles.contains(r)))
        };
        AdminPermissions {
            view: has("view-user-administration"),
            create: has("create-user"),
            invite: has("bulk-register-user"),
            edit: has("edit-other-user-info"),
            change_active: has("edit-other-user-active-status") || has("manage-moderation-actions"),
            delete: has("delete-user"),
            assign_admin: has("assign-admin-role") && has("access-permissions"),
            assign_roles: has("assign-roles"),
            edit_password: has("edit-other-user-password"),
            edit_avatar: has("edit-other-user-avatar"),
            reset_totp: has("edit-other-user-totp"),
            reset_e2e: has("edit-other-user-e2ee"),
            send_mail: has("send-mail"),
            view_full_info: has("view-full-other-user-info"),
            access_permissions: has("access-permissions"),
        }
    }
}

/// A role of the workspace (`roles.list`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RoleOption {
    /// Its id, as user documents hold it.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// What deleting a user does to their messages (`Message_ErasureType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErasureType {
    /// Their messages are deleted.
    Delete,
    /// Their messages stay, shown as from a removed user.
    Unlink,
    /// Their messages stay, under their name.
    Keep,
}

/// The license's seats, when the license limits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Seats {
    /// Seats in all; `None` is unlimited.
    pub max: Option<u32>,
    /// Seats taken (active users).
    pub active: u32,
    /// The cap is exceeded (`preventedActions.activeUsers`): no new user or activation.
    pub exceeded: bool,
}

/// The Users page's header and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AdminOverview {
    /// What the caller may do.
    pub permissions: AdminPermissions,
    /// The caller's user id (they may not delete themselves).
    pub my_user_id: String,
    /// The workspace's roles, for the filter and for Edit.
    pub roles: Vec<RoleOption>,
    /// Email is set up: invitations and welcome emails can be sent.
    pub smtp_configured: bool,
    /// End-to-end encryption is on (Reset E2E key).
    pub e2e_enabled: bool,
    /// Two-factor authentication is on (Reset TOTP).
    pub two_factor_enabled: bool,
    /// What deleting does to messages.
    pub erasure: ErasureType,
    /// The seats; `None` when the license gives none or they cannot be read.
    pub seats: Option<Seats>,
    /// Users the Pending tab lists.
    pub pending_count: u32,
    /// The server's major version (the tabs' queries changed in 8.0).
    pub server_major: u32,
    /// When this was read from the server (RFC 3339).
    pub read_at: String,
    /// Read from the cache: the server could not be reached.
    pub from_cache: bool,
}

const OVERVIEW_KEY: &str = "overview";
const ACCESS_KEY: &str = "access";

impl AdminUsersApi<'_> {
    /// What the caller may do here: from the server (their roles and the permission list), or
    /// from the last read while offline; nothing allowed when never read.
    pub async fn access(&self, workspace_id: &str) -> Result<AdminPermissions> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        if !self.session.is_offline(&row.id) {
            let read = async {
                let me = client.me(&creds).await?;
                let listing = client.permissions_list_all(&creds).await?;
                Ok::<_, crate::Error>(AdminPermissions::of(&listing, &me.roles))
            };
            match self.session.noted(&row, read.await).await {
                Ok(permissions) => {
                    self.keep(&row.id, ACCESS_KEY, &permissions).await?;
                    return Ok(permissions);
                }
                Err(err) if !unreachable(&err) => return Err(err),
                Err(_) => {}
            }
        }
        Ok(self
            .cached(&row.id, ACCESS_KEY)
            .await?
            .map(|(p, _)| p)
            .unwrap_or_default())
    }

    /// The Users page's overview, from the server, or the last read while it cannot be
    /// reached (`from_cache`).
    pub async fn overview(&self, workspace_id: &str) -> Result<AdminOverview> {
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        if !self.session.is_offline(&row.id) {
            let read = self.read_overview(&row, &creds, &client).await;
            match self.session.noted(&row, read).await {
                Ok(overview) => {
                    self.keep(&row.id, OVERVIEW_KEY, &overview).await?;
                    self.keep(&row.id, ACCESS_KEY, &overview.permissions)
                        .await?;
                    return Ok(overview);
                }
                Err(err) if !unreachable(&err) => return Err(err),
                Err(_) => {}
            }
        }
        match self.cached::<AdminOverview>(&row.id, OVERVIEW_KEY).await? {
            Some((overview, _)) => Ok(AdminOverview {
                from_cache: true,
                ..overview
            }),
            None => Err(crate::Error::NeedsServer {
                workspace: row.name.clone(),
                action: "opening Administration › Users for the first time",
                field: "action",
            }),
        }
    }

    async fn read_overview(
        &self,
        row: &crate::store::WorkspaceRow,
        creds: &crate::rocketchat::Credentials,
        client: &crate::rocketchat::RestClient,
    ) -> Result<AdminOverview> {
        let me = client.me(creds).await?;
        let listing = client.permissions_list_all(creds).await?;
        let permissions = AdminPermissions::of(&listing, &me.roles);
        let roles = client
            .roles_list(creds)
            .await?
            .into_iter()
            .map(|r| RoleOption {
                id: r.id,
                name: r.name,
            })
            .collect();
        let settings = client
            .settings_public(&[
                "E2E_Enable",
                "Accounts_TwoFactorAuthentication_Enabled",
                "Message_ErasureType",
            ])
            .await?;
        let setting = |id: &str| settings.iter().find(|s| s.id == id).map(|s| &s.value);
        let on = |id: &str| setting(id).and_then(|v| v.as_bool());
        let erasure = match setting("Message_ErasureType").and_then(|v| v.as_str()) {
            Some("Unlink") => ErasureType::Unlink,
            Some("Keep") => ErasureType::Keep,
            _ => ErasureType::Delete,
        };
        let smtp_configured = client.smtp_check(creds).await?;
        // Without the license's permission the seats are unknown: the server's own refusal
        // (`error-license-user-limit-reached`) speaks then (reference §10.10).
        let seats = match client.licenses_max_active_users(creds).await {
            Ok(listing) => Some(Seats {
                max: listing.max_active_users,
                active: listing.active_users,
                exceeded: client.licenses_seats_exceeded(creds).await?,
            }),
            Err(err) if unreachable(&err) => return Err(err),
            Err(_) => None,
        };
        let server_major = parse_version(&row.server_version).map_or(0, |(m, _)| m);
        // The Pending badge counts the tab's own query (in 8.x the web client's badge uses
        // another filter than its tab; reference §10.2).
        let mut query = super::list::tab_query(server_major, super::UserTab::Pending);
        query.push(("count".into(), "1".into()));
        let pending_count = client.users_list_by_status(creds, &query).await?.total;
        Ok(AdminOverview {
            permissions,
            my_user_id: creds.user_id.clone(),
            roles,
            smtp_configured,
            e2e_enabled: on("E2E_Enable").unwrap_or(false),
            two_factor_enabled: on("Accounts_TwoFactorAuthentication_Enabled").unwrap_or(true),
            erasure,
            seats,
            pending_count,
            server_major,
            read_at: self.ctx.clock.now().to_rfc3339(),
            from_cache: false,
        })
    }
}
