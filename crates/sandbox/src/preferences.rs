//! Preferences and data export (reference §4, §5): `users.getPreferences`,
//! `users.setPreferences` with the published validator's keys, types (coerced, as ajv's
//! `coerceTypes` does) and its one enum, then `saveUserPreferences`' own rules; and
//! `users.requestDataDownload` with its 24-hour throttle.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::Response;
use serde_json::{Map, Value, json};

use crate::envelope::{failure, not_logged_in, success};
use crate::request::Caller;
use crate::state::{ExportOperation, SandboxState, epoch_ms};

#[derive(Clone, Copy)]
enum Type {
    Bool,
    Number,
    Str,
    StrArray,
    ObjArray,
}

/// `isUsersSetPreferencesParamsPOST`'s keys (rest-typings 8.8.1), their types and the first
/// version that accepts each (reference §4.2). Only `alsoSendThreadToChannel` is an enum.
const KEYS: &[(&str, Type, (u32, u32))] = &[
    ("language", Type::Str, (0, 0)),
    ("newRoomNotification", Type::Str, (0, 0)),
    ("newMessageNotification", Type::Str, (0, 0)),
    ("clockMode", Type::Number, (0, 0)),
    ("useEmojis", Type::Bool, (0, 0)),
    ("convertAsciiEmoji", Type::Bool, (0, 0)),
    ("saveMobileBandwidth", Type::Bool, (0, 0)),
    ("collapseMediaByDefault", Type::Bool, (0, 0)),
    ("autoImageLoad", Type::Bool, (0, 0)),
    ("emailNotificationMode", Type::Str, (0, 0)),
    ("unreadAlert", Type::Bool, (0, 0)),
    ("notificationsSoundVolume", Type::Number, (0, 0)),
    ("masterVolume", Type::Number, (7, 10)),
    ("voipRingerVolume", Type::Number, (7, 10)),
    ("desktopNotifications", Type::Str, (0, 0)),
    ("pushNotifications", Type::Str, (0, 0)),
    ("enableAutoAway", Type::Bool, (0, 0)),
    ("idleTimeLimit", Type::Number, (0, 0)),
    ("highlights", Type::StrArray, (0, 0)),
    ("alsoSendThreadToChannel", Type::Str, (0, 0)),
    ("showThreadsInMainChannel", Type::Bool, (0, 0)),
    ("desktopNotificationRequireInteraction", Type::Bool, (0, 0)),
    ("hideUsernames", Type::Bool, (0, 0)),
    ("hideRoles", Type::Bool, (0, 0)),
    ("displayAvatars", Type::Bool, (0, 0)),
    ("hideFlexTab", Type::Bool, (0, 0)),
    ("sendOnEnter", Type::Str, (0, 0)),
    ("sidebarShowFavorites", Type::Bool, (0, 0)),
    ("sidebarShowUnread", Type::Bool, (0, 0)),
    ("sidebarSortby", Type::Str, (0, 0)),
    ("sidebarViewMode", Type::Str, (0, 0)),
    ("sidebarDisplayAvatar", Type::Bool, (0, 0)),
    ("sidebarGroupByType", Type::Bool, (0, 0)),
    ("muteFocusedConversations", Type::Bool, (0, 0)),
    ("dontAskAgainList", Type::ObjArray, (0, 0)),
    ("featuresPreview", Type::ObjArray, (0, 0)),
    ("themeAppearence", Type::Str, (0, 0)),
    ("fontSize", Type::Str, (0, 0)),
    ("receiveLoginDetectionEmail", Type::Bool, (0, 0)),
    ("notifyCalendarEvents", Type::Bool, (0, 0)),
    ("omnichannelTranscriptEmail", Type::Bool, (0, 0)),
    ("omnichannelTranscriptPDF", Type::Bool, (0, 0)),
    (
        "omnichannelHideConversationAfterClosing",
        Type::Bool,
        (0, 0),
    ),
    ("enableMobileRinging", Type::Bool, (0, 0)),
    ("mentionsWithSymbol", Type::Bool, (0, 0)),
    ("desktopNotificationVoiceCalls", Type::Bool, (7, 13)),
    ("utcOffset", Type::Number, (8, 6)),
    ("statusVisibilityDenied", Type::StrArray, (8, 8)),
];

fn invalid_params(message: &str) -> Response {
    failure(&format!("{message} [invalid-params]"), "invalid-params")
}

/// ajv with `coerceTypes: true`: `"true"` → `true`, `"5"` → `5`, `5` → `"5"`.
fn coerce(value: &Value, ty: Type) -> Option<Value> {
    match (ty, value) {
        (Type::Bool, Value::Bool(_))
        | (Type::Number, Value::Number(_))
        | (Type::Str, Value::String(_)) => Some(value.clone()),
        (Type::Bool, Value::String(s)) if s == "true" || s == "false" => Some(json!(s == "true")),
        (Type::Bool, Value::Number(n)) if n.as_i64() == Some(0) || n.as_i64() == Some(1) => {
            Some(json!(n.as_i64() == Some(1)))
        }
        (Type::Number, Value::String(s)) => s.parse::<f64>().ok().map(|f| {
            if f.fract() == 0.0 {
                json!(f as i64)
            } else {
                json!(f)
            }
        }),
        (Type::Number, Value::Bool(b)) => Some(json!(i64::from(*b))),
        (Type::Str, Value::Number(n)) => Some(json!(n.to_string())),
        (Type::Str, Value::Bool(b)) => Some(json!(b.to_string())),
        (Type::StrArray, Value::Array(items)) if items.iter().all(Value::is_string) => {
            Some(value.clone())
        }
        (Type::ObjArray, Value::Array(items)) if items.iter().all(Value::is_object) => {
            Some(value.clone())
        }
        _ => None,
    }
}

fn type_name(ty: Type) -> &'static str {
    match ty {
        Type::Bool => "boolean",
        Type::Number => "number",
        Type::Str => "string",
        Type::StrArray | Type::ObjArray => "array",
    }
}

/// The stored preferences as both endpoints echo them: with `language` from `user.language`.
fn echoed(preferences: &Map<String, Value>, language: Option<&str>) -> Value {
    let mut echoed = preferences.clone();
    if let Some(language) = language {
        echoed.insert("language".into(), json!(language));
    }
    Value::Object(echoed)
}

/// `GET /api/v1/users.getPreferences`: only what the user stored (reference §4.1).
pub async fn get_preferences(State(state): State<SandboxState>, Caller(me): Caller) -> Response {
    let inner = state.lock();
    let Some(user) = inner.users.iter().find(|u| u.seed.id == me.id) else {
        return not_logged_in();
    };
    let p = &user.profile;
    success(json!({ "preferences": echoed(&p.preferences, p.language.as_deref()) }))
}

/// `POST /api/v1/users.setPreferences {userId?, data}` (reference §4.1).
pub async fn set_preferences(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    body: Bytes,
) -> Response {
    let body: Map<String, Value> = match serde_json::from_slice(&body) {
        Ok(Value::Object(map)) => map,
        _ => return invalid_params("must be object"),
    };
    if let Some(extra) = body.keys().find(|k| *k != "userId" && *k != "data") {
        return invalid_params(&format!("must NOT have additional properties: {extra}"));
    }
    let Some(Value::Object(data)) = body.get("data") else {
        return invalid_params("must have required property 'data'");
    };
    let target = match body.get("userId") {
        None => me.id.to_owned(),
        Some(Value::String(id)) => id.clone(),
        Some(_) => return invalid_params("/userId must be string"),
    };
    let running = state.version_number();
    let mut settings = Map::new();
    for (key, value) in data {
        let Some((_, ty, since)) = KEYS.iter().find(|(k, _, _)| k == key) else {
            return invalid_params(&format!("/data must NOT have additional properties: {key}"));
        };
        if running < *since {
            return invalid_params(&format!("/data must NOT have additional properties: {key}"));
        }
        if value.is_null() {
            if key == "statusVisibilityDenied" {
                return invalid_params(&format!("/data/{key} must be array"));
            }
            // ajv lets `null` through (nullable); `saveUserPreferences`' `Match.Optional` does
            // not.
            return failure(
                &format!(
                    "Match error: Expected {}, got null in field {key}",
                    type_name(*ty)
                ),
                "Match.Error",
            );
        }
        let Some(value) = coerce(value, *ty) else {
            return invalid_params(&format!("/data/{key} must be {}", type_name(*ty)));
        };
        if key == "alsoSendThreadToChannel"
            && !["default", "always", "never"].contains(&value.as_str().unwrap_or_default())
        {
            return invalid_params(&format!(
                "/data/{key} must be equal to one of the allowed values"
            ));
        }
        settings.insert(key.clone(), value);
    }
    let mut inner = state.lock();
    if target != me.id {
        if !me.roles.contains(&"admin") {
            return failure(
                "Editing user is not allowed [error-action-not-allowed]",
                "error-action-not-allowed",
            );
        }
        if !inner.users.iter().any(|u| u.seed.id == target) {
            return failure(
                "The optional \"userId\" param provided does not match any users [error-invalid-user]",
                "error-invalid-user",
            );
        }
    }
    // saveUserPreferences: legacy email modes, then the idle time rule, then store.
    match settings
        .get("emailNotificationMode")
        .and_then(Value::as_str)
    {
        Some("all") => {
            settings.insert("emailNotificationMode".into(), json!("mentions"));
        }
        Some("disabled") => {
            settings.insert("emailNotificationMode".into(), json!("nothing"));
        }
        _ => {}
    }
    if settings
        .get("idleTimeLimit")
        .and_then(Value::as_f64)
        .is_some_and(|n| n < 60.0)
    {
        return failure(
            "Invalid idleTimeLimit [invalid-idle-time-limit-value]",
            "invalid-idle-time-limit-value",
        );
    }
    let Some(user) = inner.users.iter_mut().find(|u| u.seed.id == target) else {
        return not_logged_in();
    };
    let p = &mut user.profile;
    let changed = settings.clone();
    if let Some(language) = settings.remove("language") {
        p.language = language.as_str().map(str::to_owned);
    }
    p.preferences.extend(settings);
    let answer = echoed(&p.preferences, p.language.as_deref());
    drop(inner);
    state.publish_preferences(&target, &changed);
    success(json!({
        "user": {
            "_id": target,
            "settings": { "preferences": answer },
        }
    }))
}

/// `GET /api/v1/users.requestDataDownload?fullExport=true|false` (reference §5): one export of
/// each kind per user per 24 hours; a repeat answers `requested:false` with the earlier one.
pub async fn request_data_download(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    if let Some((extra, _)) = query.iter().find(|(k, _)| k != "fullExport") {
        return invalid_params(&format!("must NOT have additional properties: {extra}"));
    }
    let full_export = query.iter().any(|(k, v)| k == "fullExport" && v == "true");
    const DAY_MS: u128 = 24 * 60 * 60 * 1000;
    let now = epoch_ms();
    let me_json = state.me_of(me.id).unwrap_or(Value::Null);
    let mut inner = state.lock();
    let pending_before = inner
        .exports
        .iter()
        .filter(|e| e.status != "completed")
        .count();
    if let Some(earlier) = inner
        .exports
        .iter()
        .find(|e| e.user_id == me.id && e.full_export == full_export && now - e.created_ms < DAY_MS)
    {
        let url = (earlier.status == "completed").then(|| format!("/data-export/{}", earlier.id));
        return success(json!({
            "requested": false,
            "exportOperation": earlier.json(&me_json),
            "url": url,
            "pendingOperationsBeforeMyRequest": pending_before,
        }));
    }
    let operation = ExportOperation {
        id: format!("export-{}", inner.exports.len() + 1),
        user_id: me.id.to_owned(),
        full_export,
        status: "preparing".into(),
        created_ms: now,
    };
    let answer = json!({
        "requested": true,
        "exportOperation": operation.json(&me_json),
        "url": null,
        "pendingOperationsBeforeMyRequest": pending_before,
    });
    inner.exports.push(operation);
    success(answer)
}
