//! Account > Profile: the profile as cached and as on the server, saving changes (with the
//! second factor for email and password), offline edits and their conflicts.

use super::Tether;
use super::guarded::Guarded;
use crate::cache::{ImageKind, WorkspaceRow};
use crate::ports::CoreEvent;
use crate::rocketchat::Credentials;
use crate::workspace::{
    Confirmation, CustomField, DataSource, PROFILE_RULE_SETTINGS, PendingEdit, Profile,
    ProfileChanges, ProfileRules, ProfileSaveStep, ProfileView,
};
use crate::{Error, ErrorCode, Result, Sensitive};

/// `FileUpload_MaxFileSize`'s default: 100 MiB.
const DEFAULT_MAX_FILE_SIZE: u32 = 104_857_600;

impl Tether {
    /// The cached profile, instantly and offline.
    pub async fn profile_cached(&self, workspace_id: &str) -> Result<Option<ProfileView>> {
        self.cache.workspace(workspace_id).await?;
        match self.cache.profile(workspace_id).await? {
            Some((profile, fetched_at)) => Ok(Some(
                self.view(workspace_id, profile, DataSource::Cache, fetched_at)
                    .await?,
            )),
            None => Ok(None),
        }
    }

    /// A profile as shown: with the pending offline edits applied and listed.
    async fn view(
        &self,
        workspace_id: &str,
        mut profile: Profile,
        source: DataSource,
        fetched_at: String,
    ) -> Result<ProfileView> {
        let pending = self.cache.pending_edits(workspace_id).await?;
        for edit in &pending {
            profile.set_field(&edit.field, &edit.value);
        }
        Ok(ProfileView {
            profile,
            pending: pending
                .into_iter()
                .map(|e| PendingEdit {
                    field: e.field,
                    value: e.value,
                    conflict: e.server_value,
                })
                .collect(),
            source,
            fetched_at,
        })
    }

    /// Sends the offline edits whose field did not change on the server meanwhile; an edit whose
    /// field did change becomes a conflict for the user to decide (never overwritten). `server`
    /// is the profile just read from the server. Returns whether anything was sent.
    async fn sync_pending(
        &self,
        row: &WorkspaceRow,
        creds: &Credentials,
        server: &Profile,
    ) -> Result<bool> {
        let pending = self.cache.pending_edits(&row.id).await?;
        let mut data = serde_json::Map::new();
        let mut sent = Vec::new();
        for edit in pending {
            let now = server.field(&edit.field);
            if now == edit.value {
                // The server already has it (sent before a crash, or the same change elsewhere).
                self.cache.delete_pending_edit(&row.id, &edit.field).await?;
            } else if edit.server_value.is_some() || now != edit.base {
                if edit.server_value.as_deref() != Some(now.as_str()) {
                    self.cache.mark_conflict(&row.id, &edit.field, &now).await?;
                }
            } else {
                data.insert(
                    wire_key(&edit.field).to_owned(),
                    serde_json::Value::String(edit.value.clone()),
                );
                sent.push(edit.field);
            }
        }
        if data.is_empty() {
            return Ok(false);
        }
        let client = self.client(row)?;
        match client
            .update_own_basic_info(creds, serde_json::Value::Object(data), None, None)
            .await
        {
            Ok(()) => {
                for field in sent {
                    self.cache.delete_pending_edit(&row.id, &field).await?;
                }
                Ok(true)
            }
            Err(err) if err.code() == ErrorCode::Unreachable => Ok(false),
            Err(err) => {
                // The server refused an offline edit (for example a rule changed): keep it, as a
                // conflict showing the server's value, so the user sees it and decides.
                tracing::warn!(workspace = %row.id, code = ?err.code(), "the server refused offline edits");
                for field in sent {
                    self.cache
                        .mark_conflict(&row.id, &field, &server.field(&field))
                        .await?;
                }
                Ok(false)
            }
        }
    }

    /// Settles a conflict between an offline edit and the server: keep the user's value (sent
    /// now) or the server's (the edit is dropped).
    pub async fn profile_resolve(
        &self,
        workspace_id: &str,
        field: &str,
        keep_mine: bool,
    ) -> Result<ProfileView> {
        let row = self.cache.workspace(workspace_id).await?;
        let edit = self
            .cache
            .pending_edits(&row.id)
            .await?
            .into_iter()
            .find(|e| e.field == field)
            .ok_or_else(|| Error::InvalidInput {
                field: "field",
                message: format!("There is no pending change of “{field}” to decide."),
            })?;
        if keep_mine {
            let creds = self.credentials(&row)?;
            let data = serde_json::json!({ wire_key(&edit.field): edit.value });
            self.client(&row)?
                .update_own_basic_info(&creds, data, None, None)
                .await?;
        }
        self.cache.delete_pending_edit(&row.id, field).await?;
        match self.profile_refresh(&row.id).await {
            Ok(view) => Ok(view),
            Err(_) if !keep_mine => self
                .profile_cached(&row.id)
                .await?
                .ok_or_else(|| Error::NotSignedIn(row.name.clone())),
            Err(err) => Err(err),
        }
    }

    /// Keeps offline-editable changes on this computer until the server is back.
    async fn queue_offline(
        &self,
        row: &WorkspaceRow,
        server: &Profile,
        shown: &Profile,
        changes: &ProfileChanges,
    ) -> Result<ProfileSaveStep> {
        let needs_server = [
            (
                "username",
                changes.username.as_deref(),
                Some(shown.username.as_str()),
            ),
            (
                "email",
                changes.email.as_deref(),
                shown.emails.first().map(|e| e.address.as_str()),
            ),
        ]
        .into_iter()
        .find(|(_, new, old)| new.is_some_and(|n| Some(n) != *old))
        .map(|(field, _, _)| field)
        .or(changes
            .new_password
            .as_deref()
            .filter(|p| !p.is_empty())
            .map(|_| "new_password"));
        if let Some(field) = needs_server {
            let (action, field) = match field {
                "username" => ("changing the username", "username"),
                "email" => ("changing the email address", "email"),
                _ => ("changing the password", "new_password"),
            };
            return Err(Error::NeedsServer {
                workspace: row.name.clone(),
                action,
                field,
            });
        }
        let wanted = [
            ("name", &changes.name),
            ("nickname", &changes.nickname),
            ("bio", &changes.bio),
            ("status", &changes.status),
            ("status_text", &changes.status_text),
        ];
        let now = self.clock.now();
        for (field, value) in wanted {
            let Some(value) = value.as_deref() else {
                continue;
            };
            if value == shown.field(field) {
                continue;
            }
            if value == server.field(field) {
                // Back to what the server has: nothing to send.
                self.cache.delete_pending_edit(&row.id, field).await?;
            } else {
                self.cache
                    .put_pending_edit(&row.id, field, value, &server.field(field), now)
                    .await?;
            }
        }
        self.events.emit(CoreEvent::ProfileUpdated {
            workspace_id: row.id.clone(),
        });
        let view = self
            .profile_cached(&row.id)
            .await?
            .ok_or_else(|| Error::NotSignedIn(row.name.clone()))?;
        Ok(ProfileSaveStep::Queued { profile: view })
    }

    /// What the workspace lets the user change, from its cached public settings.
    pub async fn profile_rules(&self, workspace_id: &str) -> Result<ProfileRules> {
        self.cache.workspace(workspace_id).await?;
        let settings = self.cache.public_settings(workspace_id).await?;
        // A setting not known yet keeps Rocket.Chat's default: "allowed" for all of these but
        // deleting one's own account.
        let allowed = |id: &str, default: bool| {
            settings
                .get(id)
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(default)
        };
        let max_file_size = settings
            .get("FileUpload_MaxFileSize")
            .and_then(serde_json::Value::as_u64)
            .map_or(DEFAULT_MAX_FILE_SIZE, |n| {
                u32::try_from(n).unwrap_or(u32::MAX)
            });
        let custom_fields = settings
            .get("Accounts_CustomFields")
            .and_then(serde_json::Value::as_str)
            .map(CustomField::parse_all)
            .unwrap_or_default();
        Ok(ProfileRules {
            profile: allowed("Accounts_AllowUserProfileChange", true),
            name: allowed("Accounts_AllowRealNameChange", true),
            username: allowed("Accounts_AllowUsernameChange", true),
            email: allowed("Accounts_AllowEmailChange", true),
            password: allowed("Accounts_AllowPasswordChange", true),
            status_text: allowed("Accounts_AllowUserStatusMessageChange", true),
            invisible: allowed("Accounts_AllowInvisibleStatusOption", true),
            avatar: allowed("Accounts_AllowUserAvatarChange", true),
            delete_account: allowed("Accounts_AllowDeleteOwnAccount", false),
            max_file_size,
            custom_fields,
        })
    }

    /// Reads the profile from the server and caches it.
    pub async fn profile_refresh(&self, workspace_id: &str) -> Result<ProfileView> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let client = self.client(&row)?;
        match client.me(&creds).await {
            Ok(me) => {
                let mut profile = Profile::from(&me);
                let now = self.clock.now();
                let cached_etag = self
                    .cache
                    .profile(&row.id)
                    .await?
                    .map(|(p, _)| p.avatar_etag);
                self.cache.put_profile(&row.id, &profile, now).await?;
                if cached_etag.is_some_and(|etag| etag != profile.avatar_etag) {
                    // A new avatar (set here, in the web client or on another device): fetch it.
                    let path = format!(
                        "avatar/{}?size=64&etag={}",
                        profile.username,
                        profile.avatar_etag.as_deref().unwrap_or("initials")
                    );
                    self.store_image(&client, &row.id, ImageKind::Avatar, &path, Some(&creds))
                        .await;
                }
                if self.sync_pending(&row, &creds, &profile).await? {
                    // Offline edits went to the server: read back what it keeps.
                    profile = Profile::from(&client.me(&creds).await?);
                    self.cache.put_profile(&row.id, &profile, now).await?;
                }
                // What may be edited can change with the workspace's settings: read them too.
                if let Ok(settings) = client.settings_public(&PROFILE_RULE_SETTINGS).await {
                    let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
                    self.cache.put_public_settings(&row.id, &pairs, now).await?;
                }
                self.mark_online(&row.id);
                self.events.emit(CoreEvent::ProfileUpdated {
                    workspace_id: row.id.clone(),
                });
                self.view(&row.id, profile, DataSource::Server, now.to_rfc3339())
                    .await
            }
            Err(err) => {
                self.apply_failure(&row.id, &err).await;
                self.events.emit(CoreEvent::WorkspacesChanged);
                Err(err)
            }
        }
    }

    /// Saves profile changes with one `users.updateOwnBasicInfo` holding only what differs from
    /// the profile as last read. Limits are checked first. An email or password change needs a
    /// second factor: the first attempt returns the server's challenge; save again with the
    /// confirmation (the current password for accounts without 2FA, sent as its SHA-256 in
    /// `currentPassword`; otherwise the code, sent as `X-2fa-code`/`X-2fa-method`, never as
    /// `currentPassword`). The server's answer (it holds `services`) is never kept: the profile
    /// is read again with `/me`.
    pub async fn profile_save(
        &self,
        workspace_id: &str,
        changes: ProfileChanges,
        confirmation: Option<Confirmation>,
    ) -> Result<ProfileSaveStep> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        let Some((server, fetched_at)) = self.cache.profile(&row.id).await? else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        // Compare with the profile as shown (offline edits applied).
        let current = self
            .view(&row.id, server.clone(), DataSource::Cache, fetched_at)
            .await?
            .profile;
        let rules = self.profile_rules(&row.id).await?;
        let (mut data, custom_fields) = profile_delta(&current, &changes, &rules)?;
        if self.is_offline(&row.id) {
            if custom_fields.is_some() {
                return Err(Error::NeedsServer {
                    workspace: row.name.clone(),
                    action: "changing custom fields",
                    field: "custom_fields",
                });
            }
            return self.queue_offline(&row, &server, &current, &changes).await;
        }
        let gated = data.get("email").is_some() || data.get("newPassword").is_some();
        // The code travels as the shared flow's headers; the password, for accounts without
        // 2FA, goes in the body as `currentPassword`.
        let mut code = None;
        match (&confirmation, gated) {
            (Some(Confirmation::Password { password }), true) => {
                if current.totp_enabled || current.email2fa_enabled {
                    return Err(Error::InvalidInput {
                        field: "code",
                        message: "This account has two-factor authentication: confirm with its code, not the password.".into(),
                    });
                }
                let digest = crate::rocketchat::password_digest(&Sensitive::new(password.clone()));
                data["currentPassword"] = serde_json::Value::String(digest.expose().clone());
            }
            (Some(given @ Confirmation::Code { .. }), true) => code = Some(given),
            _ => {}
        }
        if data.as_object().is_some_and(serde_json::Map::is_empty) && custom_fields.is_none() {
            let view = self.profile_cached(&row.id).await?;
            return view
                .map(|profile| ProfileSaveStep::Saved { profile })
                .ok_or_else(|| Error::NotSignedIn(row.name.clone()));
        }
        let client = self.client(&row)?;
        let sent = self
            .guarded(&row, code, |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                client
                    .update_own_basic_info(&creds, data, custom_fields, second)
                    .await
            })
            .await?;
        match sent {
            Guarded::Done { .. } => Ok(ProfileSaveStep::Saved {
                profile: self.profile_refresh(&row.id).await?,
            }),
            Guarded::SecondFactor { challenge } => Ok(ProfileSaveStep::SecondFactor { challenge }),
        }
    }

    /// Logs out every other place this account is signed in (`users.removeOtherTokens`); this
    /// device stays signed in.
    pub async fn sign_out_other_sessions(&self, workspace_id: &str) -> Result<()> {
        let row = self.cache.workspace(workspace_id).await?;
        let creds = self.credentials(&row)?;
        self.client(&row)?.remove_other_tokens(&creds).await
    }
}

/// The `data` key of `users.updateOwnBasicInfo` for an offline-editable field.
fn wire_key(field: &str) -> &str {
    match field {
        "status" => "statusType",
        "status_text" => "statusText",
        other => other,
    }
}

/// The `data` of `users.updateOwnBasicInfo`: only the fields that differ from `current`, after
/// the limits the server enforces (reference §3.1).
fn profile_delta(
    current: &Profile,
    changes: &ProfileChanges,
    rules: &ProfileRules,
) -> Result<(serde_json::Value, Option<serde_json::Value>)> {
    let invalid = |field: &'static str, message: &str| Error::InvalidInput {
        field,
        message: message.to_owned(),
    };
    let mut data = serde_json::Map::new();
    let mut put = |key: &str, value: &str| {
        data.insert(key.to_owned(), serde_json::Value::String(value.to_owned()));
    };
    let differs = |new: &Option<String>, old: Option<&str>| {
        new.as_deref()
            .filter(|n| *n != old.unwrap_or_default())
            .map(str::to_owned)
    };
    if let Some(name) = differs(&changes.name, current.name.as_deref()) {
        if name.trim().is_empty() {
            return Err(invalid("name", "Enter your name."));
        }
        put("name", name.trim());
    }
    if let Some(username) = differs(&changes.username, Some(&current.username)) {
        if username.is_empty() || !username_pattern_ok(&username) {
            return Err(invalid(
                "username",
                "A username uses only letters, digits, dots (.), dashes (-) and underscores (_).",
            ));
        }
        put("username", &username);
    }
    for (field, new, old, limit) in [
        (
            "nickname",
            &changes.nickname,
            current.nickname.as_deref(),
            120,
        ),
        ("bio", &changes.bio, current.bio.as_deref(), 260),
    ] {
        if let Some(value) = differs(new, old) {
            if value.chars().count() > limit {
                let message = format!("The {field} can be at most {limit} characters.");
                return Err(invalid(field, &message));
            }
            put(field, &value);
        }
    }
    if let Some(status) = differs(&changes.status, current.status.as_deref()) {
        if !["online", "away", "busy", "offline"].contains(&status.as_str()) {
            return Err(invalid("status", "Choose online, away, busy or offline."));
        }
        put("statusType", &status);
    }
    if let Some(text) = differs(&changes.status_text, current.status_text.as_deref()) {
        put("statusText", &text);
    }
    let current_email = current.emails.first().map(|e| e.address.as_str());
    if let Some(email) = differs(&changes.email, current_email) {
        let email = email.trim().to_owned();
        let valid = email
            .split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'));
        if !valid {
            return Err(invalid(
                "email",
                "Enter a valid email address, like name@example.com.",
            ));
        }
        put("email", &email);
    }
    if let Some(password) = changes.new_password.as_deref().filter(|p| !p.is_empty()) {
        if !current.has_password {
            return Err(invalid(
                "new_password",
                "This account signs in through an identity provider (single sign-on or LDAP): change the password there.",
            ));
        }
        put("newPassword", password);
    }
    Ok((
        serde_json::Value::Object(data),
        custom_fields_delta(current, changes, rules)?,
    ))
}

/// `customFields` when any value changed: every defined field with its value (the server checks
/// all of them, so an unchanged required field must be sent too), checked first by the same
/// rules the server applies.
fn custom_fields_delta(
    current: &Profile,
    changes: &ProfileChanges,
    rules: &ProfileRules,
) -> Result<Option<serde_json::Value>> {
    let Some(wanted) = &changes.custom_fields else {
        return Ok(None);
    };
    // An unset field shows (and keeps) its default value.
    let shown = |field: &CustomField| {
        current
            .custom_fields
            .get(&field.name)
            .cloned()
            .unwrap_or_else(|| field.default_value.clone())
    };
    let value_of = |field: &CustomField| {
        wanted
            .get(&field.name)
            .cloned()
            .unwrap_or_else(|| shown(field))
    };
    let changed = rules
        .custom_fields
        .iter()
        .any(|f| wanted.get(&f.name).is_some_and(|v| *v != shown(f)));
    if !changed {
        return Ok(None);
    }
    let mut fields = serde_json::Map::new();
    for field in &rules.custom_fields {
        let value = value_of(field);
        if let Some(message) = field.problem(&value) {
            return Err(Error::InvalidInput {
                field: "custom_fields",
                message,
            });
        }
        fields.insert(field.name.clone(), serde_json::Value::String(value));
    }
    Ok(Some(serde_json::Value::Object(fields)))
}

/// Rocket.Chat's default `UTF8_User_Names_Validation`, `[0-9a-zA-Z-_.]+`, without the `+`.
pub(super) fn username_pattern_ok(username: &str) -> bool {
    username
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
