//! Records every request (and its response) as one JSON line, for the contract checks. Both
//! sandboxes (Rocket.Chat's and Chatwoot's) use it, each with its own secrets and its own
//! unrecorded paths. Secrets are redacted before writing: tokens, passwords and codes.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::{Map, Value, json};

/// Rocket.Chat's secret headers and body or query keys.
pub const ROCKETCHAT_SECRET_HEADERS: &[&str] =
    &["x-auth-token", "x-2fa-code", "cookie", "authorization"];
pub const ROCKETCHAT_SECRET_KEYS: &[&str] = &[
    "password",
    "currentPassword",
    "newPassword",
    "resume",
    "code",
    "authToken",
    "token",
    "digest",
    "totp",
    "rc_token",
];
const MAX_BODY: usize = 16 * 1024 * 1024;

/// Where one sandbox records, and what it keeps out of the record.
pub struct Recording {
    files: Vec<Arc<Mutex<File>>>,
    secret_headers: &'static [&'static str],
    secret_keys: &'static [&'static str],
    /// Paths with nothing to check them against (test-only routes, websockets).
    unrecorded: fn(&str) -> bool,
}

impl Recording {
    /// Appends to each of `paths` (created when missing).
    pub fn open<'a>(
        paths: impl IntoIterator<Item = &'a Path>,
        secret_headers: &'static [&'static str],
        secret_keys: &'static [&'static str],
        unrecorded: fn(&str) -> bool,
    ) -> std::io::Result<Arc<Recording>> {
        let mut files = Vec::new();
        for path in paths {
            let file = File::options().create(true).append(true).open(path)?;
            files.push(Arc::new(Mutex::new(file)));
        }
        Ok(Arc::new(Recording {
            files,
            secret_headers,
            secret_keys,
            unrecorded,
        }))
    }
}

pub async fn record(
    State(recording): State<Arc<Recording>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if recording.files.is_empty() || (recording.unrecorded)(path) {
        return next.run(request).await;
    }
    let secret_keys = recording.secret_keys;
    let (parts, body) = request.into_parts();
    let request_bytes = to_bytes(body, MAX_BODY).await.unwrap_or_default();
    let mut headers = Map::new();
    for (name, value) in &parts.headers {
        let name = name.as_str().to_ascii_lowercase();
        let value = if recording.secret_headers.contains(&name.as_str()) {
            "[redacted]".to_owned()
        } else {
            value.to_str().unwrap_or("[binary]").to_owned()
        };
        headers.insert(name, Value::String(value));
    }
    // A repeated key (`roles[]=a&roles[]=b`) is kept as an array of its values.
    let mut query: Map<String, Value> = Map::new();
    for (k, v) in parts.uri.query().map(url_pairs).unwrap_or_default() {
        let v = if secret_keys.contains(&k.as_str()) {
            "[redacted]".to_owned()
        } else {
            v
        };
        match query.get_mut(&k) {
            Some(Value::Array(items)) => items.push(Value::String(v)),
            Some(first) => *first = Value::Array(vec![first.take(), Value::String(v)]),
            None => {
                query.insert(k, Value::String(v));
            }
        }
    }
    let line_head = json!({
        "ts": std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64),
        "method": parts.method.as_str(),
        "path": parts.uri.path(),
        "query": query,
        "headers": headers,
        "body": redact(match multipart_boundary(&parts.headers) {
            Some(boundary) => summarise_multipart(&request_bytes, &boundary),
            None => parse_body(&request_bytes),
        }, secret_keys),
    });
    let response = next
        .run(Request::from_parts(parts, Body::from(request_bytes)))
        .await;
    if let Some(crate::faults::Injected(fault)) = response.extensions().get().copied() {
        // Made up by the sandbox, not Rocket.Chat's answer: noted, and passed on as it is.
        let mut line = line_head;
        line["status"] = json!(response.status().as_u16());
        line["fault"] = json!(fault);
        write_line(&recording, &line);
        return response;
    }
    let (res_parts, res_body) = response.into_parts();
    let response_bytes = to_bytes(res_body, MAX_BODY).await.unwrap_or_default();
    let mut line = line_head;
    line["status"] = json!(res_parts.status.as_u16());
    line["response"] = redact(parse_body(&response_bytes), secret_keys);
    write_line(&recording, &line);
    Response::from_parts(res_parts, Body::from(response_bytes))
}

/// One write per line: many sandboxes (parallel tests, other processes) append to the same
/// file, and `writeln!` would issue several writes that interleave with theirs. A single write
/// to an O_APPEND file lands whole.
fn write_line(recording: &Recording, line: &Value) {
    let mut bytes = line.to_string().into_bytes();
    bytes.push(b'\n');
    for recorder in &recording.files {
        if let Ok(mut file) = recorder.lock() {
            let _ = file.write_all(&bytes);
        }
    }
}

fn parse_body(bytes: &[u8]) -> Value {
    if bytes.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

/// The boundary of a `multipart/form-data` body.
fn multipart_boundary(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers.get("content-type")?.to_str().ok()?;
    if !value.starts_with("multipart/form-data") {
        return None;
    }
    value.split(';').find_map(|p| {
        p.trim()
            .strip_prefix("boundary=")
            .map(|b| b.trim_matches('"').to_owned())
    })
}

/// A multipart body as JSON: text fields with their values, files as
/// `{filename, contentType, size}` (the bytes themselves are not recorded).
fn summarise_multipart(body: &[u8], boundary: &str) -> Value {
    let delimiter = format!("--{boundary}").into_bytes();
    let find =
        |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).position(|w| w == needle);
    let mut fields = Map::new();
    let mut rest = body;
    while let Some(start) = find(rest, &delimiter) {
        rest = &rest[start + delimiter.len()..];
        let end = find(rest, &delimiter).unwrap_or(rest.len());
        let part = &rest[..end];
        let Some(split) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..split]);
        let content = &part[split + 4..];
        let content = content.strip_suffix(b"\r\n").unwrap_or(content);
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_owned())
            })
        };
        let disposition = header("content-disposition").unwrap_or_default();
        let param = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(key)
                    .and_then(|v| v.strip_prefix('='))
                    .map(|v| v.trim_matches('"').to_owned())
            })
        };
        let Some(name) = param("name") else {
            continue;
        };
        let value = match param("filename") {
            Some(filename) => json!({
                "filename": filename,
                "contentType": header("content-type").unwrap_or_default(),
                "size": content.len(),
            }),
            None => Value::String(String::from_utf8_lossy(content).into_owned()),
        };
        fields.insert(name, value);
    }
    Value::Object(fields)
}

/// Replaces every string under a secret key with "[redacted]", keeping the JSON's shape so
/// validators still see the right types.
fn redact(value: Value, secret_keys: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let v = if secret_keys.contains(&k.as_str()) {
                        redact_all(v, secret_keys)
                    } else {
                        redact(v, secret_keys)
                    };
                    (k, v)
                })
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| redact(v, secret_keys)).collect())
        }
        other => other,
    }
}

fn redact_all(value: Value, secret_keys: &[&str]) -> Value {
    match value {
        Value::String(_) => Value::String("[redacted]".into()),
        // Keep structure (e.g. `password: {digest, algorithm}`): only secret keys inside lose
        // their values, so the recorded shape still validates.
        Value::Object(_) => redact(value, secret_keys),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|v| redact_all(v, secret_keys))
                .collect(),
        ),
        other => other,
    }
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}
