//! Routes, with the reference's exact envelopes and errors.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use crate::envelope::{login_failure, not_found, not_logged_in, success};
use crate::seed::SeedUser;
use crate::state::{SandboxState, sha256_hex};

/// Failed logins before a user is blocked, and for how long (`Block_Multiple_Failed_Logins_*`).
const BLOCK_AFTER_FAILURES: u32 = 10;
const BLOCK_FOR: Duration = Duration::from_secs(300);

pub fn router(state: SandboxState) -> Router {
    Router::new()
        .route("/api/info", get(info))
        .route("/api/v1/login", post(login))
        .route("/api/v1/me", get(me))
        .route("/api/v1/logout", post(logout).get(logout))
        .route("/api/v1/settings.public", get(settings_public))
        .fallback(|| async { not_found() })
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::record::record,
        ))
        .with_state(state)
}

/// Rocket.Chat's default REST rate limiter: per client address and route, with
/// `X-RateLimit-*` headers; users with `api-bypass-rate-limit` (admins) are exempt.
async fn rate_limit(
    State(state): State<SandboxState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let caller = state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    );
    if caller.is_some_and(|u| u.roles.contains(&"admin")) {
        return next.run(request).await;
    }
    let route = format!("{} {}", request.method(), request.uri().path());
    let decision = state.rate_check(peer.ip(), &route);
    let mut response = if decision.allowed {
        next.run(request).await
    } else {
        let error = format!(
            "Error, too many requests. Please slow down. You must wait {} seconds before trying this endpoint again. [error-too-many-requests]",
            decision.wait_seconds
        );
        (
            StatusCode::TOO_MANY_REQUESTS,
            axum::Json(json!({ "success": false, "error": error })),
        )
            .into_response()
    };
    let h = response.headers_mut();
    h.insert("X-RateLimit-Limit", HeaderValue::from(decision.limit));
    h.insert(
        "X-RateLimit-Remaining",
        HeaderValue::from(decision.remaining),
    );
    if let Ok(v) = HeaderValue::from_str(&decision.reset_epoch_ms.to_string()) {
        h.insert("X-RateLimit-Reset", v);
    }
    response
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

async fn info(State(state): State<SandboxState>) -> Response {
    success(json!({
        "version": state.version,
        "minimumClientVersions": { "desktop": "4.0.0", "mobile": "4.60.0" },
    }))
}

/// `POST /api/v1/login` (reference §2.1): the compat path (`user|username|email`, `password`
/// plain or digest, `code`) and the raw Meteor forms (`resume`, `user` object, `totp`).
async fn login(State(state): State<SandboxState>, headers: HeaderMap, body: Bytes) -> Response {
    let unauthorized = || login_failure("Unauthorized", "Unauthorized", None);
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return unauthorized();
    };
    if let Some(token) = body.get("resume") {
        return login_resume(&state, token.as_str().unwrap_or_default());
    }
    const COMPAT: [&str; 5] = ["user", "username", "email", "password", "code"];
    let raw = body.keys().any(|k| !COMPAT.contains(&k.as_str()))
        || body.get("user").is_some_and(Value::is_object);
    let (selector, password, code) = if raw {
        // {totp:{login:{user,password}, code}} or {user:{username|email}, password}
        let (login, code) = match body.get("totp") {
            Some(totp) => (
                totp.get("login").cloned().unwrap_or(Value::Null),
                totp.get("code").cloned(),
            ),
            None => (Value::Object(body.clone()), None),
        };
        let selector = match login.get("user") {
            Some(Value::Object(u)) => u
                .get("username")
                .or_else(|| u.get("email"))
                .and_then(Value::as_str)
                .map(str::to_owned),
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        (selector, login.get("password").cloned(), code)
    } else {
        let selector = ["user", "username", "email"]
            .iter()
            .find_map(|k| body.get(*k).and_then(Value::as_str))
            .map(str::to_owned);
        (
            selector,
            body.get("password").cloned(),
            body.get("code").cloned(),
        )
    };
    let code = code
        .and_then(|c| c.as_str().map(str::to_owned))
        .or_else(|| header(&headers, "x-2fa-code").map(str::to_owned));
    let (Some(selector), Some(password)) = (selector, password) else {
        return unauthorized();
    };
    let digest = match &password {
        Value::String(plain) => sha256_hex(plain),
        Value::Object(p) if p.get("algorithm").and_then(Value::as_str) == Some("sha-256") => p
            .get("digest")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_lowercase(),
        _ => return unauthorized(),
    };

    let mut inner = state.lock();
    let Some(user) = inner
        .users
        .iter_mut()
        .find(|u| u.seed.username == selector || u.seed.email.eq_ignore_ascii_case(&selector))
    else {
        return unauthorized();
    };
    if user
        .blocked_until
        .is_some_and(|until| Instant::now() < until)
    {
        return login_failure(
            "error-login-blocked-for-user",
            "Login has been temporarily blocked for this User",
            None,
        );
    }
    if user.password_sha256 != digest {
        user.failed_logins += 1;
        if user.failed_logins >= BLOCK_AFTER_FAILURES {
            user.blocked_until = Some(Instant::now() + BLOCK_FOR);
            user.failed_logins = 0;
        }
        return unauthorized();
    }
    user.failed_logins = 0;
    let seed = user.seed;
    if let Some(secret) = seed.totp_secret {
        let details =
            json!({ "method": "totp", "codeGenerated": false, "availableMethods": ["totp"] });
        match code {
            None => return login_failure("totp-required", "TOTP Required", Some(details)),
            Some(code) if !totp_matches(secret, &code) => {
                return login_failure("totp-invalid", "TOTP Invalid", Some(details));
            }
            Some(_) => {}
        }
    }
    let token = new_token();
    inner.tokens.insert(token.clone(), seed.id.to_owned());
    drop(inner);
    login_success(&state, &seed, &token)
}

fn login_resume(state: &SandboxState, token: &str) -> Response {
    let owner = state.lock().tokens.get(token).cloned();
    let seed = owner.and_then(|id| crate::seed::USERS.iter().find(|u| u.id == id).copied());
    match seed {
        Some(seed) => login_success(state, &seed, token),
        // Meteor.Error(403, "You've been logged out by the server. Please log in again.")
        None => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({
                "success": false,
                "status": "error",
                "error": 403,
                "message": "You've been logged out by the server. Please log in again.",
            })),
        )
            .into_response(),
    }
}

fn login_success(state: &SandboxState, seed: &SeedUser, token: &str) -> Response {
    (
        StatusCode::OK,
        axum::Json(json!({
            "status": "success",
            "data": { "userId": seed.id, "authToken": token, "me": state.me_json(seed) },
            "success": true,
        })),
    )
        .into_response()
}

fn totp_matches(secret: &str, code: &str) -> bool {
    let Ok(bytes) = totp_rs::Secret::Encoded(secret.to_owned()).to_bytes() else {
        return false;
    };
    // Accounts_TwoFactorAuthentication_MaxDelta = 1 step either side.
    totp_rs::TOTP::new(
        totp_rs::Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        None,
        "sandbox".into(),
    )
    .ok()
    .and_then(|totp| totp.check_current(code.trim()).ok())
    .unwrap_or(false)
}

fn new_token() -> String {
    // 43 characters, like Rocket.Chat's Random.secret().
    let a = uuid::Uuid::new_v4().simple().to_string();
    let b = uuid::Uuid::new_v4().simple().to_string();
    format!("{a}{b}")[..43].to_owned()
}

fn caller(state: &SandboxState, headers: &HeaderMap) -> Option<SeedUser> {
    state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    )
}

async fn me(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    match caller(&state, &headers) {
        Some(user) => success(state.me_json(&user)),
        None => not_logged_in(),
    }
}

async fn logout(State(state): State<SandboxState>, headers: HeaderMap) -> Response {
    if caller(&state, &headers).is_none() {
        return not_logged_in();
    }
    if let Some(token) = header(&headers, "x-auth-token") {
        state.lock().tokens.remove(token);
    }
    (
        StatusCode::OK,
        axum::Json(
            json!({ "status": "success", "data": { "message": "You've been logged out!" } }),
        ),
    )
        .into_response()
}

/// `GET /api/v1/settings.public` (reference §11.1): `_id` filter, `count` (default 50, 0 = all),
/// `offset`.
async fn settings_public(
    State(state): State<SandboxState>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let all = public_settings(&state);
    let wanted: Option<Vec<&str>> = query
        .get("_id")
        .map(|ids| ids.split(',').map(str::trim).collect());
    let filtered: Vec<(String, Value)> = all
        .into_iter()
        .filter(|(id, _)| wanted.as_ref().is_none_or(|w| w.contains(&id.as_str())))
        .collect();
    let total = filtered.len();
    let offset: usize = query
        .get("offset")
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
    let count: usize = query
        .get("count")
        .and_then(|c| c.parse().ok())
        .unwrap_or(50);
    let page: Vec<Value> = filtered
        .into_iter()
        .skip(offset)
        .take(if count == 0 { usize::MAX } else { count })
        .map(|(id, value)| json!({ "_id": id, "value": value }))
        .collect();
    success(json!({ "settings": page, "count": page.len(), "offset": offset, "total": total }))
}

fn public_settings(state: &SandboxState) -> Vec<(String, Value)> {
    let mut settings: Vec<(String, Value)> = vec![
        ("Site_Name".into(), json!("Tether Sandbox")),
        ("Site_Url".into(), json!(state.site_url)),
        ("Language".into(), json!("en")),
        ("Accounts_AllowUserProfileChange".into(), json!(true)),
        ("Accounts_AllowRealNameChange".into(), json!(true)),
        ("Accounts_AllowUsernameChange".into(), json!(true)),
        ("Accounts_AllowEmailChange".into(), json!(true)),
        ("Accounts_AllowPasswordChange".into(), json!(true)),
        ("Accounts_AllowUserAvatarChange".into(), json!(true)),
        ("Accounts_AllowUserStatusMessageChange".into(), json!(true)),
        ("Accounts_AllowInvisibleStatusOption".into(), json!(true)),
        ("Accounts_AllowDeleteOwnAccount".into(), json!(false)),
        ("Accounts_CustomFields".into(), json!("")),
        ("Accounts_LoginExpiration".into(), json!(90)),
        (
            "Accounts_TwoFactorAuthentication_Enabled".into(),
            json!(true),
        ),
        (
            "Accounts_TwoFactorAuthentication_By_TOTP_Enabled".into(),
            json!(true),
        ),
        (
            "Accounts_TwoFactorAuthentication_By_Email_Enabled".into(),
            json!(true),
        ),
        ("Accounts_EmailVerification".into(), json!(false)),
        ("API_Use_REST_For_DDP_Calls".into(), json!(true)),
    ];
    if let Value::Object(prefs) = default_preferences() {
        settings.extend(
            prefs
                .into_iter()
                .map(|(k, v)| (format!("Accounts_Default_User_Preferences_{k}"), v)),
        );
    }
    settings
}

/// The registered defaults of `Accounts_Default_User_Preferences_*` (reference §4.2).
pub fn default_preferences() -> Value {
    let mut p = Map::new();
    for (k, v) in [
        ("newRoomNotification", json!("door")),
        ("newMessageNotification", json!("chime")),
        ("useEmojis", json!(true)),
        ("convertAsciiEmoji", json!(true)),
        ("saveMobileBandwidth", json!(true)),
        ("collapseMediaByDefault", json!(false)),
        ("autoImageLoad", json!(true)),
        ("emailNotificationMode", json!("mentions")),
        ("unreadAlert", json!(true)),
        ("notificationsSoundVolume", json!(100)),
        ("desktopNotifications", json!("all")),
        ("pushNotifications", json!("all")),
        ("enableAutoAway", json!(true)),
        ("idleTimeLimit", json!(300)),
        ("alsoSendThreadToChannel", json!("default")),
        ("showThreadsInMainChannel", json!(false)),
        ("desktopNotificationRequireInteraction", json!(false)),
        ("hideUsernames", json!(false)),
        ("hideRoles", json!(false)),
        ("displayAvatars", json!(true)),
        ("hideFlexTab", json!(false)),
        ("sendOnEnter", json!("normal")),
        ("sidebarShowFavorites", json!(true)),
        ("sidebarShowUnread", json!(false)),
        ("sidebarSortby", json!("activity")),
        ("sidebarViewMode", json!("medium")),
        ("sidebarDisplayAvatar", json!(true)),
        ("sidebarGroupByType", json!(true)),
        ("muteFocusedConversations", json!(true)),
        ("themeAppearence", json!("auto")),
        ("notifyCalendarEvents", json!(true)),
        ("omnichannelTranscriptEmail", json!(false)),
        ("enableMobileRinging", json!(true)),
    ] {
        p.insert(k.into(), v);
    }
    Value::Object(p)
}
