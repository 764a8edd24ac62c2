//! The profile page on the real app binary under Xvfb: edit name, bio and status; upload an
//! avatar; change the password, confirmed with an authenticator code; log out other locations.
//! Afterwards the app's SQLite file and log are searched for every secret of the journey.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::Journey;
use tether_sandbox::seed::{self, SAMPLE_PNG, totp_now};
use tether_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_profile_change_password_with_totp_and_log_out_elsewhere() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let sandbox = Sandbox::start(SandboxConfig {
        test_routes: true,
        ..SandboxConfig::default()
    })
    .await
    .unwrap();
    let secret = seed::TINA.totp_secret.unwrap();
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;

    s.add_workspace(&sandbox.url()).await;
    s.sign_in("tina", seed::TINA.password.unwrap()).await;
    s.fill("[data-testid=second-factor-code]", &totp_now(secret))
        .await;
    s.click("[data-testid=second-factor-submit]").await;
    s.wait_text("[data-testid=profile-name]", seed::TINA.name)
        .await;

    // Name, bio and status in one save.
    s.fill("[data-testid=profile-edit-name]", "Tina T. Totp")
        .await;
    s.fill(
        "[data-testid=profile-edit-bio]",
        "Counting in thirty-second steps.",
    )
    .await;
    s.select("[data-testid=profile-edit-status]", "busy").await;
    s.fill("[data-testid=profile-edit-status-text]", "Heads down")
        .await;
    s.click("[data-testid=profile-save]").await;
    s.wait_for("[data-testid=profile-saved]").await;
    s.wait_text("[data-testid=profile-name]", "Tina T. Totp")
        .await;
    s.wait_text("[data-testid=profile] .status", "Busy — Heads down")
        .await;
    s.screenshot(&shots.join("20-profile-saved.png")).await;

    // A new avatar: the picture is uploaded, and the page shows it.
    s.attach_file(
        "[data-testid=avatar-file]",
        "tina.png",
        "image/png",
        SAMPLE_PNG,
    )
    .await;
    s.wait_for("[data-testid=avatar-done]").await;
    s.wait_for("[data-testid=profile-avatar][src^=\"data:image/png\"]")
        .await;
    s.wait_for("[data-testid=avatar-reset]").await;

    // A new password: the server asks for the authenticator code.
    s.fill("[data-testid=profile-edit-new-password]", "tina-pass-2")
        .await;
    s.fill("[data-testid=profile-edit-confirm-password]", "tina-pass-2")
        .await;
    s.click("[data-testid=profile-save]").await;
    s.wait_attribute("[data-testid=profile-second-factor]", "data-method", "totp")
        .await;
    s.screenshot(&shots.join("21-password-needs-code.png"))
        .await;
    s.fill(
        "[data-testid=profile-second-factor-code]",
        &totp_now(secret),
    )
    .await;
    s.click("[data-testid=profile-second-factor-submit]").await;
    s.wait_gone("[data-testid=profile-second-factor]").await;
    s.wait_for("[data-testid=profile-saved]").await;

    // Log out everywhere else; this window stays signed in.
    s.click("[data-testid=other-sessions]").await;
    s.click("[data-testid=other-sessions-confirm]").await;
    s.wait_text(
        "[data-testid=other-sessions-done]",
        "This device stays signed in",
    )
    .await;
    s.wait_attribute("[data-testid=connection-state]", "data-state", "online")
        .await;
    s.screenshot(&shots.join("22-others-signed-out.png")).await;
    s.quit().await;

    // The new password is the one the server now accepts.
    let login = reqwest::Client::new()
        .post(format!("{}api/v1/login", sandbox.url()))
        .json(&serde_json::json!({ "user": "tina", "password": "tina-pass-2", "code": totp_now(secret) }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 200, "the password changed on the server");

    // Safety: after the whole journey, no password, hash, token or 2FA secret in the app's
    // SQLite file (and its WAL) or its log.
    let tokens: serde_json::Value =
        reqwest::get(format!("{}_sandbox/tokens?username=tina", sandbox.url()))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    let mut secrets: Vec<String> = tokens["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_owned())
        .collect();
    assert!(!secrets.is_empty(), "the sandbox lists tina's live tokens");
    secrets.extend(
        [
            "tina-pass-1",
            "tina-pass-2",
            secret,
            "$2b$10$SANDBOXFAKEHASH",
            "SANDBOXhashedTOKEN",
            "bcrypt",
            "loginTokens",
        ]
        .map(str::to_owned),
    );
    let data = journey.data.path();
    let log = std::fs::read(data.join("tether.log")).expect("the app writes tether.log");
    assert!(
        String::from_utf8_lossy(&log).contains("cache opened"),
        "the log has the app's lines"
    );
    let mut files = vec![("tether.log", log)];
    for name in ["cache.sqlite", "cache.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(data.join(name)) {
            files.push((name, bytes));
        }
    }
    assert!(
        files
            .iter()
            .any(|(n, b)| *n == "cache.sqlite" && !b.is_empty())
    );
    for (name, bytes) in &files {
        for needle in &secrets {
            let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
            assert!(
                !found,
                "{name} holds a secret ({} characters)",
                needle.len()
            );
        }
    }
}
