//! A Rocket.Chat-compatible sandbox workspace for tests, benchmarks and `cargo xtask run`.
//!
//! Faithful to `shared/reference/rocketchat-api.md`: same routes, envelopes, error codes, 2FA
//! and rate limits. Every request it receives can be recorded to a JSON-lines file, which the
//! contract check validates with Rocket.Chat's own `@rocket.chat/rest-typings` validators.

mod envelope;
mod record;
mod routes;
pub mod seed;
mod state;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use state::RateLimit;

/// How to start a sandbox.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Loopback port; 0 picks a free one.
    pub port: u16,
    /// Append every request (and the response status and body) as JSON lines to this file.
    pub record_to: Option<PathBuf>,
    /// The REST rate limit per client address and route (Rocket.Chat's default: 10 a minute).
    pub rate_limit: RateLimit,
    /// The `"X.Y"` version `/api/info` reports.
    pub version: String,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            port: 0,
            record_to: None,
            rate_limit: RateLimit {
                calls: 10,
                window: Duration::from_secs(60),
            },
            version: "8.8".into(),
        }
    }
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// Starts a sandbox on 127.0.0.1.
    pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let listener = TcpListener::bind(("127.0.0.1", config.port)).await?;
        let addr = listener.local_addr()?;
        let state = state::SandboxState::new(&config, addr)?;
        let app = routes::router(state);
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let serve = axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(async {
                let _ = rx.await;
            });
            if let Err(err) = serve.await {
                tracing::error!(%err, "sandbox server stopped with an error");
            }
        });
        Ok(Sandbox {
            addr,
            shutdown: Some(tx),
            task: Some(task),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The workspace URL to give a client, e.g. `http://127.0.0.1:43127/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Stops the server and waits until the port is closed.
    pub async fn stop(mut self) {
        self.stop_inner().await;
    }

    async fn stop_inner(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            // Open keep-alive connections can hold a graceful shutdown; give up waiting after 2 s.
            if tokio::time::timeout(Duration::from_secs(2), task)
                .await
                .is_err()
            {
                tracing::warn!("sandbox shutdown timed out");
            }
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
