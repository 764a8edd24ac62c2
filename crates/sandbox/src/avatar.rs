//! Avatars (reference §3.2–3.4): `users.setAvatar` (a multipart upload or a URL the server
//! fetches), `users.resetAvatar`, and the `/avatar/<username>` asset.

use std::collections::HashMap;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::envelope::svg_response;
use crate::envelope::{failure, failure_with_details, success};
use crate::request::{Caller, header};
use crate::seed::SeedUser;
use crate::settings::{public_settings, setting_on};
use crate::state::{Avatar, SandboxState};

/// `FileUpload_MaxFileSize` (public; default 100 MiB).
fn max_file_size(state: &SandboxState) -> usize {
    public_settings(state)
        .into_iter()
        .find(|(k, _)| k == "FileUpload_MaxFileSize")
        .and_then(|(_, v)| v.as_u64())
        .map_or(104_857_600, |v| usize::try_from(v).unwrap_or(usize::MAX))
}

/// The user an avatar call is about: `userId`/`username` when given (someone else's avatar needs
/// `edit-other-user-avatar`, which admins have), otherwise the caller. `Err` is the response.
fn target(
    state: &SandboxState,
    me: &SeedUser,
    user_id: Option<&str>,
    username: Option<&str>,
) -> Result<usize, Response> {
    let inner = state.lock();
    let found = inner.users.iter().position(|u| match (user_id, username) {
        (Some(id), _) => u.seed.id == id,
        (None, Some(name)) => u.profile.username == name,
        (None, None) => u.seed.id == me.id,
    });
    let Some(index) = found else {
        return Err(failure(
            "Invalid user [error-invalid-user]",
            "error-invalid-user",
        ));
    };
    if inner.users[index].seed.id != me.id
        && !crate::admin::has_permission(me.roles, "edit-other-user-avatar")
    {
        return Err(failure(
            "Not allowed [error-not-allowed]",
            "error-not-allowed",
        ));
    }
    Ok(index)
}

/// `POST /api/v1/users.setAvatar`: JSON `{avatarUrl, userId?, username?}` or multipart with the
/// file in `image` (and optional `userId`, `username`, `service`).
pub async fn set_avatar(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    request: Request,
) -> Response {
    let headers = request.headers().clone();
    let allowed =
        setting_on(&state, "Accounts_AllowUserAvatarChange") || me.roles.contains(&"admin");
    if !allowed {
        return failure(
            "Change avatar is not allowed [error-not-allowed]",
            "error-not-allowed",
        );
    }
    let content_type = header(&headers, "content-type")
        .unwrap_or_default()
        .to_owned();
    let limit = max_file_size(&state);
    let (index, avatar) = if content_type.starts_with("multipart/form-data") {
        let mut form = match Multipart::from_request(request, &state).await {
            Ok(form) => form,
            Err(_) => return failure("Missing Content-Type", "error-invalid-params"),
        };
        let mut fields: HashMap<String, String> = HashMap::new();
        let mut image = None;
        loop {
            let field = match form.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(_) => return failure("Invalid multipart body", "error-invalid-params"),
            };
            let name = field.name().unwrap_or_default().to_owned();
            if name == "image" {
                let mime = field.content_type().unwrap_or_default().to_owned();
                let Ok(bytes) = field.bytes().await else {
                    return failure("Invalid multipart body", "error-invalid-params");
                };
                if bytes.len() > limit {
                    // `getUploadFormData` rejects on busboy's size limit.
                    return failure("[error-file-too-large]", "error-file-too-large");
                }
                image = Some((bytes.to_vec(), mime));
            } else if let Ok(text) = field.text().await {
                fields.insert(name, text);
            }
        }
        let Some((bytes, mime)) = image else {
            return image_required();
        };
        let index = match target(
            &state,
            &me,
            fields.get("userId").map(String::as_str),
            fields.get("username").map(String::as_str),
        ) {
            Ok(index) => index,
            Err(response) => return response,
        };
        (index, (bytes, mime))
    } else if content_type.starts_with("application/json") {
        let Ok(body) = Bytes::from_request(request, &state).await else {
            return failure("Invalid body", "error-invalid-params");
        };
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
        let Some(url) = text("avatarUrl") else {
            return image_required();
        };
        let index = match target(
            &state,
            &me,
            text("userId").as_deref(),
            text("username").as_deref(),
        ) {
            Ok(index) => index,
            Err(response) => return response,
        };
        let username = state.lock().users[index].profile.username.clone();
        match fetch_avatar(&url, &username, limit).await {
            Ok(avatar) => (index, avatar),
            Err(response) => return response,
        }
    } else {
        return failure("Missing Content-Type", "error-invalid-params");
    };
    let (bytes, content_type) = avatar;
    let mut inner = state.lock();
    inner.users[index].profile.avatar = Some(Avatar {
        bytes,
        content_type,
        etag: uuid::Uuid::new_v4().simple().to_string()[..17].to_owned(),
    });
    success(json!({}))
}

/// Neither a file nor a URL: a plain `API.v1.failure` without `errorType`.
fn image_required() -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "success": false, "error": "The 'image' param is required" })),
    )
        .into_response()
}

/// `setUserAvatar(…, 'url')`: the server downloads the image (30 s at most). Only PNG, JPEG and
/// WebP are accepted, up to `FileUpload_MaxFileSize`. The sandbox skips Rocket.Chat's SSRF check
/// (as with `SSRF_Allowlist` covering loopback), since its tests serve images from 127.0.0.1.
async fn fetch_avatar(
    url: &str,
    username: &str,
    limit: usize,
) -> Result<(Vec<u8>, String), Response> {
    let invalid = || {
        let message = format!("Invalid avatar URL: {url} [error-avatar-invalid-url]");
        failure(&message, "error-avatar-invalid-url")
    };
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(invalid());
    }
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|_| invalid())?;
    let mut response = client.get(url).send().await.map_err(|_| invalid())?;
    match response.status().as_u16() {
        200 => {}
        404 => return Err(invalid()),
        _ => {
            let message = format!(
                "Error while handling avatar setting from a URL ({url}) for {username} [error-avatar-url-handling]"
            );
            return Err(failure(&message, "error-avatar-url-handling"));
        }
    }
    let mime = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !["image/png", "image/jpeg", "image/webp"].contains(&mime.as_str()) {
        return Err(invalid());
    }
    let too_large = || {
        failure(
            "Avatar image is too large [error-avatar-image-too-large]",
            "error-avatar-image-too-large",
        )
    };
    if response
        .content_length()
        .is_some_and(|n| n as usize > limit)
    {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|_| invalid())? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > limit {
            return Err(too_large());
        }
    }
    if bytes.is_empty() {
        return Err(invalid());
    }
    Ok((bytes, mime))
}

/// `POST /api/v1/users.resetAvatar {userId}|{username}`: back to the generated initials. The
/// body is required even for oneself.
pub async fn reset_avatar(
    State(state): State<SandboxState>,
    Caller(me): Caller,
    body: Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let text = |key: &str| body.get(key).and_then(Value::as_str).map(str::to_owned);
    let (user_id, username) = (text("userId"), text("username"));
    if user_id.is_none() && username.is_none() {
        return failure(
            "User param not provided [error-user-param-not-provided]",
            "error-user-param-not-provided",
        );
    }
    let index = match target(&state, &me, user_id.as_deref(), username.as_deref()) {
        Ok(index) => index,
        Err(response) => return response,
    };
    let is_self = state.lock().users[index].seed.id == me.id;
    if is_self
        && !setting_on(&state, "Accounts_AllowUserAvatarChange")
        && !me.roles.contains(&"admin")
    {
        return failure_with_details(
            "Reset avatar is not allowed [error-not-allowed]",
            "error-not-allowed",
            &json!({ "method": "users.resetAvatar" }),
        );
    }
    state.lock().users[index].profile.avatar = None;
    success(json!({}))
}

/// `GET /avatar/<username>`: with `Accounts_AvatarBlockUnauthenticatedAccess` on, only with the
/// `rc_uid`/`rc_token` cookies or query parameters (reference gotcha 7). The uploaded image, or
/// Rocket.Chat's generated initial-letter SVG.
pub async fn avatar(
    State(state): State<SandboxState>,
    Path(username): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let cookies = header(&headers, "cookie").unwrap_or_default();
    let cookie = |name: &str| {
        cookies.split(';').find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name).then(|| v.to_owned())
        })
    };
    let uid = query.get("rc_uid").cloned().or_else(|| cookie("rc_uid"));
    let token = query
        .get("rc_token")
        .cloned()
        .or_else(|| cookie("rc_token"));
    if state
        .authenticate(uid.as_deref(), token.as_deref())
        .is_none()
    {
        return (StatusCode::FORBIDDEN, "Forbidden").into_response();
    }
    let username = username.trim_start_matches('@');
    {
        let inner = state.lock();
        let uploaded = inner
            .users
            .iter()
            .find(|u| u.profile.username == username)
            .and_then(|u| u.profile.avatar.as_ref());
        if let Some(avatar) = uploaded {
            let mut response = (StatusCode::OK, avatar.bytes.clone()).into_response();
            let h = response.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&avatar.content_type) {
                h.insert(axum::http::header::CONTENT_TYPE, v);
            }
            if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", avatar.etag)) {
                h.insert(axum::http::header::ETAG, v);
            }
            return response;
        }
    }
    let initial = username
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_else(|| "?".into());
    let hue = username
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 360;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200"><rect width="200" height="200" fill="hsl({hue},55%,45%)"/><text x="50%" y="50%" dy="0.36em" text-anchor="middle" fill="#fff" font-family="sans-serif" font-size="120">{initial}</text></svg>"##
    );
    svg_response(svg)
}
