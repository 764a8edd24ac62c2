//! The profile page on the real app binary under Xvfb: edit name, bio and status; change the
//! password, confirmed with an authenticator code; log out other locations.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::Journey;
use tether_sandbox::seed::{self, totp_now};
use tether_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_profile_change_password_with_totp_and_log_out_elsewhere() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
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
    s.fill("[data-testid=profile-edit-status-text]", "Heads down")
        .await;
    s.click("[data-testid=profile-save]").await;
    s.wait_for("[data-testid=profile-saved]").await;
    s.wait_text("[data-testid=profile-name]", "Tina T. Totp")
        .await;
    s.screenshot(&shots.join("20-profile-saved.png")).await;

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
    s.fill("[data-testid=profile-confirmation]", &totp_now(secret))
        .await;
    s.click("[data-testid=profile-save]").await;
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
}
