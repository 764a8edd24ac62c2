//! Tether in Arabic and in the dark (issue 26 items 1, 6 and 7): the language and theme chosen
//! on the Preferences page apply to the window at once — mirrored right to left, Rocket.Chat's
//! dark palette — and the tray's words follow; each page is photographed for a person to look at
//! (kept with the run's screenshots).
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::time::{Duration, Instant};

use serde_json::json;
use tether_e2e::Journey;
use tether_sandbox::{Sandbox, SandboxConfig, seed};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_right_to_left_and_dark() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let driver = journey.driver().await;
    let s = driver.launch(&journey.app).await;
    s.open_preferences(&sandbox.url(), &seed::ALICE).await;

    s.select("[data-testid=pref-language]", r#"\"ar\""#).await;
    s.select("[data-testid=pref-themeAppearence]", r#"\"dark\""#)
        .await;
    let root = || async {
        s.execute(
            "const r = document.documentElement; return [r.lang, r.dir, r.dataset.theme].join(' ')",
            json!([]),
        )
        .await
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while root().await != json!("ar rtl dark") {
        assert!(Instant::now() < deadline, "not applied: {}", root().await);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    s.wait_text("[data-testid=nav-preferences]", "التفضيلات")
        .await;
    // The frame is mirrored: the navigation sits at the window's right.
    let nav_x = s
        .execute(
            "return document.querySelector('aside').getBoundingClientRect().left",
            json!([]),
        )
        .await;
    assert!(
        nav_x.as_f64().unwrap() > 500.0,
        "the navigation is on the right: {nav_x}"
    );

    for (page, nav, ready) in [
        ("preferences", "nav-preferences", "preferences-state"),
        ("profile", "nav-profile", "profile-name"),
        ("security", "nav-security", "security-page"),
        ("tokens", "nav-tokens", "tokens-page"),
        ("about", "nav-about", "about-page"),
    ] {
        s.click(&format!("[data-testid={nav}]")).await;
        s.wait_for(&format!("[data-testid={ready}]")).await;
        s.screenshot(&shots.join(format!("rtl-dark-{page}.png")))
            .await;
    }
    s.quit().await;
}
