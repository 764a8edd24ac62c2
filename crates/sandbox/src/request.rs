//! Reading a request: headers, the authenticated caller, pagination. Used by every route
//! module; `routes` (the router) only wires them.

use std::collections::HashMap;

use axum::http::HeaderMap;
use axum::response::Response;

use crate::envelope::not_logged_in;
use crate::seed::SeedUser;
use crate::state::SandboxState;

pub fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The authenticated caller as an extractor: a handler taking `Caller(me)` answers Rocket.Chat's
/// 401 "You must be logged in" by itself when the `X-User-Id`/`X-Auth-Token` pair is not valid.
pub struct Caller(pub SeedUser);

impl axum::extract::FromRequestParts<SandboxState> for Caller {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &SandboxState,
    ) -> Result<Self, Response> {
        caller(state, &parts.headers)
            .map(Caller)
            .ok_or_else(not_logged_in)
    }
}

pub fn caller(state: &SandboxState, headers: &HeaderMap) -> Option<SeedUser> {
    state.authenticate(
        header(headers, "x-user-id"),
        header(headers, "x-auth-token"),
    )
}

/// A paginated route's `offset` (default 0) and `count` (default 50).
pub fn offset_and_count(query: &HashMap<String, String>) -> (usize, usize) {
    let number = |key: &str, default: usize| {
        query
            .get(key)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    (number("offset", 0), number("count", 50))
}
