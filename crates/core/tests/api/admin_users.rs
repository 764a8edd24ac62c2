//! Administration › Users against the sandbox: who sees what (each permission read from the
//! server), each tab's query on 7.x and 8.x, search, the roles filter, sorting, paging through
//! a workspace of hundreds of users, and the cached list while the server is down.

use crate::common::{Harness, generous, signed_in_app};
use tether_core::ErrorCode;
use tether_core::Tether;
use tether_core::admin_users::{
    PAGE_SIZE, RegistrationStatus, SortColumn, UserPage, UserQuery, UserSort, UserTab,
};
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed;

fn all() -> UserQuery {
    UserQuery {
        tab: UserTab::All,
        search: String::new(),
        roles: Vec::new(),
        sort: None,
        offset: 0,
    }
}

fn many(users: usize, version: &str) -> SandboxConfig {
    SandboxConfig {
        users,
        version: version.into(),
        ..generous()
    }
}

async fn list(app: &Tether, ws: &str, query: &UserQuery) -> UserPage {
    app.admin_users().list(ws, query).await.unwrap()
}

#[tokio::test]
async fn each_control_follows_its_own_permission_not_the_admin_role() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ADMIN).await;
    let admin = app.admin_users().access(&ws).await.unwrap();
    assert!(admin.view && admin.create && admin.delete && admin.assign_admin && admin.reset_totp);

    // Uli's custom role lets him see the page, edit and (de)activate: nothing more.
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ULI).await;
    let uli = app.admin_users().access(&ws).await.unwrap();
    assert!(uli.view && uli.edit && uli.change_active && uli.view_full_info);
    assert!(!uli.create && !uli.delete && !uli.assign_admin && !uli.invite && !uli.reset_totp);
    // What the server refuses him, it refuses: Delete is a 403 for him whatever the UI shows.
    let err = app
        .admin_users()
        .delete(&ws, seed::GWEN.id, false)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Forbidden, "{err}");

    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    let alice = app.admin_users().access(&ws).await.unwrap();
    assert!(!alice.view, "a plain user sees no Administration section");
}

#[tokio::test]
async fn the_overview_has_roles_seats_smtp_and_the_pending_count() {
    let h = Harness::new();
    let config = SandboxConfig {
        max_active_users: Some(50),
        settings: vec![("E2E_Enable".into(), serde_json::json!(true))],
        ..many(40, "8.8")
    };
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ADMIN).await;
    let overview = app.admin_users().overview(&ws).await.unwrap();
    assert!(overview.smtp_configured && overview.e2e_enabled && overview.two_factor_enabled);
    assert!(
        overview
            .roles
            .iter()
            .any(|r| r.id == "user-manager" && r.name == "User manager")
    );
    let seats = overview.seats.unwrap();
    assert_eq!(seats.max, Some(50));
    assert!(seats.active > 10 && !seats.exceeded);
    // 8.x Pending = waiting for approval: the generated users 11 and 31.
    assert_eq!(overview.pending_count, 2);
    let pending = list(
        &app,
        &ws,
        &UserQuery {
            tab: UserTab::Pending,
            ..all()
        },
    )
    .await;
    assert_eq!(
        pending.total, overview.pending_count,
        "the badge counts the tab's own query"
    );
}

#[tokio::test]
async fn tabs_use_each_versions_queries() {
    for version in ["7.10", "8.8"] {
        let h = Harness::new();
        let (app, ws, _sandbox) = signed_in_app(&h, many(40, version), &seed::ADMIN).await;
        let tab = |tab| UserQuery { tab, ..all() };
        let pending = list(&app, &ws, &tab(UserTab::Pending)).await;
        let active = list(&app, &ws, &tab(UserTab::Active)).await;
        let deactivated = list(&app, &ws, &tab(UserTab::Deactivated)).await;
        if version == "7.10" {
            // 7.x Pending: never signed in (users 5, 15, 25, 35, 11, 31).
            assert!(
                pending.users.iter().all(|u| u.last_login.is_none()),
                "{version}"
            );
            assert_eq!(pending.total, 6, "{version}");
        } else {
            assert_eq!(pending.total, 2, "{version}");
            assert!(pending.users.iter().all(|u| !u.active));
        }
        assert!(active.users.iter().all(|u| u.active));
        assert!(deactivated.users.iter().all(|u| !u.active));
        // Ivan was deactivated before 8.0 has a reason: he is in the Deactivated tab anyway.
        assert!(
            deactivated.users.iter().any(|u| u.username == "ivan"),
            "{version}"
        );
        let ivan = deactivated
            .users
            .iter()
            .find(|u| u.username == "ivan")
            .unwrap();
        assert_eq!(ivan.registration, RegistrationStatus::Deactivated);
    }
}

#[tokio::test]
async fn search_roles_sort_and_pages_reach_every_user() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, many(250, "8.8"), &seed::ADMIN).await;
    let first = list(&app, &ws, &all()).await;
    assert_eq!(first.total, 263);
    assert_eq!(first.users.len(), PAGE_SIZE as usize);
    let mut seen = std::collections::HashSet::new();
    for offset in (0..first.total).step_by(PAGE_SIZE as usize) {
        let page = list(&app, &ws, &UserQuery { offset, ..all() }).await;
        seen.extend(page.users.into_iter().map(|u| u.id));
    }
    assert_eq!(seen.len(), 263, "paging reaches every user once");

    // Search matches name, username and (for admins) email; case does not matter.
    let ada = list(
        &app,
        &ws,
        &UserQuery {
            search: " ADA ".into(),
            ..all()
        },
    )
    .await;
    assert_eq!(ada.total, 1);
    assert_eq!(ada.users[0].username, "admin");
    let by_mail = list(
        &app,
        &ws,
        &UserQuery {
            search: "people.tether".into(),
            ..all()
        },
    )
    .await;
    assert_eq!(by_mail.total, 250);

    // The roles filter sends `roles[]`: bots and moderators only.
    let roles = UserQuery {
        roles: vec!["bot".into(), "moderator".into()],
        ..all()
    };
    let filtered = list(&app, &ws, &roles).await;
    assert_eq!(filtered.total, 10);
    assert!(
        filtered
            .users
            .iter()
            .all(|u| u.roles.iter().any(|r| r == "bot" || r == "moderator"))
    );
    let bot = filtered.users.iter().find(|u| u.kind == "bot").unwrap();
    assert_eq!(bot.registration, RegistrationStatus::Active);

    let by_username_desc = UserQuery {
        sort: Some(UserSort {
            column: SortColumn::Username,
            descending: true,
        }),
        ..all()
    };
    let sorted = list(&app, &ws, &by_username_desc).await;
    assert_eq!(sorted.users[0].username, "vera");
    let names: Vec<&str> = sorted.users.iter().map(|u| u.username.as_str()).collect();
    assert!(names.windows(2).all(|w| w[0] >= w[1]), "{names:?}");

    // Every request had the validator's shape: arrays as `roles[]`, no other key.
    let lists: Vec<_> = h
        .recorded()
        .into_iter()
        .filter(|r| r["path"] == "/api/v1/users.listByStatus")
        .collect();
    assert!(
        lists.iter().all(|r| r["status"] == 200),
        "every list call was accepted"
    );
}

#[tokio::test]
async fn the_cached_list_shows_while_the_server_is_down_and_actions_say_they_need_it() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, many(30, "8.8"), &seed::ADMIN).await;
    let overview = app.admin_users().overview(&ws).await.unwrap();
    let online = list(&app, &ws, &all()).await;
    assert!(!online.from_cache);
    sandbox.stop().await;

    let cached = list(&app, &ws, &all()).await;
    assert!(cached.from_cache);
    assert_eq!(cached.users, online.users);
    assert_eq!(
        cached.read_at, online.read_at,
        "marked with when it was read"
    );
    let again = app.admin_users().overview(&ws).await.unwrap();
    assert!(again.from_cache);
    assert_eq!(again.permissions, overview.permissions);
    assert!(app.admin_users().access(&ws).await.unwrap().view);

    // A search never read before cannot be answered; an action is refused, not queued.
    let err = app
        .admin_users()
        .list(
            &ws,
            &UserQuery {
                search: "zz".into(),
                ..all()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsServer, "{err}");
    let err = app
        .admin_users()
        .set_active(&ws, seed::GWEN.id, false, false)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NeedsServer, "{err}");
    assert!(err.to_string().contains("deactivating a user"), "{err}");
}
