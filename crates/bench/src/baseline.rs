//! The baseline: Tether's own built UI in Debian's Chromium (`--app`), the shape of an Electron
//! app. Electron ships Chromium for the window plus Node for the "main" side; here Chromium
//! shows the page and this server plays the main side: it serves `ui/dist` and answers the
//! UI's commands from a real `tether_core::Tether` signed in to the same sandbox, the way an
//! Electron main process would answer IPC. Only the commands the Profile page needs at start
//! are answered; others are refused as `{code, message, details}`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use tether_core::ports::{MemorySecretStore, RecordingEventSink, SystemClock};
use tether_core::{IpcError, Sensitive, Tether, TetherConfig};
use tether_sandbox::{Sandbox, seed};

use crate::procs::Mark;

/// Makes the page's `@tauri-apps/api` calls reach this server.
const SHIM: &str = r#"(() => {
  let next = 1;
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    transformCallback() { return next++; },
    unregisterCallback() {},
    convertFileSrc(path) { return path; },
    async invoke(cmd, args) {
      if (cmd === "plugin:event|listen") return next++;
      if (cmd === "plugin:event|unlisten") return null;
      const response = await fetch("/invoke/" + encodeURIComponent(cmd), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(args ?? {}),
      });
      const body = await response.json();
      if (!response.ok) throw body;
      return body;
    },
  };
  window.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener() {} };
})();
"#;

#[derive(Clone)]
struct Server {
    dist: PathBuf,
    tether: Arc<Tether>,
    marks: Arc<Mutex<Option<std::sync::mpsc::Sender<Mark>>>>,
}

/// The running server: where the page is, and the slot for the next run's milestones.
pub struct Baseline {
    pub url: String,
    marks: Arc<Mutex<Option<std::sync::mpsc::Sender<Mark>>>>,
}

impl Baseline {
    /// Sends the page's milestones to `to` from now on.
    pub fn marks_to(&self, to: std::sync::mpsc::Sender<Mark>) {
        *self
            .marks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(to);
    }
}

/// Serves `dist` on a loopback port with `tether` answering commands.
pub async fn start(dist: PathBuf, tether: Tether) -> Result<Baseline, String> {
    let marks = Arc::new(Mutex::new(None));
    let state = Server {
        dist,
        tether: Arc::new(tether),
        marks: marks.clone(),
    };
    let app = Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route(
            "/bench-shim.js",
            get(|| async { ([(header::CONTENT_TYPE, "text/javascript")], SHIM) }),
        )
        .route("/invoke/{cmd}", post(invoke))
        .route("/{*path}", get(asset))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(Baseline {
        url: format!("http://{addr}/"),
        marks,
    })
}

async fn index(State(s): State<Server>) -> Response {
    match tokio::fs::read_to_string(s.dist.join("index.html")).await {
        Ok(html) => {
            // The shim runs first, before the bundle's module script.
            let html = html.replacen(
                "<script",
                "<script src=\"/bench-shim.js\"></script><script",
                1,
            );
            ([(header::CONTENT_TYPE, "text/html")], html).into_response()
        }
        Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, err.to_string()).into_response(),
    }
}

async fn asset(State(s): State<Server>, Path(path): Path<String>) -> Response {
    if path.split('/').any(|part| part == "..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let kind = match path.rsplit('.').next() {
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("woff2") => "font/woff2",
        Some("html") => "text/html",
        _ => "application/octet-stream",
    };
    match tokio::fs::read(s.dist.join(&path)).await {
        Ok(bytes) => ([(header::CONTENT_TYPE, kind)], bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn invoke(State(s): State<Server>, Path(cmd): Path<String>, body: Bytes) -> Response {
    let args: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let id = args["workspaceId"].as_str().unwrap_or_default().to_owned();
    let t = &s.tether;
    let result: Result<Value, IpcError> = match cmd.as_str() {
        "app_get_snapshot" => json_of(t.workspaces().snapshot().await),
        "workspace_get_images" => json_of(t.workspaces().images().await),
        "unread_get_summary" => json_of(t.unread().tray_summary().await),
        "profile_load" => json_of(t.profile().cached(&id).await),
        "profile_refresh" => json_of(t.profile().refresh(&id).await),
        "profile_get_rules" => json_of(t.profile().rules(&id).await),
        "alerts_get_do_not_disturb" => json_of(t.alerts().do_not_disturb().await),
        "alerts_set_shown_workspace" => {
            t.alerts()
                .set_shown_workspace(args["workspaceId"].as_str().map(str::to_owned));
            Ok(Value::Null)
        }
        "app_mark" => {
            let at = Instant::now();
            let name = args["mark"].as_str().unwrap_or_default().to_owned();
            if let Some(to) = s
                .marks
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .as_ref()
            {
                let _ = to.send((name, at));
            }
            Ok(Value::Null)
        }
        other => Err(IpcError {
            code: tether_core::ErrorCode::Protocol,
            message: format!("the baseline's server does not answer {other}"),
            details: None,
        }),
    };
    match result {
        Ok(value) => axum::Json(value).into_response(),
        Err(err) => (StatusCode::BAD_REQUEST, axum::Json(json!(err))).into_response(),
    }
}

fn json_of<T: serde::Serialize>(result: tether_core::Result<T>) -> Result<Value, IpcError> {
    result
        .map(|v| serde_json::to_value(v).unwrap_or(Value::Null))
        .map_err(IpcError::from)
}

/// A core of its own, signed in as alice to `sandbox`, with her profile and preferences cached.
pub async fn backend(cache: &std::path::Path, sandbox: &Sandbox) -> Result<Tether, String> {
    let config = TetherConfig {
        cache_path: cache.to_path_buf(),
    };
    let tether = Tether::open(
        &config,
        Arc::new(MemorySecretStore::default()),
        Arc::new(SystemClock),
        Arc::new(RecordingEventSink::default()),
    )
    .await
    .map_err(|e| e.to_string())?;
    sign_alice_in(&tether, sandbox).await?;
    Ok(tether)
}

/// Adds `sandbox` as a workspace of `core`, signs Alice in with her password and reads her
/// profile, so that a page started on this cache shows it at once.
pub async fn sign_alice_in(core: &Tether, sandbox: &Sandbox) -> Result<(), String> {
    let ws = core
        .workspaces()
        .add(&sandbox.url())
        .await
        .map_err(|e| e.to_string())?;
    let password = Sensitive::new(seed::ALICE.password.unwrap_or_default().to_owned());
    core.session()
        .sign_in_password(&ws.id, seed::ALICE.username, password)
        .await
        .map_err(|e| e.to_string())?;
    core.profile()
        .refresh(&ws.id)
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}
