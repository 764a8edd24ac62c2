//! A Chatwoot agent's settings through Tether's agent slice (issue 23 items 2–7) against the
//! Chatwoot sandbox: what the server answers is what is shown and cached, errors land on their
//! fields, `ui_settings` keys of other devices survive, and a reset token replaces the old one.

use serde_json::json;
use tether_core::agent::AgentProfileEdit;
use tether_core::chatwoot::{ChatwootAuth, ChatwootClient, ProfileChanges};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_core::workspace::AgentAudio;
use tether_core::{ErrorCode, Tether};
use tether_sandbox::chatwoot::{ADA, CORA, ChatwootConfig, ChatwootSandbox};

use crate::common::{Harness, pw, signed_in};

async fn signed_in_agent(
    h: &Harness,
    sandbox: &ChatwootSandbox,
    token: Option<&str>,
) -> (Tether, String) {
    let app = h.app().await;
    let added = app.workspaces().add(&sandbox.url()).await.unwrap();
    let step = match token {
        Some(token) => app.session().sign_in_token(&added.id, "", pw(token)).await,
        None => {
            app.session()
                .sign_in_password(&added.id, CORA.email, pw(CORA.password))
                .await
        }
    };
    signed_in(step.unwrap());
    (app, added.id)
}

fn edit(name: Option<&str>, display: Option<&str>, email: Option<&str>) -> AgentProfileEdit {
    AgentProfileEdit {
        name: name.map(str::to_owned),
        display_name: display.map(str::to_owned),
        email: email.map(str::to_owned),
    }
}

#[tokio::test]
async fn the_pages_open_from_the_cache_and_then_read_the_server() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, None).await;
    let fresh = app.agent().refresh(&id).await.unwrap();
    assert!(fresh.fresh);
    let profile = fresh.profile.unwrap();
    assert_eq!(profile.name, CORA.name);
    assert_eq!(profile.accounts[0].name, "Sandbox Support");
    assert_eq!(profile.audio.tone, "ding");
    let flags = fresh.flags.unwrap();
    assert_eq!(flags.account_id, "1");
    assert!(
        flags
            .all_email
            .contains(&"email_conversation_assignment".to_owned())
    );
    assert_eq!(
        flags.email,
        vec!["email_conversation_assignment".to_owned()]
    );

    // Next start, the server gone: the cache answers at once.
    drop(app);
    sandbox.stop().await;
    let app = h.app().await;
    let cached = app.agent().cached(&id).await.unwrap();
    assert!(!cached.fresh);
    assert_eq!(cached.profile.unwrap().name, CORA.name);
    assert_eq!(cached.flags.unwrap().email.len(), 1);
}

#[tokio::test]
async fn update_profile_keeps_what_the_server_answered_and_says_when_an_address_waits() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, None).await;
    let saved = app
        .agent()
        .save_profile(&id, edit(Some("Cora Renamed"), Some("Cora R."), None))
        .await
        .unwrap();
    let profile = saved.view.profile.unwrap();
    assert_eq!(
        (profile.name.as_str(), profile.display_name.as_str()),
        ("Cora Renamed", "Cora R.")
    );
    assert_eq!(saved.email_unconfirmed, None);
    assert!(!saved.kept_for_later);
    // The switcher shows the new display name.
    let snapshot = app.workspaces().snapshot().await.unwrap();
    assert_eq!(
        snapshot.workspaces[0]
            .account
            .as_ref()
            .unwrap()
            .display_name
            .as_deref(),
        Some("Cora R.")
    );

    // A display name can be cleared.
    let cleared = app
        .agent()
        .save_profile(&id, edit(None, Some(""), None))
        .await
        .unwrap();
    assert_eq!(cleared.view.profile.unwrap().display_name, "");

    // A new address waits for its confirmation (reconfirmable): the old one stays, and the
    // user is told, not shown "saved" with an address the server did not take.
    let moved = app
        .agent()
        .save_profile(&id, edit(None, None, Some("cora.new@sandbox.tether.test")))
        .await
        .unwrap();
    assert_eq!(moved.view.profile.unwrap().email, CORA.email);
    assert_eq!(
        moved.email_unconfirmed.as_deref(),
        Some("cora.new@sandbox.tether.test")
    );

    // The server's validation lands on its field.
    let long = "x".repeat(256);
    let err = app
        .agent()
        .save_profile(&id, edit(Some(&long), None, None))
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("name"), "{err}");
    assert!(err.to_string().contains("Name is too long"), "{err}");
    let taken = app
        .agent()
        .save_profile(&id, edit(None, None, Some(ADA.email)))
        .await
        .unwrap_err();
    assert_eq!(taken.field().as_deref(), Some("email"), "{taken}");
}

#[tokio::test]
async fn a_wrong_current_password_lands_on_its_field_and_a_good_change_goes_through() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, None).await;
    let new = "Cora-new-pass-2!";
    let wrong = app
        .agent()
        .change_password(&id, pw("Not-it-1!"), pw(new), pw(new))
        .await
        .unwrap_err();
    assert_eq!(wrong.field().as_deref(), Some("current_password"));
    assert_eq!(wrong.to_string(), "The current password is not correct.");
    let weak = app
        .agent()
        .change_password(
            &id,
            pw(CORA.password),
            pw("alllowercase1!"),
            pw("alllowercase1!"),
        )
        .await
        .unwrap_err();
    assert_eq!(weak.code(), ErrorCode::InvalidInput);
    assert_eq!(weak.field().as_deref(), Some("password"), "{weak}");
    let differ = app
        .agent()
        .change_password(&id, pw(CORA.password), pw(new), pw("Other-pass-3!"))
        .await
        .unwrap_err();
    assert_eq!(differ.field().as_deref(), Some("password_confirmation"));

    app.agent()
        .change_password(&id, pw(CORA.password), pw(new), pw(new))
        .await
        .unwrap();
    // The new password signs in.
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    assert!(client.sign_in(CORA.email, &pw(new)).await.is_ok());
}

#[tokio::test]
async fn audio_alerts_change_only_their_keys_of_ui_settings() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, Some(CORA.access_token)).await;
    // Another device keeps its own key in the same object meanwhile.
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let auth = ChatwootAuth::Token(pw(CORA.access_token));
    let mut ui = serde_json::Map::new();
    ui.insert("is_ct_labels_open".into(), json!(true));
    client
        .update_profile(
            &auth,
            &ProfileChanges {
                ui_settings: Some(ui),
                ..Default::default()
            },
        )
        .await
        .unwrap();

    let audio = AgentAudio {
        assigned: true,
        unassigned: false,
        assigned_to_others: false,
        all: false,
        always_play: true,
        repeat_while_unread: false,
        tone: "chime".into(),
    };
    let view = app.agent().save_audio(&id, audio.clone()).await.unwrap();
    assert_eq!(view.profile.unwrap().audio, audio);
    let server = client.profile(&auth).await.unwrap();
    assert_eq!(server.ui_settings["enable_audio_alerts"], json!("assigned"));
    assert_eq!(server.ui_settings["notification_tone"], json!("chime"));
    assert_eq!(server.ui_settings["is_ct_labels_open"], json!(true));

    let bad = app
        .agent()
        .save_audio(
            &id,
            AgentAudio {
                tone: "siren".into(),
                ..audio
            },
        )
        .await
        .unwrap_err();
    assert_eq!(bad.field().as_deref(), Some("tone"));
}

#[tokio::test]
async fn notification_flags_availability_and_auto_offline_are_saved_as_the_server_says() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, None).await;
    app.agent().refresh(&id).await.unwrap();
    let email = vec!["email_conversation_mention".to_owned()];
    let push = vec![
        "push_conversation_assignment".to_owned(),
        "push_assigned_conversation_new_message".to_owned(),
    ];
    let view = app
        .agent()
        .save_flags(&id, email.clone(), push.clone())
        .await
        .unwrap();
    let flags = view.flags.unwrap();
    assert_eq!(flags.email, email);
    let mut got = flags.push.clone();
    got.sort();
    let mut want = push.clone();
    want.sort();
    assert_eq!(got, want);
    let unknown = app
        .agent()
        .save_flags(&id, vec!["email_captain_reply".into()], vec![])
        .await
        .unwrap_err();
    assert_eq!(unknown.field().as_deref(), Some("flags"));

    let busy = app.agent().set_availability(&id, "busy").await.unwrap();
    assert_eq!(busy.profile.unwrap().accounts[0].availability, "busy");
    let manual = app.agent().set_auto_offline(&id, false).await.unwrap();
    assert!(!manual.profile.unwrap().accounts[0].auto_offline);
    let nonsense = app.agent().set_availability(&id, "away").await.unwrap_err();
    assert_eq!(nonsense.field().as_deref(), Some("availability"));
}

#[tokio::test]
async fn resetting_the_token_of_a_token_session_switches_to_the_new_one() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, Some(ADA.access_token)).await;
    assert_eq!(
        app.agent().token(&id).await.unwrap().token,
        ADA.access_token
    );
    let new = app.agent().reset_token(&id).await.unwrap();
    assert_ne!(new.token, ADA.access_token);
    // The session goes on with the new token, and the old one is dead on the server.
    assert_eq!(app.agent().token(&id).await.unwrap().token, new.token);
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let old = client
        .profile(&ChatwootAuth::Token(pw(ADA.access_token)))
        .await
        .unwrap_err();
    assert_eq!(old.code(), ErrorCode::InvalidCredentials);
    // And at the next start too: the keyring has the new one.
    drop(app);
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    assert!(app.agent().refresh(&id).await.unwrap().fresh);
    // Two accounts: the second can be chosen, and is remembered.
    let chosen = app.agent().choose_account(&id, "2").await.unwrap();
    assert_eq!(chosen.account_id.as_deref(), Some("2"));
    assert_eq!(chosen.flags.unwrap().account_id, "2");
    let refused = app.agent().choose_account(&id, "9").await.unwrap_err();
    assert_eq!(refused.field().as_deref(), Some("account"));
}

#[tokio::test]
async fn the_tone_preview_plays_the_chosen_tone_at_the_workspaces_volume() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, desktop) = h.app_with_desktop().await;
    let added = app.workspaces().add(&sandbox.url()).await.unwrap();
    signed_in(
        app.session()
            .sign_in_token(&added.id, "", pw(CORA.access_token))
            .await
            .unwrap(),
    );
    let view = app.agent().set_volume(&added.id, 40).await.unwrap();
    assert_eq!(view.volume, 40);
    app.agent()
        .preview_tone(&added.id, "bell", None)
        .await
        .unwrap();
    app.agent()
        .preview_tone(&added.id, "ping", Some(100))
        .await
        .unwrap();
    let played = desktop.sounds();
    assert_eq!(played.len(), 2);
    assert_eq!(
        played[0].0,
        tether_core::alerts::sounds::chatwoot_tone("bell").unwrap()
    );
    assert!((played[0].1 - 0.4).abs() < 1e-6);
    assert!((played[1].1 - 1.0).abs() < 1e-6);
    let err = app
        .agent()
        .preview_tone(&added.id, "siren", None)
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("tone"));
    assert_eq!(
        app.agent()
            .set_volume(&added.id, 101)
            .await
            .unwrap_err()
            .field()
            .as_deref(),
        Some("volume")
    );
}

#[tokio::test]
async fn the_profile_image_is_uploaded_refused_as_chatwoot_refuses_and_removed() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = signed_in_agent(&h, &sandbox, None).await;
    let png: Vec<u8> = [b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 64]].concat();
    let view = app
        .agent()
        .set_avatar(&id, png.clone(), "me.png")
        .await
        .unwrap();
    assert!(view.profile.unwrap().has_avatar);
    let images = app.workspaces().images().await.unwrap();
    let mine = images.iter().find(|i| i.workspace_id == id).unwrap();
    assert!(
        mine.avatar
            .as_deref()
            .is_some_and(|a| a.starts_with("data:image/png;base64,")),
        "{mine:?}"
    );

    // WebP is not among Chatwoot's avatar types (Avatarable): the server's refusal, on the field.
    let webp: Vec<u8> = [b"RIFF\x10\x00\x00\x00WEBPVP8 ".as_slice(), &[0u8; 32]].concat();
    let refused = app
        .agent()
        .set_avatar(&id, webp, "me.webp")
        .await
        .unwrap_err();
    assert_eq!(refused.field().as_deref(), Some("avatar"));
    assert!(
        refused
            .to_string()
            .contains("Avatar filetype not supported"),
        "{refused}"
    );
    // What cannot be a picture, or is over Chatwoot's 15 MB, is refused before sending.
    let text = app
        .agent()
        .set_avatar(&id, b"hello".to_vec(), "me.txt")
        .await
        .unwrap_err();
    assert_eq!(text.field().as_deref(), Some("avatar"));
    let mut big = png.clone();
    big.resize(15 * 1024 * 1024 + 1, 0);
    let too_big = app
        .agent()
        .set_avatar(&id, big, "big.png")
        .await
        .unwrap_err();
    assert!(too_big.to_string().contains("15 MB"), "{too_big}");

    let removed = app.agent().remove_avatar(&id).await.unwrap();
    assert!(!removed.profile.unwrap().has_avatar);
    let images = app.workspaces().images().await.unwrap();
    assert!(
        images
            .iter()
            .find(|i| i.workspace_id == id)
            .is_none_or(|i| i.avatar.is_none())
    );
}
