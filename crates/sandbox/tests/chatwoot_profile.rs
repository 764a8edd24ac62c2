//! The Chatwoot sandbox's profile answers as Chatwoot's does (reference chatwoot-api.md B2, B3,
//! B7, B8): permitted fields, validation errors, the password rules, per-account availability
//! and the personal token's reset.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

mod chatwoot_common;

use chatwoot_common::Server;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tether_sandbox::chatwoot::{ADA, CORA};

#[tokio::test]
async fn profile_updates_keep_only_permitted_fields_and_answer_with_the_servers_errors() {
    let server = Server::start().await;
    let s = server.session(CORA.email, CORA.password).await;

    let no_root = server.as_session(server.http.put(server.url("/api/v1/profile")), &s);
    let response = Server::misuse(no_root, "no profile root")
        .json(&json!({ "name": "No root" }))
        .send()
        .await
        .unwrap();
    let (status, body) = (response.status(), response.json::<Value>().await.unwrap());
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({ "error": "param is missing or the value is empty: profile" })
    );

    let (status, me) = server
        .profile_put(
            &s,
            json!({ "profile": {
                "name": "Cora C. Agent",
                "display_name": "Cora",
                "availability": "busy",
                "role": "administrator",
                "ui_settings": { "enable_audio_alerts": "mine" },
                "phone_number": "+15550100",
            }}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["name"], "Cora C. Agent");
    assert_eq!(me["display_name"], "Cora");
    assert_eq!(me["available_name"], "Cora");
    // Not permitted: silently dropped.
    assert_eq!(me["role"], "agent");
    assert_eq!(me["accounts"][0]["availability"], "online");
    assert_eq!(me["ui_settings"], json!({ "enable_audio_alerts": "mine" }));
    assert_eq!(me["custom_attributes"]["phone_number"], "+15550100");

    // ui_settings replaces the whole stored object.
    let (_, me) = server
        .profile_put(&s, json!({ "profile": { "ui_settings": { "alert_if_unread_assigned_conversation_exist": true } } }))
        .await;
    assert_eq!(
        me["ui_settings"],
        json!({ "alert_if_unread_assigned_conversation_exist": true })
    );

    let (status, body) = server
        .profile_put(&s, json!({ "profile": { "name": " " } }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({ "message": "Name can't be blank", "attributes": ["name"] })
    );
    let (status, body) = server
        .profile_put(
            &s,
            json!({ "profile": { "email": ADA.email.to_uppercase() } }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], "Email has already been taken");
    // A new address waits for confirmation: the profile still shows the old one.
    let (status, me) = server
        .profile_put(
            &s,
            json!({ "profile": { "email": "cora.new@example.org" } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], CORA.email);
}

#[tokio::test]
async fn a_password_change_checks_the_current_one_first_and_the_policy() {
    let server = Server::start().await;
    let older = server.session(CORA.email, CORA.password).await;
    let s = server.session(CORA.email, CORA.password).await;

    let (status, body) = server
        .profile_put(
            &s,
            json!({ "profile": { "name": "Not saved", "current_password": "wrong", "password": "New-pass-2!", "password_confirmation": "New-pass-2!" } }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body, json!({ "error": "Invalid current password" }));
    assert_eq!(server.profile(&s).await.1["name"], CORA.name);

    let (status, body) = server
        .profile_put(
            &s,
            json!({ "profile": { "current_password": CORA.password, "password": "plainpass", "password_confirmation": "plainpasz" } }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body,
        json!({
            "message": "Password must contain at least 1 uppercase character, Password must contain at least 1 number character, Password must contain at least 1 special character, Password confirmation doesn't match Password",
            "attributes": ["password", "password_confirmation"],
        })
    );

    let (status, _) = server
        .profile_put(
            &s,
            json!({ "profile": { "current_password": CORA.password, "password": "New-pass-2!", "password_confirmation": "New-pass-2!" } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // devise_token_auth keeps only the session with the latest expiry.
    assert_eq!(server.profile(&s).await.0, StatusCode::OK);
    assert_eq!(server.profile(&older).await.0, StatusCode::UNAUTHORIZED);
    server.session(CORA.email, "New-pass-2!").await;
}

#[tokio::test]
async fn availability_and_auto_offline_are_per_account_and_the_token_resets() {
    let server = Server::start().await;
    let s = server.session(ADA.email, ADA.password).await;
    let post = |path: &'static str, body: Value| {
        let mut request = server.as_session(server.http.post(server.url(path)), &s);
        if body["profile"]["availability"] == "away" {
            request = Server::misuse(request, "not one of the three availabilities");
        }
        async move { request.json(&body).send().await.unwrap() }
    };
    let me: Value = post(
        "/api/v1/profile/availability",
        json!({ "profile": { "account_id": 2, "availability": "busy" } }),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(me["accounts"][0]["availability"], "online");
    assert_eq!(me["accounts"][1]["availability"], "busy");
    let odd = post(
        "/api/v1/profile/availability",
        json!({ "profile": { "account_id": 2, "availability": "away" } }),
    )
    .await;
    assert_eq!(odd.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let stranger = post(
        "/api/v1/profile/auto_offline",
        json!({ "profile": { "account_id": 9, "auto_offline": false } }),
    )
    .await;
    assert_eq!(stranger.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        stranger.json::<Value>().await.unwrap(),
        json!({ "error": "Resource could not be found" })
    );
    let me: Value = post(
        "/api/v1/profile/auto_offline",
        json!({ "profile": { "account_id": 1, "auto_offline": false } }),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(me["accounts"][0]["auto_offline"], false);

    let me: Value = post("/api/v1/profile/reset_access_token", json!({}))
        .await
        .json()
        .await
        .unwrap();
    let fresh = me["access_token"].as_str().unwrap();
    assert_ne!(fresh, ADA.access_token);
    for (token, expected) in [
        (ADA.access_token, StatusCode::UNAUTHORIZED),
        (fresh, StatusCode::OK),
    ] {
        let response = server
            .http
            .get(server.url("/api/v1/profile"))
            .header("api_access_token", token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), expected);
    }
}
