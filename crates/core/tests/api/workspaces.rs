//! Workspaces side by side, removing one, and certificates a workspace's server presents
//! (issue 3), against the sandbox.

use crate::common::{Harness, challenge, challenged, generous, password, sign_in_as, signed_in};
use tether_core::ErrorCode;
use tether_core::ports::{SecretKey, SecretStore};
use tether_core::workspace::Connection;
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed::{self, totp_now};

#[tokio::test]
async fn removing_a_workspace_logs_out_and_deletes_its_token_and_cache() {
    let h = Harness::new();
    let sandbox = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
    sign_in_as(&app, &ws.id, &seed::ALICE).await;
    let key = SecretKey {
        workspace_id: ws.id.clone(),
        user_id: seed::ALICE.id.into(),
    };
    assert!(h.secrets.get(&key).unwrap().is_some());
    assert!(!app.workspaces().images().await.unwrap().is_empty());

    app.workspaces().remove(&ws.id).await.unwrap();
    assert!(h.secrets.get(&key).unwrap().is_none());
    assert!(
        app.workspaces()
            .snapshot()
            .await
            .unwrap()
            .workspaces
            .is_empty()
    );
    let err = app.profile().cached(&ws.id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::WorkspaceNotFound);
    assert!(
        app.workspaces().images().await.unwrap().is_empty(),
        "images go too"
    );
    assert!(
        h.recorded()
            .iter()
            .any(|r| r["path"] == "/api/v1/logout" && r["status"] == 200)
    );
}

#[tokio::test]
async fn several_workspaces_each_with_its_own_account_token_and_images() {
    let h = Harness::new();
    let one = h.sandbox_with(generous()).await;
    let two = h.sandbox_with(generous()).await;
    let app = h.app().await;
    let a = app.workspaces().add(&one.url()).await.unwrap();
    let b = app.workspaces().add(&two.url()).await.unwrap();
    sign_in_as(&app, &a.id, &seed::ALICE).await;
    challenged(&app, &b.id, &seed::TINA).await;
    signed_in(
        app.session()
            .sign_in_code(&b.id, &totp_now(seed::TINA.totp_secret.unwrap()))
            .await
            .unwrap(),
    );
    // A second user on the first server is fine.
    let a2 = app.workspaces().add(&one.url()).await.unwrap();
    assert_ne!(a2.id, a.id, "a new entry for another account");
    sign_in_as(&app, &a2.id, &seed::ADMIN).await;

    let snapshot = app.workspaces().snapshot().await.unwrap();
    let users: Vec<_> = snapshot
        .workspaces
        .iter()
        .map(|w| w.account.as_ref().unwrap().username.as_str())
        .collect();
    assert_eq!(users, ["alice", "tina", "admin"]);
    assert!(
        snapshot
            .workspaces
            .iter()
            .all(|w| w.connection == Connection::Online)
    );
    for (ws, user) in [(&a, &seed::ALICE), (&b, &seed::TINA), (&a2, &seed::ADMIN)] {
        let key = SecretKey {
            workspace_id: ws.id.clone(),
            user_id: user.id.into(),
        };
        assert!(h.secrets.get(&key).unwrap().is_some(), "{}", user.username);
        let profile = app.profile().cached(&ws.id).await.unwrap().unwrap();
        assert_eq!(profile.profile.username, user.username);
    }
    let images = app.workspaces().images().await.unwrap();
    assert_eq!(images.len(), 3);
    for image in &images {
        assert!(
            image
                .icon
                .as_deref()
                .unwrap()
                .starts_with("data:image/svg+xml;base64,")
        );
        assert!(
            image.avatar.is_some(),
            "avatar fetched with rc_uid/rc_token"
        );
    }

    // The same user on the same server again is refused, and no session is left behind.
    let again = app.workspaces().add(&one.url()).await.unwrap();
    let err = app
        .session()
        .sign_in_password(&again.id, "alice", password(&seed::ALICE))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::AccountAlreadyAdded);
    assert_eq!(
        err.details().unwrap().to_json()["workspace_id"],
        a.id.as_str()
    );
    assert!(err.to_string().contains("alice"), "{err}");
    let logouts = h
        .recorded()
        .iter()
        .filter(|r| r["path"] == "/api/v1/logout" && r["status"] == 200)
        .count();
    assert_eq!(logouts, 1, "the refused login's token was ended");
    // An entry belongs to its account: signing in to it as someone else is refused.
    app.session().sign_out(&a.id).await.unwrap();
    let err = app
        .session()
        .sign_in_password(&a.id, "tina", password(&seed::TINA))
        .await;
    match err {
        Err(err) => panic!("tina has 2FA; expected a challenge first, got {err}"),
        Ok(step) => {
            challenge(step);
            let err = app
                .session()
                .sign_in_code(&a.id, &totp_now(seed::TINA.totp_secret.unwrap()))
                .await
                .unwrap_err();
            assert_eq!(err.code(), ErrorCode::WrongAccount);
        }
    }
}

#[tokio::test]
async fn a_self_signed_certificate_is_shown_and_trusted_exactly() {
    let h = Harness::new();
    let sandbox = h
        .sandbox_with(SandboxConfig {
            tls: true,
            ..generous()
        })
        .await;
    let fingerprint = sandbox.certificate_sha256().unwrap().to_owned();
    let shown = tether_core::tls::display_fingerprint(&fingerprint);
    {
        let app = h.app().await;
        let err = app.workspaces().add(&sandbox.url()).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::CertificateUntrusted, "{err}");
        let details = err.details().unwrap().to_json();
        assert_eq!(details["fingerprint"], shown.as_str());
        assert_eq!(details["host"], "localhost");
        assert_eq!(details["changed"], false);
        assert!(err.to_string().contains(&shown), "{err}");
        assert!(err.to_string().contains("self-signed"), "{err}");

        let other = "00".repeat(32);
        let err = app
            .workspaces()
            .trust_certificate(&sandbox.url(), &other)
            .await
            .unwrap_err();
        assert_eq!(
            err.code(),
            ErrorCode::InvalidInput,
            "only the certificate the server presented can be trusted"
        );

        app.workspaces()
            .trust_certificate(&sandbox.url(), &shown)
            .await
            .unwrap();
        let ws = app.workspaces().add(&sandbox.url()).await.unwrap();
        sign_in_as(&app, &ws.id, &seed::ALICE).await;
    }
    // Remembered: a new process trusts it without asking.
    {
        let app = h.app().await;
        app.workspaces().restore_sessions().await.unwrap();
        assert_eq!(
            app.workspaces().snapshot().await.unwrap().workspaces[0].connection,
            Connection::Online
        );
    }
    // A server with another certificate on the same host is refused again: exact, not "trust
    // localhost".
    let replaced = h
        .sandbox_with(SandboxConfig {
            tls: true,
            ..generous()
        })
        .await;
    let app = h.app().await;
    let err = app.workspaces().add(&replaced.url()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::CertificateUntrusted);
    assert_eq!(err.details().unwrap().to_json()["changed"], true);
    assert!(err.to_string().contains("changed"), "{err}");
    drop(replaced);

    // The known workspace's server comes back on its address with a new certificate: the
    // workspace says so (not just "offline"), keeps its cache, and can trust it and reconnect.
    let port = sandbox.addr().port();
    sandbox.stop().await;
    let renewed = h
        .sandbox_with(SandboxConfig {
            tls: true,
            port,
            ..generous()
        })
        .await;
    app.workspaces().restore_sessions().await.unwrap();
    let ws = app
        .workspaces()
        .snapshot()
        .await
        .unwrap()
        .workspaces
        .remove(0);
    let Connection::CertificateUntrusted {
        reason,
        fingerprint,
    } = ws.connection
    else {
        panic!("expected an untrusted certificate, got {:?}", ws.connection);
    };
    let renewed_shown =
        tether_core::tls::display_fingerprint(renewed.certificate_sha256().unwrap());
    assert_eq!(fingerprint, renewed_shown);
    assert!(reason.contains("changed"), "{reason}");
    assert!(app.profile().cached(&ws.id).await.unwrap().is_some());
    app.workspaces()
        .trust_certificate(&ws.url, &fingerprint)
        .await
        .unwrap();
    let ws = app.workspaces().reconnect(&ws.id).await.unwrap();
    // This server never saw alice's session: reaching it proves the certificate is accepted.
    let Connection::SignedOut { reason } = ws.connection else {
        panic!(
            "expected the new server to refuse the old session, got {:?}",
            ws.connection
        );
    };
    assert!(reason.contains("logged out"), "{reason}");

    // Removing the last workspace on that host also forgets the exception.
    app.workspaces().remove(&ws.id).await.unwrap();
    let err = app.workspaces().add(&renewed.url()).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::CertificateUntrusted);
    assert_eq!(
        err.details().unwrap().to_json()["changed"],
        false,
        "no exception is left"
    );
}
