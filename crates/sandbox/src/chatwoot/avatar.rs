//! The agent's profile image (reference chatwoot-api.md B2 "Avatar"): uploaded as
//! `profile[avatar]` in a multipart `PUT /api/v1/profile`, removed with
//! `DELETE /api/v1/profile/avatar`, and served by Active Storage. Chatwoot's rule
//! (`app/models/concerns/avatarable.rb` @fc90b5cf, `acceptable_avatar`): at most 15 MB, and
//! only `image/jpeg`, `image/png` or `image/gif`; otherwise a validation error on `avatar`
//! ("Avatar is too big", "Avatar filetype not supported").

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, State};
use axum::http::{HeaderMap, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::auth::caller;
use super::envelope::{error, not_found};
use super::state::ChatwootState;
use super::user::user_json;

/// Avatarable's size limit.
const MAX_AVATAR_BYTES: usize = 15 * 1024 * 1024;
/// Avatarable's accepted types.
const AVATAR_TYPES: &[&str] = &["image/jpeg", "image/png", "image/gif"];
/// Where Active Storage's routes are (not API calls: not recorded for the contract).
pub const ACTIVE_STORAGE: &str = "/rails/active_storage/";
/// The representation `avatar_url` names (`url_for(avatar.representation(...))`): it redirects
/// to the file (Active Storage's `representations/redirect` controller).
const REPRESENTATION: &str = "/rails/active_storage/representations/redirect/";
/// Where the disk service serves the file (the sandbox serves the bytes as they came, without
/// the 250×250 variant).
const DISK: &str = "/rails/active_storage/disk/";

/// An uploaded picture.
pub struct Upload {
    pub content_type: String,
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// Whether the request is a multipart form (Rails reads `profile[...]` fields from it).
pub fn is_multipart(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}

/// A multipart `profile[...]` form as Rails' params: the text fields, and the picture.
pub async fn profile_form(
    headers: &HeaderMap,
    body: axum::body::Bytes,
) -> Result<(Map<String, Value>, Option<Upload>), Response> {
    let mut request = Request::builder().method("PUT").uri("/api/v1/profile");
    if let Some(ct) = headers.get(header::CONTENT_TYPE) {
        request = request.header(header::CONTENT_TYPE, ct);
    }
    let request = request.body(Body::from(body)).map_err(|_| bad_form())?;
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|_| bad_form())?;
    let mut fields = Map::new();
    let mut upload = None;
    while let Ok(Some(field)) = form.next_field().await {
        let Some(name) = field
            .name()
            .and_then(|n| n.strip_prefix("profile["))
            .and_then(|n| n.strip_suffix(']'))
            .map(str::to_owned)
        else {
            continue;
        };
        if name == "avatar" {
            let content_type = field.content_type().unwrap_or_default().to_owned();
            let filename = field.file_name().unwrap_or("avatar").to_owned();
            let bytes = field.bytes().await.map_err(|_| bad_form())?.to_vec();
            upload = Some(Upload {
                content_type,
                filename,
                bytes,
            });
        } else {
            let text = field.text().await.map_err(|_| bad_form())?;
            fields.insert(name, Value::String(text));
        }
    }
    Ok((fields, upload))
}

fn bad_form() -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "The request's multipart body could not be read.",
    )
}

/// Avatarable's `acceptable_avatar` full messages.
pub fn problems(upload: &Upload) -> Vec<String> {
    let mut messages = Vec::new();
    if upload.bytes.len() > MAX_AVATAR_BYTES {
        messages.push("Avatar is too big".to_owned());
    }
    if !AVATAR_TYPES.contains(&upload.content_type.as_str()) {
        messages.push("Avatar filetype not supported".to_owned());
    }
    messages
}

/// An Active Storage key for a user's picture: new bytes, a new key (FNV-1a of the bytes).
pub fn key_for(user_id: u64, bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{user_id}-{hash:016x}")
}

/// Where the picture is served, absolute as Rails' `url_for` makes it.
pub fn url_for(headers: &HeaderMap, key: &str, filename: &str) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}{REPRESENTATION}{key}/{filename}")
}

/// `DELETE /api/v1/profile/avatar`: the user JSON with `avatar_url: ""`.
pub async fn remove(State(state): State<ChatwootState>, headers: HeaderMap) -> Response {
    let user_id = match caller(&state, &headers) {
        Ok(id) => id,
        Err(refused) => return refused,
    };
    let mut inner = state.lock();
    let Some(user) = inner.users.iter_mut().find(|u| u.id == user_id) else {
        return not_found();
    };
    user.avatar = None;
    user.avatar_url = String::new();
    axum::Json(user_json(user)).into_response()
}

/// Active Storage's representation URL: a redirect to the file, as the real one answers.
pub async fn representation(Path((key, filename)): Path<(String, String)>) -> Response {
    (
        StatusCode::FOUND,
        [(header::LOCATION, format!("{DISK}{key}/{filename}"))],
    )
        .into_response()
}

/// The disk service serving the picture under its key.
pub async fn serve(
    State(state): State<ChatwootState>,
    Path((key, _filename)): Path<(String, String)>,
) -> Response {
    let inner = state.lock();
    let found = inner
        .users
        .iter()
        .find_map(|u| u.avatar.as_ref().filter(|(k, _, _)| *k == key));
    match found {
        Some((_, content_type, bytes)) => (
            [(header::CONTENT_TYPE, content_type.clone())],
            bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
