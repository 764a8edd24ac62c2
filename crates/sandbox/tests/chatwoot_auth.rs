//! The Chatwoot sandbox signs in as Chatwoot does (reference chatwoot-api.md B0, B1, B12):
//! detection, the two ways of authenticating, the MFA step, and rack-attack's sign-in limit.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

mod chatwoot_common;

use chatwoot_common::Server;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, MILO};
use tether_sandbox::seed::totp_now;

#[tokio::test]
async fn it_says_it_is_chatwoot_and_unknown_routes_are_rails_404s() {
    let server = Server::start().await;
    let api = server.get_json("/api").await;
    assert_eq!(api["version"], "4.6.0");
    assert_eq!(api["queue_services"], "ok");
    assert_eq!(api["data_services"], "ok");
    assert!(api["timestamp"].as_str().unwrap().len() == 19, "{api}");
    let health = server.get_json("/health").await;
    assert_eq!(health, json!({ "status": "woot" }));
    // Rocket.Chat's detection route, and a feature this server does not have.
    for path in [
        "/api/info",
        "/api/v1/accounts/1/conversations/unread_counts",
    ] {
        let request = Server::misuse(server.http.get(server.url(path)), "not Chatwoot's route");
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(response.text().await.unwrap().contains("<html>"));
    }
}

#[tokio::test]
async fn a_session_or_the_personal_token_authenticates_and_nothing_else_does() {
    let server = Server::start().await;
    let wrong = server
        .sign_in(json!({ "email": CORA.email, "password": "Not-it-1!" }))
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong.json::<Value>().await.unwrap(),
        json!({ "success": false, "errors": ["Invalid login credentials. Please try again."] })
    );

    // The email is matched whatever its case.
    let response = server
        .sign_in(json!({ "email": CORA.email.to_uppercase(), "password": CORA.password }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    for name in [
        "access-token",
        "client",
        "uid",
        "expiry",
        "token-type",
        "authorization",
    ] {
        assert!(response.headers().contains_key(name), "{name}");
    }
    assert_eq!(response.headers()["token-type"], "Bearer");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["data"]["email"], CORA.email);
    assert_eq!(body["data"]["accounts"][0]["name"], "Sandbox Support");

    let session = server.session(CORA.email, CORA.password).await;
    let (status, me) = server.profile(&session).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["name"], CORA.name);
    assert_eq!(me["available_name"], CORA.name);
    assert_eq!(me["role"], "agent");

    let by_token: Value = server
        .http
        .get(server.url("/api/v1/profile"))
        .header("api_access_token", CORA.access_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_token["id"], me["id"]);

    // With a token header, only the token counts: good session headers do not rescue it.
    let bad_token = server
        .as_session(server.http.get(server.url("/api/v1/profile")), &session)
        .header("api_access_token", "nope")
        .send()
        .await
        .unwrap();
    assert_eq!(bad_token.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        bad_token.json::<Value>().await.unwrap(),
        json!({ "error": "Invalid Access Token" })
    );
    let nothing = Server::misuse(
        server.http.get(server.url("/api/v1/profile")),
        "no credentials",
    )
    .send()
    .await
    .unwrap();
    assert_eq!(nothing.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        nothing.json::<Value>().await.unwrap(),
        json!({ "errors": ["You need to sign in or sign up before continuing."] })
    );

    // validate_token, then sign_out ends this session only.
    let valid: Value = server
        .as_session(
            server.http.get(server.url("/auth/validate_token")),
            &session,
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(valid["payload"]["success"], true);
    assert_eq!(valid["payload"]["data"]["email"], CORA.email);
    let out = server
        .as_session(server.http.delete(server.url("/auth/sign_out")), &session)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::OK);
    assert_eq!(server.profile(&session).await.0, StatusCode::UNAUTHORIZED);
    let again = server
        .as_session(server.http.delete(server.url("/auth/sign_out")), &session)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        again.json::<Value>().await.unwrap()["errors"][0],
        "User was not found or was not logged in."
    );
}

#[tokio::test]
async fn two_factor_sign_in_takes_a_code_or_a_backup_code_once() {
    let server = Server::start().await;
    let first = server
        .sign_in(json!({ "email": MILO.email, "password": MILO.password }))
        .await;
    assert_eq!(first.status(), StatusCode::PARTIAL_CONTENT);
    assert!(!first.headers().contains_key("access-token"));
    let body: Value = first.json().await.unwrap();
    assert_eq!(body["mfa_required"], true);
    let mfa_token = body["mfa_token"].as_str().unwrap().to_owned();

    let wrong = server
        .sign_in(json!({ "mfa_token": mfa_token, "otp_code": "000000" }))
        .await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        wrong.json::<Value>().await.unwrap(),
        json!({ "error": "Invalid verification code" })
    );
    let forged = server
        .sign_in(json!({ "mfa_token": "mfa.forged", "otp_code": "000000" }))
        .await;
    assert_eq!(forged.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        forged.json::<Value>().await.unwrap(),
        json!({ "error": "Invalid or expired MFA token" })
    );
    let code = totp_now(MILO.totp_secret.unwrap());
    let ok = server
        .sign_in(json!({ "mfa_token": mfa_token, "otp_code": code }))
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.headers().contains_key("access-token"));
    // The MFA token is spent.
    let replay = server
        .sign_in(json!({ "mfa_token": mfa_token, "otp_code": code }))
        .await;
    assert_eq!(replay.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_backup_code_works_once() {
    let server = Server::start().await;
    let backup = tether_sandbox::chatwoot::seed::backup_codes(&MILO)[0].clone();
    for expected in [StatusCode::OK, StatusCode::BAD_REQUEST] {
        let body: Value = server
            .sign_in(json!({ "email": MILO.email, "password": MILO.password }))
            .await
            .json()
            .await
            .unwrap();
        let response = server
            .sign_in(json!({ "mfa_token": body["mfa_token"], "backup_code": backup }))
            .await;
        assert_eq!(response.status(), expected);
    }
}

#[tokio::test]
async fn rack_attack_allows_five_sign_ins_per_five_minutes_per_address() {
    let server = Server::start().await;
    for _ in 0..5 {
        let response = server
            .sign_in(json!({ "email": CORA.email, "password": "Wrong-1!" }))
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let throttled = server
        .sign_in(json!({ "email": CORA.email, "password": CORA.password }))
        .await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(throttled.headers()["content-type"], "text/plain");
    assert!(!throttled.headers().contains_key("retry-after"));
    assert_eq!(throttled.text().await.unwrap(), "Retry later");

    let open = Server::with(ChatwootConfig {
        rack_attack: false,
        ..ChatwootConfig::default()
    })
    .await;
    for _ in 0..6 {
        let response = open
            .sign_in(json!({ "email": CORA.email, "password": "Wrong-1!" }))
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn rack_attack_counts_every_request_of_an_address_per_minute() {
    // `req/ip` (RACK_ATTACK_LIMIT, 3000 a minute by default), here lowered to 5.
    let server = Server::with(ChatwootConfig {
        requests_per_minute: 5,
        ..ChatwootConfig::default()
    })
    .await;
    for _ in 0..5 {
        let response = server.http.get(server.url("api")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }
    let throttled = server.http.get(server.url("health")).send().await.unwrap();
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(throttled.headers()["content-type"], "text/plain");
    assert_eq!(throttled.text().await.unwrap(), "Retry later");
}
