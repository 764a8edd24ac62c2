//! Account > Profile against the sandbox (issue 4): one `users.updateOwnBasicInfo` with only what
//! changed, limits, the server's errors on their fields, the second factor for email and password
//! changes, and logging out other sessions.

use crate::common::{Harness, generous, sign_in_as, signed_in, signed_in_app};
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::workspace::{Confirmation, ProfileChanges, ProfileSaveStep, SecondFactorMethod};
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed::{self, totp_now};

pub(crate) fn saved(step: ProfileSaveStep) -> tether_core::workspace::ProfileView {
    match step {
        ProfileSaveStep::Saved { profile, .. } => profile,
        other => panic!("expected saved, got {other:?}"),
    }
}

pub(crate) fn updates(h: &Harness) -> Vec<serde_json::Value> {
    h.recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.updateOwnBasicInfo")
        .collect()
}

#[tokio::test]
async fn saves_only_what_changed_in_one_request() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let changes = ProfileChanges {
        name: Some("Alice P. Liddell".into()),
        username: Some("alice".into()), // unchanged: not sent
        nickname: Some("Al".into()),
        bio: Some("Down the rabbit hole.".into()),
        status: Some("busy".into()),
        status_text: Some("In a meeting".into()),
        ..Default::default()
    };
    let view = saved(app.profile().save(&ws, changes, None).await.unwrap());
    let p = &view.profile;
    assert_eq!(p.name.as_deref(), Some("Alice P. Liddell"));
    assert_eq!(p.nickname.as_deref(), Some("Al"));
    assert_eq!(p.bio.as_deref(), Some("Down the rabbit hole."));
    assert_eq!(p.status.as_deref(), Some("busy"));
    assert_eq!(p.status_text.as_deref(), Some("In a meeting"));
    let cached = app.profile().cached(&ws).await.unwrap().unwrap();
    assert_eq!(
        cached.profile, view.profile,
        "the cache holds the server's profile"
    );

    let sent = updates(&h);
    assert_eq!(sent.len(), 1, "one request");
    let data = sent[0]["body"]["data"].as_object().unwrap();
    let mut keys: Vec<_> = data.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["bio", "name", "nickname", "statusText", "statusType"]
    );
    assert!(
        sent[0]["body"].get("customFields").is_none(),
        "nothing that did not change"
    );

    // Saving again with nothing changed sends nothing.
    let again = ProfileChanges {
        name: Some("Alice P. Liddell".into()),
        ..Default::default()
    };
    saved(app.profile().save(&ws, again, None).await.unwrap());
    assert_eq!(updates(&h).len(), 1);
}

#[tokio::test]
async fn limits_are_checked_before_sending_and_server_errors_land_on_their_field() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    for (changes, field) in [
        (
            ProfileChanges {
                bio: Some("b".repeat(261)),
                ..Default::default()
            },
            "bio",
        ),
        (
            ProfileChanges {
                nickname: Some("n".repeat(121)),
                ..Default::default()
            },
            "nickname",
        ),
        (
            ProfileChanges {
                username: Some("not ok!".into()),
                ..Default::default()
            },
            "username",
        ),
        (
            ProfileChanges {
                email: Some("not-an-address".into()),
                ..Default::default()
            },
            "email",
        ),
    ] {
        let err = app.profile().save(&ws, changes, None).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
        assert_eq!(err.field().as_deref(), Some(field));
    }
    assert!(updates(&h).is_empty(), "nothing invalid was sent");

    // The server's own refusals: a taken username, a forbidden character in the name.
    let err = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                username: Some("tina".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(err.field().as_deref(), Some("username"));
    assert!(err.to_string().contains("tina is already in use"), "{err}");
    let err = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                name: Some("Alice <script>".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("name"));
}

#[tokio::test]
async fn a_forbidden_change_says_the_workspace_does_not_allow_it() {
    let h = Harness::new();
    let config = SandboxConfig {
        settings: vec![(
            "Accounts_AllowUsernameChange".into(),
            serde_json::json!(false),
        )],
        ..generous()
    };
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    app.profile().refresh(&ws).await.unwrap();
    let rules = app.profile().rules(&ws).await.unwrap();
    assert!(!rules.username, "read-only in the UI, with the reason");
    assert!(rules.name && rules.email && rules.password && rules.profile);
    let err = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                username: Some("alice2".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Forbidden);
    assert!(
        err.to_string().contains("Edit username is not allowed"),
        "{err}"
    );
}

#[tokio::test]
async fn without_2fa_an_email_change_is_confirmed_with_the_current_password_digest() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let changes = ProfileChanges {
        email: Some("alice@wonderland.test".into()),
        ..Default::default()
    };
    let step = app
        .profile()
        .save(&ws, changes.clone(), None)
        .await
        .unwrap();
    let ProfileSaveStep::SecondFactor { challenge } = step else {
        panic!("an email change needs a second factor");
    };
    assert_eq!(challenge.method, SecondFactorMethod::Password);
    assert!(challenge.available_methods.is_empty());

    let wrong = Confirmation::Password {
        password: "nope".into(),
    };
    let err = app
        .profile()
        .save(&ws, changes.clone(), Some(wrong))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::TwoFactorInvalid);

    let right = Confirmation::Password {
        password: seed::ALICE.password.unwrap().into(),
    };
    let view = saved(app.profile().save(&ws, changes, Some(right)).await.unwrap());
    assert_eq!(view.profile.emails[0].address, "alice@wonderland.test");
    assert!(
        !view.profile.emails[0].verified,
        "a new address is unverified"
    );

    let sent = updates(&h);
    let last = sent.last().unwrap();
    assert_eq!(
        last["body"]["data"]["currentPassword"], "[redacted]",
        "currentPassword was sent"
    );
    assert!(last["headers"].get("x-2fa-code").is_none());
}

#[tokio::test]
async fn with_totp_a_password_change_sends_the_code_in_headers_never_current_password() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    crate::common::challenged(&app, &ws, &seed::TINA).await;
    signed_in(
        app.session()
            .sign_in_code(&ws, &totp_now(seed::TINA.totp_secret.unwrap()))
            .await
            .unwrap(),
    );
    let changes = ProfileChanges {
        new_password: Some("tina-pass-2".into()),
        ..Default::default()
    };
    let step = app
        .profile()
        .save(&ws, changes.clone(), None)
        .await
        .unwrap();
    let ProfileSaveStep::SecondFactor { challenge } = step else {
        panic!("a password change needs a second factor");
    };
    assert_eq!(challenge.method, SecondFactorMethod::Totp);

    let by_password = Confirmation::Password {
        password: seed::TINA.password.unwrap().into(),
    };
    let err = app
        .profile()
        .save(&ws, changes.clone(), Some(by_password))
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::InvalidInput,
        "never currentPassword for a 2FA account"
    );

    let code = Confirmation::Code {
        method: SecondFactorMethod::Totp,
        code: totp_now(seed::TINA.totp_secret.unwrap()),
    };
    saved(app.profile().save(&ws, changes, Some(code)).await.unwrap());
    let sent = updates(&h);
    assert!(
        sent.iter()
            .all(|r| r["body"]["data"].get("currentPassword").is_none()),
        "no currentPassword for a TOTP account"
    );
    let last = sent.last().unwrap();
    assert_eq!(last["headers"]["x-2fa-code"], "[redacted]");
    assert_eq!(last["headers"]["x-2fa-method"], "totp");

    // The new password works; this device stayed signed in.
    let again = h.app().await;
    let other = again.workspaces().add(&sandbox.url()).await.unwrap().id;
    let step = again
        .session()
        .sign_in_password(&other, "tina", Sensitive::new("tina-pass-2".into()))
        .await
        .unwrap();
    assert!(matches!(
        step,
        tether_core::workspace::SignInStep::SecondFactor { .. }
    ));
    assert_eq!(
        app.profile().refresh(&ws).await.unwrap().profile.username,
        "tina"
    );
}

#[tokio::test]
async fn an_sso_account_cannot_set_a_password_here() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    let (_, token) = seed::OSCAR.personal_access_tokens[0];
    signed_in(
        app.session()
            .sign_in_token(&ws, seed::OSCAR.id, Sensitive::new(token.into()))
            .await
            .unwrap(),
    );
    let err = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                new_password: Some("whatever-1".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("new_password"));
    assert!(err.to_string().contains("identity provider"), "{err}");
}

#[tokio::test]
async fn signing_out_other_sessions_keeps_this_one() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    // A second session of alice on another device (its own cache and keyring).
    let device = Harness::new();
    let elsewhere = device.app().await;
    let other = elsewhere.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&elsewhere, &other, &seed::ALICE).await;
    let other_token = device
        .secrets
        .get(&SecretKey {
            workspace_id: other.clone(),
            user_id: seed::ALICE.id.into(),
        })
        .unwrap()
        .unwrap();

    app.profile().sign_out_other_sessions(&ws).await.unwrap();
    assert_eq!(
        app.profile().refresh(&ws).await.unwrap().profile.username,
        "alice",
        "this device stays signed in"
    );
    let me = reqwest::Client::new()
        .get(format!("{}api/v1/me", sandbox.url()))
        .header("X-User-Id", seed::ALICE.id)
        .header("X-Auth-Token", other_token.expose().as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 401, "the other session ended");
}

#[tokio::test]
async fn no_hash_or_token_from_the_answer_reaches_the_cache_or_logs() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    saved(
        app.profile()
            .save(
                &ws,
                ProfileChanges {
                    bio: Some("Curiouser and curiouser.".into()),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap(),
    );
    app.store().close().await;
    for entry in std::fs::read_dir(h.config.cache_path.parent().unwrap()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonl") {
            continue; // the sandbox's own record of what it answered
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["$2b$", "bcrypt", "hashedToken", "loginTokens"] {
            assert!(!text.contains(secret), "{secret} in {}", path.display());
        }
    }
}
