//! The Users list (reference §10.2–§10.4): each tab's query as the server's version has it,
//! search, the roles filter, sorting, pages of [`PAGE_SIZE`], the registration status of each
//! row; and one user's details (`users.info`). Every page read is kept for offline browsing.

use serde::{Deserialize, Serialize};

use super::{AdminUsersApi, unreachable};
use crate::rocketchat::{AdminUserDoc, parse_version};
use crate::{Error, Result};

/// Users per page: the server's `API_Upper_Count_Limit` (100), so that a list takes as few
/// calls as the rate limit (10 a minute per route) allows.
pub const PAGE_SIZE: u32 = 100;

/// The list's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum UserTab {
    /// Everyone.
    All,
    /// 7.x: never signed in; 8.x: waiting for an admin's approval.
    Pending,
    /// Active (7.x: and signed in before).
    Active,
    /// Deactivated.
    Deactivated,
}

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SortColumn {
    /// Name (`name`).
    Name,
    /// Username.
    Username,
    /// First email address (`emails.address`).
    Email,
    /// Registration status (`status`: the server sorts by `active`).
    Status,
    /// The Pending tab's action column (`active`).
    PendingAction,
}

/// A sort: column and direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserSort {
    /// The column.
    pub column: SortColumn,
    /// Z→A.
    pub descending: bool,
}

/// What the list shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct UserQuery {
    /// The tab.
    pub tab: UserTab,
    /// Name, username or email (the server searches emails only for callers who may see them).
    pub search: String,
    /// Role ids; empty is every role.
    pub roles: Vec<String>,
    /// The sort; `None` is the tab's own (Pending by its action, the others by name).
    pub sort: Option<UserSort>,
    /// The first row (a multiple of [`PAGE_SIZE`]).
    pub offset: u32,
}

/// A row's registration status (reference §10.4, first match wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    /// Deactivated after signing in before.
    Deactivated,
    /// From another server.
    Federated,
    /// Never signed in (not a bot or app).
    Pending,
    /// Active and signed in before.
    Active,
    /// None of these (an active bot that never signed in).
    Blank,
}

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct AdminUserRow {
    /// The user's id.
    pub id: String,
    /// Username.
    pub username: String,
    /// Name, or the username when there is none.
    pub name: String,
    /// First email address, when the caller may see it.
    pub email: Option<String>,
    /// Whether that address is verified.
    pub email_verified: bool,
    /// Role ids.
    pub roles: Vec<String>,
    /// Presence (`online`, `away`, `busy`, `offline`).
    pub status: String,
    /// The account is active.
    pub active: bool,
    /// `user`, `bot` or `app`.
    pub kind: String,
    /// Federated from another server.
    pub federated: bool,
    /// The last sign-in (RFC 3339).
    pub last_login: Option<String>,
    /// Its registration status.
    pub registration: RegistrationStatus,
}

/// One page of the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct UserPage {
    /// The rows, from `offset`.
    pub users: Vec<AdminUserRow>,
    /// Its first row's position.
    pub offset: u32,
    /// Rows matching the query in all.
    pub total: u32,
    /// When it was read from the server (RFC 3339).
    pub read_at: String,
    /// Read from the cache: the server could not be reached.
    pub from_cache: bool,
}

/// One user, as the info panel and Edit show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct AdminUserDetails {
    /// What the list shows.
    pub row: AdminUserRow,
    /// Hours from UTC (their local time is derived from it).
    pub utc_offset: Option<f64>,
    /// Created (RFC 3339).
    pub created_at: Option<String>,
    /// Status message.
    pub status_text: String,
    /// Bio.
    pub bio: String,
    /// Nickname.
    pub nickname: String,
    /// They must change their password at the next sign-in.
    pub require_password_change: bool,
    /// Changes whenever their avatar does (for its address).
    pub avatar_etag: Option<String>,
}

fn registration(doc: &AdminUserDoc) -> RegistrationStatus {
    let signed_in = doc.last_login.is_some();
    let machine = matches!(doc.kind.as_deref(), Some("bot" | "app"));
    if !doc.active && signed_in {
        RegistrationStatus::Deactivated
    } else if doc.federated {
        RegistrationStatus::Federated
    } else if !signed_in && !machine {
        RegistrationStatus::Pending
    } else if doc.active && signed_in {
        RegistrationStatus::Active
    } else {
        RegistrationStatus::Blank
    }
}

impl From<&AdminUserDoc> for AdminUserRow {
    fn from(doc: &AdminUserDoc) -> Self {
        let username = doc.username.clone().unwrap_or_default();
        AdminUserRow {
            id: doc.id.clone(),
            name: doc
                .name
                .clone()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| username.clone()),
            username,
            email: doc.emails.first().map(|e| e.address.clone()),
            email_verified: doc.emails.first().is_some_and(|e| e.verified),
            roles: doc.roles.clone(),
            status: doc.status.clone().unwrap_or_else(|| "offline".into()),
            active: doc.active,
            kind: doc.kind.clone().unwrap_or_else(|| "user".into()),
            federated: doc.federated,
            last_login: doc.last_login.clone(),
            registration: registration(doc),
        }
    }
}

impl From<&AdminUserDoc> for AdminUserDetails {
    fn from(doc: &AdminUserDoc) -> Self {
        AdminUserDetails {
            row: doc.into(),
            utc_offset: doc.utc_offset,
            created_at: doc.created_at.clone(),
            status_text: doc.status_text.clone().unwrap_or_default(),
            bio: doc.bio.clone().unwrap_or_default(),
            nickname: doc.nickname.clone().unwrap_or_default(),
            require_password_change: doc.require_password_change.unwrap_or(false),
            avatar_etag: doc.avatar_etag.clone(),
        }
    }
}

/// A tab's own parameters (reference §10.2: they changed in 8.0).
pub(super) fn tab_query(major: u32, tab: UserTab) -> Vec<(String, String)> {
    let pairs: &[(&str, &str)] = match (tab, major >= 8) {
        (UserTab::All, _) => &[],
        (UserTab::Pending, false) => &[("hasLoggedIn", "false"), ("type", "user")],
        (UserTab::Pending, true) => &[
            ("type", "user"),
            ("status", "deactivated"),
            ("inactiveReason[]", "pending_approval"),
        ],
        (UserTab::Active, false) => &[("hasLoggedIn", "true"), ("status", "active")],
        (UserTab::Active, true) => &[("status", "active")],
        (UserTab::Deactivated, false) => &[("hasLoggedIn", "true"), ("status", "deactivated")],
        (UserTab::Deactivated, true) => &[
            ("status", "deactivated"),
            ("inactiveReason[]", "deactivated"),
            ("inactiveReason[]", "idle_too_long"),
        ],
    };
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The whole `users.listByStatus` query of a list page.
pub(super) fn list_query(major: u32, query: &UserQuery) -> Vec<(String, String)> {
    let mut pairs = tab_query(major, query.tab);
    let search = query.search.trim();
    if !search.is_empty() {
        pairs.push(("searchTerm".into(), search.to_owned()));
    }
    // Arrays go as `roles[]=a&roles[]=b` (reference §10.2).
    for role in &query.roles {
        pairs.push(("roles[]".into(), role.clone()));
    }
    let sort = query.sort.unwrap_or(UserSort {
        column: if query.tab == UserTab::Pending {
            SortColumn::PendingAction
        } else {
            SortColumn::Name
        },
        descending: false,
    });
    let key = match sort.column {
        SortColumn::Name => "name",
        SortColumn::Username => "username",
        SortColumn::Email => "emails.address",
        SortColumn::Status => "status",
        SortColumn::PendingAction => "active",
    };
    let direction = if sort.descending { -1 } else { 1 };
    pairs.push((
        "sort".into(),
        serde_json::json!({ key: direction }).to_string(),
    ));
    pairs.push(("count".into(), PAGE_SIZE.to_string()));
    pairs.push(("offset".into(), query.offset.to_string()));
    pairs
}

/// The cache key of a page: the query without its paging, then the offset.
fn page_key(query: &UserQuery) -> String {
    let mut roles = query.roles.clone();
    roles.sort();
    let shape = serde_json::json!([
        query.tab,
        query.search.trim().to_lowercase(),
        roles,
        query.sort
    ]);
    format!("page:{shape}:{}", query.offset)
}

impl AdminUsersApi<'_> {
    /// A page of the list, from the server; while it cannot be reached, the same page as last
    /// read (`from_cache`), or an error that says the list was never read this way.
    pub async fn list(&self, workspace_id: &str, query: &UserQuery) -> Result<UserPage> {
        if !query.offset.is_multiple_of(PAGE_SIZE) {
            return Err(Error::InvalidInput {
                field: "offset",
                message: format!("Pages start at a multiple of {PAGE_SIZE}."),
            });
        }
        let (row, creds, client) = self.session.call_parts(workspace_id).await?;
        let key = page_key(query);
        if !self.session.is_offline(&row.id) {
            let major = parse_version(&row.server_version).map_or(0, |(m, _)| m);
            let read = client
                .users_list_by_status(&creds, &list_query(major, query))
                .await;
            match self.session.noted(&row, read).await {
                Ok(listing) => {
                    let page = UserPage {
                        users: listing.users.iter().map(AdminUserRow::from).collect(),
                        offset: query.offset,
                        total: listing.total,
                        read_at: self.ctx.clock.now().to_rfc3339(),
                        from_cache: false,
                    };
                    self.keep(&row.id, &key, &page).await?;
                    return Ok(page);
                }
                Err(err) if !unreachable(&err) => return Err(err),
                Err(_) => {}
            }
        }
        match self.cached::<UserPage>(&row.id, &key).await? {
            Some((page, _)) => Ok(UserPage {
                from_cache: true,
                ..page
            }),
            None => Err(Error::NeedsServer {
                workspace: row.name.clone(),
                action: "this search or page, which was not read before,",
                field: "search",
            }),
        }
    }

    /// One user's details (`users.info`).
    pub async fn details(&self, workspace_id: &str, user_id: &str) -> Result<AdminUserDetails> {
        let (row, creds, client) = self
            .action_parts(workspace_id, "showing a user's details")
            .await?;
        let doc = self
            .session
            .noted(&row, client.users_info(&creds, user_id).await)
            .await?;
        Ok(AdminUserDetails::from(&doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(tab: UserTab) -> UserQuery {
        UserQuery {
            tab,
            search: String::new(),
            roles: Vec::new(),
            sort: None,
            offset: 0,
        }
    }

    fn has(pairs: &[(String, String)], key: &str, value: &str) -> bool {
        pairs.iter().any(|(k, v)| k == key && v == value)
    }

    #[test]
    fn each_tab_sends_its_server_versions_query() {
        let pending_7 = list_query(7, &query(UserTab::Pending));
        assert!(has(&pending_7, "hasLoggedIn", "false") && has(&pending_7, "type", "user"));
        assert!(
            has(&pending_7, "sort", r#"{"active":1}"#),
            "Pending sorts by its action"
        );
        let pending_8 = list_query(8, &query(UserTab::Pending));
        assert!(!pending_8.iter().any(|(k, _)| k == "hasLoggedIn"));
        assert!(has(&pending_8, "inactiveReason[]", "pending_approval"));
        assert!(has(&pending_8, "status", "deactivated"));
        let deactivated_8 = list_query(8, &query(UserTab::Deactivated));
        assert!(has(&deactivated_8, "inactiveReason[]", "deactivated"));
        assert!(has(&deactivated_8, "inactiveReason[]", "idle_too_long"));
        let active_7 = list_query(7, &query(UserTab::Active));
        assert!(has(&active_7, "hasLoggedIn", "true") && has(&active_7, "status", "active"));
        let all = list_query(8, &query(UserTab::All));
        assert!(has(&all, "sort", r#"{"name":1}"#) && has(&all, "count", "100"));
    }

    #[test]
    fn roles_go_as_bracket_arrays_and_search_is_trimmed() {
        let mut q = query(UserTab::All);
        q.roles = vec!["admin".into(), "bot".into()];
        q.search = "  ada ".into();
        q.sort = Some(UserSort {
            column: SortColumn::Email,
            descending: true,
        });
        let pairs = list_query(8, &q);
        assert!(has(&pairs, "roles[]", "admin") && has(&pairs, "roles[]", "bot"));
        assert!(has(&pairs, "searchTerm", "ada"));
        assert!(has(&pairs, "sort", r#"{"emails.address":-1}"#));
    }

    fn doc(active: bool, last_login: bool, kind: &str, federated: bool) -> AdminUserDoc {
        serde_json::from_value(serde_json::json!({
            "_id": "u", "username": "u", "active": active, "type": kind, "federated": federated,
            "lastLogin": if last_login { serde_json::json!("2026-01-01T00:00:00.000Z") } else { serde_json::Value::Null },
        }))
        .unwrap()
    }

    #[test]
    fn registration_status_follows_rocket_chats_order() {
        use RegistrationStatus::*;
        assert_eq!(registration(&doc(false, true, "user", true)), Deactivated);
        assert_eq!(registration(&doc(true, true, "user", true)), Federated);
        assert_eq!(registration(&doc(false, false, "user", false)), Pending);
        assert_eq!(registration(&doc(true, false, "bot", false)), Blank);
        assert_eq!(registration(&doc(true, true, "user", false)), Active);
        assert_eq!(registration(&doc(false, false, "bot", false)), Blank);
    }
}
