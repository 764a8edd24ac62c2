//! Administration › Users on the real app binary under Xvfb, against a workspace of 300 more
//! users: an admin searches, filters by role, sorts, opens a user, edits name and roles (the
//! server asks for the password once), resets TOTP, deactivates a last owner (sees the rooms,
//! confirms), activates, creates a user whose first password fails the policy, invites two
//! addresses and deletes a user; a user without the permission sees no Administration section;
//! with the server stopped the cached list shows.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::{Driver, Journey, Session};
use tether_sandbox::seed;
use tether_sandbox::{Sandbox, SandboxConfig};

/// Searches the list and waits for `count` matches.
async fn search(s: &Session, term: &str, count: &str) {
    s.fill("[data-testid=admin-users-search]", term).await;
    s.wait_text("[data-testid=admin-users-total]", count).await;
}

/// Searches for one user and opens their info panel.
async fn open_user(s: &Session, username: &str) {
    search(s, username, "1 user").await;
    s.click(&format!(
        "[data-testid=admin-user-row][data-username={username}]"
    ))
    .await;
    s.wait_attribute("[data-testid=admin-user-info]", "data-username", username)
        .await;
}

/// Opens the actions menu and picks `action`.
async fn act(s: &Session, action: &str) {
    s.click("[data-testid=admin-user-actions]").await;
    s.click(&format!("[data-testid=admin-user-action-{action}]"))
        .await;
}

/// Answers the server's second-factor prompt `testid` with the admin's password.
async fn confirm_with_password(s: &Session, testid: &str) {
    s.wait_attribute(
        &format!("[data-testid={testid}]"),
        "data-method",
        "password",
    )
    .await;
    s.fill(
        &format!("[data-testid={testid}-code]"),
        seed::ADMIN.password.unwrap(),
    )
    .await;
    s.click(&format!("[data-testid={testid}-submit]")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_manages_users_and_a_user_sees_no_administration() {
    let journey = Journey::new();
    let shots = &journey.shots;
    let sandbox = Sandbox::start(SandboxConfig {
        users: 300,
        max_active_users: Some(400),
        settings: vec![
            ("E2E_Enable".into(), serde_json::json!(true)),
            (
                "Accounts_Password_Policy_Enabled".into(),
                serde_json::json!(true),
            ),
        ],
        ..SandboxConfig::default()
    })
    .await
    .unwrap();
    let driver = Driver::start(&[("TETHER_DATA_DIR", journey.data.path())]).await;
    let s = driver.launch(&journey.app).await;
    s.sign_in_to(&sandbox.url(), &seed::ADMIN).await;

    s.click("[data-testid=nav-admin-users]").await;
    s.wait_text("[data-testid=admin-users-total]", "313 users")
        .await;
    s.wait_text("[data-testid=admin-seats]", "/400 seats").await;
    s.screenshot(&shots.join("70-admin-users.png")).await;

    // Filter by role, then sort by username, Z first.
    s.click("[data-testid=admin-users-roles] summary").await;
    s.click("[data-testid=admin-users-role-user-manager]").await;
    s.wait_text("[data-testid=admin-users-total]", "1 user")
        .await;
    s.wait_for("[data-testid=admin-user-row][data-username=uli]")
        .await;
    s.click("[data-testid=admin-users-role-user-manager]").await;
    s.wait_text("[data-testid=admin-users-total]", "313 users")
        .await;
    s.click("[data-testid=admin-users-sort-username]").await;
    s.click("[data-testid=admin-users-sort-username]").await;
    s.wait_attribute("[data-testid=admin-user-row]", "data-username", "vera")
        .await;

    // Edit Dora's name and roles: the server asks for the password once.
    open_user(&s, "dora").await;
    s.click("[data-testid=admin-user-edit]").await;
    s.fill("[data-testid=admin-form-name]", "Dora Ownerly")
        .await;
    s.click("[data-testid=admin-form-role-livechat-agent]")
        .await;
    s.click("[data-testid=admin-form-save]").await;
    confirm_with_password(&s, "admin-form-second-factor").await;
    s.wait_text("[data-testid=admin-users-notice]", "Dora Ownerly was saved")
        .await;
    s.wait_text("[data-testid=admin-user-info-roles]", "livechat-agent")
        .await;

    // Deactivate her: she owns rooms alone, which are shown before anything happens.
    act(&s, "deactivate").await;
    s.wait_text("[data-testid=admin-user-ask]", "logged out everywhere")
        .await;
    s.click("[data-testid=admin-user-ask-go]").await;
    s.wait_text("[data-testid=admin-user-change-owner]", "Design reviews")
        .await;
    s.wait_text("[data-testid=admin-user-removed-rooms]", "Dora's notes")
        .await;
    s.screenshot(&shots.join("71-last-owner.png")).await;
    s.click("[data-testid=admin-user-last-owner-go]").await;
    s.wait_text("[data-testid=admin-users-notice]", "deactivated")
        .await;
    act(&s, "activate").await;
    s.wait_text("[data-testid=admin-users-notice]", "is active")
        .await;

    // Reset Tina's authenticator: never remembered, so the password again.
    open_user(&s, "tina").await;
    act(&s, "reset_totp").await;
    s.click("[data-testid=admin-user-ask-go]").await;
    confirm_with_password(&s, "admin-second-factor").await;
    s.wait_text(
        "[data-testid=admin-users-notice]",
        "two-factor authentication was reset",
    )
    .await;

    // A new user: the first password fails the workspace's policy, on its field.
    s.click("[data-testid=admin-new-user]").await;
    s.fill("[data-testid=admin-form-email]", "nina@example.org")
        .await;
    s.fill("[data-testid=admin-form-name]", "Nina New").await;
    s.fill("[data-testid=admin-form-username]", "nina").await;
    s.click("[data-testid=admin-form-password-manual]").await;
    s.fill("[data-testid=admin-form-password]", "short").await;
    s.wait_for("[data-testid=admin-form-password-rules] [data-met=false]")
        .await;
    s.click("[data-testid=admin-form-save]").await;
    s.wait_text("[data-testid=admin-form-password-error]", "password policy")
        .await;
    s.screenshot(&shots.join("72-new-user-policy.png")).await;
    s.fill("[data-testid=admin-form-password]", "Long-enough-1!")
        .await;
    s.fill(
        "[data-testid=admin-form-password-confirm]",
        "Long-enough-1!",
    )
    .await;
    s.click("[data-testid=admin-form-save]").await;
    s.wait_text("[data-testid=admin-users-notice]", "Nina New was created")
        .await;

    // Invite two people.
    s.click("[data-testid=admin-invite-open]").await;
    s.fill(
        "[data-testid=admin-invite-emails]",
        "ann@example.org, bob@example.org",
    )
    .await;
    s.click("[data-testid=admin-invite-send]").await;
    s.wait_text(
        "[data-testid=admin-invite-sent]",
        "Invitation sent to ann@example.org and bob@example.org.",
    )
    .await;

    // Delete Gwen, after the confirmation that says what it does.
    open_user(&s, "gwen").await;
    act(&s, "delete").await;
    s.wait_text("[data-testid=admin-user-ask]", "cannot be undone")
        .await;
    s.click("[data-testid=admin-user-ask-go]").await;
    s.wait_text("[data-testid=admin-users-notice]", "was deleted")
        .await;
    s.wait_text("[data-testid=admin-users-total]", "0 users")
        .await;

    // Alice, in another entry for the same workspace, has no Administration section.
    s.add_another_workspace().await;
    s.sign_in_to(&sandbox.url(), &seed::ALICE).await;
    assert!(
        !s.exists("[data-testid=nav-administration]").await,
        "a user without view-user-administration sees no Administration section"
    );

    // Back to the admin, with the server stopped: the list as last read, marked so.
    sandbox.stop().await;
    s.click("[data-testid=workspace-switcher]").await;
    s.click("[data-testid=workspace-item][data-user=admin]")
        .await;
    s.click("[data-testid=nav-admin-users]").await;
    s.wait_text("[data-testid=admin-users-cached]", "cannot be reached")
        .await;
    s.wait_text("[data-testid=admin-users-total]", "users")
        .await;
    s.wait_for("[data-testid=admin-user-row]").await;
    s.screenshot(&shots.join("73-admin-users-offline.png"))
        .await;
    s.quit().await;
}
