//! `POST /api/v1/login` and `users.2fa.sendEmailCode` (reference §2.1, §1.5).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::envelope::{failure, login_failure, success};
use crate::request::header;
use crate::state::{SandboxState, Token, sha256_hex};
use crate::two_factor::TwoFactorCheck;

/// Failed logins before a user is blocked, and for how long (`Block_Multiple_Failed_Logins_*`).
const BLOCK_AFTER_FAILURES: u32 = 10;
const BLOCK_FOR: Duration = Duration::from_secs(300);

/// `POST /api/v1/login` (reference §2.1): the compat path (`user|username|email`, `password`
/// plain or digest, `code`) and the raw Meteor forms (`resume`, `user` object, `totp`).
/// The checks run in Rocket.Chat's order: blocked address, blocked user, password, app user,
/// active, email verification, license seat, then the second factor.
pub async fn login(
    State(state): State<SandboxState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let unauthorized = || login_failure("Unauthorized", "Unauthorized", None);
    // Before 7.0 (PR #32086) the route passed Meteor's own `Meteor.Error(403, reason)` through:
    // `error` is the number 403 and the reason says which credential was wrong.
    let before_7 = !state.version_at_least(7, 0);
    let wrong = |reason: &str| {
        if before_7 {
            meteor_403(reason)
        } else {
            unauthorized()
        }
    };
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
        .or_else(|| header(&headers, "x-2fa-code").map(str::to_owned))
        .filter(|c| !c.is_empty());
    let (Some(selector), Some(password)) = (selector, password) else {
        return unauthorized();
    };
    // With LDAP_Enable the compat login becomes an LDAP bind, which needs the real password:
    // a digest cannot bind.
    if state.ldap && !password.is_string() {
        return unauthorized();
    }
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
    let now = Instant::now();
    if inner.ip_blocked_until(peer.ip(), now) {
        return login_failure(
            "error-login-blocked-for-ip",
            "Login has been temporarily blocked For IP",
            None,
        );
    }
    let Some(index) = inner.users.iter().position(|u| {
        u.profile.username == selector || u.profile.email.eq_ignore_ascii_case(&selector)
    }) else {
        inner.count_ip_failure(peer.ip(), now);
        return wrong("User not found");
    };
    if inner.users[index]
        .blocked_until
        .is_some_and(|until| now < until)
    {
        return login_failure(
            "error-login-blocked-for-user",
            "Login has been temporarily blocked For User",
            None,
        );
    }
    if inner.users[index].password_sha256.as_deref() != Some(digest.as_str()) {
        inner.count_ip_failure(peer.ip(), now);
        let user = &mut inner.users[index];
        user.failed_logins += 1;
        if user.failed_logins >= BLOCK_AFTER_FAILURES {
            user.blocked_until = Some(now + BLOCK_FOR);
            user.failed_logins = 0;
        }
        return wrong("Incorrect password");
    }
    inner.users[index].failed_logins = 0;
    let seed = inner.users[index].seed;
    if !seed.active {
        return login_failure("error-user-is-not-activated", "User is not activated", None);
    }
    if state.email_verification
        && !seed.roles.contains(&"admin")
        && !inner.users[index].profile.email_verified
    {
        return login_failure("error-invalid-email", "Invalid email", None);
    }
    if state.seats_full && seed.needs_seat {
        return login_failure(
            "error-license-user-limit-reached",
            "The maximum number of users has been reached.",
            None,
        );
    }
    // At login the method is always the first enabled one, and never the password fallback.
    let check = TwoFactorCheck {
        code: code.as_deref(),
        method: None,
        password_fallback: false,
    };
    if let Err(refusal) = check.run(&mut inner, index) {
        return login_failure(refusal.error, refusal.reason, Some(refusal.details));
    }
    let token = new_token();
    let user_agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    inner.tokens.insert(
        token.clone(),
        Token {
            session: Some(crate::state::Session::new(
                user_agent,
                &peer.ip().to_string(),
            )),
            ..Token::login(seed.id)
        },
    );
    // `lastLogin`: the Users page's registration status reads it (reference §10.4).
    inner.users[index].account.last_login_ms = Some(crate::state::epoch_ms());
    let me = state.me_json(&inner.users[index]);
    drop(inner);
    login_success(seed.id, &token, &me)
}

fn login_resume(state: &SandboxState, token: &str) -> Response {
    let inner = state.lock();
    let owner = inner
        .tokens
        .get(token)
        .map(|t| (t.user_id.clone(), t.expired));
    let me = owner.as_ref().and_then(|(id, _)| {
        let user = inner.users.iter().find(|u| u.seed.id == id)?;
        Some((user.seed.id, state.me_json(user)))
    });
    drop(inner);
    // Meteor's resume handler: Meteor.Error(403, …), passed through by the REST login route.
    match (me, owner) {
        (Some(_), Some((_, true))) => meteor_403("Your session has expired. Please log in again."),
        (Some((id, me)), Some(_)) => login_success(id, token, &me),
        _ => meteor_403("You've been logged out by the server. Please log in again."),
    }
}

/// A `Meteor.Error(403, reason)` thrown inside Meteor's login handlers, as the REST login route
/// answers it: 401, the numeric `error`, the reason as `message`.
fn meteor_403(reason: &str) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(json!({
            "success": false,
            "status": "error",
            "error": 403,
            "message": reason,
        })),
    )
        .into_response()
}

fn login_success(user_id: &str, token: &str, me: &Value) -> Response {
    (
        StatusCode::OK,
        axum::Json(json!({
            "status": "success",
            "data": { "userId": user_id, "authToken": token, "me": me },
            "success": true,
        })),
    )
        .into_response()
}

pub fn new_token() -> String {
    // 43 characters, like Rocket.Chat's Random.secret().
    let a = uuid::Uuid::new_v4().simple().to_string();
    let b = uuid::Uuid::new_v4().simple().to_string();
    format!("{a}{b}")[..43].to_owned()
}

/// `POST /api/v1/users.2fa.sendEmailCode` (reference §1.5): no auth; `@` means an email, anything
/// else a username; always `{success:true}`, also for an unknown user.
pub async fn send_email_code(State(state): State<SandboxState>, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let Some(who) = body
        .get("emailOrUsername")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    else {
        return failure(
            "The parameter \"emailOrUsername\" is required [error-parameter-required]",
            "error-parameter-required",
        );
    };
    let mut inner = state.lock();
    let found = inner.users.iter().position(|u| {
        if who.contains('@') {
            u.profile.email.eq_ignore_ascii_case(who)
        } else {
            u.profile.username == who
        }
    });
    if let Some(index) = found {
        inner.send_email_code(index);
    }
    success(json!({}))
}
