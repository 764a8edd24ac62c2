//! One full journey by keyboard alone, on the real app (issue 26 item 4): add a workspace, sign
//! in, open Preferences and change one, open and close the workspace menu (the focus comes
//! back), and the shortcuts. Every step is a key pressed where the focus is; on the way, each
//! control that takes the focus must show it.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::{Journey, Key};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_journey_by_keyboard_only() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;

    // Add the workspace: its address, then Enter.
    s.wait_for("[data-testid=add-workspace-url]").await;
    s.tab_to("add-workspace-url", false).await;
    s.type_text(&sandbox.url()).await;
    s.press(Key::Enter).await;

    // Sign in: user name, Tab, password, Enter.
    s.wait_for("[data-testid=signin-username]").await;
    s.tab_to("signin-username", false).await;
    s.type_text(seed::ALICE.username).await;
    s.tab_to("signin-password", false).await;
    s.type_text(seed::ALICE.password.unwrap()).await;
    s.press(Key::Enter).await;
    s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
        .await;

    // Preferences from the navigation, and one of them changed with the space bar.
    s.tab_to("nav-preferences", false).await;
    s.press(Key::Enter).await;
    s.wait_text("[data-testid=preferences-state]", "All changes saved")
        .await;
    let checked = || async {
        s.execute(
            "return document.querySelector('[data-testid=pref-useEmojis]').checked",
            serde_json::json!([]),
        )
        .await
        .as_bool()
        .unwrap()
    };
    let before = checked().await;
    s.tab_to("pref-useEmojis", false).await;
    s.press(Key::Space).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while checked().await == before {
        assert!(
            std::time::Instant::now() < deadline,
            "the space bar did not change it"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    s.wait_text("[data-testid=preferences-state]", "All changes saved")
        .await;
    s.screenshot(&shots.join("keyboard-10-preference-changed.png"))
        .await;

    // The workspace menu opens with Enter, closes with Escape, and gives the focus back.
    s.tab_to("workspace-switcher", true).await;
    s.press(Key::Enter).await;
    s.wait_for("[data-testid=workspace-item]").await;
    s.screenshot(&shots.join("keyboard-11-menu-open.png")).await;
    s.press(Key::Escape).await;
    s.wait_gone("[data-testid=workspace-item]").await;
    assert_eq!(
        s.focused().await,
        "workspace-switcher",
        "focus returns to the menu's button"
    );

    // The shortcuts: Ctrl+, opens Preferences from anywhere; Ctrl+1 shows the first workspace.
    s.tab_to("nav-about", false).await;
    s.press(Key::Enter).await;
    s.wait_for("[data-testid=about-shortcuts]").await;
    s.chord(Key::Control, ',').await;
    s.wait_text("[data-testid=preferences-state]", "All changes saved")
        .await;
    s.chord(Key::Control, '1').await;
    s.wait_attribute("[data-testid=connection-state]", "data-user", "alice")
        .await;
    s.screenshot(&shots.join("keyboard-12-shortcuts.png")).await;
    s.quit().await;
}
