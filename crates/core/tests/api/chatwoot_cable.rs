//! Core's ActionCable client against the Chatwoot sandbox: the subscription is confirmed only
//! for the user's own realtime token, a contact's message arrives as `message.created` and,
//! with "my assigned conversations" chosen, sounds by Chatwoot's rules (reference
//! chatwoot-api.md B4, B10).

use std::time::Duration;

use serde_json::json;
use tether_core::chatwoot::audio::{AudioSettings, message_sounds};
use tether_core::chatwoot::{Cable, ChatwootAuth, ChatwootClient};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};

async fn sandbox() -> (ChatwootSandbox, Http, WorkspaceUrl) {
    let sandbox = ChatwootSandbox::start(ChatwootConfig {
        test_routes: true,
        ..ChatwootConfig::default()
    })
    .await
    .unwrap();
    let base = WorkspaceUrl::parse(&sandbox.url()).unwrap();
    (sandbox, Http::new().unwrap(), base)
}

async fn post_message(sandbox: &ChatwootSandbox, conversation: u64) {
    let response = reqwest::Client::new()
        .post(format!("{}_sandbox/messages", sandbox.url()))
        .json(&json!({ "conversation_id": conversation, "content": "Hello?", "from": "contact" }))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
}

#[tokio::test]
async fn a_contacts_message_arrives_and_sounds_for_the_assigned_agent() {
    let (sandbox, http, base) = sandbox().await;
    let client = ChatwootClient::new(http.clone(), base.clone());
    let me = client
        .profile(&ChatwootAuth::Token(Sensitive::new(
            CORA.access_token.into(),
        )))
        .await
        .unwrap();
    let mut cable = Cable::connect(&http, &base, &me.pubsub_token, me.id, 1)
        .await
        .unwrap();
    // The presence the subscription announced, then the message.
    let first = cable
        .next_event(Some(Duration::from_secs(2)))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.name, "presence.update");
    post_message(&sandbox, 4).await; // account 2: not Cora's
    post_message(&sandbox, 1).await;
    let event = cable
        .next_event(Some(Duration::from_secs(2)))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(event.name, "message.created");
    assert_eq!(event.data["conversation_id"], 1);
    let ui = json!({ "enable_audio_alerts": "assigned" })
        .as_object()
        .cloned()
        .unwrap();
    let settings = AudioSettings::from_ui_settings(&ui);
    let permissions = vec!["agent".to_owned()];
    assert!(message_sounds(
        &event.data,
        me.id,
        &permissions,
        &settings,
        false
    ));
    assert!(!message_sounds(
        &event.data,
        me.id,
        &permissions,
        &settings,
        true
    ));
    cable.update_presence().await.unwrap();
    assert_eq!(
        cable
            .next_event(Some(Duration::from_secs(2)))
            .await
            .unwrap()
            .unwrap()
            .name,
        "presence.update"
    );
}

#[tokio::test]
async fn another_users_token_is_not_confirmed() {
    let (_sandbox, http, base) = sandbox().await;
    let wrong = Cable::connect(&http, &base, &Sensitive::new("pubsub-3".into()), CORA.id, 1).await;
    let err = wrong.err().unwrap();
    assert_eq!(err.code(), ErrorCode::Protocol);
    assert!(err.to_string().contains("did not confirm"), "{err}");
}

#[tokio::test]
async fn notification_flags_availability_and_the_trays_unread_count() {
    use tether_core::chatwoot::Availability;
    let (sandbox, http, base) = sandbox().await;
    let client = ChatwootClient::new(http, base);
    let auth = ChatwootAuth::Token(Sensitive::new(CORA.access_token.into()));
    let flags = client.notification_flags(&auth, 1).await.unwrap();
    assert_eq!(flags.selected_push_flags, ["push_conversation_assignment"]);
    assert_eq!(flags.all_email_flags.len(), 8);
    let saved = client
        .save_notification_flags(
            &auth,
            1,
            &["email_conversation_mention".into()],
            &flags.selected_push_flags,
        )
        .await
        .unwrap();
    assert_eq!(saved.selected_email_flags, ["email_conversation_mention"]);
    assert_eq!(
        saved.selected_push_flags, flags.selected_push_flags,
        "both lists kept"
    );
    let refused = client.notification_flags(&auth, 2).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Forbidden);

    let me = client
        .set_availability(&auth, 1, Availability::Busy)
        .await
        .unwrap();
    assert_eq!(me.accounts[0].availability.as_deref(), Some("busy"));
    let me = client.set_auto_offline(&auth, 1, false).await.unwrap();
    assert_eq!(me.accounts[0].auto_offline, Some(false));

    assert_eq!(
        client.unread_in_my_conversations(&auth, 1).await.unwrap(),
        0
    );
    post_message(&sandbox, 1).await;
    post_message(&sandbox, 1).await;
    post_message(&sandbox, 2).await; // unassigned: not "mine"
    assert_eq!(
        client.unread_in_my_conversations(&auth, 1).await.unwrap(),
        2
    );
}
