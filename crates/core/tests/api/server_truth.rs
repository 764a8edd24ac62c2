//! What the server keeps is what Tether shows (issue 20): the chosen status apart from computed
//! presence, values Rocket.Chat ignores without an error, older servers' wording and fields.

use crate::common::{Harness, generous, pw, signed_in_app};
use tether_core::ErrorCode;
use tether_core::workspace::{ProfileChanges, ProfileSaveStep};
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed;

fn updates(h: &Harness) -> Vec<serde_json::Value> {
    h.recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.updateOwnBasicInfo")
        .collect()
}

fn version(v: &str) -> SandboxConfig {
    SandboxConfig {
        version: v.into(),
        ..generous()
    }
}

#[tokio::test]
async fn the_profile_shows_the_chosen_status_and_presence_apart() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let view = app.profile().refresh(&ws).await.unwrap();
    // Right after a REST sign-in no realtime connection exists: Rocket.Chat computes presence
    // `offline`, while the status Alice chose is still `online`.
    assert_eq!(view.profile.presence.as_deref(), Some("offline"));
    assert_eq!(
        view.profile.status.as_deref(),
        Some("online"),
        "the profile edits the chosen status (statusDefault), not computed presence"
    );
}

#[tokio::test]
async fn saving_another_field_never_changes_the_status() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let shown = app.profile().refresh(&ws).await.unwrap().profile;
    // The form sends what it shows for the status, unchanged, beside a new nickname.
    let changes = ProfileChanges {
        nickname: Some("Al".into()),
        status: shown.status.clone(),
        ..Default::default()
    };
    let ProfileSaveStep::Saved { profile, not_kept } =
        app.profile().save(&ws, changes, None).await.unwrap()
    else {
        panic!("saved online");
    };
    assert!(not_kept.is_empty(), "{not_kept:?}");
    let data = &updates(&h)[0]["body"]["data"];
    assert!(
        data.get("statusType").is_none(),
        "an unchanged status is not sent: {data}"
    );
    assert_eq!(
        profile.profile.status.as_deref(),
        Some("online"),
        "Alice did not turn invisible"
    );
}

#[tokio::test]
async fn an_empty_nickname_the_server_ignores_is_said_not_saved() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let set = ProfileChanges {
        nickname: Some("Al".into()),
        ..Default::default()
    };
    app.profile().save(&ws, set, None).await.unwrap();
    let clear = ProfileChanges {
        nickname: Some(String::new()),
        ..Default::default()
    };
    let ProfileSaveStep::Saved { profile, not_kept } =
        app.profile().save(&ws, clear, None).await.unwrap()
    else {
        panic!("saved online");
    };
    assert_eq!(updates(&h).len(), 2, "the empty nickname was sent");
    assert_eq!(not_kept.len(), 1, "{not_kept:?}");
    assert_eq!(not_kept[0].field, "nickname");
    assert_eq!(not_kept[0].kept, "Al");
    assert!(
        not_kept[0].message.contains("kept your nickname as “Al”"),
        "{}",
        not_kept[0].message
    );
    assert_eq!(
        profile.profile.nickname.as_deref(),
        Some("Al"),
        "what the server kept is what is shown"
    );
}

#[tokio::test]
async fn an_offline_edit_the_server_ignores_waits_with_the_reason() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let set = ProfileChanges {
        nickname: Some("Al".into()),
        ..Default::default()
    };
    app.profile().save(&ws, set, None).await.unwrap();
    sandbox.suspend().await;
    let _ = app.profile().refresh(&ws).await;
    let clear = ProfileChanges {
        nickname: Some(String::new()),
        bio: Some("Offline bio".into()),
        ..Default::default()
    };
    let step = app.profile().save(&ws, clear, None).await.unwrap();
    assert!(matches!(step, ProfileSaveStep::Queued { .. }), "{step:?}");
    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&ws).await.unwrap();

    let view = app.profile().cached(&ws).await.unwrap().unwrap();
    assert_eq!(
        view.profile.bio.as_deref(),
        Some("Offline bio"),
        "the bio was kept"
    );
    assert_eq!(
        view.profile.nickname.as_deref(),
        Some("Al"),
        "the shown nickname is the server's"
    );
    assert_eq!(view.pending.len(), 1, "{:?}", view.pending);
    let edit = &view.pending[0];
    assert_eq!(edit.field, "nickname");
    assert_eq!(edit.conflict.as_deref(), Some("Al"));
    assert!(
        edit.refused
            .as_deref()
            .is_some_and(|r| r.contains("does not clear")),
        "{edit:?}"
    );
    // Not sent again by itself.
    let sent = updates(&h).len();
    app.workspaces().reconnect(&ws).await.unwrap();
    assert_eq!(updates(&h).len(), sent);
    // Dropping it leaves the server's value.
    let view = app.profile().resolve(&ws, "nickname", false).await.unwrap();
    assert!(view.pending.is_empty());
}

#[tokio::test]
async fn a_wrong_password_on_a_6x_server_is_invalid_credentials_not_a_session_end() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(version("6.10")).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    for (user, password) in [("alice", "wrong"), ("nobody", "wrong")] {
        let err = app
            .session()
            .sign_in_password(&ws.id, user, pw(password))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidCredentials, "{user}: {err}");
        assert!(
            err.to_string()
                .starts_with("Incorrect username or password"),
            "{err}"
        );
    }
    let login = h
        .recorded()
        .into_iter()
        .rfind(|r| r["path"] == "/api/v1/login")
        .unwrap();
    assert_eq!(login["status"], 401);
    assert_eq!(
        login["response"]["error"], 403,
        "a 6.x server answers with Meteor's numeric 403: {login}"
    );
}

#[tokio::test]
async fn bio_and_status_are_read_only_before_6_4() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, version("6.2"), &seed::ALICE).await;
    let rules = app.profile().rules(&ws).await.unwrap();
    assert!(!rules.bio_and_status);
    for changes in [
        ProfileChanges {
            bio: Some("New".into()),
            ..Default::default()
        },
        ProfileChanges {
            status: Some("busy".into()),
            ..Default::default()
        },
    ] {
        let err = app.profile().save(&ws, changes, None).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert!(err.to_string().contains("older than 6.4"), "{err}");
    }
    assert!(updates(&h).is_empty(), "nothing sent");
    // Offline, they are not queued either.
    sandbox.suspend().await;
    let _ = app.profile().refresh(&ws).await;
    let changes = ProfileChanges {
        bio: Some("Offline".into()),
        ..Default::default()
    };
    let err = app.profile().save(&ws, changes, None).await.unwrap_err();
    assert_eq!(err.field().as_deref(), Some("bio"));
    assert!(
        app.profile()
            .cached(&ws)
            .await
            .unwrap()
            .unwrap()
            .pending
            .is_empty(),
        "not queued"
    );
    // Back online, the offline-refused edit was never queued, so nothing goes out.
    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&ws).await.unwrap();
    assert!(updates(&h).is_empty(), "nothing sent after reconnecting");
}

#[tokio::test]
async fn the_clock_shows_and_sends_the_number_rocket_chat_stores() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    sandbox.set_user_preference("alice", "clockMode", serde_json::json!(2));
    let view = app.preferences().refresh(&ws).await.unwrap();
    let clock = view.items.iter().find(|i| i.key == "clockMode").unwrap();
    assert_eq!(clock.value, Some(serde_json::json!(2)));
    let tether_core::preferences::PreferenceKind::Choice { options } = &clock.kind else {
        panic!("the clock is a choice: {:?}", clock.kind);
    };
    assert!(
        options
            .iter()
            .any(|o| o.value == serde_json::json!(2) && o.label == "24-hour"),
        "the stored 2 is one of the choices, shown as its label: {options:?}"
    );
    // A choice picked on the page (the select gives it as it lists it) goes out as a number.
    app.preferences()
        .set(&ws, "clockMode", serde_json::json!("1"))
        .await
        .unwrap();
    app.preferences().sync(&ws).await.unwrap();
    let sent = h
        .recorded()
        .into_iter()
        .rfind(|r| r["path"] == "/api/v1/users.setPreferences")
        .unwrap();
    assert_eq!(sent["body"]["data"]["clockMode"], serde_json::json!(1));
}

#[tokio::test]
async fn the_token_tether_signs_in_with_is_marked_in_the_list() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    let (name, token) = seed::OSCAR.personal_access_tokens[0];
    app.session()
        .sign_in_token(&ws, seed::OSCAR.id, pw(token))
        .await
        .unwrap();
    let listing = app.security().access_tokens(&ws).await.unwrap();
    let marked: Vec<_> = listing
        .tokens
        .iter()
        .filter(|t| t.used_by_tether)
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(marked, [name], "{listing:?}");
}
