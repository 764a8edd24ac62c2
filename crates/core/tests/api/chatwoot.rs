//! Core's Chatwoot client against the Chatwoot sandbox: detection, both sign-in steps, the
//! profile by session and by personal token, saves that send only what changed, and each
//! refusal as the code, field and sentence the UI shows (reference chatwoot-api.md B0–B2, B11).

use tether_core::chatwoot::{ChatwootAuth, ChatwootClient, ProfileChanges, SessionHeaders, SignIn};
use tether_core::rocketchat::{Http, WorkspaceUrl};
use tether_core::{Error, ErrorCode, Sensitive};
use tether_sandbox::chatwoot::{ADA, CORA, ChatwootConfig, ChatwootSandbox, MILO};
use tether_sandbox::seed::totp_now;
use tether_sandbox::{Sandbox, SandboxConfig};

async fn client_for(url: &str) -> ChatwootClient {
    ChatwootClient::new(Http::new().unwrap(), WorkspaceUrl::parse(url).unwrap())
}

fn secret(text: &str) -> Sensitive<String> {
    Sensitive::new(text.to_owned())
}

async fn signed_in(client: &ChatwootClient, email: &str, password: &str) -> SessionHeaders {
    match client.sign_in(email, &secret(password)).await.unwrap() {
        SignIn::Signed(signed) => signed.0,
        SignIn::SecondFactor { .. } => panic!("{email} has no second factor"),
    }
}

fn code_and_field(err: &Error) -> (ErrorCode, Option<String>) {
    (err.code(), err.field())
}

#[tokio::test]
async fn a_chatwoot_server_is_recognised_and_a_rocket_chat_one_is_not() {
    let chatwoot = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let info = client_for(&chatwoot.url())
        .await
        .detect()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.version, "4.6.0");
    assert_eq!(info.data_services, "ok");
    let rocket = Sandbox::start(SandboxConfig::default()).await.unwrap();
    assert_eq!(
        client_for(&rocket.url()).await.detect().await.unwrap(),
        None
    );
}

#[tokio::test]
async fn sign_in_reads_the_session_headers_and_the_profile_answers_by_session_or_token() {
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let client = client_for(&sandbox.url()).await;
    let wrong = client
        .sign_in(CORA.email, &secret("Not-it-1!"))
        .await
        .unwrap_err();
    assert_eq!(
        code_and_field(&wrong),
        (ErrorCode::InvalidCredentials, Some("password".into()))
    );
    assert_eq!(
        wrong.to_string(),
        "Incorrect email or password. Check both and try again."
    );

    let session = signed_in(&client, CORA.email, CORA.password).await;
    assert_eq!(session.uid, CORA.email);
    assert!(session.expiry > 0);
    let me = client
        .profile(&ChatwootAuth::Session(session.clone()))
        .await
        .unwrap();
    assert_eq!(me.name, CORA.name);
    assert_eq!(me.accounts[0].name, "Sandbox Support");
    assert!(
        !format!("{me:?}").contains(CORA.access_token),
        "the token stays redacted"
    );
    let by_token = client
        .profile(&ChatwootAuth::Token(secret(CORA.access_token)))
        .await
        .unwrap();
    assert_eq!(by_token.id, me.id);
    let refused = client
        .profile(&ChatwootAuth::Token(secret("nope")))
        .await
        .unwrap_err();
    assert_eq!(
        code_and_field(&refused),
        (ErrorCode::InvalidCredentials, Some("token".into()))
    );

    client.sign_out(&session).await.unwrap();
    let ended = client
        .profile(&ChatwootAuth::Session(session))
        .await
        .unwrap_err();
    assert_eq!(ended.code(), ErrorCode::SessionExpired);
}

#[tokio::test]
async fn the_second_factor_takes_an_authenticator_or_a_backup_code() {
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let client = client_for(&sandbox.url()).await;
    let step = client
        .sign_in(MILO.email, &secret(MILO.password))
        .await
        .unwrap();
    let SignIn::SecondFactor { mfa_token } = step else {
        panic!("Milo signs in with a second factor")
    };
    let wrong = client.sign_in_code(&mfa_token, "000000").await.unwrap_err();
    assert_eq!(
        code_and_field(&wrong),
        (ErrorCode::TwoFactorInvalid, Some("code".into()))
    );
    let code = totp_now(MILO.totp_secret.unwrap());
    let SignIn::Signed(signed) = client.sign_in_code(&mfa_token, &code).await.unwrap() else {
        panic!("the code signs in")
    };
    assert_eq!(signed.1.email, MILO.email);
    // The token is spent: a second use is a sign-in that took too long.
    let spent = client.sign_in_code(&mfa_token, &code).await.unwrap_err();
    assert_eq!(spent.code(), ErrorCode::SignInExpired);

    // A fresh server: this one has counted five sign-in steps from this address already.
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let client = client_for(&sandbox.url()).await;
    let step = client
        .sign_in(MILO.email, &secret(MILO.password))
        .await
        .unwrap();
    let SignIn::SecondFactor { mfa_token } = step else {
        panic!("again a second factor")
    };
    let backup = tether_sandbox::chatwoot::seed::backup_codes(&MILO)[3].clone();
    let signed = client.sign_in_code(&mfa_token, &backup).await.unwrap();
    assert!(matches!(signed, SignIn::Signed(_)));
}

#[tokio::test]
async fn saves_send_what_changed_and_each_refusal_lands_on_its_field() {
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let client = client_for(&sandbox.url()).await;
    let auth = ChatwootAuth::Session(signed_in(&client, CORA.email, CORA.password).await);
    let saved = client
        .update_profile(
            &auth,
            &ProfileChanges {
                display_name: Some("Cora".into()),
                ..ProfileChanges::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(saved.display_name.as_deref(), Some("Cora"));
    assert_eq!(saved.available_name, "Cora");
    assert_eq!(
        saved.name, CORA.name,
        "the name was not sent, so not changed"
    );

    // The server's answer is the truth: a new email waits for confirmation.
    let moved = client
        .update_profile(
            &auth,
            &ProfileChanges {
                email: Some("cora.new@example.org".into()),
                ..ProfileChanges::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(moved.email, CORA.email);
    let taken = client
        .update_profile(
            &auth,
            &ProfileChanges {
                email: Some(ADA.email.into()),
                ..ProfileChanges::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        code_and_field(&taken),
        (ErrorCode::InvalidInput, Some("email".into()))
    );
    assert_eq!(taken.to_string(), "Email has already been taken.");

    let wrong = client
        .change_password(
            &auth,
            &secret("nope"),
            &secret("New-pass-2!"),
            &secret("New-pass-2!"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        code_and_field(&wrong),
        (ErrorCode::InvalidInput, Some("current_password".into()))
    );
    assert_eq!(wrong.to_string(), "The current password is not correct.");
    let weak = client
        .change_password(
            &auth,
            &secret(CORA.password),
            &secret("weakpass"),
            &secret("weakpass"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        code_and_field(&weak),
        (ErrorCode::InvalidInput, Some("password".into()))
    );
    assert!(
        weak.to_string()
            .starts_with("Password must contain at least 1 uppercase character"),
        "{weak}"
    );
    client
        .change_password(
            &auth,
            &secret(CORA.password),
            &secret("New-pass-2!"),
            &secret("New-pass-2!"),
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn a_reset_token_stops_the_old_one_and_sign_in_is_never_retried_past_the_limit() {
    let sandbox = ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap();
    let client = client_for(&sandbox.url()).await;
    let old = ChatwootAuth::Token(secret(ADA.access_token));
    let me = client.reset_access_token(&old).await.unwrap();
    let fresh = ChatwootAuth::Token(me.access_token.clone());
    assert_eq!(client.profile(&fresh).await.unwrap().id, me.id);
    assert_eq!(
        client.profile(&old).await.unwrap_err().code(),
        ErrorCode::InvalidCredentials
    );

    for _ in 0..5 {
        let err = client
            .sign_in(CORA.email, &secret("Wrong-1!"))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidCredentials);
    }
    let limited = client
        .sign_in(CORA.email, &secret(CORA.password))
        .await
        .unwrap_err();
    assert_eq!(limited.code(), ErrorCode::RateLimited);
    assert!(
        !limited.is_transient(),
        "a refused sign-in is not retried by itself"
    );
    assert!(limited.to_string().contains("5 in 5 minutes"), "{limited}");
}
