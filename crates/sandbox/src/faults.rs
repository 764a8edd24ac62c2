//! Fault injection, per route, for tests: the ways a real deployment fails that are not the
//! server's refusal of a request. A Rocket.Chat behind a reverse proxy answers a proxy's HTML
//! page when the server is down, a load balancer's own 401, a truncated body when a connection
//! drops; the server itself answers 500 (`API.v1.internalError`, reference §1.2) and 429 from
//! its rate limiter (§1.3). Each injected fault answers a given number of requests, then the
//! route behaves normally again. TEST-ONLY: never on unless a test (or `/_sandbox/fault`) asks.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The realtime `login` method, as a fault "route": its DDP error answers (not HTTP).
pub const DDP_LOGIN: &str = "ddp:login";

/// One way to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// 500 with Rocket.Chat's own body (`{success:false, error:'Internal server error'}`); on
    /// the realtime login, DDP's `{error: 500, reason: 'Internal server error'}`.
    InternalError,
    /// 502 with an HTML page, as nginx answers when the server behind it is down.
    BadGatewayHtml,
    /// No answer for this long (past the client's timeout), then a normal one.
    Delay(Duration),
    /// The connection is dropped in the middle of the answer.
    Reset,
    /// 401 from something in front of the server (an authenticating proxy), with its own
    /// body: not Rocket.Chat's "You must be logged in".
    ProxyUnauthorized,
    /// 429 with Rocket.Chat's rate-limit body and `X-RateLimit-*` headers; on the realtime
    /// login, DDP's `too-many-requests` error.
    RateLimited,
    /// 200 with a JSON body cut short.
    TruncatedJson,
    /// 307 to the same path on another origin (`http://127.0.0.1:<port>`): a proxy that moved
    /// the site, or one that sends clients elsewhere.
    RedirectTo(u16),
}

impl Fault {
    /// Every fault, for table-driven tests.
    pub const ALL: [Fault; 7] = [
        Fault::InternalError,
        Fault::BadGatewayHtml,
        Fault::Delay(Duration::from_secs(2)),
        Fault::Reset,
        Fault::ProxyUnauthorized,
        Fault::RateLimited,
        Fault::TruncatedJson,
    ];

    /// Parses the test route's names: `500`, `502-html`, `delay`, `reset`, `proxy-401`, `429`,
    /// `truncated`.
    pub fn parse(name: &str) -> Option<Fault> {
        Some(match name {
            "500" => Fault::InternalError,
            "502-html" => Fault::BadGatewayHtml,
            "delay" => Fault::Delay(Duration::from_secs(35)),
            "reset" => Fault::Reset,
            "proxy-401" => Fault::ProxyUnauthorized,
            "429" => Fault::RateLimited,
            "truncated" => Fault::TruncatedJson,
            _ => return None,
        })
    }

    /// The DDP error the realtime login answers with under this fault, when it has one.
    pub fn ddp_error(self) -> Option<Value> {
        match self {
            Fault::InternalError => Some(json!({
                "isClientSafe": false, "error": 500, "reason": "Internal server error",
                "message": "Internal server error [500]", "errorType": "Meteor.Error"
            })),
            // DDPRateLimiter's answer (Meteor's `ddp-rate-limiter`).
            Fault::RateLimited => Some(json!({
                "isClientSafe": true, "error": "too-many-requests",
                "reason": "Error, too many requests. Please slow down. You must wait 10 seconds before trying this method again.",
                "details": { "timeToReset": 10000 },
                "message": "Error, too many requests. Please slow down. You must wait 10 seconds before trying this method again. [too-many-requests]",
                "errorType": "Meteor.Error"
            })),
            _ => None,
        }
    }
}

/// Marks a response the sandbox made up for an injected fault: the recorder notes it, and the
/// contract check does not hold it against Rocket.Chat's response shapes (a proxy's page is
/// not Rocket.Chat's answer). The response passes through unbuffered, so a dropped connection
/// stays dropped.
#[derive(Debug, Clone, Copy)]
pub struct Injected(pub &'static str);

/// The injected faults by route (or [`DDP_LOGIN`]): each with how many more requests it answers.
/// The sandbox's state holds one; the middleware gets it as its own state.
#[derive(Debug, Default, Clone)]
pub struct Faults(Arc<Mutex<HashMap<String, (Fault, u32)>>>);

impl Faults {
    /// The next `times` requests to `route` fail with `fault`.
    pub fn inject(&self, route: &str, fault: Fault, times: u32) {
        self.lock().insert(route.to_owned(), (fault, times.max(1)));
    }

    /// Every route behaves normally again.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// Takes one use of the fault injected on `route`, if any.
    pub fn take(&self, route: &str) -> Option<Fault> {
        let mut faults = self.lock();
        let (fault, left) = faults.get_mut(route)?;
        let fault = *fault;
        *left = left.saturating_sub(1);
        if *left == 0 {
            faults.remove(route);
        }
        Some(fault)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Fault, u32)>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// TEST-ONLY: `POST /_sandbox/fault {"route", "fault", "times"}` → the next `times` requests to
/// `route` fail with `fault` (`500`, `502-html`, `delay`, `reset`, `proxy-401`, `429`,
/// `truncated`); `{"clear": true}` ends every fault.
pub async fn route(State(faults): State<Faults>, body: axum::body::Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if body["clear"] == true {
        faults.clear();
        return axum::Json(json!({ "cleared": true })).into_response();
    }
    let (Some(route), Some(fault)) = (
        body["route"].as_str(),
        body["fault"].as_str().and_then(Fault::parse),
    ) else {
        return (
            StatusCode::BAD_REQUEST,
            "route and a known fault are required",
        )
            .into_response();
    };
    let times = body["times"]
        .as_u64()
        .and_then(|t| u32::try_from(t).ok())
        .unwrap_or(1)
        .max(1);
    faults.inject(route, fault, times);
    axum::Json(json!({ "route": route, "times": times })).into_response()
}

/// The middleware: answers a faulted route with its fault instead of the route.
pub async fn inject(State(faults): State<Faults>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if path.starts_with(crate::TEST_PREFIX) {
        return next.run(request).await;
    }
    let Some(fault) = faults.take(&path) else {
        return next.run(request).await;
    };
    let name = match fault {
        Fault::InternalError => "500",
        Fault::BadGatewayHtml => "502-html",
        Fault::Delay(_) => "delay",
        Fault::Reset => "reset",
        Fault::ProxyUnauthorized => "proxy-401",
        Fault::RateLimited => "429",
        Fault::TruncatedJson => "truncated",
        Fault::RedirectTo(_) => "redirect",
    };
    let mut response = answer(fault, &path, request, next).await;
    if !matches!(fault, Fault::Delay(_)) {
        response.extensions_mut().insert(Injected(name));
    }
    response
}

/// The made-up answer for `fault` (a delay answers with the route's own, late).
async fn answer(fault: Fault, path: &str, request: Request, next: Next) -> Response {
    match fault {
        Fault::InternalError => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({ "success": false, "error": "Internal server error" })),
        )
            .into_response(),
        Fault::BadGatewayHtml => {
            let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            let mut response = (StatusCode::BAD_GATEWAY, page).into_response();
            response.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("text/html"),
            );
            response
        }
        Fault::Delay(pause) => {
            tokio::time::sleep(pause).await;
            next.run(request).await
        }
        Fault::Reset => {
            // A body that fails after its first bytes: hyper drops the connection.
            let chunks: Vec<Result<&'static [u8], std::io::Error>> = vec![
                Ok(b"{\"success\":tr"),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "connection reset",
                )),
            ];
            let body = Body::from_stream(futures_util::stream::iter(chunks));
            (StatusCode::OK, body).into_response()
        }
        Fault::ProxyUnauthorized => {
            let mut response = (
                StatusCode::UNAUTHORIZED,
                axum::Json(json!({ "message": "Unauthorized" })),
            )
                .into_response();
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"proxy\""),
            );
            response
        }
        Fault::RateLimited => {
            // A short window, so tests wait it out quickly; the shape is the limiter's.
            let now_ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis());
            let reset = now_ms + 1_000;
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(json!({ "success": false, "error": "Error, too many requests. Please slow down. You must wait 1 seconds before trying this endpoint again. [error-too-many-requests]" })),
            )
                .into_response();
            let h = response.headers_mut();
            h.insert("X-RateLimit-Limit", HeaderValue::from(10));
            h.insert("X-RateLimit-Remaining", HeaderValue::from(0));
            if let Ok(v) = HeaderValue::from_str(&reset.to_string()) {
                h.insert("X-RateLimit-Reset", v);
            }
            response
        }
        Fault::RedirectTo(port) => {
            let to = format!("http://127.0.0.1:{port}{path}");
            let mut response = StatusCode::TEMPORARY_REDIRECT.into_response();
            if let Ok(location) = HeaderValue::from_str(&to) {
                response
                    .headers_mut()
                    .insert(axum::http::header::LOCATION, location);
            }
            response
        }
        Fault::TruncatedJson => {
            let mut response =
                (StatusCode::OK, "{\"success\":true,\"user\":{\"_id\":\"").into_response();
            response.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            response
        }
    }
}
