//! The encryption key and the devices against the sandbox: the encryption password of both key
//! formats (made by WebCrypto, as the web client makes them), servers before the new key
//! format was forced, the key reset after the second factor, and device sessions with and
//! without the license.

use super::security::*;
use crate::common::{Harness, asked, done, generous, pw, sign_in_as, signed_in_app};
use serde_json::Value;
use tether_core::ErrorCode;
use tether_core::workspace::{Connection, SecondFactorMethod};
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed::{self};

async fn stored_private_key(
    sandbox: &tether_sandbox::Sandbox,
    user: &seed::SeedUser,
) -> (String, String) {
    let client = tether_core::rocketchat::RestClient::new(
        tether_core::rocketchat::Http::new().unwrap(),
        tether_core::rocketchat::WorkspaceUrl::parse(&sandbox.url()).unwrap(),
    );
    let login = client
        .login_password(
            user.username,
            &tether_core::rocketchat::PasswordProof::Digest(
                tether_core::rocketchat::password_digest(&pw(user.password.unwrap())),
            ),
            None,
        )
        .await
        .unwrap();
    let creds = tether_core::rocketchat::Credentials {
        user_id: login.user_id,
        token: login.auth_token,
    };
    let (public, private) = client.e2e_keys(&creds).await.unwrap();
    (public.unwrap(), private.unwrap())
}

#[tokio::test]
async fn the_encryption_password_changes_for_both_key_formats() {
    let e2e_on = || with(&[("E2E_Enable", Value::Bool(true))]);
    for (user, passphrase, jwk) in [
        (
            &seed::ALICE,
            seed::ALICE_E2E_PASSPHRASE,
            seed::ALICE_PRIVATE_JWK,
        ),
        (
            &seed::VERA,
            seed::VERA_E2E_PASSPHRASE,
            seed::VERA_PRIVATE_JWK,
        ),
    ] {
        let h = Harness::new();
        let (app, ws, sandbox) = signed_in_app(&h, e2e_on(), user).await;
        assert!(
            app.security()
                .overview(&ws)
                .await
                .unwrap()
                .encryption
                .has_keys
        );
        let (public_before, _) = stored_private_key(&sandbox, user).await;

        let err = app
            .security()
            .encryption_password_change(&ws, pw("not the passphrase"), pw("new passphrase 1"))
            .await
            .unwrap_err();
        assert_eq!(err.field().as_deref(), Some("current_password"), "{err}");
        app.security()
            .encryption_password_change(&ws, pw(passphrase), pw("new passphrase 1"))
            .await
            .unwrap();

        // Same public key; the private key now in v2, opening with the new password to the
        // very JWK WebCrypto made.
        let (public_after, private) = stored_private_key(&sandbox, user).await;
        assert_eq!(public_after, public_before);
        let stored: Value = serde_json::from_str(&private).unwrap();
        assert_eq!(stored["iterations"], 100_000, "{}", user.username);
        let expected_salt = format!("v2:{}:", user.id);
        assert!(stored["salt"].as_str().unwrap().starts_with(&expected_salt));
        let opened =
            tether_core::security::crypto_keys::decrypt(&private, user.id, &pw("new passphrase 1"))
                .unwrap();
        assert_eq!(opened.expose().as_slice(), jwk.as_bytes());
        let set = calls(&h, "/api/v1/e2e.setUserPublicAndPrivateKeys");
        assert_eq!(set.len(), 1);
        assert_eq!(set[0]["body"]["force"], true);
    }
}

#[tokio::test]
async fn a_server_older_than_force_gets_the_new_key_without_it() {
    let h = Harness::new();
    let config = SandboxConfig {
        version: "6.12".into(),
        ..with(&[("E2E_Enable", Value::Bool(true))])
    };
    let (app, ws, sandbox) = signed_in_app(&h, config, &seed::VERA).await;
    app.security()
        .encryption_password_change(&ws, pw(seed::VERA_E2E_PASSPHRASE), pw("new passphrase 1"))
        .await
        .unwrap();
    let (_, private) = stored_private_key(&sandbox, &seed::VERA).await;
    let opened = tether_core::security::crypto_keys::decrypt(
        &private,
        seed::VERA.id,
        &pw("new passphrase 1"),
    )
    .unwrap();
    assert_eq!(
        opened.expose().as_slice(),
        seed::VERA_PRIVATE_JWK.as_bytes()
    );
    let set = calls(&h, "/api/v1/e2e.setUserPublicAndPrivateKeys");
    assert_eq!(set.len(), 2, "refused with force, then sent without");
    assert_eq!(set[0]["status"], 400);
    assert!(set[1]["body"].get("force").is_none());
}

#[tokio::test]
async fn resetting_the_encryption_key_signs_out_everywhere_after_the_second_factor() {
    let h = Harness::new();
    let config = with(&[("E2E_Enable", Value::Bool(true))]);
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    assert_eq!(
        asked(
            app.security()
                .encryption_key_reset(&ws, None)
                .await
                .unwrap()
        ),
        SecondFactorMethod::Password
    );
    done(
        app.security()
            .encryption_key_reset(&ws, password_of(&seed::ALICE))
            .await
            .unwrap(),
    );
    let snapshot = app.workspaces().snapshot().await.unwrap();
    let summary = snapshot.workspaces.iter().find(|w| w.id == ws).unwrap();
    assert!(
        matches!(&summary.connection, Connection::SignedOut { reason } if reason.contains("encryption key")),
        "{:?}",
        summary.connection
    );
    // The token is gone from the keyring; signing in again works, without keys now.
    assert!(app.security().overview(&ws).await.is_err());
    sign_in_as(&app, &ws, &seed::ALICE).await;
    assert!(
        !app.security()
            .overview(&ws)
            .await
            .unwrap()
            .encryption
            .has_keys
    );
}

#[tokio::test]
async fn device_sessions_are_listed_and_signed_out_where_licensed() {
    let h = Harness::new();
    let config = SandboxConfig {
        device_management: true,
        ..generous()
    };
    let (app, ws, sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    let device = Harness::new();
    let elsewhere = device.app().await;
    let other = elsewhere.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&elsewhere, &other, &seed::ALICE).await;

    let listed = app.security().device_sessions(&ws).await.unwrap();
    assert!(listed.available);
    assert_eq!(listed.sessions.len(), 2);
    let this = listed.sessions.iter().find(|s| s.current).unwrap();
    assert!(this.device.starts_with("Tether "), "{this:?}");
    assert_eq!(this.ip, "127.0.0.1");
    assert!(this.signed_in_at.is_some());
    let err = app
        .security()
        .device_session_sign_out(&ws, &this.id.clone())
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);

    let that = listed
        .sessions
        .iter()
        .find(|s| !s.current)
        .unwrap()
        .id
        .clone();
    let after = app
        .security()
        .device_session_sign_out(&ws, &that)
        .await
        .unwrap();
    assert_eq!(after.sessions.len(), 1);
    assert!(after.sessions[0].current);
    // The other device's session ended.
    let err = elsewhere.profile().refresh(&other).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::SessionExpired, "{err}");
}

#[tokio::test]
async fn without_device_management_the_list_is_unavailable_and_this_session_stays() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let listed = app.security().device_sessions(&ws).await.unwrap();
    assert!(!listed.available);
    // The license's 401 did not sign the workspace out.
    app.profile().refresh(&ws).await.unwrap();
}
