//! A Chatwoot workspace offline (issue 23 item 8): name, display name, audio alerts, e-mail
//! and push flags and availability edited while the server is away are kept in the one
//! outbox through a restart, shown at once, and sent when it is back; a setting changed on
//! the server meanwhile is a conflict for the user; e-mail, password and token need the server.

use serde_json::json;
use tether_core::agent::AgentProfileEdit;
use tether_core::chatwoot::{ChatwootAuth, ChatwootClient, ProfileChanges};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_core::workspace::{AgentAudio, Connection};
use tether_core::{ErrorCode, Sensitive, Tether};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};

use crate::common::{Harness, pw, signed_in};

fn direct(sandbox: &ChatwootSandbox) -> (ChatwootClient, ChatwootAuth) {
    (
        ChatwootClient::new(
            Http::new().unwrap(),
            WorkspaceUrl::parse(&sandbox.url()).unwrap(),
        ),
        ChatwootAuth::Token(Sensitive::new(CORA.access_token.into())),
    )
}

fn edit(name: Option<&str>, display: Option<&str>) -> AgentProfileEdit {
    AgentProfileEdit {
        name: name.map(str::to_owned),
        display_name: display.map(str::to_owned),
        email: None,
    }
}

#[tokio::test]
async fn offline_edits_survive_a_restart_and_are_sent_when_the_server_is_back() {
    let h = Harness::new();
    // The server is gone: the first read found out, the page stayed on the cache.
    let (app, id, mut sandbox) = cora_gone_offline(&h).await;
    let id = {
        let snapshot = app.workspaces().snapshot().await.unwrap();
        assert!(matches!(
            snapshot.workspaces[0].connection,
            Connection::Offline { .. }
        ));

        let saved = app
            .agent()
            .save_profile(&id, edit(Some("Cora on a train"), Some("Cora T.")))
            .await
            .unwrap();
        assert_eq!(saved.view.profile.as_ref().unwrap().name, "Cora on a train");
        assert_eq!(saved.view.pending.len(), 2);
        assert!(saved.kept_for_later);
        assert_eq!(saved.email_unconfirmed, None);
        let audio = AgentAudio {
            assigned: true,
            unassigned: false,
            assigned_to_others: false,
            all: false,
            always_play: false,
            repeat_while_unread: true,
            tone: "bell".into(),
        };
        app.agent().save_audio(&id, audio.clone()).await.unwrap();
        app.agent()
            .save_flags(
                &id,
                vec!["email_conversation_mention".into()],
                vec!["push_conversation_assignment".into()],
            )
            .await
            .unwrap();
        let view = app.agent().set_availability(&id, "busy").await.unwrap();
        assert_eq!(
            view.profile.as_ref().unwrap().accounts[0].availability,
            "busy"
        );
        assert_eq!(view.profile.as_ref().unwrap().audio, audio);
        assert_eq!(
            view.flags.as_ref().unwrap().email,
            vec!["email_conversation_mention"]
        );
        assert_eq!(view.pending.len(), 5);

        // What needs the server says so.
        let email = app
            .agent()
            .save_profile(
                &id,
                AgentProfileEdit {
                    email: Some("cora.train@sandbox.tether.test".into()),
                    ..AgentProfileEdit::default()
                },
            )
            .await
            .unwrap_err();
        assert_eq!(email.code(), ErrorCode::NeedsServer);
        assert_eq!(email.field().as_deref(), Some("email"));
        let token = app.agent().reset_token(&id).await.unwrap_err();
        assert_eq!(token.code(), ErrorCode::NeedsServer);
        id
    };
    drop(app);

    // Kept through a restart, shown while still offline.
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let shown = app.agent().cached(&id).await.unwrap();
    assert_eq!(shown.profile.as_ref().unwrap().display_name, "Cora T.");
    assert_eq!(shown.pending.len(), 5);

    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&id).await.unwrap();
    // Sent by the reconnection itself.
    let after = app.agent().cached(&id).await.unwrap();
    assert!(after.pending.is_empty(), "{:?}", after.pending);
    let (client, auth) = direct(&sandbox);
    let server = client.profile(&auth).await.unwrap();
    assert_eq!(server.name, "Cora on a train");
    assert_eq!(server.display_name.as_deref(), Some("Cora T."));
    assert_eq!(server.ui_settings["notification_tone"], json!("bell"));
    assert_eq!(server.accounts[0].availability.as_deref(), Some("busy"));
    let flags = client.notification_flags(&auth, 1).await.unwrap();
    assert_eq!(
        flags.selected_email_flags,
        vec!["email_conversation_mention"]
    );
    assert_eq!(
        flags.selected_push_flags,
        vec!["push_conversation_assignment"]
    );
}

/// Cora signed in with her token, her settings read once, then the Chatwoot server gone (and
/// found gone by a read).
async fn cora_gone_offline(h: &Harness) -> (Tether, String, ChatwootSandbox) {
    let mut sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let app = h.app().await;
    let id = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    signed_in(
        app.session()
            .sign_in_token(&id, "", pw(CORA.access_token))
            .await
            .unwrap(),
    );
    app.agent().refresh(&id).await.unwrap();
    sandbox.suspend().await;
    assert!(!app.agent().refresh(&id).await.unwrap().fresh);
    (app, id, sandbox)
}

#[tokio::test]
async fn a_setting_changed_on_the_server_meanwhile_is_a_conflict_for_the_user() {
    let h = Harness::new();
    let (app, id, mut sandbox) = cora_gone_offline(&h).await;
    app.agent()
        .save_profile(&id, edit(Some("Cora from Tether"), Some("CT")))
        .await
        .unwrap();
    sandbox.resume().await.unwrap();
    // Someone renames Cora on the web meanwhile; the display name is untouched there.
    let (client, auth) = direct(&sandbox);
    client
        .update_profile(
            &auth,
            &ProfileChanges {
                name: Some("Cora from the web".into()),
                ..ProfileChanges::default()
            },
        )
        .await
        .unwrap();
    app.workspaces().reconnect(&id).await.unwrap();
    let view = app.agent().cached(&id).await.unwrap();
    assert_eq!(view.pending.len(), 1, "{:?}", view.pending);
    assert_eq!(view.pending[0].key, "name");
    assert_eq!(view.pending[0].conflict, Some(json!("Cora from the web")));
    let server = client.profile(&auth).await.unwrap();
    assert_eq!(server.name, "Cora from the web", "never overwritten");
    assert_eq!(server.display_name.as_deref(), Some("CT"));

    // The user keeps theirs: sent now.
    let kept = app.agent().resolve(&id, "name", true).await.unwrap();
    assert!(kept.pending.is_empty(), "{:?}", kept.pending);
    assert_eq!(
        client.profile(&auth).await.unwrap().name,
        "Cora from Tether"
    );
}

#[tokio::test]
async fn an_edit_the_server_refuses_when_it_is_back_waits_with_its_reason() {
    let h = Harness::new();
    let (app, id, mut sandbox) = cora_gone_offline(&h).await;
    let long = "n".repeat(256);
    app.agent()
        .save_profile(&id, edit(Some(&long), None))
        .await
        .unwrap();
    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&id).await.unwrap();
    let view = app.agent().cached(&id).await.unwrap();
    assert_eq!(view.pending.len(), 1);
    let reason = view.pending[0].refused.clone().unwrap();
    assert!(reason.contains("Name is too long"), "{reason}");
    // Dropping it shows the server's name again.
    let dropped = app.agent().resolve(&id, "name", false).await.unwrap();
    assert!(dropped.pending.is_empty());
    assert_eq!(dropped.profile.unwrap().name, CORA.name);
}

#[tokio::test]
async fn reading_the_pages_with_nothing_waiting_announces_no_background_change() {
    // A page reads again on a background change, and reading comes through the outbox first:
    // announcing a change when nothing was sent would make the page read for ever.
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, events) = h.app_with_events().await;
    let id = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    signed_in(
        app.session()
            .sign_in_token(&id, "", pw(CORA.access_token))
            .await
            .unwrap(),
    );
    let background = || {
        events
            .events()
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    tether_core::ports::CoreEvent::ProfileUpdated {
                        origin: tether_core::ports::ChangeOrigin::Background,
                        ..
                    }
                )
            })
            .count()
    };
    let before = background();
    app.agent().refresh(&id).await.unwrap();
    app.agent().refresh(&id).await.unwrap();
    assert_eq!(background(), before);
}
