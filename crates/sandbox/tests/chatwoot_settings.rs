//! The Chatwoot sandbox's notification settings and MFA management answer as Chatwoot's do
//! (reference chatwoot-api.md B5, B6, B11).
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

mod chatwoot_common;

use chatwoot_common::Server;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use tether_sandbox::chatwoot::{ADA, CORA, ChatwootConfig};
use tether_sandbox::seed::totp_now;

#[tokio::test]
async fn notification_flags_are_per_account_and_both_lists_are_assigned() {
    let server = Server::start().await;
    let s = server.session(ADA.email, ADA.password).await;
    let path = "/api/v1/accounts/2/notification_settings";
    let (status, settings) = server.call(&s, Method::GET, path, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(settings["account_id"], 2);
    assert_eq!(
        settings["selected_email_flags"],
        json!(["email_conversation_assignment"])
    );
    assert_eq!(
        settings["selected_push_flags"],
        json!(["push_conversation_assignment"])
    );
    assert_eq!(settings["all_email_flags"].as_array().unwrap().len(), 8);
    assert!(
        settings["all_push_flags"]
            .as_array()
            .unwrap()
            .contains(&json!("push_conversation_mention"))
    );

    // Listed in flag order, whatever order they were sent in; the omitted list is cleared.
    let request = server.as_session(server.http.put(server.url(path)), &s);
    let response = Server::misuse(request, "push flags left out")
        .json(&json!({ "notification_settings": { "selected_email_flags": ["email_conversation_mention", "email_conversation_creation"] } }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let saved: Value = response.json().await.unwrap();
    assert_eq!(
        saved["selected_email_flags"],
        json!(["email_conversation_creation", "email_conversation_mention"])
    );
    assert_eq!(saved["selected_push_flags"], json!([]));
    // The other account keeps its own.
    let (_, other) = server
        .call(
            &s,
            Method::GET,
            "/api/v1/accounts/1/notification_settings",
            None,
        )
        .await;
    assert_eq!(
        other["selected_push_flags"],
        json!(["push_conversation_assignment"])
    );

    let request = server.as_session(server.http.put(server.url(path)), &s);
    let response = Server::misuse(request, "no root")
        .json(&json!({ "selected_email_flags": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "error": "param is missing or the value is empty: notification_settings" })
    );
    let request = server.as_session(server.http.put(server.url(path)), &s);
    let response = Server::misuse(request, "unknown flag")
        .json(&json!({ "notification_settings": { "selected_email_flags": ["email_everything"], "selected_push_flags": [] } }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);

    // Cora is an agent of account 1 only; account 7 does not exist.
    let cora = server.session(CORA.email, CORA.password).await;
    let (status, body) = server.call(&cora, Method::GET, path, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body,
        json!({ "error": "You are not authorized to access this account" })
    );
    let (status, body) = server
        .call(
            &cora,
            Method::GET,
            "/api/v1/accounts/7/notification_settings",
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, json!({ "error": "Resource could not be found" }));
}

#[tokio::test]
async fn mfa_is_turned_on_with_a_verified_code_and_off_with_code_and_password() {
    let server = Server::start().await;
    let s = server.session(CORA.email, CORA.password).await;
    let mfa = "/api/v1/profile/mfa";
    let (_, state) = server.call(&s, Method::GET, mfa, None).await;
    assert_eq!(
        state,
        json!({ "feature_available": true, "enabled": false, "backup_codes_generated": false })
    );
    let (status, setup) = server.call(&s, Method::POST, mfa, None).await;
    assert_eq!(status, StatusCode::OK);
    let secret = setup["secret"].as_str().unwrap().to_owned();
    assert!(
        setup["provisioning_url"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Chatwoot:cora%40sandbox.tether.test?secret=")
    );
    let (status, body) = server
        .call(
            &s,
            Method::POST,
            "/api/v1/profile/mfa/verify",
            Some(json!({ "otp_code": "000000" })),
        )
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "Invalid verification code" })
        )
    );
    let (status, on) = server
        .call(
            &s,
            Method::POST,
            "/api/v1/profile/mfa/verify",
            Some(json!({ "otp_code": totp_now(&secret) })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(on["enabled"], true);
    let codes = on["backup_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    assert!(codes.iter().all(|c| {
        let c = c.as_str().unwrap();
        c.len() == 8
            && c.chars()
                .all(|ch| ch.is_ascii_hexdigit() && !ch.is_ascii_lowercase())
    }));
    let (status, body) = server.call(&s, Method::POST, mfa, None).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "MFA is already enabled" })
        )
    );

    // Signing in now takes the second step.
    let first = server
        .sign_in(json!({ "email": CORA.email, "password": CORA.password }))
        .await;
    assert_eq!(first.status(), StatusCode::PARTIAL_CONTENT);

    let (status, fresh) = server
        .call(
            &s,
            Method::POST,
            "/api/v1/profile/mfa/backup_codes",
            Some(json!({ "otp_code": totp_now(&secret) })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(fresh["backup_codes"], on["backup_codes"]);

    let (status, body) = server
        .call(
            &s,
            Method::DELETE,
            mfa,
            Some(json!({ "otp_code": totp_now(&secret), "password": "Wrong-1!" })),
        )
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "Invalid credentials or verification code" })
        )
    );
    let (status, _) = server
        .call(
            &s,
            Method::DELETE,
            mfa,
            Some(json!({ "otp_code": totp_now(&secret), "password": CORA.password })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = server
        .call(
            &s,
            Method::POST,
            "/api/v1/profile/mfa/backup_codes",
            Some(json!({ "otp_code": "123456" })),
        )
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "MFA is not enabled" })
        )
    );
}

#[tokio::test]
async fn mfa_needs_a_session_and_the_servers_encryption_keys() {
    let server = Server::start().await;
    let request = server.http.post(server.url("/api/v1/profile/mfa"));
    let response = Server::misuse(request, "a personal token for MFA")
        .header("api_access_token", CORA.access_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response.json::<Value>().await.unwrap()["error"]
            .as_str()
            .unwrap()
            .starts_with(
                "Two-factor authentication settings cannot be managed with an API access token."
            )
    );

    let keyless = Server::with(ChatwootConfig {
        mfa_available: false,
        ..ChatwootConfig::default()
    })
    .await;
    let s = keyless.session(CORA.email, CORA.password).await;
    let (status, state) = keyless
        .call(&s, Method::GET, "/api/v1/profile/mfa", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        state,
        json!({ "feature_available": false, "enabled": false })
    );
    let (status, body) = keyless
        .call(&s, Method::POST, "/api/v1/profile/mfa", None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body,
        json!({ "error": "MFA feature is not available. Please configure encryption keys." })
    );
}

#[tokio::test]
async fn the_sessions_list_marks_this_device_and_others_can_be_signed_out() {
    let server = Server::start().await;
    let laptop = server.session(CORA.email, CORA.password).await;
    let here = server.session(CORA.email, CORA.password).await;
    let (status, listed) = server
        .call(&here, Method::GET, "/api/v1/profile/sessions", None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let listed = listed.as_array().unwrap().clone();
    assert_eq!(listed.len(), 2);
    // Newest first, and the one asking is `current`.
    assert_eq!(listed[0]["current"], true);
    assert_eq!(listed[1]["current"], false);
    assert_eq!(listed[0]["ip_address"], "127.0.0.1");
    let (here_id, laptop_id) = (listed[0]["id"].clone(), listed[1]["id"].clone());

    let (status, body) = server
        .call(
            &here,
            Method::DELETE,
            &format!("/api/v1/profile/sessions/{here_id}"),
            None,
        )
        .await;
    assert_eq!(
        (status, body),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "You cannot revoke the current session." })
        )
    );
    let (status, _) = server
        .call(
            &here,
            Method::DELETE,
            &format!("/api/v1/profile/sessions/{laptop_id}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(server.profile(&laptop).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(server.profile(&here).await.0, StatusCode::OK);
    let (status, _) = server
        .call(
            &here,
            Method::DELETE,
            &format!("/api/v1/profile/sessions/{laptop_id}"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // An older server has no such route: Rails' 404 page.
    let older = Server::with(ChatwootConfig {
        sessions_api: false,
        ..ChatwootConfig::default()
    })
    .await;
    let s = older.session(CORA.email, CORA.password).await;
    let response = older
        .as_session(older.http.get(older.url("/api/v1/profile/sessions")), &s)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.text().await.unwrap().contains("<html>"));
}
