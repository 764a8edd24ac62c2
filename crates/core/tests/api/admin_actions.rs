//! The Users page's actions against the sandbox: New user (the policy, a taken username and
//! email on their fields), Edit with only what changed behind the second factor, Make / Remove
//! Admin, Deactivate and Delete with the last-owner flow, the last admin, the seats, Reset TOTP
//! and E2E key and their effects, the welcome email and invitations.

use crate::common::{Harness, done, generous, password, signed_in_app};
use tether_core::admin_users::{ActiveOutcome, DeleteOutcome, PasswordChoice, UserForm};
use tether_core::workspace::{Confirmation, SecondFactorMethod};
use tether_core::{ErrorCode, Tether};
use tether_sandbox::seed::{self, SeedUser};
use tether_sandbox::{Sandbox, SandboxConfig};

fn admin_password() -> Option<Confirmation> {
    Some(Confirmation::Password {
        password: seed::ADMIN.password.unwrap().into(),
    })
}

/// Whether `user` can sign in with their password (in a separate Tether).
async fn can_sign_in(sandbox: &Sandbox, user: &SeedUser) -> Result<(), ErrorCode> {
    let h = Harness::new();
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    app.session()
        .sign_in_password(&ws.id, user.username, password(user))
        .await
        .map(|_| ())
        .map_err(|e| e.code())
}

async fn emails(sandbox: &Sandbox) -> Vec<serde_json::Value> {
    let url = format!("{}_sandbox/outbox", sandbox.url());
    let body: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    body["emails"].as_array().unwrap().clone()
}

fn new_user(password: &str) -> UserForm {
    UserForm {
        name: Some("Nina New".into()),
        username: Some("nina".into()),
        email: Some("nina@example.org".into()),
        password: Some(PasswordChoice::Manual {
            password: password.into(),
        }),
        roles: Some(vec!["user".into()]),
        send_welcome_email: Some(true),
        ..UserForm::default()
    }
}

async fn admin_app(h: &Harness, config: SandboxConfig) -> (Tether, String, Sandbox) {
    signed_in_app(h, config, &seed::ADMIN).await
}

#[tokio::test]
async fn a_new_user_meets_the_policy_and_each_refusal_lands_on_its_field() {
    let h = Harness::new();
    let config = SandboxConfig {
        settings: vec![(
            "Accounts_Password_Policy_Enabled".into(),
            serde_json::json!(true),
        )],
        ..generous()
    };
    let (app, ws, sandbox) = admin_app(&h, config).await;
    let admin = app.admin_users();
    let err = admin.create(&ws, &new_user("short")).await.unwrap_err();
    assert_eq!(err.field().as_deref(), Some("password"), "{err}");
    assert!(err.to_string().contains("password policy"), "{err}");

    let mut taken = new_user("Long-enough-1!");
    taken.username = Some("alice".into());
    let err = admin.create(&ws, &taken).await.unwrap_err();
    assert_eq!(err.field().as_deref(), Some("username"), "{err}");
    assert!(err.to_string().contains("alice is already in use"), "{err}");
    let mut taken = new_user("Long-enough-1!");
    taken.email = Some(seed::TINA.email.into());
    let err = admin.create(&ws, &taken).await.unwrap_err();
    assert_eq!(err.field().as_deref(), Some("email"), "{err}");
    let mut bad = new_user("Long-enough-1!");
    bad.username = Some("nina nina".into());
    let err = admin.create(&ws, &bad).await.unwrap_err();
    assert_eq!(err.field().as_deref(), Some("username"), "{err}");

    let nina = admin
        .create(&ws, &new_user("Long-enough-1!"))
        .await
        .unwrap();
    assert_eq!(nina.row.username, "nina");
    assert_eq!(
        nina.row.registration,
        tether_core::admin_users::RegistrationStatus::Pending
    );
    let sent = emails(&sandbox).await;
    assert!(
        sent.iter()
            .any(|e| e["kind"] == "welcome" && e["to"] == "nina@example.org")
    );
    let nina_seed = SeedUser {
        username: "nina",
        password: Some("Long-enough-1!"),
        ..seed::ALICE
    };
    assert_eq!(can_sign_in(&sandbox, &nina_seed).await, Ok(()));
}

#[tokio::test]
async fn an_edit_sends_only_what_changed_behind_the_second_factor() {
    let h = Harness::new();
    let (app, ws, _sandbox) = admin_app(&h, generous()).await;
    let changes = UserForm {
        name: Some("Alice Pleasance".into()),
        roles: Some(vec!["user".into(), "moderator".into()]),
        ..UserForm::default()
    };
    let step = app
        .admin_users()
        .update(&ws, seed::ALICE.id, &changes, None)
        .await
        .unwrap();
    assert_eq!(crate::common::asked(step), SecondFactorMethod::Password);
    let saved = done(
        app.admin_users()
            .update(&ws, seed::ALICE.id, &changes, admin_password())
            .await
            .unwrap(),
    );
    assert_eq!(saved.row.name, "Alice Pleasance");
    assert_eq!(saved.row.roles, ["user", "moderator"]);
    let sent = h
        .recorded()
        .into_iter()
        .rfind(|r| r["path"] == "/api/v1/users.update")
        .unwrap();
    assert_eq!(
        sent["body"],
        serde_json::json!({ "userId": seed::ALICE.id, "data": { "name": "Alice Pleasance", "roles": ["user", "moderator"] } })
    );
    let details = app
        .admin_users()
        .details(&ws, seed::ALICE.id)
        .await
        .unwrap();
    assert_eq!(details.row.name, "Alice Pleasance");

    app.admin_users()
        .set_admin(&ws, "alice", true)
        .await
        .unwrap();
    let alice = app
        .admin_users()
        .details(&ws, seed::ALICE.id)
        .await
        .unwrap();
    assert!(alice.row.roles.iter().any(|r| r == "admin"));
    app.admin_users()
        .set_admin(&ws, "alice", false)
        .await
        .unwrap();
    // The last admin keeps the role.
    let err = app
        .admin_users()
        .set_admin(&ws, "admin", false)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("at least one admin"), "{err}");
}

#[tokio::test]
async fn deactivating_and_deleting_a_last_owner_shows_the_rooms_first() {
    let h = Harness::new();
    let (app, ws, sandbox) = admin_app(&h, generous()).await;
    let admin = app.admin_users();
    let ActiveOutcome::LastOwner { rooms } = admin
        .set_active(&ws, seed::DORA.id, false, false)
        .await
        .unwrap()
    else {
        panic!("Dora owns rooms alone");
    };
    assert_eq!(rooms.change_owner, ["Design reviews"]);
    assert_eq!(rooms.removed, ["Dora's notes"]);
    assert_eq!(
        can_sign_in(&sandbox, &seed::DORA).await,
        Ok(()),
        "nothing happened yet"
    );
    let done_ = admin
        .set_active(&ws, seed::DORA.id, false, true)
        .await
        .unwrap();
    assert_eq!(done_, ActiveOutcome::Done { active: false });
    assert_eq!(
        can_sign_in(&sandbox, &seed::DORA).await,
        Err(ErrorCode::AccountNotActivated)
    );
    let again = admin
        .set_active(&ws, seed::DORA.id, true, false)
        .await
        .unwrap();
    assert_eq!(again, ActiveOutcome::Done { active: true });
    assert_eq!(can_sign_in(&sandbox, &seed::DORA).await, Ok(()));

    // The only admin cannot be deactivated, and no one deletes themselves here.
    let err = admin
        .set_active(&ws, seed::ADMIN.id, false, false)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("without an active admin"), "{err}");
    let err = admin.delete(&ws, seed::ADMIN.id, false).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);

    assert_eq!(
        admin.delete(&ws, seed::GWEN.id, false).await.unwrap(),
        DeleteOutcome::Deleted
    );
    assert_eq!(
        can_sign_in(&sandbox, &seed::GWEN).await,
        Err(ErrorCode::InvalidCredentials)
    );
}

#[tokio::test]
async fn resets_end_the_users_sessions() {
    let h = Harness::new();
    let (app, ws, sandbox) = admin_app(&h, generous()).await;
    // Tina's authenticator goes: she signs in without a code afterwards.
    let step = app
        .admin_users()
        .reset_totp(&ws, seed::TINA.id, None)
        .await
        .unwrap();
    assert_eq!(
        crate::common::asked(step),
        SecondFactorMethod::Password,
        "never remembered"
    );
    done(
        app.admin_users()
            .reset_totp(&ws, seed::TINA.id, admin_password())
            .await
            .unwrap(),
    );
    assert_eq!(can_sign_in(&sandbox, &seed::TINA).await, Ok(()));

    // Alice's key reset signs her out.
    let alice_h = Harness::new();
    let alice_app = alice_h.app().await;
    let alice_ws = alice_app.workspaces().add(&sandbox.url()).await.unwrap();
    crate::common::sign_in_as(&alice_app, &alice_ws.id, &seed::ALICE).await;
    done(
        app.admin_users()
            .reset_e2e_key(&ws, seed::ALICE.id, admin_password())
            .await
            .unwrap(),
    );
    let err = alice_app.profile().refresh(&alice_ws.id).await.unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::SessionExpired,
        "Alice's session ended: {err}"
    );
}

#[tokio::test]
async fn invitations_are_checked_first_and_need_smtp() {
    let h = Harness::new();
    let (app, ws, sandbox) = admin_app(&h, generous()).await;
    let err = app
        .admin_users()
        .invite(&ws, "a@x.org, nope")
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("emails"));
    assert!(
        !h.recorded()
            .iter()
            .any(|r| r["path"] == "/api/v1/sendInvitationEmail"),
        "nothing sent"
    );
    let sent = app
        .admin_users()
        .invite(&ws, "ann@x.org; bob@y.org")
        .await
        .unwrap();
    assert_eq!(sent, ["ann@x.org", "bob@y.org"]);
    let mails = emails(&sandbox).await;
    assert_eq!(
        mails.iter().filter(|e| e["kind"] == "invitation").count(),
        2
    );
    app.admin_users()
        .send_welcome_email(&ws, seed::ALICE.email)
        .await
        .unwrap();

    let h = Harness::new();
    let config = SandboxConfig {
        smtp: false,
        ..generous()
    };
    let (app, ws, _sandbox) = admin_app(&h, config).await;
    assert!(
        !app.admin_users()
            .overview(&ws)
            .await
            .unwrap()
            .smtp_configured
    );
    let err = app
        .admin_users()
        .invite(&ws, "ann@x.org")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("SMTP"), "{err}");
}

#[tokio::test]
async fn activation_past_the_seats_is_refused() {
    let h = Harness::new();
    let config = SandboxConfig {
        seats_full: true,
        ..generous()
    };
    let (app, ws, _sandbox) = admin_app(&h, config).await;
    let seats = app
        .admin_users()
        .overview(&ws)
        .await
        .unwrap()
        .seats
        .unwrap();
    assert!(seats.exceeded);
    assert_eq!(seats.max, Some(seats.active));
    let err = app
        .admin_users()
        .set_active(&ws, seed::IVAN.id, true, false)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::SeatLimitReached, "{err}");
}
