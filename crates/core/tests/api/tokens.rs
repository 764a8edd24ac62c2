//! Personal access tokens against the sandbox, through the shared second-factor flow: the
//! password fallback for an account without 2FA, the authenticator for one with it, a wrong
//! code, the remember-me window, the "ignore two-factor" choice, regenerate and delete (the old
//! secret stops working), Rocket.Chat's errors on their field, and an account without the
//! permission.

use crate::common::{Harness, asked, done, generous, signed_in_app};
use tether_core::rocketchat::{Credentials, Http, RestClient, WorkspaceUrl};
use tether_core::security::NewAccessToken;
use tether_core::workspace::{Confirmation, SecondFactorMethod};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::Sandbox;
use tether_sandbox::seed::{self, totp_now};

/// Whether the token signs in as its user (`/me`).
async fn works(sandbox: &Sandbox, made: &NewAccessToken) -> bool {
    let client = RestClient::new(
        Http::new().unwrap(),
        WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let creds = Credentials {
        user_id: made.user_id.clone(),
        token: Sensitive::new(made.token.clone()),
    };
    client.me(&creds).await.is_ok()
}

#[tokio::test]
async fn without_2fa_the_password_confirms_and_tokens_are_made_listed_renewed_and_deleted() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let listed = app.security().access_tokens(&ws).await.unwrap();
    assert!(listed.allowed);
    assert!(listed.tokens.is_empty());

    // The server asks for the password (its fallback); a wrong one is refused in words.
    let step = app
        .security()
        .access_token_create(&ws, " ci bot ", true, None)
        .await
        .unwrap();
    assert_eq!(asked(step), SecondFactorMethod::Password);
    let wrong = Confirmation::Password {
        password: "not-it".into(),
    };
    let err = app
        .security()
        .access_token_create(&ws, "ci bot", true, Some(wrong))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TwoFactorInvalid, "{err}");
    let right = Confirmation::Password {
        password: seed::ALICE.password.unwrap().into(),
    };
    let made = done(
        app.security()
            .access_token_create(&ws, "ci bot", true, Some(right))
            .await
            .unwrap(),
    );
    assert_eq!(made.name, "ci bot", "the name is trimmed");
    assert_eq!(made.user_id, seed::ALICE.id);
    assert_eq!(made.token.len(), 43);
    assert!(works(&sandbox, &made).await);

    let listed = app.security().access_tokens(&ws).await.unwrap();
    assert_eq!(listed.tokens.len(), 1);
    let token = &listed.tokens[0];
    assert_eq!(token.name, "ci bot");
    assert_eq!(token.last_characters, made.token[37..]);
    assert!(!token.bypasses_two_factor, "two-factor required, as chosen");
    assert!(chrono::DateTime::parse_from_rfc3339(&token.created_at).is_ok());

    // Within the remember-me window the server does not ask again.
    let err = app
        .security()
        .access_token_create(&ws, "ci bot", true, None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(err.field().as_deref(), Some("token_name"));
    assert!(
        err.to_string()
            .contains("already have a token with that name"),
        "{err}"
    );

    let renewed = done(
        app.security()
            .access_token_regenerate(&ws, "ci bot", None)
            .await
            .unwrap(),
    );
    assert_ne!(renewed.token, made.token);
    assert!(works(&sandbox, &renewed).await);
    assert!(
        !works(&sandbox, &made).await,
        "the old secret stopped working"
    );

    done(
        app.security()
            .access_token_delete(&ws, "ci bot", None)
            .await
            .unwrap(),
    );
    assert!(!works(&sandbox, &renewed).await);
    assert!(
        app.security()
            .access_tokens(&ws)
            .await
            .unwrap()
            .tokens
            .is_empty()
    );
    let err = app
        .security()
        .access_token_delete(&ws, "ci bot", None)
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("token_name"));

    let err = app
        .security()
        .access_token_create(&ws, "  ", true, None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);

    // Nothing of the tokens reached the cache.
    let file = std::fs::read(&h.config.cache_path).unwrap();
    for secret in [&made.token, &renewed.token] {
        assert!(!file.windows(secret.len()).any(|w| w == secret.as_bytes()));
    }
}

#[tokio::test]
async fn with_an_authenticator_the_code_confirms_and_a_token_may_skip_2fa() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app_tina(&h).await;
    let step = app
        .security()
        .access_token_create(&ws, "deploy", false, None)
        .await
        .unwrap();
    assert_eq!(asked(step), SecondFactorMethod::Totp);
    let wrong = Confirmation::Code {
        method: SecondFactorMethod::Totp,
        code: "000000".into(),
    };
    let err = app
        .security()
        .access_token_create(&ws, "deploy", false, Some(wrong))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TwoFactorInvalid);
    let code = Confirmation::Code {
        method: SecondFactorMethod::Totp,
        code: totp_now(seed::TINA.totp_secret.unwrap()),
    };
    let made = done(
        app.security()
            .access_token_create(&ws, "deploy", false, Some(code))
            .await
            .unwrap(),
    );
    assert!(works(&sandbox, &made).await);
    let listed = app.security().access_tokens(&ws).await.unwrap();
    assert!(
        listed.tokens[0].bypasses_two_factor,
        "ignore two-factor, as chosen"
    );
}

async fn signed_in_app_tina(h: &Harness) -> (tether_core::Tether, String, Sandbox) {
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    let step = app
        .session()
        .sign_in_password(
            &ws,
            seed::TINA.username,
            crate::common::password(&seed::TINA),
        )
        .await
        .unwrap();
    crate::common::challenge(step);
    crate::common::signed_in(
        app.session()
            .sign_in_code(&ws, &totp_now(seed::TINA.totp_secret.unwrap()))
            .await
            .unwrap(),
    );
    (app, ws, sandbox)
}

#[tokio::test]
async fn an_account_without_the_permission_has_no_tokens_section() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::GWEN).await;
    let listed = app.security().access_tokens(&ws).await.unwrap();
    assert!(!listed.allowed);
    let right = Confirmation::Password {
        password: seed::GWEN.password.unwrap().into(),
    };
    let err = app
        .security()
        .access_token_create(&ws, "x", true, Some(right))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Forbidden, "{err}");
}
