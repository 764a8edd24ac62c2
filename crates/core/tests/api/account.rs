//! The profile page's account actions against the sandbox (issue 4): avatar upload, from a URL
//! and reset; username availability; the verification email; custom fields; deleting one's own
//! account, including the last-owner confirmation.

use std::collections::BTreeMap;

use crate::common::{Harness, generous};
use serde_json::json;
use tether_core::workspace::{ProfileChanges, ProfileSaveStep, UsernameCheck};
use tether_core::{Error, ErrorCode, Tether};
use tether_sandbox::seed::{self, SAMPLE_PNG, SeedUser};
use tether_sandbox::{Sandbox, SandboxConfig};

pub(crate) async fn signed_in_app(
    h: &Harness,
    config: SandboxConfig,
    user: &SeedUser,
) -> (Tether, String, Sandbox) {
    let (app, ws, sandbox) = crate::common::signed_in_app(h, config, user).await;
    // Reads the profile and the workspace's rules, as opening the profile page does.
    app.profile().refresh(&ws).await.unwrap();
    (app, ws, sandbox)
}

pub(crate) fn with_settings(settings: &[(&str, serde_json::Value)]) -> SandboxConfig {
    SandboxConfig {
        settings: settings
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        ..generous()
    }
}

pub(crate) fn requests_to(h: &Harness, route: &str) -> Vec<serde_json::Value> {
    h.recorded()
        .into_iter()
        .filter(|r| r["path"] == format!("/api/v1/{route}"))
        .collect()
}

pub(crate) fn field_of(err: &Error) -> Option<String> {
    err.details().and_then(|d| d.field().map(str::to_owned))
}

pub(crate) async fn avatar_of(app: &Tether, ws: &str) -> Option<String> {
    app.workspaces()
        .images()
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.workspace_id == ws)
        .and_then(|i| i.avatar)
}

#[tokio::test]
async fn uploads_an_avatar_as_multipart_then_resets_it() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    assert!(
        avatar_of(&app, &ws)
            .await
            .unwrap()
            .starts_with("data:image/svg+xml"),
        "the server's generated initials to begin with"
    );

    let view = app
        .profile()
        .avatar_upload(&ws, SAMPLE_PNG.to_vec(), "/home/alice/Pictures/me.png")
        .await
        .unwrap();
    assert!(
        view.profile.avatar_etag.is_some(),
        "the server has a new avatar"
    );
    assert!(
        avatar_of(&app, &ws)
            .await
            .unwrap()
            .starts_with("data:image/png;base64,"),
        "the uploaded picture is shown"
    );
    let sent = requests_to(&h, "users.setAvatar");
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0]["headers"]["content-type"]
            .as_str()
            .unwrap()
            .starts_with("multipart/form-data")
    );
    assert_eq!(
        sent[0]["body"]["image"],
        json!({ "filename": "me.png", "contentType": "image/png", "size": SAMPLE_PNG.len() }),
        "the file goes in `image`, named without the local folder"
    );

    let view = app.profile().avatar_reset(&ws).await.unwrap();
    assert_eq!(view.profile.avatar_etag, None);
    assert!(
        avatar_of(&app, &ws)
            .await
            .unwrap()
            .starts_with("data:image/svg+xml")
    );
    let reset = requests_to(&h, "users.resetAvatar");
    assert_eq!(
        reset[0]["body"],
        json!({ "userId": seed::ALICE.id }),
        "the user is named even for oneself"
    );
}

#[tokio::test]
async fn refuses_avatars_that_are_not_images_or_too_large_before_sending() {
    let h = Harness::new();
    let config = with_settings(&[("FileUpload_MaxFileSize", json!(64))]);
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    assert_eq!(app.profile().rules(&ws).await.unwrap().max_file_size, 64);

    let err = app
        .profile()
        .avatar_upload(&ws, b"%PDF-1.7 not a picture".to_vec(), "cv.pdf")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(field_of(&err).as_deref(), Some("avatar"));
    assert!(err.to_string().contains("PNG, JPEG, GIF or WebP"), "{err}");

    let err = app
        .profile()
        .avatar_upload(&ws, SAMPLE_PNG.to_vec(), "big.png")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(err.to_string().contains("at most"), "{err}");
    assert!(
        requests_to(&h, "users.setAvatar").is_empty(),
        "nothing was sent"
    );
}

#[tokio::test]
async fn sets_an_avatar_from_a_url_and_shows_the_servers_refusal_on_the_url() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let good = format!("{}_sandbox/picture.png", sandbox.url());
    let view = app.profile().avatar_from_url(&ws, &good).await.unwrap();
    assert!(view.profile.avatar_etag.is_some());
    assert!(
        avatar_of(&app, &ws)
            .await
            .unwrap()
            .starts_with("data:image/png")
    );
    assert_eq!(
        requests_to(&h, "users.setAvatar")[0]["body"],
        json!({ "avatarUrl": good })
    );

    // An SVG is not accepted from a URL (only PNG, JPEG, WebP).
    let svg = format!("{}_sandbox/picture.svg", sandbox.url());
    let err = app.profile().avatar_from_url(&ws, &svg).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(field_of(&err).as_deref(), Some("avatar_url"));

    let err = app
        .profile()
        .avatar_from_url(&ws, "not a url")
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("avatar_url"));
    assert_eq!(
        requests_to(&h, "users.setAvatar").len(),
        2,
        "a malformed address is refused here"
    );
}

#[tokio::test]
async fn a_workspace_that_forbids_avatar_changes_says_so() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_AllowUserAvatarChange", json!(false))]);
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    assert!(!app.profile().rules(&ws).await.unwrap().avatar);
    let err = app
        .profile()
        .avatar_upload(&ws, SAMPLE_PNG.to_vec(), "me.png")
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("does not let users change their avatar")
    );
}

#[tokio::test]
async fn checks_username_availability() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    assert_eq!(
        app.profile().username_check(&ws, "alice").await.unwrap(),
        UsernameCheck::Available,
        "one's own username"
    );
    assert_eq!(
        app.profile().username_check(&ws, "Tina").await.unwrap(),
        UsernameCheck::Taken,
        "taken, whatever the case"
    );
    assert_eq!(
        app.profile()
            .username_check(&ws, "white-rabbit")
            .await
            .unwrap(),
        UsernameCheck::Available
    );
    assert!(matches!(
        app.profile()
            .username_check(&ws, "white rabbit")
            .await
            .unwrap(),
        UsernameCheck::Invalid { .. }
    ));
    let asked: Vec<_> = requests_to(&h, "users.checkUsernameAvailability")
        .into_iter()
        .map(|r| r["query"]["username"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        asked,
        ["alice", "Tina", "white-rabbit"],
        "an invalid name is not sent"
    );
}

#[tokio::test]
async fn resends_the_verification_email_only_for_an_unverified_address() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::UMA).await;
    let profile = app.profile().cached(&ws).await.unwrap().unwrap().profile;
    assert!(!profile.emails[0].verified);
    app.profile().send_verification_email(&ws).await.unwrap();
    let outbox: serde_json::Value =
        reqwest::get(format!("{}_sandbox/outbox?username=uma", sandbox.url()))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    assert_eq!(outbox["emails"][0]["kind"], "verify-email");
    assert_eq!(outbox["emails"][0]["to"], seed::UMA.email);

    let h2 = Harness::new();
    let (app2, ws2, _s2) = signed_in_app(&h2, generous(), &seed::ALICE).await;
    let err = app2
        .profile()
        .send_verification_email(&ws2)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("already verified"));
}

pub(crate) const CUSTOM_FIELDS: &str = r#"{
    "department": {"type": "select", "options": ["Sales", "Support"], "defaultValue": "Support", "required": true},
    "twitter": {"type": "text", "minLength": 2, "maxLength": 15, "required": false}
}"#;

#[tokio::test]
async fn saves_custom_fields_at_the_top_level_with_every_defined_field() {
    let h = Harness::new();
    let config = with_settings(&[("Accounts_CustomFields", json!(CUSTOM_FIELDS))]);
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    let rules = app.profile().rules(&ws).await.unwrap();
    let names: Vec<_> = rules
        .custom_fields
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["department", "twitter"]);
    assert_eq!(
        rules.custom_fields[0].options.as_deref(),
        Some(&["Sales".to_owned(), "Support".to_owned()][..])
    );

    let change = |twitter: &str| ProfileChanges {
        custom_fields: Some(BTreeMap::from([("twitter".to_owned(), twitter.to_owned())])),
        bio: Some("Curious.".into()),
        ..Default::default()
    };
    // Checked before sending, with the server's rules.
    let err = app
        .profile()
        .save(&ws, change("this-handle-is-far-too-long"), None)
        .await
        .unwrap_err();
    assert_eq!(field_of(&err).as_deref(), Some("custom_fields"));
    assert!(
        requests_to(&h, "users.updateOwnBasicInfo").is_empty(),
        "nothing was sent"
    );

    let step = app
        .profile()
        .save(&ws, change("@alice"), None)
        .await
        .unwrap();
    let ProfileSaveStep::Saved { profile, .. } = step else {
        panic!("expected saved, got {step:?}");
    };
    assert_eq!(profile.profile.custom_fields["twitter"], "@alice");
    assert_eq!(
        profile.profile.custom_fields["department"], "Support",
        "the default of an unset field"
    );
    let sent = requests_to(&h, "users.updateOwnBasicInfo");
    assert_eq!(
        sent.len(),
        1,
        "one request for the bio and the custom field"
    );
    assert_eq!(
        sent[0]["body"]["customFields"],
        json!({ "department": "Support", "twitter": "@alice" }),
        "customFields beside data, with every defined field"
    );
    assert_eq!(sent[0]["body"]["data"], json!({ "bio": "Curious." }));
}
