//! The user JSON every profile route and sign-in answers with (reference chatwoot-api.md B3,
//! upstream `app/views/api/v1/models/_user.json.jbuilder`).

use serde_json::{Value, json};

use super::seed::ACCOUNTS;
use super::state::UserRecord;

/// The user JSON (B3).
pub fn user_json(user: &UserRecord) -> Value {
    let active = user
        .accounts
        .iter()
        .find(|a| a.account_id == user.active_account);
    let mut json = json!({
        "access_token": user.access_token,
        "account_id": user.active_account,
        "available_name": user.display_name.as_deref().filter(|d| !d.is_empty()).unwrap_or(&user.name),
        "avatar_url": user.avatar_url,
        "confirmed": true,
        "display_name": user.display_name,
        "message_signature": user.message_signature,
        "email": user.email,
        "id": user.id,
        "inviter_id": null,
        "name": user.name,
        "provider": "email",
        "pubsub_token": user.pubsub_token,
        "role": active.map_or("agent", |a| a.role),
        "ui_settings": user.ui_settings,
        "uid": user.email,
        "type": null,
        "accounts": user.accounts.iter().map(|a| json!({
            "id": a.account_id,
            "name": ACCOUNTS.iter().find(|s| s.id == a.account_id).map_or("", |s| s.name),
            "status": "active",
            "active_at": "2026-12-01T09:00:00.000Z",
            "role": a.role,
            "permissions": [a.role],
            "availability": a.availability,
            "availability_status": a.availability_status(),
            "auto_offline": a.auto_offline,
        })).collect::<Vec<_>>(),
    });
    if !user.custom_attributes.is_empty() {
        json["custom_attributes"] = Value::Object(user.custom_attributes.clone());
    }
    json
}
