//! A Chatwoot agent's two-factor sign-in and signed-in devices through Tether (issue 23 item
//! 10, seed 004): turned on with the QR code's secret and the app's code (ten backup codes),
//! turned off with a code and the password; another device signed out; a server without the
//! features says nothing about them; a token session cannot manage two-factor.

use tether_core::ErrorCode;
use tether_core::chatwoot::{ChatwootClient, SignIn};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};
use tether_sandbox::seed::totp_now;

use crate::common::{Harness, pw, signed_in};

async fn cora(
    h: &Harness,
    sandbox: &ChatwootSandbox,
    token: bool,
) -> (tether_core::Tether, String) {
    let app = h.app().await;
    let id = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    let step = if token {
        app.session()
            .sign_in_token(&id, "", pw(CORA.access_token))
            .await
    } else {
        app.session()
            .sign_in_password(&id, CORA.email, pw(CORA.password))
            .await
    };
    signed_in(step.unwrap());
    (app, id)
}

#[tokio::test]
async fn two_factor_goes_on_with_the_apps_code_and_off_with_the_password() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = cora(&h, &sandbox, false).await;
    let before = app.agent().security(&id).await.unwrap();
    let two_factor = before.two_factor.unwrap();
    assert!(two_factor.available && !two_factor.enabled);
    assert!(!before.token_session);

    let setup = app.agent().two_factor_begin(&id).await.unwrap();
    assert!(setup.qr_code.starts_with("data:image/png;base64,"));
    assert_eq!(setup.account, CORA.email);
    let secret: String = setup.secret.split_whitespace().collect();
    let wrong = app
        .agent()
        .two_factor_confirm(&id, "000000")
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::TwoFactorInvalid);
    let codes = app
        .agent()
        .two_factor_confirm(&id, &totp_now(&secret))
        .await
        .unwrap();
    assert_eq!(codes.codes.len(), 10);
    assert!(
        app.agent()
            .security(&id)
            .await
            .unwrap()
            .two_factor
            .unwrap()
            .enabled
    );
    // Signing in now asks for the code.
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    assert!(matches!(
        client
            .sign_in(CORA.email, &pw(CORA.password))
            .await
            .unwrap(),
        SignIn::SecondFactor { .. }
    ));

    let refused = app
        .agent()
        .two_factor_disable(&id, &totp_now(&secret), pw("Not-mine-1!"))
        .await
        .unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("Invalid credentials or verification code"),
        "{refused}"
    );
    let not_a_code = app
        .agent()
        .two_factor_disable(&id, "12ab", pw(CORA.password))
        .await
        .unwrap_err();
    assert_eq!(not_a_code.field().as_deref(), Some("code"));
    app.agent()
        .two_factor_disable(&id, &totp_now(&secret), pw(CORA.password))
        .await
        .unwrap();
    assert!(
        !app.agent()
            .security(&id)
            .await
            .unwrap()
            .two_factor
            .unwrap()
            .enabled
    );
}

#[tokio::test]
async fn another_device_is_signed_out_and_this_one_cannot_be() {
    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = cora(&h, &sandbox, false).await;
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let SignIn::Signed(other) = client
        .sign_in(CORA.email, &pw(CORA.password))
        .await
        .unwrap()
    else {
        panic!("Cora has no second factor");
    };
    let devices = app.agent().security(&id).await.unwrap().devices.unwrap();
    assert_eq!(devices.len(), 2);
    let mine = devices.iter().find(|d| d.current).unwrap();
    let theirs = devices.iter().find(|d| !d.current).unwrap();
    app.agent().sign_out_device(&id, &theirs.id).await.unwrap();
    let other = tether_core::chatwoot::ChatwootAuth::Session(other.0);
    assert_eq!(
        client.profile(&other).await.unwrap_err().code(),
        ErrorCode::SessionExpired
    );
    let refused = app
        .agent()
        .sign_out_device(&id, &mine.id)
        .await
        .unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("cannot revoke the current session"),
        "{refused}"
    );
    assert_eq!(
        app.agent()
            .security(&id)
            .await
            .unwrap()
            .devices
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn an_older_server_shows_neither_and_a_token_session_cannot_manage_two_factor() {
    let h = Harness::new();
    let older = ChatwootSandbox::start(ChatwootConfig {
        mfa_available: false,
        sessions_api: false,
        ..ChatwootConfig::default()
    })
    .await
    .unwrap();
    let (app, id) = cora(&h, &older, false).await;
    let security = app.agent().security(&id).await.unwrap();
    assert!(!security.two_factor.unwrap().available);
    assert_eq!(security.devices, None);

    let h = Harness::new();
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let (app, id) = cora(&h, &sandbox, true).await;
    assert!(app.agent().security(&id).await.unwrap().token_session);
    let refused = app.agent().two_factor_begin(&id).await.unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("signed in with email and password"),
        "{refused}"
    );
}
