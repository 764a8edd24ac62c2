//! Core's Chatwoot two-factor and sessions calls against the sandbox, and their absence on a
//! server without them (reference chatwoot-api.md B2, B6).

use tether_core::chatwoot::{ChatwootAuth, ChatwootClient, SignIn};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::chatwoot::{CORA, ChatwootConfig, ChatwootSandbox};
use tether_sandbox::seed::totp_now;

async fn session_of(config: ChatwootConfig) -> (ChatwootSandbox, ChatwootClient, ChatwootAuth) {
    let sandbox = ChatwootSandbox::start(config).await.unwrap();
    let client = ChatwootClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let signed = client
        .sign_in(CORA.email, &Sensitive::new(CORA.password.into()))
        .await
        .unwrap();
    let SignIn::Signed(signed) = signed else {
        panic!("Cora has no second factor yet")
    };
    (sandbox, client, ChatwootAuth::Session(signed.0))
}

#[tokio::test]
async fn two_factor_is_turned_on_and_off_and_sessions_are_listed_and_signed_out() {
    let (_sandbox, client, auth) = session_of(ChatwootConfig::default()).await;
    let status = client.mfa_status(&auth).await.unwrap().unwrap();
    assert!(status.feature_available && !status.enabled);
    let setup = client.mfa_begin(&auth).await.unwrap();
    assert!(
        setup
            .provisioning_url
            .expose()
            .starts_with("otpauth://totp/")
    );
    let wrong = client.mfa_confirm(&auth, "000000").await.unwrap_err();
    assert_eq!(
        (wrong.code(), wrong.field()),
        (ErrorCode::TwoFactorInvalid, Some("code".into()))
    );
    let codes = client
        .mfa_confirm(&auth, &totp_now(setup.secret.expose()))
        .await
        .unwrap();
    assert_eq!(codes.len(), 10);
    assert!(client.mfa_status(&auth).await.unwrap().unwrap().enabled);
    let code = totp_now(setup.secret.expose());
    let refused = client
        .mfa_disable(&auth, &code, &Sensitive::new("Wrong-1!".into()))
        .await
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "Invalid credentials or verification code."
    );
    client
        .mfa_disable(&auth, &code, &Sensitive::new(CORA.password.into()))
        .await
        .unwrap();

    let listed = client.sessions(&auth).await.unwrap().unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].current);
    assert_eq!(listed[0].browser_name.as_deref(), Some("Tether"));
    let current = client
        .sign_out_session(&auth, listed[0].id)
        .await
        .unwrap_err();
    assert_eq!(
        current.to_string(),
        "You cannot revoke the current session."
    );
}

#[tokio::test]
async fn a_server_without_them_says_nothing_about_them() {
    let (_sandbox, client, auth) = session_of(ChatwootConfig {
        sessions_api: false,
        mfa_available: false,
        ..ChatwootConfig::default()
    })
    .await;
    assert_eq!(client.sessions(&auth).await.unwrap(), None);
    let status = client.mfa_status(&auth).await.unwrap().unwrap();
    assert!(!status.feature_available);
}
