//! Rocket.Chat's response envelopes (reference §1.2).

use axum::Json;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// `API.v1.success(payload)`: 200, payload + `success: true`.
pub fn success(mut payload: Value) -> Response {
    if let Some(obj) = payload.as_object_mut() {
        obj.insert("success".into(), Value::Bool(true));
    }
    (StatusCode::OK, Json(payload)).into_response()
}

/// The 401 of an `authRequired` route called without valid credentials (pre-9.0 shape).
pub fn not_logged_in() -> Response {
    let text = "You must be logged in to do this.";
    (
        StatusCode::UNAUTHORIZED,
        Json(json!({ "success": false, "status": "error", "message": text, "error": text })),
    )
        .into_response()
}

/// A failed login (reference §2.1): 401 with `status/error/message[/details]`.
pub fn login_failure(error: &str, message: &str, details: Option<Value>) -> Response {
    let mut body =
        json!({ "success": false, "status": "error", "error": error, "message": message });
    if let Some(details) = details {
        body["details"] = details;
    }
    (StatusCode::UNAUTHORIZED, Json(body)).into_response()
}

/// 404 for a route the sandbox does not serve.
pub fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({ "success": false, "error": "Not found" })),
    )
        .into_response()
}

/// 400 `API.v1.failure` for a `Meteor.Error(code, reason)`.
pub fn failure(error: &str, error_type: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "success": false, "error": error, "errorType": error_type })),
    )
        .into_response()
}

/// 400 `API.v1.failure(message)`: a plain message (or a plain `Error`), no `errorType`.
pub fn failure_message(error: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "success": false, "error": error })),
    )
        .into_response()
}

/// 400 `API.v1.failure` for a `Meteor.Error(code, reason, details)`.
pub fn failure_with_details(error: &str, error_type: &str, details: &Value) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(
            json!({ "success": false, "error": error, "errorType": error_type, "details": details }),
        ),
    )
        .into_response()
}

/// A missing permission (reference §1.2: 403 in 8.x).
pub fn forbidden_permission() -> Response {
    (
        StatusCode::FORBIDDEN,
        axum::Json(json!({
            "success": false,
            "error": "User does not have the permissions required for this action [error-unauthorized]",
        })),
    )
        .into_response()
}

/// An SVG picture.
pub fn svg_response(svg: String) -> Response {
    let mut response = (StatusCode::OK, svg).into_response();
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml"),
    );
    response
}
