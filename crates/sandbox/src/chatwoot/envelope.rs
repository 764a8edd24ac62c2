//! Chatwoot's error bodies, each as the server words it (reference chatwoot-api.md B11, from
//! `request_exception_handler.rb`, devise and devise_token_auth).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// `{"error": "<text>"}`: Chatwoot's own refusals (`render_could_not_create_error`, tokens,
/// account access, MFA).
pub fn error(status: StatusCode, text: &str) -> Response {
    (status, axum::Json(json!({ "error": text }))).into_response()
}

/// Devise's answer to a request without credentials.
pub fn sign_in_first() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(json!({ "errors": ["You need to sign in or sign up before continuing."] })),
    )
        .into_response()
}

/// devise_token_auth's `render_error`: `{"success": false, "errors": [<message>]}`.
pub fn token_auth_error(status: StatusCode, message: &str) -> Response {
    (
        status,
        axum::Json(json!({ "success": false, "errors": [message] })),
    )
        .into_response()
}

/// A model validation failure: 422 with the full messages joined by ", " and the attributes.
pub fn invalid(messages: &[String], attributes: &[&str]) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        axum::Json(json!({ "message": messages.join(", "), "attributes": attributes })),
    )
        .into_response()
}

/// rack-attack's default throttled answer: 429, plain text, no `Retry-After` (B12).
pub fn retry_later() -> Response {
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::CONTENT_TYPE, "text/plain")],
        "Retry later",
    )
        .into_response()
}

/// Rails' 404 page: a route this server does not have (how a client detects a feature, B0).
pub fn rails_404() -> Response {
    (
        StatusCode::NOT_FOUND,
        axum::response::Html(
            "<!DOCTYPE html><html><body><h1>The page you were looking for doesn't exist.</h1></body></html>",
        ),
    )
        .into_response()
}

/// `ActiveRecord::RecordNotFound`.
pub fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "Resource could not be found")
}
