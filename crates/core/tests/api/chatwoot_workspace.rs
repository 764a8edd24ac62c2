//! A Chatwoot workspace in Tether (issue 23 item 1): added by URL beside Rocket.Chat ones,
//! signed in to by password (with the authenticator's code) or access token, its secret only
//! in the keyring, brought back at the next start, signed out; Rocket.Chat pages refuse it.

use tether_core::ErrorCode;
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::workspace::{AuthKind, Connection, ServerKind, SignInStep};
use tether_sandbox::chatwoot::{ADA, CORA, ChatwootConfig, ChatwootSandbox, MILO};
use tether_sandbox::seed::totp_now;

use crate::common::{Harness, pw, signed_in};

pub async fn chatwoot() -> ChatwootSandbox {
    ChatwootSandbox::start(ChatwootConfig::default())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_chatwoot_url_adds_a_chatwoot_workspace_and_signs_in_with_email_and_password() {
    let h = Harness::new();
    let sandbox = chatwoot().await;
    let app = h.app().await;
    let added = app.workspaces().add(&sandbox.url()).await.unwrap();
    assert_eq!(added.kind, ServerKind::Chatwoot);
    assert_eq!(added.server_version, "4.6.0");
    assert_eq!(added.connection, Connection::NotSignedIn);
    // Its icon: the installation's thumbnail.
    let images = app.workspaces().images().await.unwrap();
    let icon = images.iter().find(|i| i.workspace_id == added.id).unwrap();
    assert!(
        icon.icon
            .as_deref()
            .is_some_and(|i| i.starts_with("data:image/svg+xml;base64,")),
        "{icon:?}"
    );

    let wrong = app
        .session()
        .sign_in_password(&added.id, CORA.email, pw("Not-it-1!"))
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::InvalidCredentials);
    assert_eq!(wrong.field().as_deref(), Some("password"));

    let workspace = signed_in(
        app.session()
            .sign_in_password(&added.id, CORA.email, pw(CORA.password))
            .await
            .unwrap(),
    );
    assert_eq!(workspace.connection, Connection::Online);
    // Chatwoot names no installation: the entry takes the account's name.
    assert_eq!(workspace.name, "Sandbox Support");
    let account = workspace.account.unwrap();
    assert_eq!(account.username, CORA.email);
    assert_eq!(account.display_name.as_deref(), Some(CORA.name));
    assert_eq!(account.auth, AuthKind::Password);

    // The keyring holds the session's headers, not the personal token of the same answer.
    let key = SecretKey {
        workspace_id: added.id.clone(),
        user_id: CORA.id.to_string(),
    };
    let stored = h.secrets.get(&key).unwrap().unwrap();
    assert!(stored.expose().contains("access-token"));
    assert!(!stored.expose().contains(CORA.access_token));
    // Nothing secret in the cache file.
    let cache = std::fs::read(&h.config.cache_path).unwrap();
    let text = String::from_utf8_lossy(&cache);
    assert!(!text.contains(CORA.access_token));

    // Rocket.Chat's pages say what the workspace is instead of failing strangely.
    let refused = app.profile().refresh(&added.id).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotForServerKind);
    assert!(refused.to_string().contains("Chatwoot workspace"));
}

#[tokio::test]
async fn the_authenticator_code_finishes_a_sign_in_and_a_wrong_one_does_not() {
    let h = Harness::new();
    let sandbox = chatwoot().await;
    let app = h.app().await;
    let added = app.workspaces().add(&sandbox.url()).await.unwrap();
    let step = app
        .session()
        .sign_in_password(&added.id, MILO.email, pw(MILO.password))
        .await
        .unwrap();
    let SignInStep::SecondFactor { challenge } = step else {
        panic!("MILO has two-factor sign-in: {step:?}");
    };
    assert_eq!(challenge.available_methods.len(), 1);
    let wrong = app
        .session()
        .sign_in_code(&added.id, "000000")
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::TwoFactorInvalid);
    let code = totp_now(MILO.totp_secret.unwrap());
    let workspace = signed_in(app.session().sign_in_code(&added.id, &code).await.unwrap());
    assert_eq!(workspace.account.unwrap().username, MILO.email);
}

#[tokio::test]
async fn an_access_token_signs_in_and_the_session_comes_back_at_the_next_start() {
    let h = Harness::new();
    let sandbox = chatwoot().await;
    let id = {
        let app = h.app().await;
        let added = app.workspaces().add(&sandbox.url()).await.unwrap();
        let rejected = app
            .session()
            .sign_in_token(&added.id, "", pw("cw-token-nobody"))
            .await
            .unwrap_err();
        assert_eq!(rejected.code(), ErrorCode::InvalidCredentials);
        let workspace = signed_in(
            app.session()
                .sign_in_token(&added.id, "", pw(ADA.access_token))
                .await
                .unwrap(),
        );
        assert_eq!(
            workspace.account.unwrap().auth,
            AuthKind::PersonalAccessToken
        );
        added.id
    };
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let snapshot = app.workspaces().snapshot().await.unwrap();
    let workspace = snapshot.workspaces.iter().find(|w| w.id == id).unwrap();
    assert_eq!(workspace.connection, Connection::Online);

    // Signing out of a token session leaves the token on the server (integrations use it).
    app.session().sign_out(&id).await.unwrap();
    let key = SecretKey {
        workspace_id: id.clone(),
        user_id: ADA.id.to_string(),
    };
    assert!(h.secrets.get(&key).unwrap().is_none());
    let again = app
        .session()
        .sign_in_token(&id, "", pw(ADA.access_token))
        .await;
    assert!(again.is_ok(), "{again:?}");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let h = Harness::new();
    let sandbox = chatwoot().await;
    let app = h.app().await;
    let added = app.workspaces().add(&sandbox.url()).await.unwrap();
    signed_in(
        app.session()
            .sign_in_password(&added.id, CORA.email, pw(CORA.password))
            .await
            .unwrap(),
    );
    let key = SecretKey {
        workspace_id: added.id.clone(),
        user_id: CORA.id.to_string(),
    };
    let stored = h.secrets.get(&key).unwrap().unwrap();
    app.session().sign_out(&added.id).await.unwrap();
    assert!(h.secrets.get(&key).unwrap().is_none());
    // The old session's headers no longer work: restoring them is refused by the server.
    h.secrets.set(&key, &stored).unwrap();
    let back = app.workspaces().reconnect(&added.id).await.unwrap();
    assert!(
        matches!(back.connection, Connection::SignedOut { .. }),
        "{back:?}"
    );
}
