use super::*;
use crate::store::OutboxSlice;
use crate::workspace::{AccountSummary, Profile, ServerKind};

/// The two outboxes as they were before migration 20261207000002 made them one.
const OLD_PREFERENCE_OUTBOX: &str = "CREATE TABLE preference_outbox (workspace_id TEXT NOT NULL,
    key TEXT NOT NULL, value_json TEXT NOT NULL, base_json TEXT,
    revision INTEGER NOT NULL DEFAULT 1, conflict INTEGER NOT NULL DEFAULT 0, theirs_json TEXT,
    refused TEXT, sent_json TEXT, edited_at TEXT NOT NULL, PRIMARY KEY (workspace_id, key))";
const OLD_PROFILE_EDITS: &str = "CREATE TABLE pending_profile_edits (workspace_id TEXT NOT NULL,
    field TEXT NOT NULL, value TEXT NOT NULL, base TEXT NOT NULL, server_value TEXT,
    edited_at TEXT NOT NULL, refused TEXT, PRIMARY KEY (workspace_id, field))";

fn profile() -> Profile {
    Profile {
        user_id: "u1".into(),
        username: "alice".into(),
        name: Some("Alice".into()),
        nickname: None,
        bio: None,
        status: Some("online".into()),
        presence: Some("offline".into()),
        status_text: None,
        emails: vec![],
        avatar_url: None,
        roles: vec!["user".into()],
        has_password: true,
        totp_enabled: false,
        email2fa_enabled: false,
        avatar_etag: None,
        custom_fields: std::collections::BTreeMap::new(),
    }
}

fn row(id: &str) -> WorkspaceRow {
    WorkspaceRow {
        id: id.into(),
        url: format!("https://{id}.example/"),
        name: id.into(),
        server_version: "8.8".into(),
        kind: ServerKind::RocketChat,
        account: None,
    }
}

fn alice() -> AccountSummary {
    AccountSummary {
        user_id: "u1".into(),
        username: "alice".into(),
        display_name: None,
        auth: AuthKind::Password,
    }
}

#[tokio::test]
async fn workspaces_keep_their_order_and_account() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Store::open(&dir.path().join("cache.sqlite")).await.unwrap();
    cache.insert_workspace(&row("b"), Utc::now()).await.unwrap();
    cache.insert_workspace(&row("a"), Utc::now()).await.unwrap();
    let account = alice();
    cache.set_account("a", &account).await.unwrap();
    let rows = cache.workspaces().await.unwrap();
    let ids: Vec<_> = rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["b", "a"],
        "workspaces are listed in the order they were added"
    );
    assert_eq!(rows[1].account.as_ref(), Some(&account));
}

#[tokio::test]
async fn the_rows_held_in_memory_follow_every_write_and_match_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    let store = Store::open(&path).await.unwrap();
    store.insert_workspace(&row("a"), Utc::now()).await.unwrap();
    assert_eq!(
        store.workspace("a").await.unwrap().account,
        None,
        "read once, held"
    );
    store.insert_workspace(&row("b"), Utc::now()).await.unwrap();
    assert_eq!(
        store.workspaces().await.unwrap().len(),
        2,
        "an insert is seen"
    );
    store.set_account("a", &alice()).await.unwrap();
    assert_eq!(store.workspace("a").await.unwrap().account, Some(alice()));
    store.forget_account("a").await.unwrap();
    assert_eq!(store.workspace("a").await.unwrap().account, None);
    store.delete_workspace("b").await.unwrap();
    assert!(matches!(
        store.workspace("b").await,
        Err(Error::WorkspaceNotFound(_))
    ));
    // What memory holds is what the file holds.
    let reopened = Store::open(&path).await.unwrap();
    assert_eq!(
        reopened.workspaces().await.unwrap(),
        store.workspaces().await.unwrap()
    );
}

#[tokio::test]
async fn a_workspace_keeps_its_server_kind_and_an_unknown_kind_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    let store = Store::open(&path).await.unwrap();
    store.insert_workspace(&row("a"), Utc::now()).await.unwrap();
    assert_eq!(
        Store::open(&path)
            .await
            .unwrap()
            .workspace("a")
            .await
            .unwrap()
            .kind,
        ServerKind::RocketChat
    );
    let chatwoot = WorkspaceRow {
        kind: ServerKind::Chatwoot,
        ..row("b")
    };
    store.insert_workspace(&chatwoot, Utc::now()).await.unwrap();
    assert_eq!(
        Store::open(&path)
            .await
            .unwrap()
            .workspace("b")
            .await
            .unwrap()
            .kind,
        ServerKind::Chatwoot
    );
    // A kind this build does not know is never taken for Rocket.Chat.
    sqlx::query("UPDATE workspaces SET kind = 'zulip'")
        .execute(&store.pool)
        .await
        .unwrap();
    let err = Store::open(&path)
        .await
        .unwrap()
        .workspaces()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("zulip"), "{err}");
}

#[tokio::test]
async fn the_one_outbox_migration_keeps_every_waiting_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    {
        let store = Store::open(&path).await.unwrap();
        store.insert_workspace(&row("a"), Utc::now()).await.unwrap();
        // The two outboxes as they were before migration 20261207000002, with one edit of each
        // kind: a preference sent and edited again, a profile conflict, a profile refusal.
        for statement in [
            "DROP TABLE outbox",
            OLD_PREFERENCE_OUTBOX,
            OLD_PROFILE_EDITS,
            "INSERT INTO preference_outbox VALUES
                 ('a', 'idleTimeLimit', '600', '300', 3, 0, NULL, NULL, '500', 't')",
            "INSERT INTO pending_profile_edits VALUES
                 ('a', 'bio', 'Mine', 'Old', 'Theirs', 't', NULL),
                 ('a', 'nickname', '', 'Al', 'Al', 't', 'The server kept Al.')",
            "DELETE FROM _sqlx_migrations WHERE version = 20261207000002",
        ] {
            sqlx::query(statement).execute(&store.pool).await.unwrap();
        }
        store.close().await;
    }
    let store = Store::open(&path).await.unwrap();
    let preferences = store
        .edits(OutboxSlice::Preferences)
        .list("a")
        .await
        .unwrap();
    assert_eq!(
        preferences,
        [OutboxRow {
            key: "idleTimeLimit".into(),
            value: serde_json::json!(600),
            base: Some(serde_json::json!(300)),
            revision: 3,
            conflict: None,
            refused: None,
            theirs: None,
            sent: Some(serde_json::json!(500)),
        }]
    );
    let profile = store.edits(OutboxSlice::Profile).list("a").await.unwrap();
    let text = |s: &str| Some(serde_json::json!(s));
    assert_eq!(profile.len(), 2, "{profile:?}");
    assert_eq!(
        (&profile[0].key, &profile[0].value, &profile[0].base),
        (&"bio".to_owned(), &serde_json::json!("Mine"), &text("Old"))
    );
    assert_eq!(
        profile[0].conflict,
        Some(text("Theirs")),
        "the conflict waits"
    );
    assert_eq!(
        (
            profile[1].refused.as_deref(),
            &profile[1].theirs,
            &profile[1].conflict
        ),
        (Some("The server kept Al."), &text("Al"), &None),
        "the refusal waits with what the server kept"
    );
}

#[tokio::test]
async fn forgetting_an_account_keeps_the_workspace_and_its_icon() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Store::open(&dir.path().join("cache.sqlite")).await.unwrap();
    cache.insert_workspace(&row("a"), Utc::now()).await.unwrap();
    let account = alice();
    cache.set_account("a", &account).await.unwrap();
    cache
        .put_profile("a", &profile(), Utc::now())
        .await
        .unwrap();
    cache
        .edits(OutboxSlice::Profile)
        .put(
            "a",
            "bio",
            &serde_json::json!("offline bio"),
            Some(&serde_json::json!("")),
            Utc::now(),
        )
        .await
        .unwrap();
    for kind in [ImageKind::Icon, ImageKind::Avatar] {
        cache
            .put_image("a", kind, "image/png", b"png", Utc::now())
            .await
            .unwrap();
    }
    let stored = [("useEmojis".to_owned(), serde_json::json!(false))].into();
    cache
        .put_server_preferences("a", &stored, Utc::now())
        .await
        .unwrap();
    cache
        .edits(OutboxSlice::Preferences)
        .put(
            "a",
            "idleTimeLimit",
            &serde_json::json!(120),
            None,
            Utc::now(),
        )
        .await
        .unwrap();

    cache.forget_account("a").await.unwrap();

    let row = cache.workspace("a").await.unwrap();
    assert_eq!(row.account, None, "the account is forgotten");
    assert!(cache.profile("a").await.unwrap().is_none());
    assert!(
        cache
            .edits(OutboxSlice::Profile)
            .list("a")
            .await
            .unwrap()
            .is_empty()
    );
    assert!(cache.server_preferences("a").await.unwrap().is_none());
    assert!(
        cache
            .edits(OutboxSlice::Preferences)
            .list("a")
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!cache.has_image("a", ImageKind::Avatar).await.unwrap());
    assert!(
        cache.has_image("a", ImageKind::Icon).await.unwrap(),
        "the workspace's icon is not the account's"
    );
}

#[tokio::test]
async fn profile_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    {
        let cache = Store::open(&path).await.unwrap();
        cache.insert_workspace(&row("w"), Utc::now()).await.unwrap();
        cache
            .put_profile("w", &profile(), Utc::now())
            .await
            .unwrap();
        cache.close().await;
    }
    let cache = Store::open(&path).await.unwrap();
    let (cached, _) = cache
        .profile("w")
        .await
        .unwrap()
        .expect("profile was cached");
    assert_eq!(cached, profile());
}

#[tokio::test]
async fn opens_in_wal_mode_with_a_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Store::open(&dir.path().join("cache.sqlite")).await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&cache.pool)
        .await
        .unwrap();
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(&cache.pool)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(
        timeout, 5000,
        "writers wait instead of failing with SQLITE_BUSY"
    );
}

#[tokio::test]
async fn backs_up_before_applying_a_new_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite");
    {
        let cache = Store::open(&path).await.unwrap();
        cache.insert_workspace(&row("w"), Utc::now()).await.unwrap();
        // Pretend the newest migration has not run yet.
        let newest = MIGRATOR.iter().map(|m| m.version).max().unwrap();
        sqlx::query("DELETE FROM _sqlx_migrations WHERE version = ?")
            .bind(newest)
            .execute(&cache.pool)
            .await
            .unwrap();
        // …and undo what it did. A new migration needs its undo here.
        let undo: &[&str] = match newest {
            20261209000000 => &[
                "DELETE FROM outbox WHERE slice = 'agent'",
                "DROP TABLE chatwoot_profiles",
                "DROP TABLE chatwoot_local",
                "DROP TABLE chatwoot_notification_flags",
            ],
            20261208000000 => &["DROP TABLE admin_cache"],
            20261207000002 => &[
                OLD_PREFERENCE_OUTBOX,
                OLD_PROFILE_EDITS,
                "DROP TABLE outbox",
            ],
            20261207000001 => &["ALTER TABLE workspaces DROP COLUMN kind"],
            20261207000000 => &["ALTER TABLE pending_profile_edits DROP COLUMN refused"],
            20261125000000 => &["DROP TABLE custom_sounds", "DROP TABLE app_settings"],
            20261124000000 => &[
                "DROP TABLE preference_outbox",
                "DROP TABLE preference_snapshots",
                "DROP TABLE server_preferences",
            ],
            20261123000002 => &["DROP TABLE pending_profile_edits"],
            20261123000001 => &[
                "DROP TABLE images",
                "DROP TABLE trusted_certificates",
                "ALTER TABLE workspaces DROP COLUMN auth_kind",
            ],
            other => panic!("add the undo of migration {other} to this test"),
        };
        for statement in undo {
            sqlx::query(statement).execute(&cache.pool).await.unwrap();
        }
        cache.close().await;
    }
    let reopened = Store::open(&path).await.unwrap();
    assert_eq!(
        reopened.workspaces().await.unwrap().len(),
        1,
        "the upgrade keeps existing rows"
    );
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("backup-"))
        .collect();
    assert_eq!(
        backups.len(),
        1,
        "one backup is written before migrating an existing file"
    );
}
