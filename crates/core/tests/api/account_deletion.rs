//! Deleting one's own account against the sandbox (issue 4): the workspace's permission, the
//! password (or, without one, the username) as confirmation, the last owner's rooms confirmed
//! first, what is forgotten here afterwards, and server-only actions while offline.

use super::account::*;
use crate::common::{Harness, generous};
use serde_json::json;
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::workspace::DeleteAccountStep;
use tether_core::{ErrorCode, Sensitive};
use tether_sandbox::seed::{self, SAMPLE_PNG};

#[tokio::test]
async fn deleting_ones_account_needs_the_workspaces_permission() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    assert!(!app.profile().rules(&ws).await.unwrap().delete_account);
    let err = app
        .profile()
        .delete_own_account(&ws, Some("alice-pass-1".into()), false)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("does not let users delete"),
        "{err}"
    );
    assert!(requests_to(&h, "users.deleteOwnAccount").is_empty());
}

#[tokio::test]
async fn deletes_ones_account_with_the_password_and_forgets_it_locally() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_AllowDeleteOwnAccount", json!(true))]);
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;

    let err = app
        .profile()
        .delete_own_account(&ws, Some("wrong-password".into()), false)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("password"));
    assert!(err.to_string().contains("not deleted"), "{err}");
    assert!(
        app.profile().cached(&ws).await.unwrap().is_some(),
        "nothing changed"
    );

    let step = app
        .profile()
        .delete_own_account(&ws, Some("alice-pass-1".into()), false)
        .await
        .unwrap();
    assert_eq!(step, DeleteAccountStep::Deleted);
    let sent = requests_to(&h, "users.deleteOwnAccount");
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[1]["body"],
        json!({ "password": "[redacted]" }),
        "only the password proof, no relinquish without need"
    );

    // Gone here too: token, cached profile, account; the workspace stays, signed out.
    let key = SecretKey {
        workspace_id: ws.clone(),
        user_id: seed::ALICE.id.into(),
    };
    assert!(h.secrets.get(&key).unwrap().is_none());
    assert!(app.profile().cached(&ws).await.unwrap().is_none());
    let snapshot = app.workspaces().snapshot().await.unwrap();
    let summary = snapshot.workspaces.iter().find(|w| w.id == ws).unwrap();
    assert!(summary.account.is_none());
    assert_eq!(
        app.profile().refresh(&ws).await.unwrap_err().code(),
        ErrorCode::NotSignedIn
    );
    // And on the server: the account cannot sign in any more.
    let again = app
        .session()
        .sign_in_password(&ws, "alice", crate::common::password(&seed::ALICE))
        .await
        .unwrap_err();
    assert_eq!(again.code(), ErrorCode::InvalidCredentials);
}

#[tokio::test]
async fn the_last_owner_of_rooms_sees_them_and_confirms_before_deletion() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_AllowDeleteOwnAccount", json!(true))]);
    let (app, ws, sandbox) = signed_in_app(&h, config, &seed::DORA).await;

    let step = app
        .profile()
        .delete_own_account(&ws, Some("dora-pass-1".into()), false)
        .await
        .unwrap();
    assert_eq!(
        step,
        DeleteAccountStep::LastOwner {
            should_be_removed: vec!["Dora's notes".into()],
            should_change_owner: vec!["Design reviews".into()],
        }
    );
    assert!(
        app.profile().cached(&ws).await.unwrap().is_some(),
        "nothing is deleted before the user agrees"
    );

    let step = app
        .profile()
        .delete_own_account(&ws, Some("dora-pass-1".into()), true)
        .await
        .unwrap();
    assert_eq!(step, DeleteAccountStep::Deleted);
    assert_eq!(
        requests_to(&h, "users.deleteOwnAccount")[1]["body"]["confirmRelinquish"],
        true
    );
    let rooms: serde_json::Value = reqwest::get(format!("{}_sandbox/rooms", sandbox.url()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let names: Vec<_> = rooms["rooms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"dora-notes"), "her own room is removed");
    let design = rooms["rooms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "design-reviews")
        .unwrap();
    assert_eq!(design["owners"], json!([seed::ALICE.id]), "a new owner");
}

#[tokio::test]
async fn an_account_without_a_password_confirms_deletion_with_its_username() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_AllowDeleteOwnAccount", json!(true))]);
    let sandbox = h.sandbox_with(config).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap().id;
    let token = seed::OSCAR.personal_access_tokens[0].1;
    app.session()
        .sign_in_token(&ws, seed::OSCAR.id, Sensitive::new(token.into()))
        .await
        .unwrap();
    app.profile().refresh(&ws).await.unwrap();
    // No password to type: the server expects the SHA-256 of the username.
    let step = app
        .profile()
        .delete_own_account(&ws, None, false)
        .await
        .unwrap();
    assert_eq!(step, DeleteAccountStep::Deleted);
}

#[tokio::test]
async fn server_only_actions_say_so_while_offline() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_AllowDeleteOwnAccount", json!(true))]);
    let (app, ws, mut sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    sandbox.suspend().await;
    assert!(app.profile().refresh(&ws).await.is_err());

    let errors = [
        app.profile()
            .avatar_upload(&ws, SAMPLE_PNG.to_vec(), "me.png")
            .await
            .unwrap_err(),
        app.profile()
            .avatar_from_url(&ws, "https://example.com/me.png")
            .await
            .unwrap_err(),
        app.profile().avatar_reset(&ws).await.unwrap_err(),
        app.profile()
            .delete_own_account(&ws, Some("alice-pass-1".into()), false)
            .await
            .unwrap_err(),
    ];
    for err in errors {
        assert_eq!(err.code(), ErrorCode::NeedsServer, "{err}");
        assert!(err.to_string().contains("needs its server"), "{err}");
    }
    sandbox.resume().await.unwrap();
}
