//! Shared set-up for core's integration tests against the sandbox.

use std::sync::Arc;

use tether_core::ports::{MemorySecretStore, RecordingDesktop, RecordingEventSink, SystemClock};
use tether_core::workspace::{SecondFactorChallenge, SignInStep, WorkspaceSummary};
use tether_core::{Sensitive, Tether, TetherConfig};
use tether_sandbox::seed::SeedUser;
use tether_sandbox::{RateLimit, Sandbox, SandboxConfig};

/// A sandbox whose rate limiter stays out of the way of tests that sign in many times.
pub fn generous() -> SandboxConfig {
    SandboxConfig {
        rate_limit: RateLimit {
            calls: 1000,
            window: std::time::Duration::from_secs(60),
        },
        ..Default::default()
    }
}

pub struct Harness {
    pub _dir: tempfile::TempDir,
    pub config: TetherConfig,
    pub secrets: Arc<MemorySecretStore>,
    pub record: std::path::PathBuf,
}

impl Harness {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = TetherConfig {
            cache_path: dir.path().join("cache.sqlite"),
        };
        let record = dir.path().join("requests.jsonl");
        Harness {
            _dir: dir,
            config,
            secrets: Arc::new(MemorySecretStore::default()),
            record,
        }
    }

    pub async fn sandbox(&self) -> Sandbox {
        self.sandbox_with(SandboxConfig::default()).await
    }

    /// A sandbox with `config`, recording to this harness's file and with the test routes on.
    pub async fn sandbox_with(&self, config: SandboxConfig) -> Sandbox {
        Sandbox::start(SandboxConfig {
            record_to: Some(self.record.clone()),
            test_routes: true,
            ..config
        })
        .await
        .unwrap()
    }

    pub async fn app(&self) -> Tether {
        self.app_with_events().await.0
    }

    /// The app and what it emits.
    pub async fn app_with_events(&self) -> (Tether, Arc<RecordingEventSink>) {
        let events = Arc::new(RecordingEventSink::default());
        let app = Tether::open(
            &self.config,
            self.secrets.clone(),
            Arc::new(SystemClock),
            events.clone(),
        )
        .await
        .unwrap();
        // The tests read the tray's English words, whatever the machine's language.
        app.context().set_language("en");
        (app, events)
    }

    /// The app with a recorded desktop (notifier and sound player).
    pub async fn app_with_desktop(&self) -> (Tether, Arc<RecordingDesktop>) {
        let desktop = Arc::new(RecordingDesktop::default());
        let app = self
            .app()
            .await
            .with_desktop(desktop.clone(), desktop.clone());
        (app, desktop)
    }

    pub fn recorded(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.record)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

pub fn pw(s: &str) -> Sensitive<String> {
    Sensitive::new(s.to_owned())
}

/// A seeded user's password.
pub fn password(user: &SeedUser) -> Sensitive<String> {
    pw(user.password.unwrap())
}

/// The workspace of a finished sign-in; fails the test on a second-factor step.
pub fn signed_in(step: SignInStep) -> WorkspaceSummary {
    match step {
        SignInStep::SignedIn { workspace } => workspace,
        SignInStep::SecondFactor { challenge } => {
            panic!("expected to be signed in, the server asked for {challenge:?}")
        }
    }
}

/// Signs in with a seeded user's password; fails the test on any other outcome.
pub async fn sign_in_as(app: &Tether, workspace_id: &str, user: &SeedUser) -> WorkspaceSummary {
    signed_in(
        app.session()
            .sign_in_password(workspace_id, user.username, password(user))
            .await
            .unwrap(),
    )
}

/// A new sandbox with `config`, the app, the workspace added and `user` signed in: (app,
/// workspace id, sandbox).
pub async fn signed_in_app(
    h: &Harness,
    config: SandboxConfig,
    user: &SeedUser,
) -> (Tether, String, Sandbox) {
    let sandbox = h.sandbox_with(config).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &ws.id, user).await;
    (app, ws.id, sandbox)
}

/// Starts a password sign-in that must stop at a second factor, and returns the challenge.
pub async fn challenged(
    app: &Tether,
    workspace_id: &str,
    user: &SeedUser,
) -> SecondFactorChallenge {
    challenge(
        app.session()
            .sign_in_password(workspace_id, user.username, password(user))
            .await
            .unwrap(),
    )
}

/// The challenge of a second-factor step; fails the test when already signed in.
pub fn challenge(step: SignInStep) -> SecondFactorChallenge {
    match step {
        SignInStep::SecondFactor { challenge } => challenge,
        SignInStep::SignedIn { .. } => panic!("expected a second-factor step"),
    }
}

/// The result of a guarded call that went through; fails the test on a second-factor step.
pub fn done<T: std::fmt::Debug>(step: tether_core::session::Guarded<T>) -> T {
    match step {
        tether_core::session::Guarded::Done { result } => result,
        tether_core::session::Guarded::SecondFactor { challenge } => {
            panic!("unexpected challenge {challenge:?}")
        }
    }
}

/// The method a guarded call asked for; fails the test when it went through.
pub fn asked<T: std::fmt::Debug>(
    step: tether_core::session::Guarded<T>,
) -> tether_core::workspace::SecondFactorMethod {
    match step {
        tether_core::session::Guarded::SecondFactor { challenge } => challenge.method,
        tether_core::session::Guarded::Done { result } => {
            panic!("expected a second-factor step, got {result:?}")
        }
    }
}
