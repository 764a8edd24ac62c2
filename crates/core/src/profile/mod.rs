//! Account > Profile: the profile as cached and as on the server, saving changes (with the
//! second factor for email and password), offline edits and their conflicts.

use crate::context::Context;
use crate::ports::{ChangeOrigin, CoreEvent};
use crate::session::{Guarded, SessionApi};
use offline::{as_text, wire_key};
use outcome::not_kept;

mod account;
pub(crate) use account::image_type;
mod offline;
pub mod outcome;
use crate::store::{ImageKind, OutboxSlice};
use crate::workspace::{
    Confirmation, CustomField, DataSource, PROFILE_RULE_SETTINGS, PendingEdit, Profile,
    ProfileChanges, ProfileRules, ProfileSaveStep, ProfileView,
};
use crate::{Error, Result, Sensitive};

/// The profile slice's operations: the profile page and the account's own actions.
#[derive(Clone, Copy)]
pub struct ProfileApi<'a> {
    ctx: &'a Context,
    session: SessionApi<'a>,
}

impl<'a> ProfileApi<'a> {
    pub(crate) fn new(ctx: &'a Context, session: SessionApi<'a>) -> Self {
        ProfileApi { ctx, session }
    }
}

/// Why bio and status are read-only on a server before 6.4.
pub(crate) const OLD_SERVER_BIO_STATUS: &str = "This workspace's Rocket.Chat is older than 6.4 and cannot change the bio or status from outside its web client. Change them there, or ask the admin to update the server.";

/// `FileUpload_MaxFileSize`'s default: 100 MiB.
const DEFAULT_MAX_FILE_SIZE: u32 = 104_857_600;

impl ProfileApi<'_> {
    /// The cached profile, instantly and offline.
    pub async fn cached(&self, workspace_id: &str) -> Result<Option<ProfileView>> {
        self.ctx.store.workspace(workspace_id).await?;
        match self.ctx.store.profile(workspace_id).await? {
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
        let pending = self
            .ctx
            .store
            .edits(OutboxSlice::Profile)
            .list(workspace_id)
            .await?;
        // A refused edit is not what the profile holds: it waits beside it, with the reason.
        for edit in pending.iter().filter(|e| e.refused.is_none()) {
            profile.set_field(&edit.key, &as_text(&edit.value));
        }
        Ok(ProfileView {
            profile,
            pending: pending
                .into_iter()
                .map(|e| PendingEdit {
                    value: as_text(&e.value),
                    conflict: e.theirs.as_ref().map(as_text),
                    refused: e.refused,
                    field: e.key,
                })
                .collect(),
            source,
            fetched_at,
        })
    }

    /// What the workspace lets the user change, from its cached public settings.
    pub async fn rules(&self, workspace_id: &str) -> Result<ProfileRules> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let settings = self.ctx.store.public_settings(workspace_id).await?;
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
            // `bio` and `statusType` joined the route's validator in 6.4.0 (seed 003, reference
            // §3.1); before, the validator refuses them as unknown keys.
            bio_and_status: crate::rocketchat::parse_version(&row.server_version)
                .is_none_or(|v| v >= (6, 4)),
            invisible: allowed("Accounts_AllowInvisibleStatusOption", true),
            avatar: allowed("Accounts_AllowUserAvatarChange", true),
            delete_account: allowed("Accounts_AllowDeleteOwnAccount", false),
            max_file_size,
            custom_fields,
        })
    }

    /// Reads the profile from the server and caches it.
    pub async fn refresh(&self, workspace_id: &str) -> Result<ProfileView> {
        self.refresh_for(workspace_id, ChangeOrigin::Command).await
    }

    /// [`ProfileApi::refresh`] on behalf of `origin` (the worker's retries and reconnections
    /// are background work: a page shown then reads the profile again).
    pub(crate) async fn refresh_for(
        &self,
        workspace_id: &str,
        origin: ChangeOrigin,
    ) -> Result<ProfileView> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        let client = self.session.client(&row)?;
        match client.me(&creds).await {
            Ok(me) => {
                let mut profile = Profile::from(&me);
                let now = self.ctx.clock.now();
                let cached_etag = self
                    .ctx
                    .store
                    .profile(&row.id)
                    .await?
                    .map(|(p, _)| p.avatar_etag);
                self.ctx.store.put_profile(&row.id, &profile, now).await?;
                if cached_etag.is_some_and(|etag| etag != profile.avatar_etag) {
                    // A new avatar (set here, in the web client or on another device): fetch it.
                    let path = format!(
                        "avatar/{}?size=64&etag={}",
                        profile.username,
                        profile.avatar_etag.as_deref().unwrap_or("initials")
                    );
                    self.session
                        .store_image(&client, &row.id, ImageKind::Avatar, &path, Some(&creds))
                        .await;
                }
                match self.sync_pending(&row, &creds, &profile).await {
                    Ok(true) => {
                        // Offline edits went to the server: read back what it keeps.
                        profile = Profile::from(&client.me(&creds).await?);
                        self.ctx.store.put_profile(&row.id, &profile, now).await?;
                    }
                    Ok(false) => {}
                    Err(err) if err.is_transient() => {
                        // Nothing was refused: the edits wait, and the worker tries again
                        // after a growing pause.
                        tracing::info!(workspace = %row.id, code = ?err.code(), "offline profile edits not sent yet");
                        self.ctx.wake_worker();
                    }
                    Err(err) => return Err(err),
                }
                // What may be edited can change with the workspace's settings: read them too.
                if let Ok(settings) = client.settings_public(&PROFILE_RULE_SETTINGS).await {
                    let pairs: Vec<_> = settings.into_iter().map(|s| (s.id, s.value)).collect();
                    self.ctx
                        .store
                        .put_public_settings(&row.id, &pairs, now)
                        .await?;
                }
                self.session.mark_online(&row.id);
                self.ctx.events.emit(CoreEvent::ProfileUpdated {
                    workspace_id: row.id.clone(),
                    origin,
                });
                self.view(&row.id, profile, DataSource::Server, now.to_rfc3339())
                    .await
            }
            Err(err) => {
                self.session.apply_failure(&row.id, &err).await;
                self.ctx.events.emit(CoreEvent::WorkspacesChanged);
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
    pub async fn save(
        &self,
        workspace_id: &str,
        changes: ProfileChanges,
        confirmation: Option<Confirmation>,
    ) -> Result<ProfileSaveStep> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        let Some((server, fetched_at)) = self.ctx.store.profile(&row.id).await? else {
            return Err(Error::NotSignedIn(row.name.clone()));
        };
        // Compare with the profile as shown (offline edits applied).
        let shown = self
            .view(&row.id, server.clone(), DataSource::Cache, fetched_at)
            .await?;
        let waiting: Vec<String> = shown.pending.iter().map(|p| p.field.clone()).collect();
        let current = shown.profile;
        let rules = self.rules(&row.id).await?;
        let (mut data, custom_fields) = profile_delta(&current, &changes, &rules)?;
        if self.session.is_offline(&row.id) {
            if custom_fields.is_some() {
                return Err(Error::NeedsServer {
                    workspace: row.name.clone(),
                    action: "changing custom fields",
                    field: "custom_fields",
                });
            }
            return self
                .queue_offline(&row, &server, &current, &changes, rules.bio_and_status)
                .await;
        }
        // Compared with the user document the server answers with; the password fields are not
        // in it.
        let sent = data.clone();
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
            let view = self.cached(&row.id).await?;
            return view
                .map(|profile| ProfileSaveStep::Saved {
                    profile,
                    not_kept: Vec::new(),
                })
                .ok_or_else(|| Error::NotSignedIn(row.name.clone()));
        }
        let client = self.session.client(&row)?;
        let answer = self
            .session
            .guarded(&row, code, |second| async move {
                let second = second.as_ref().map(|(c, m)| (c.as_str(), *m));
                client
                    .update_own_basic_info(&creds, data, custom_fields, second)
                    .await
            })
            .await?;
        match answer {
            Guarded::Done { result: saved } => {
                // The server answered the user's newest values: an older offline edit of a
                // field sent now is superseded, not a conflict with it.
                let edits = self.ctx.store.edits(OutboxSlice::Profile);
                for field in waiting.iter().filter(|f| sent.get(wire_key(f)).is_some()) {
                    edits.discard(&row.id, field).await?;
                }
                Ok(ProfileSaveStep::Saved {
                    not_kept: not_kept(&sent, &saved),
                    profile: self.refresh(&row.id).await?,
                })
            }
            Guarded::SecondFactor { challenge } => Ok(ProfileSaveStep::SecondFactor { challenge }),
        }
    }

    /// Logs out every other place this account is signed in (`users.removeOtherTokens`); this
    /// device stays signed in.
    pub async fn sign_out_other_sessions(&self, workspace_id: &str) -> Result<()> {
        let row = self.ctx.store.workspace(workspace_id).await?;
        let creds = self.session.credentials(&row)?;
        self.session.client(&row)?.remove_other_tokens(&creds).await
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
            if field == "bio" && !rules.bio_and_status {
                return Err(invalid(field, OLD_SERVER_BIO_STATUS));
            }
            if value.chars().count() > limit {
                let message = format!("The {field} can be at most {limit} characters.");
                return Err(invalid(field, &message));
            }
            // The server saves both trimmed; sending them trimmed lets its answer be compared.
            put(field, value.trim());
        }
    }
    if let Some(status) = differs(&changes.status, current.status.as_deref()) {
        if !rules.bio_and_status {
            return Err(invalid("status", OLD_SERVER_BIO_STATUS));
        }
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
pub(crate) fn username_pattern_ok(username: &str) -> bool {
    username
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
