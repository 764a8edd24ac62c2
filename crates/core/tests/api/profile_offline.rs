//! Offline profile edits against the sandbox: kept across a restart, sent when the server is
//! back, and an edit of a field the server changed meanwhile waiting for the user.

use super::profile::*;
use crate::common::{Harness, generous, sign_in_as, signed_in_app};
use tether_core::ErrorCode;
use tether_core::store::OutboxSlice;
use tether_core::workspace::{ProfileChanges, ProfileSaveStep};
use tether_sandbox::seed::{self};

#[tokio::test]
async fn offline_edits_survive_a_restart_and_are_sent_when_the_server_is_back() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    sandbox.suspend().await;
    assert_eq!(
        app.profile().refresh(&ws).await.unwrap_err().code(),
        ErrorCode::Unreachable
    );
    let changes = ProfileChanges {
        bio: Some("Written on a train.".into()),
        status: Some("away".into()),
        ..Default::default()
    };
    let ProfileSaveStep::Queued { profile } = app.profile().save(&ws, changes, None).await.unwrap()
    else {
        panic!("offline edits are queued");
    };
    assert_eq!(profile.profile.bio.as_deref(), Some("Written on a train."));
    assert_eq!(profile.pending.len(), 2);
    let err = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                username: Some("alice-offline".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("username"));
    assert_eq!(err.code(), ErrorCode::NeedsServer);
    assert!(err.to_string().contains("needs its server"), "{err}");
    drop(app);

    // Kept through a restart, shown while still offline.
    let app = h.app().await;
    app.workspaces().restore_sessions().await.unwrap();
    let shown = app.profile().cached(&ws).await.unwrap().unwrap();
    assert_eq!(shown.profile.bio.as_deref(), Some("Written on a train."));
    assert_eq!(shown.pending.len(), 2);

    sandbox.resume().await.unwrap();
    app.workspaces().reconnect(&ws).await.unwrap();
    // Sent by the reconnection itself, before the profile page reads anything.
    let sent = updates(&h);
    assert_eq!(sent.len(), 1, "sent on reconnecting");
    let view = app.profile().cached(&ws).await.unwrap().unwrap();
    assert!(view.pending.is_empty(), "sent: {:?}", view.pending);
    assert_eq!(view.profile.bio.as_deref(), Some("Written on a train."));
    assert_eq!(view.profile.status.as_deref(), Some("away"));
    let sent = updates(&h);
    let data = &sent.last().unwrap()["body"]["data"];
    assert_eq!(data["bio"], "Written on a train.");
    assert_eq!(data["statusType"], "away");
}

#[tokio::test]
async fn an_offline_edit_of_a_field_changed_on_the_server_waits_for_the_user() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    sandbox.suspend().await;
    let _ = app.profile().refresh(&ws).await;
    let step = app
        .profile()
        .save(
            &ws,
            ProfileChanges {
                bio: Some("Mine, offline.".into()),
                nickname: Some("Ali".into()),
                ..Default::default()
            },
            None,
        )
        .await
        .unwrap();
    assert!(matches!(step, ProfileSaveStep::Queued { .. }));
    sandbox.resume().await.unwrap();

    // Meanwhile, another device changes the bio.
    let device = Harness::new();
    let elsewhere = device.app().await;
    let other = elsewhere.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&elsewhere, &other, &seed::ALICE).await;
    saved(
        elsewhere
            .profile()
            .save(
                &other,
                ProfileChanges {
                    bio: Some("Theirs, online.".into()),
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap(),
    );

    app.workspaces().reconnect(&ws).await.unwrap();
    let view = app.profile().refresh(&ws).await.unwrap();
    assert_eq!(
        view.profile.nickname.as_deref(),
        Some("Ali"),
        "the edit nobody else touched was sent"
    );
    assert_eq!(view.pending.len(), 1);
    let conflict = &view.pending[0];
    assert_eq!(conflict.field, "bio");
    assert_eq!(conflict.value, "Mine, offline.");
    assert_eq!(conflict.conflict.as_deref(), Some("Theirs, online."));
    assert_eq!(
        elsewhere
            .profile()
            .refresh(&other)
            .await
            .unwrap()
            .profile
            .bio
            .as_deref(),
        Some("Theirs, online."),
        "not overwritten silently"
    );

    let view = app.profile().resolve(&ws, "bio", true).await.unwrap();
    assert!(view.pending.is_empty());
    assert_eq!(view.profile.bio.as_deref(), Some("Mine, offline."));
}

fn nickname(text: &str) -> ProfileChanges {
    ProfileChanges {
        nickname: Some(text.into()),
        ..Default::default()
    }
}

/// Saves the nickname while the server cannot be reached: the edit waits in the outbox.
async fn nickname_waits_offline(
    app: &tether_core::Tether,
    ws: &str,
    sandbox: &mut tether_sandbox::Sandbox,
    text: &str,
) {
    sandbox.suspend().await;
    let _ = app.profile().refresh(ws).await;
    let step = app.profile().save(ws, nickname(text), None).await.unwrap();
    assert!(matches!(step, ProfileSaveStep::Queued { .. }));
}

/// The outbox's `sent` guarantee, which profile edits share with preferences since they use
/// one outbox: a value sent before Tether died and found on the server is ours, so a newer
/// offline edit of the field is sent, not taken for a conflict.
#[tokio::test]
async fn an_edit_after_a_send_that_landed_unconfirmed_is_sent_not_a_conflict() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    nickname_waits_offline(&app, &ws, &mut sandbox, "Ali").await;
    // The send went out and the server took it, but Tether died before settling the edit:
    // what is left is the edit marked sent, and the server holding its value.
    let edits = app.store().edits(OutboxSlice::Profile);
    let sent = [("nickname".to_owned(), serde_json::json!("Ali"))].into();
    edits.mark_sent(&ws, &sent).await.unwrap();
    sandbox.resume().await.unwrap();
    let device = Harness::new();
    let elsewhere = device.app().await;
    let other = elsewhere.workspaces().add(&sandbox.url()).await.unwrap().id;
    sign_in_as(&elsewhere, &other, &seed::ALICE).await;
    saved(
        elsewhere
            .profile()
            .save(&other, nickname("Ali"), None)
            .await
            .unwrap(),
    );

    // Still offline here: a newer edit of the same field waits behind the unconfirmed one.
    let step = app.profile().save(&ws, nickname("Al"), None).await.unwrap();
    assert!(matches!(step, ProfileSaveStep::Queued { .. }));
    app.workspaces().reconnect(&ws).await.unwrap();
    let view = app.profile().refresh(&ws).await.unwrap();
    assert!(
        view.pending.is_empty(),
        "no false conflict: {:?}",
        view.pending
    );
    assert_eq!(view.profile.nickname.as_deref(), Some("Al"));
}

/// A save that reaches the server answers the user's newest values: an older offline edit of a
/// field it sent is superseded, not left to conflict with it.
#[tokio::test]
async fn an_online_save_supersedes_an_older_offline_edit_of_its_field() {
    let h = Harness::new();
    let (app, ws, mut sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    nickname_waits_offline(&app, &ws, &mut sandbox, "Ali").await;
    sandbox.resume().await.unwrap();
    // Back online, but sending the waiting edit is cut off: it still waits.
    sandbox.inject_fault(
        "/api/v1/users.updateOwnBasicInfo",
        tether_sandbox::Fault::Reset,
        1,
    );
    app.workspaces().reconnect(&ws).await.unwrap();
    assert_eq!(
        app.profile()
            .cached(&ws)
            .await
            .unwrap()
            .unwrap()
            .pending
            .len(),
        1
    );
    let view = saved(app.profile().save(&ws, nickname("Al"), None).await.unwrap());
    assert!(
        view.pending.is_empty(),
        "no conflict with the older edit: {:?}",
        view.pending
    );
    assert_eq!(view.profile.nickname.as_deref(), Some("Al"));
}
