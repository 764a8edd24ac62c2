//! Two workspaces side by side, on the real app binary under Xvfb: sign in to one with a
//! password and to the other with a password and an authenticator code, then switch between
//! them with the workspace switcher.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::Journey;
use tether_sandbox::seed::{self, totp_now};
use tether_sandbox::{Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workspaces_one_with_an_authenticator_and_switching() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let first = Sandbox::start(SandboxConfig {
        site_name: "Acme Chat".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let second = Sandbox::start(SandboxConfig {
        site_name: "Tina's Team".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;

    // The first workspace: password only.
    s.sign_in_to(&first.url(), &seed::ALICE).await;

    // The second: add it from the switcher, then password and authenticator code.
    s.add_another_workspace().await;
    s.add_workspace(&second.url()).await;
    s.sign_in(seed::TINA.username, seed::TINA.password.unwrap())
        .await;
    s.wait_attribute("[data-testid=second-factor]", "data-method", "totp")
        .await;
    s.fill("[data-testid=second-factor-code]", "000000").await;
    s.click("[data-testid=second-factor-submit]").await;
    s.wait_text("[data-testid=second-factor-error]", "not correct")
        .await;
    s.screenshot(&shots.join("10-authenticator-code.png")).await;
    s.fill(
        "[data-testid=second-factor-code]",
        &totp_now(seed::TINA.totp_secret.unwrap()),
    )
    .await;
    s.click("[data-testid=second-factor-submit]").await;
    s.wait_text("[data-testid=profile-name]", seed::TINA.name)
        .await;
    s.wait_attribute("[data-testid=connection-state]", "data-state", "online")
        .await;

    // The switcher lists both, each with its icon and signed-in user.
    s.click("[data-testid=workspace-switcher]").await;
    s.wait_for("[data-testid=workspace-item][data-user=alice]")
        .await;
    s.wait_for("[data-testid=workspace-item][data-user=tina]")
        .await;
    s.wait_for("[data-testid=workspace-item][data-name='Acme Chat'] [data-testid=workspace-icon]")
        .await;
    s.screenshot(&shots.join("11-switcher.png")).await;
    s.click("[data-testid=workspace-item][data-user=alice]")
        .await;
    s.wait_gone("[data-testid=workspace-item]").await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;
    s.wait_attribute("[data-testid=connection-state]", "data-user", "alice")
        .await;
    s.wait_attribute(
        "[data-testid=connection-state]",
        "data-workspace",
        "Acme Chat",
    )
    .await;

    s.click("[data-testid=workspace-switcher]").await;
    s.click("[data-testid=workspace-item][data-user=tina]")
        .await;
    s.wait_text("[data-testid=profile-name]", seed::TINA.name)
        .await;
    s.wait_attribute("[data-testid=connection-state]", "data-user", "tina")
        .await;
    s.wait_attribute(
        "[data-testid=connection-state]",
        "data-workspace",
        "Tina's Team",
    )
    .await;
    s.screenshot(&shots.join("12-switched.png")).await;

    // Sign out of the second: its sign-in form says why and keeps the username.
    s.choose_from_menu(
        "[data-testid=workspace-switcher]",
        "[data-testid=workspace-sign-out]",
    )
    .await;
    s.wait_text("[data-testid=signin-reason]", "You signed out")
        .await;
    assert_eq!(
        s.attribute("[data-testid=signin-username]", "value")
            .await
            .as_deref(),
        Some("tina")
    );
    // Remove it (after confirming): only the first workspace is left, still signed in.
    s.choose_from_menu(
        "[data-testid=workspace-switcher]",
        "[data-testid=workspace-remove]",
    )
    .await;
    s.wait_for("[data-testid=remove-dialog]").await;
    s.screenshot(&shots.join("13-remove.png")).await;
    s.click("[data-testid=remove-confirm]").await;
    s.wait_gone("[data-testid=remove-dialog]").await;
    s.wait_attribute("[data-testid=connection-state]", "data-user", "alice")
        .await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;
    s.choose_from_menu(
        "[data-testid=workspace-switcher]",
        "[data-testid=workspace-item][data-user=alice]",
    )
    .await;
    s.click("[data-testid=workspace-switcher]").await;
    s.wait_for("[data-testid=workspace-item][data-user=alice]")
        .await;
    assert!(
        !s.exists("[data-testid=workspace-item][data-user=tina]")
            .await,
        "the removed workspace is gone from the switcher"
    );
    s.quit().await;
}
