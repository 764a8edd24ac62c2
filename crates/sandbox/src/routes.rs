//! Routes, with the reference's exact envelopes and errors.

use std::collections::HashMap;
use std::net::SocketAddr;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::envelope::{
    failure, forbidden_permission, not_found, not_logged_in, success, svg_response,
};
use crate::request::{Caller, caller, header, offset_and_count};
use crate::settings::public_settings;
use crate::state::SandboxState;

pub fn router(state: SandboxState) -> Router {
    let mut router = Router::new()
        .route("/api/info", get(info))
        .route("/api/v1/login", post(crate::login::login))
        .route("/api/v1/me", get(me))
        .route("/api/v1/logout", post(logout).get(logout))
        .route("/api/v1/users.logout", post(users_logout))
        .route(
            "/api/v1/users.2fa.sendEmailCode",
            post(crate::login::send_email_code),
        )
        .route(
            "/api/v1/users.updateOwnBasicInfo",
            post(crate::profile::update_own_basic_info),
        )
        .route("/api/v1/users.setStatus", post(crate::profile::set_status))
        .route(
            "/api/v1/users.removeOtherTokens",
            post(crate::profile::remove_other_tokens),
        )
        .route("/api/v1/users.setAvatar", post(crate::avatar::set_avatar))
        .route(
            "/api/v1/users.resetAvatar",
            post(crate::avatar::reset_avatar),
        )
        .route(
            "/api/v1/users.checkUsernameAvailability",
            get(crate::account::check_username_availability),
        )
        .route(
            "/api/v1/users.sendConfirmationEmail",
            post(crate::account::send_confirmation_email),
        )
        .route(
            "/api/v1/users.deleteOwnAccount",
            post(crate::account::delete_own_account),
        )
        .route(
            "/api/v1/users.getPreferences",
            get(crate::preferences::get_preferences),
        )
        .route(
            "/api/v1/users.setPreferences",
            post(crate::preferences::set_preferences),
        )
        .route(
            "/api/v1/users.requestDataDownload",
            get(crate::preferences::request_data_download),
        )
        .route("/api/v1/settings.public", get(settings_public))
        .route("/api/v1/custom-sounds.list", get(crate::sounds::list))
        .route("/api/v1/subscriptions.get", get(crate::subscriptions::get))
        .route(
            "/api/v1/users.getPersonalAccessTokens",
            get(crate::tokens::list),
        )
        .route(
            "/api/v1/users.generatePersonalAccessToken",
            post(crate::tokens::generate),
        )
        .route(
            "/api/v1/users.regeneratePersonalAccessToken",
            post(crate::tokens::regenerate),
        )
        .route(
            "/api/v1/users.removePersonalAccessToken",
            post(crate::tokens::remove),
        )
        .route(
            "/api/v1/subscriptions.read",
            post(crate::subscriptions::read),
        )
        .route("/api/v1/pw.getPolicy", get(crate::password::get_policy))
        .route(
            "/api/v1/users.enableTotp",
            post(crate::security::enable_totp),
        )
        .route(
            "/api/v1/users.validateTotp",
            post(crate::security::validate_totp),
        )
        .route(
            "/api/v1/users.disableTotp",
            post(crate::security::disable_totp),
        )
        .route(
            "/api/v1/users.regenerateTotpCodes",
            post(crate::security::regenerate_totp_codes),
        )
        .route(
            "/api/v1/users.totpCodesRemaining",
            get(crate::security::totp_codes_remaining),
        )
        .route(
            "/api/v1/method.call/{method}",
            post(crate::security::method_call),
        )
        .route(
            "/api/v1/users.2fa.enableEmail",
            post(crate::security::enable_email),
        )
        .route(
            "/api/v1/users.2fa.disableEmail",
            post(crate::security::disable_email),
        )
        .route(
            "/api/v1/e2e.fetchMyKeys",
            get(crate::e2e_keys::fetch_my_keys),
        )
        .route(
            "/api/v1/e2e.setUserPublicAndPrivateKeys",
            post(crate::e2e_keys::set_keys),
        )
        .route(
            "/api/v1/users.resetE2EKey",
            post(crate::e2e_keys::reset_e2e_key),
        )
        .route("/api/v1/sessions/list", get(crate::sessions::list))
        .route(
            "/api/v1/sessions/logout.me",
            post(crate::sessions::logout_me),
        )
        .route("/custom-sounds/{file}", get(crate::sounds::file))
        .route("/websocket", get(crate::realtime::websocket))
        .route("/avatar/{username}", get(crate::avatar::avatar))
        .route("/assets/favicon.svg", get(favicon))
        .merge(crate::admin::router());
    if state.test_routes {
        router = router
            .route("/_sandbox/outbox", get(crate::test_routes::outbox))
            .route("/_sandbox/rooms", get(crate::test_routes::rooms))
            .route("/_sandbox/tokens", get(crate::test_routes::tokens))
            .route("/_sandbox/messages", post(crate::test_routes::post_message))
            .route("/_sandbox/fault", post(crate::faults::route))
            .route("/_sandbox/{picture}", get(crate::test_routes::picture))
            .route(
                "/_sandbox/expire-sessions",
                post(crate::test_routes::expire_sessions),
            );
    }
    router
        .fallback(|| async { not_found() })
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(middleware::from_fn_with_state(
            state.faults.clone(),
            crate::faults::inject,
        ))
        .layer(middleware::from_fn_with_state(
            state.recording.clone(),
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
    // The REST limiter covers `/api/` routes; the websocket is DDP's, with its own rules.
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let headers = request.headers();
    let caller = state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    );
    if caller.is_some_and(|u| crate::admin::has_permission(u.roles, "api-bypass-rate-limit")) {
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

async fn info(State(state): State<SandboxState>) -> Response {
    success(json!({
        "version": state.version,
        "minimumClientVersions": { "desktop": "4.0.0", "mobile": "4.60.0" },
    }))
}

/// `POST /api/v1/users.logout` (reference §2.2): removes every token of a user (the caller, or
/// `userId` with `logout-other-user`).
async fn users_logout(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    body: Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let target = body
        .get("userId")
        .and_then(Value::as_str)
        .unwrap_or(me.id)
        .to_owned();
    if target != me.id && !crate::admin::has_permission(me.roles, "logout-other-user") {
        return forbidden_permission();
    }
    let mut inner = state.lock();
    if !inner.users.iter().any(|u| u.seed.id == target) {
        return failure("Invalid user [error-invalid-user]", "error-invalid-user");
    }
    inner.tokens.retain(|_, t| t.user_id != target);
    success(json!({ "message": format!("User {target} has been logged out!") }))
}

/// `GET /assets/favicon.svg`: the workspace's icon (Rocket.Chat's default when none is uploaded).
async fn favicon() -> Response {
    svg_response(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#f5455c"/><path d="M16 22h32v18H30l-8 7v-7h-6z" fill="#fff"/></svg>"##
            .to_owned(),
    )
}

async fn me(State(state): State<SandboxState>, Caller(user): Caller) -> Response {
    match state.me_of(user.id) {
        Some(me) => success(me),
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
    let (offset, count) = offset_and_count(&query);
    let page: Vec<Value> = filtered
        .into_iter()
        .skip(offset)
        .take(if count == 0 { usize::MAX } else { count })
        .map(|(id, value)| json!({ "_id": id, "value": value }))
        .collect();
    success(json!({ "settings": page, "count": page.len(), "offset": offset, "total": total }))
}
