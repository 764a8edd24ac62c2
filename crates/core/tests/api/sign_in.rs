//! Every way to sign in, and several workspaces at once, against the sandbox (issue 3).

use std::collections::HashSet;

use crate::common::{
    Harness, challenge, challenged, generous, password, pw, sign_in_as, signed_in,
};
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::workspace::{AuthKind, Connection, SecondFactorMethod};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::seed::{self, totp_now};
use tether_sandbox::{Sandbox, SandboxConfig};

/// The codes the sandbox "emailed" to `username`, oldest first (TEST-ONLY route).
async fn outbox(sandbox: &Sandbox, username: &str) -> Vec<String> {
    let url = format!("{}_sandbox/outbox?username={username}", sandbox.url());
    let body: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    body["emails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn authenticator_code_completes_sign_in_and_a_wrong_one_is_explained() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();

    let step = app
        .session()
        .sign_in_password(&ws.id, "tina", password(&seed::TINA))
        .await
        .unwrap();
    let c = challenge(step);
    assert_eq!(c.method, SecondFactorMethod::Totp);
    assert_eq!(c.available_methods, vec![SecondFactorMethod::Totp]);

    let err = app
        .session()
        .sign_in_code(&ws.id, "12ab")
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvalidInput,
        "checked before sending"
    );
    assert_eq!(err.field().as_deref(), Some("code"));

    let err = app
        .session()
        .sign_in_code(&ws.id, "000000")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TwoFactorInvalid);
    assert!(err.to_string().contains("authenticator"), "{err}");

    // The challenge survives a wrong code: the right one finishes the same sign-in.
    let code = totp_now(seed::TINA.totp_secret.unwrap());
    let ws = signed_in(app.session().sign_in_code(&ws.id, &code).await.unwrap());
    assert_eq!(ws.connection, Connection::Online);
    assert_eq!(ws.account.unwrap().username, "tina");

    let err = app.session().sign_in_code(&ws.id, &code).await.unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::SignInExpired,
        "a finished sign-in takes no more codes"
    );
}

#[tokio::test]
async fn a_backup_code_works_once() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    let backup = seed::TINA.backup_codes[0];

    challenged(&app, &ws.id, &seed::TINA).await;
    signed_in(app.session().sign_in_code(&ws.id, backup).await.unwrap());
    app.session().sign_out(&ws.id).await.unwrap();

    challenged(&app, &ws.id, &seed::TINA).await;
    let err = app
        .session()
        .sign_in_code(&ws.id, backup)
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::TwoFactorInvalid,
        "a used backup code"
    );
}

#[tokio::test]
async fn emailed_code_can_be_resent_and_only_the_newest_works() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();

    let c = challenged(&app, &ws.id, &seed::EMMA).await;
    assert_eq!(c.method, SecondFactorMethod::Email);
    assert!(c.code_generated, "the first attempt sends a code");
    assert_eq!(c.email_or_username.as_deref(), Some("emma"));
    assert_eq!(outbox(&sandbox, "emma").await.len(), 1);

    // A second attempt reuses the unexpired code and says until when it is valid.
    let c = challenged(&app, &ws.id, &seed::EMMA).await;
    assert!(!c.code_generated);
    let expires = chrono::DateTime::parse_from_rfc3339(c.code_expires.as_deref().unwrap())
        .unwrap()
        .to_utc();
    let left = expires - chrono::Utc::now();
    assert!(
        left > chrono::TimeDelta::minutes(50) && left <= chrono::TimeDelta::minutes(60),
        "email codes live an hour: {left}"
    );
    let first = outbox(&sandbox, "emma").await[0].clone();

    let c = app
        .session()
        .sign_in_resend_email_code(&ws.id)
        .await
        .unwrap();
    assert!(c.code_generated);
    let codes = outbox(&sandbox, "emma").await;
    assert_eq!(codes.len(), 2, "send again mails a new code");
    let newest = codes[1].clone();
    assert!(
        h.recorded()
            .iter()
            .any(|r| r["path"] == "/api/v1/users.2fa.sendEmailCode"
                && r["body"]["emailOrUsername"] == "emma")
    );

    if first != newest {
        let err = app
            .session()
            .sign_in_code(&ws.id, &first)
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::TwoFactorInvalid, "the old code died");
        assert!(err.to_string().contains("email"), "{err}");
    }
    // Emailed codes may be typed the way the email shows them: 123-456.
    let typed = format!("{}-{}", &newest[..3], &newest[3..]);
    let ws = signed_in(app.session().sign_in_code(&ws.id, &typed).await.unwrap());
    assert_eq!(ws.account.unwrap().username, "emma");
}

#[tokio::test]
async fn too_many_wrong_emailed_codes_has_its_own_message() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    challenged(&app, &ws.id, &seed::EMMA).await;
    let real = outbox(&sandbox, "emma").await[0].clone();
    let wrong = if real == "111111" { "222222" } else { "111111" };
    let mut last = None;
    for _ in 0..5 {
        last = Some(app.session().sign_in_code(&ws.id, wrong).await.unwrap_err());
    }
    let err = last.unwrap();
    assert_eq!(err.code(), ErrorCode::TwoFactorMaxAttempts);
    assert!(err.to_string().contains("new code"), "{err}");
}

#[tokio::test]
async fn each_refusal_has_its_own_code_and_message() {
    let h = Harness::new();
    let sandbox = h
        .sandbox_with(SandboxConfig {
            email_verification: true,
            seats_full: true,
            ..generous()
        })
        .await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    let mut messages = HashSet::new();
    for (user, code) in [
        (&seed::IVAN, ErrorCode::AccountNotActivated),
        (&seed::UMA, ErrorCode::EmailNotVerified),
        (&seed::SAM, ErrorCode::SeatLimitReached),
    ] {
        let err = app
            .session()
            .sign_in_password(&ws.id, user.username, password(user))
            .await
            .unwrap_err();
        assert_eq!(err.code(), code, "{}: {err}", user.username);
        messages.insert(err.to_string());
    }
    let err = app
        .session()
        .sign_in_password(&ws.id, "alice", pw("wrong"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidCredentials);
    messages.insert(err.to_string());

    // Ten failures block the user (Block_Multiple_Failed_Logins_By_User)…
    for _ in 0..9 {
        let _ = app
            .session()
            .sign_in_password(&ws.id, "alice", pw("wrong"))
            .await;
    }
    let err = app
        .session()
        .sign_in_password(&ws.id, "alice", password(&seed::ALICE))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::LoginBlocked);
    assert!(err.to_string().contains("user"), "{err}");
    messages.insert(err.to_string());

    // …and fifty block the address (Block_Multiple_Failed_Logins_By_Ip).
    for _ in 0..40 {
        let _ = app
            .session()
            .sign_in_password(&ws.id, "nobody", pw("wrong"))
            .await;
    }
    let err = app
        .session()
        .sign_in_password(&ws.id, "admin", password(&seed::ADMIN))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::LoginBlocked);
    assert!(err.to_string().contains("network address"), "{err}");
    messages.insert(err.to_string());
    assert_eq!(messages.len(), 6, "six different messages: {messages:#?}");
}

#[tokio::test]
async fn personal_access_token_signs_in_and_sign_out_leaves_it_on_the_server() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let (name, token) = seed::OSCAR.personal_access_tokens[0];
    let ws_id = {
        let app = h.app().await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        let err = app
            .session()
            .sign_in_token(&ws.id, seed::OSCAR.id, pw("not-the-token"))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidCredentials);
        assert_eq!(err.field().as_deref(), Some("token"));
        let err = app
            .session()
            .sign_in_token(&ws.id, "  ", pw(token))
            .await
            .unwrap_err();
        assert_eq!(err.field().as_deref(), Some("user_id"));

        let ws = signed_in(
            app.session()
                .sign_in_token(&ws.id, seed::OSCAR.id, pw(&format!(" {token} ")))
                .await
                .unwrap(),
        );
        let account = ws.account.unwrap();
        assert_eq!(account.username, "oscar");
        assert_eq!(account.auth, AuthKind::PersonalAccessToken, "{name}");
        ws.id
    };
    // A restart checks the token with /me: it is not a login token, so no `resume`.
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    assert_eq!(
        app.workspaces().snapshot().await.unwrap().workspaces[0].connection,
        Connection::Online
    );
    assert!(
        !h.recorded().iter().any(|r| r["path"] == "/api/v1/login"),
        "a token session never calls login"
    );

    let ws = app.session().sign_out(&ws_id).await.unwrap();
    let Connection::SignedOut { reason } = ws.connection else {
        panic!("signed out expected");
    };
    assert!(reason.contains("still exists"), "{reason}");
    assert!(
        !h.recorded().iter().any(|r| r["path"] == "/api/v1/logout"),
        "logout would delete the user's token on the server"
    );
    let me = reqwest::Client::new()
        .get(format!("{}api/v1/me", sandbox.url()))
        .header("X-User-Id", seed::OSCAR.id)
        .header("X-Auth-Token", token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200, "the token still works on the server");
}

#[tokio::test]
async fn a_revoked_session_signs_out_and_keeps_the_cache() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &ws.id, &seed::ALICE).await;
    // An admin ends every session of alice (POST users.logout).
    let admin = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &admin.id, &seed::ADMIN).await;
    let admin_token = h
        .secrets
        .get(&SecretKey {
            workspace_id: admin.id.clone(),
            user_id: seed::ADMIN.id.into(),
        })
        .unwrap()
        .unwrap();
    let revoked = reqwest::Client::new()
        .post(format!("{}api/v1/users.logout", sandbox.url()))
        .header("X-User-Id", seed::ADMIN.id)
        .header("X-Auth-Token", admin_token.expose().as_str())
        .json(&serde_json::json!({ "userId": seed::ALICE.id }))
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);

    let err = app.profile().refresh(&ws.id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::SessionExpired);
    let snapshot = app.workspaces().snapshot().await.unwrap();
    let alice = snapshot.workspaces.iter().find(|w| w.id == ws.id).unwrap();
    assert!(
        matches!(alice.connection, Connection::SignedOut { .. }),
        "{:?}",
        alice.connection
    );
    assert_eq!(
        alice.account.as_ref().unwrap().username,
        "alice",
        "the entry keeps its account"
    );
    assert!(app.profile().cached(&ws.id).await.unwrap().is_some());
    let key = SecretKey {
        workspace_id: ws.id.clone(),
        user_id: seed::ALICE.id.into(),
    };
    assert!(
        h.secrets.get(&key).unwrap().is_none(),
        "the dead token is gone"
    );
}

#[tokio::test]
async fn an_expired_session_at_start_asks_to_sign_in_again() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    {
        let app = h.app().await;
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        sign_in_as(&app, &ws.id, &seed::ALICE).await;
    }
    let aged = reqwest::Client::new()
        .post(format!("{}_sandbox/expire-sessions", sandbox.url()))
        .json(&serde_json::json!({ "username": "alice" }))
        .send()
        .await
        .unwrap();
    assert_eq!(aged.status(), 200);
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let ws = app
        .workspaces()
        .snapshot()
        .await
        .unwrap()
        .workspaces
        .remove(0);
    let Connection::SignedOut { reason } = ws.connection else {
        panic!("expected signed out, got {:?}", ws.connection);
    };
    assert!(reason.contains("Sign in again"), "{reason}");
    assert!(
        reason.contains("expired"),
        "the server's reason is kept: {reason}"
    );
    assert!(app.profile().cached(&ws.id).await.unwrap().is_some());
}

#[tokio::test]
async fn a_password_is_never_kept_and_the_digest_only_in_memory() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    challenged(&app, &ws.id, &seed::TINA).await;
    app.session().sign_in_cancel(&ws.id);
    let err = app
        .session()
        .sign_in_code(&ws.id, "123456")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::SignInExpired);
    app.store().close().await;
    let digest = tether_core::rocketchat::password_digest(&Sensitive::new(
        seed::TINA.password.unwrap().to_owned(),
    ));
    for entry in std::fs::read_dir(h.config.cache_path.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(digest.expose().as_str()),
            "{}",
            path.display()
        );
    }
}

#[tokio::test]
async fn an_ldap_workspace_gets_the_password_itself_and_others_only_a_digest() {
    let h = Harness::new();
    let sandbox = h
        .sandbox_with(SandboxConfig {
            ldap: true,
            ..generous()
        })
        .await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    // With LDAP_Enable, Rocket.Chat turns the login into an LDAP bind: a digest cannot bind.
    let ws = sign_in_as(&app, &ws.id, &seed::ALICE).await;
    assert_eq!(ws.connection, Connection::Online);
    let logins: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/login")
        .collect();
    assert!(
        logins[0]["body"]["password"].is_string(),
        "the plain password (over TLS or loopback only) for LDAP: {}",
        logins[0]["body"]
    );
    // A second factor goes with the same proof.
    let tina = app.workspaces().add(&sandbox.url()).await.unwrap();
    challenged(&app, &tina.id, &seed::TINA).await;
    signed_in(
        app.session()
            .sign_in_code(&tina.id, &totp_now(seed::TINA.totp_secret.unwrap()))
            .await
            .unwrap_or_else(|e| panic!("{e}")),
    );
}
