//! A Chatwoot workspace beside a Rocket.Chat one, on the real app binary under Xvfb with the
//! real notification daemon, audio sink and tray (issue 23): add and sign in; change name and
//! display name; fail then succeed a password change; choose "assigned to me" and a tone,
//! previewed into the sink; set e-mail and push flags; reset the access token; go offline,
//! edit, come back and see it sent; then an assigned conversation's message arrives as a
//! notification with its tone, and the tray counts it.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use std::time::{Duration, Instant};

use serde_json::json;
use tether_core::ports::Clip;
use tether_e2e::desktop::{NotifyMonitor, Recording, peak, peak_hz, require_session};
use tether_e2e::tray::Watcher;
use tether_e2e::{Driver, Journey};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};
use tether_sandbox::{Sandbox, SandboxConfig, seed};

async fn wait_until<T>(what: &str, secs: u64, mut probe: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The dominant pitch of a Chatwoot tone as Tether synthesises it.
fn tone_hz(tone: &str) -> f32 {
    let Some(Clip::Pcm { samples, .. }) = tether_core::alerts::sounds::chatwoot_tone(tone) else {
        panic!("{tone} is a Chatwoot tone");
    };
    peak_hz(&samples)
}

async fn post(sandbox: &ChatwootSandbox, route: &str, body: serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{}_sandbox/{route}", sandbox.url()))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{route}: {}",
        response.status()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chatwoot_workspace_beside_rocket_chat_from_sign_in_to_an_alert() {
    require_session();
    let journey = Journey::new();
    let shots = &journey.shots;
    let watcher = Watcher::start();
    let monitor = NotifyMonitor::start();
    let config_home = tempfile::tempdir().unwrap();
    let rocket = Sandbox::start(SandboxConfig {
        site_name: "Acme Chat".into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let mut chatwoot = ChatwootSandbox::start(ChatwootConfig {
        test_routes: true,
        ..ChatwootConfig::default()
    })
    .await
    .unwrap();
    let driver = Driver::start(&[
        ("TETHER_DATA_DIR", journey.data.path()),
        ("XDG_CONFIG_HOME", config_home.path()),
    ])
    .await;
    let s = driver.launch(&journey.app).await;

    // Rocket.Chat first, then Chatwoot beside it: recognised by its URL, signed in by email.
    s.sign_in_to(&rocket.url(), &seed::ALICE).await;
    s.add_another_workspace().await;
    s.add_workspace(&chatwoot.url()).await;
    s.wait_text("label[for=signin-username]", "Email").await;
    s.sign_in(CORA.email, CORA.password).await;
    s.wait_for("[data-testid=agent-profile-page]").await;
    s.wait_attribute(
        "[data-testid=connection-state]",
        "data-workspace",
        "Sandbox Support",
    )
    .await;
    s.wait_attribute("[data-testid=connection-state]", "data-user", CORA.email)
        .await;
    s.click("[data-testid=workspace-switcher]").await;
    s.wait_for("[data-testid=workspace-item][data-kind=chatwoot][data-name='Sandbox Support'] [data-testid=workspace-icon]")
        .await;
    s.wait_for("[data-testid=workspace-item][data-kind=rocket_chat][data-user=alice]")
        .await;
    s.screenshot(&shots.join("chatwoot-1-switcher.png")).await;
    s.click("[data-testid=workspace-item][data-kind=chatwoot]")
        .await;
    s.wait_gone("[data-testid=workspace-item]").await;

    // Name and display name: "Update profile", the seed's words, the server's values.
    s.wait_attribute("[data-testid=agent-name]", "value", CORA.name)
        .await;
    s.fill("[data-testid=agent-name]", "Cora Tether").await;
    s.fill("[data-testid=agent-display-name]", "Cora T.").await;
    s.click("[data-testid=agent-update-profile]").await;
    s.wait_text(
        "[data-testid=agent-saved]",
        "Your profile has been updated successfully",
    )
    .await;
    let held = chatwoot.user(CORA.email).unwrap();
    assert_eq!(held.name, "Cora Tether");
    assert_eq!(held.display_name.as_deref(), Some("Cora T."));

    // The password: the rule while typing, a wrong current password on its field, then done.
    let new_password = "Cora-tether-2!";
    s.fill("[data-testid=agent-new-password]", "weakpass").await;
    s.wait_attribute("[data-testid=rule-uppercase]", "data-met", "false")
        .await;
    s.fill("[data-testid=agent-new-password]", new_password)
        .await;
    s.fill("[data-testid=agent-confirm-password]", new_password)
        .await;
    s.fill("[data-testid=agent-current-password]", "Not-mine-1!")
        .await;
    s.click("[data-testid=agent-change-password]").await;
    s.wait_text("[data-testid=error-current-password]", "not correct")
        .await;
    s.screenshot(&shots.join("chatwoot-2-password-refused.png"))
        .await;
    s.fill("[data-testid=agent-current-password]", CORA.password)
        .await;
    s.click("[data-testid=agent-change-password]").await;
    s.wait_for("[data-testid=agent-password-changed]").await;
    assert_eq!(chatwoot.user(CORA.email).unwrap().password, new_password);

    // Notifications: "assigned to me", sound also while the window is active, and a tone
    // previewed at the chosen volume into the sink.
    s.click("[data-testid=nav-notifications]").await;
    s.wait_for("[data-testid=audio-section]").await;
    s.click("[data-testid=audio-assigned]").await;
    s.click("[data-testid=audio-only-inactive]").await;
    s.select("[data-testid=audio-tone]", "chime").await;
    wait_until("the tone to be saved", 10, || {
        let held = chatwoot.user(CORA.email)?;
        (held.ui_settings.get("notification_tone") == Some(&json!("chime"))
            && held.ui_settings.get("enable_audio_alerts") == Some(&json!("assigned"))
            && held.ui_settings.get("always_play_audio_alert") == Some(&json!(true)))
        .then_some(())
    })
    .await;
    let recording = Recording::start();
    s.click("[data-testid=audio-preview]").await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let heard = recording.stop();
    assert!(
        peak(&heard) > 0.05,
        "the preview reached the sink: peak {}",
        peak(&heard)
    );
    let (want, got) = (tone_hz("chime"), peak_hz(&heard));
    assert!(
        (want - got).abs() <= 10.0,
        "chime ({want} Hz) played; heard {got} Hz"
    );

    // E-mail and push flags.
    s.click("[data-testid=flag-email_conversation_mention]")
        .await;
    wait_until("the e-mail flag", 10, || {
        chatwoot
            .notification_flags(CORA.id, 1)
            .filter(|(email, _)| email.iter().any(|f| f == "email_conversation_mention"))
    })
    .await;
    s.click("[data-testid=flag-push_assigned_conversation_new_message]")
        .await;
    wait_until("the push flag", 10, || {
        chatwoot.notification_flags(CORA.id, 1).filter(|(_, push)| {
            push.iter()
                .any(|f| f == "push_assigned_conversation_new_message")
        })
    })
    .await;
    s.screenshot(&shots.join("chatwoot-3-notifications.png"))
        .await;

    // The access token: masked, then reset after the warning.
    s.click("[data-testid=nav-access-token]").await;
    let old_token = chatwoot.user(CORA.email).unwrap().access_token;
    assert!(
        !s.attribute("[data-testid=agent-token]", "value")
            .await
            .unwrap()
            .contains(&old_token)
    );
    s.click("[data-testid=agent-token-reset]").await;
    s.wait_text("[data-testid=agent-token-confirm]", "stop working")
        .await;
    s.click("[data-testid=agent-token-reset-confirm]").await;
    s.wait_for("[data-testid=agent-token-reset-done]").await;
    let new_token = chatwoot.user(CORA.email).unwrap().access_token;
    assert_ne!(new_token, old_token);
    s.wait_attribute("[data-testid=agent-token]", "value", &new_token)
        .await;

    // Offline: the display name is kept on this computer, then sent when the server is back.
    s.click("[data-testid=nav-profile]").await;
    s.wait_attribute("[data-testid=agent-display-name]", "value", "Cora T.")
        .await;
    chatwoot.suspend().await;
    s.fill("[data-testid=agent-display-name]", "Cora on the road")
        .await;
    s.click("[data-testid=agent-update-profile]").await;
    s.wait_attribute(
        "[data-testid=pending-display_name]",
        "data-state",
        "waiting",
    )
    .await;
    assert!(
        !s.exists("[data-testid=agent-saved]").await,
        "kept for later is not \"updated\""
    );
    s.screenshot(&shots.join("chatwoot-4-offline-edit.png"))
        .await;
    chatwoot.resume().await.unwrap();
    wait_until("the offline edit to reach the server", 40, || {
        chatwoot
            .user(CORA.email)
            .filter(|u| u.display_name.as_deref() == Some("Cora on the road"))
    })
    .await;
    s.wait_gone("[data-testid=pending-display_name]").await;
    s.wait_attribute("[data-testid=connection-state]", "data-state", "online")
        .await;

    // A contact writes in Cora's conversation: the notification with its tone, and the tray.
    let item = wait_until("the tray icon", 20, || watcher.item()).await;
    wait_until("the Chatwoot line in the tray menu", 20, || {
        item.menu()
            .iter()
            .any(|e| e.label == "Sandbox Support — nothing unread")
            .then_some(())
    })
    .await;
    let recording = Recording::start();
    post(
        &chatwoot,
        "messages",
        json!({ "conversation_id": 1, "content": "Is my order on its way?", "from": "contact" }),
    )
    .await;
    let shown = monitor.wait_for(15, |n| n.body == "Is my order on its way?");
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let heard = recording.stop();
    assert!(shown.summary.contains("Sandbox Support"), "{shown:?}");
    assert!(
        peak(&heard) > 0.05,
        "the alert reached the sink: peak {}",
        peak(&heard)
    );
    let got = peak_hz(&heard);
    assert!(
        (tone_hz("chime") - got).abs() <= 10.0,
        "the chime played; heard {got} Hz"
    );
    wait_until("the tray to count it", 20, || {
        item.menu()
            .iter()
            .any(|e| e.label == "Sandbox Support — 1 unread")
            .then_some(())
    })
    .await;
    s.wait_text(
        "[data-testid=unread-count][data-workspace='Sandbox Support']",
        "1",
    )
    .await;
    s.screenshot(&shots.join("chatwoot-5-alert.png")).await;

    // No secret of the journey in the app's files: not the session's token, the personal
    // tokens (old and new), the realtime token, nor either password.
    let held = chatwoot.user(CORA.email).unwrap();
    let mut secrets = chatwoot.session_tokens(CORA.id);
    assert!(!secrets.is_empty(), "Cora has a live session");
    secrets.extend([
        old_token,
        new_token,
        held.pubsub_token,
        CORA.password.to_owned(),
        new_password.to_owned(),
    ]);
    s.quit().await;
    let data = journey.data.path();
    for name in ["tether.log", "cache.sqlite", "cache.sqlite-wal"] {
        let Ok(bytes) = std::fs::read(data.join(name)) else {
            continue;
        };
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
