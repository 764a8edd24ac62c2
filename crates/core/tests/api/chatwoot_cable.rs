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
        .next_event(Duration::from_secs(2))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.name, "presence.update");
    post_message(&sandbox, 4).await; // account 2: not Cora's
    post_message(&sandbox, 1).await;
    let event = cable
        .next_event(Duration::from_secs(2))
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
            .next_event(Duration::from_secs(2))
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
