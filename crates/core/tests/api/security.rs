//! Account security against the sandbox: the password policy while typing and the server's
//! refusals in words; authenticator 2FA through the 8.8 REST routes and through `method.call`
//! on older servers (with both error behaviours); email 2FA; the encryption password of both
//! key formats (made by WebCrypto, as the web client makes them) and the key reset; device
//! sessions with and without the license.

use crate::common::{Harness, asked, done, generous, pw, signed_in_app};
use serde_json::Value;
use tether_core::security::password_policy::PasswordRule;
use tether_core::security::{BackupCodes, TotpSetup};
use tether_core::workspace::{Confirmation, ProfileChanges, SecondFactorMethod};
use tether_core::{ErrorCode, Tether};
use tether_sandbox::SandboxConfig;
use tether_sandbox::seed::{self, totp_now};

pub(crate) fn password_of(user: &seed::SeedUser) -> Option<Confirmation> {
    Some(Confirmation::Password {
        password: user.password.unwrap().into(),
    })
}

pub(crate) fn with(settings: &[(&str, Value)]) -> SandboxConfig {
    SandboxConfig {
        settings: settings
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        ..generous()
    }
}

pub(crate) fn calls(h: &Harness, path_start: &str) -> Vec<Value> {
    h.recorded()
        .into_iter()
        .filter(|r| {
            r["path"]
                .as_str()
                .is_some_and(|p| p.starts_with(path_start))
        })
        .collect()
}

#[tokio::test]
async fn the_password_policy_is_checked_while_typing_and_refusals_come_in_words() {
    let h = Harness::new();
    let config = SandboxConfig {
        password_history: true,
        ..with(&[
            ("Accounts_Password_Policy_Enabled", Value::Bool(true)),
            ("Accounts_Password_Policy_MinLength", 10.into()),
        ])
    };
    let (app, ws, _sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    let policy = app.security().password_policy(&ws).await.unwrap();
    assert!(policy.enabled);
    assert_eq!(policy.rules[0], PasswordRule::MinLength { min: 10 });
    let unmet: Vec<String> = policy
        .check("short1")
        .into_iter()
        .filter(|c| !c.met)
        .map(|c| c.text)
        .collect();
    assert_eq!(
        unmet,
        [
            "At least 10 characters",
            "An uppercase letter (A–Z)",
            "A symbol, such as ! ? # or -"
        ]
    );

    let change = |new: &str| ProfileChanges {
        new_password: Some(new.into()),
        ..Default::default()
    };
    // The server's refusal lists every failed rule (8.x `details`), in words, on the field.
    let err = app
        .profile()
        .save(&ws, change("short1"), password_of(&seed::ALICE))
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("new_password"));
    let text = err.to_string();
    assert!(
        text.contains("too short") && text.contains("uppercase") && text.contains("symbol"),
        "{text}"
    );

    let err = app
        .profile()
        .save(&ws, change("alice-pass-1"), password_of(&seed::ALICE))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("same as the current one"), "{err}");

    // Change it, then try to go back: the history refuses.
    let saved = app
        .profile()
        .save(&ws, change("Alice-Pass-2!"), password_of(&seed::ALICE))
        .await
        .unwrap();
    assert!(matches!(
        saved,
        tether_core::workspace::ProfileSaveStep::Saved { .. }
    ));
    let err = app
        .profile()
        .save(
            &ws,
            change("alice-pass-1"),
            Some(Confirmation::Password {
                password: "Alice-Pass-2!".into(),
            }),
        )
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("new_password"));
    assert!(
        err.to_string().contains("used that password before"),
        "{err}"
    );
}

/// Turns on authenticator 2FA for a signed-in account without 2FA, asserting each step.
/// `guarded`: the server guards `users.enableTotp` (8.8's REST route; the method is not).
pub(crate) async fn turn_on_totp(
    app: &Tether,
    ws: &str,
    user: &seed::SeedUser,
    guarded: bool,
) -> (String, Vec<String>) {
    let setup: TotpSetup = if guarded {
        // The password first (the account has no 2FA yet).
        assert_eq!(
            asked(app.security().totp_enable(ws, None).await.unwrap()),
            SecondFactorMethod::Password
        );
        done(
            app.security()
                .totp_enable(ws, password_of(user))
                .await
                .unwrap(),
        )
    } else {
        done(app.security().totp_enable(ws, None).await.unwrap())
    };
    assert!(setup.qr_code.starts_with("data:image/png;base64,"));
    assert_eq!(setup.account, user.username);
    let secret: String = setup.secret.split(' ').collect();
    assert!(setup.secret.split(' ').all(|g| g.len() <= 4));
    // A wrong code is refused in words on the code field; 2FA stays off.
    let err = app
        .security()
        .totp_confirm(ws, "000000", None)
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("code"), "{err}");
    assert!(!app.security().overview(ws).await.unwrap().totp.enabled);
    // Within the remember-me window the confirmation is not asked again.
    let codes: BackupCodes = done(
        app.security()
            .totp_confirm(ws, &totp_now(&secret), None)
            .await
            .unwrap(),
    );
    assert_eq!(codes.codes.len(), 12);
    assert!(codes.codes.iter().all(|c| c.len() == 8));
    let overview = app.security().overview(ws).await.unwrap();
    assert!(overview.totp.enabled);
    assert_eq!(overview.totp.backup_codes_remaining, Some(12));
    (secret, codes.codes)
}

pub(crate) async fn authenticator_round_trip(version: &str) -> Harness {
    let h = Harness::new();
    let config = SandboxConfig {
        version: version.into(),
        ..generous()
    };
    let (app, ws, sandbox) = signed_in_app(&h, config, &seed::ALICE).await;
    let rest = tether_core::rocketchat::TotpApi::for_version(version)
        == tether_core::rocketchat::TotpApi::Rest;
    let (secret, backup) = turn_on_totp(&app, &ws, &seed::ALICE, rest).await;

    // Signing in now takes a code; a backup code works once.
    let device = Harness::new();
    let elsewhere = device.app().await;
    let other = elsewhere.workspaces().add(&sandbox.url()).await.unwrap().id;
    let step = elsewhere
        .session()
        .sign_in_password(&other, "alice", pw("alice-pass-1"))
        .await
        .unwrap();
    crate::common::challenge(step);
    crate::common::signed_in(
        elsewhere
            .session()
            .sign_in_code(&other, &backup[0])
            .await
            .unwrap(),
    );
    assert_eq!(
        app.security()
            .overview(&ws)
            .await
            .unwrap()
            .totp
            .backup_codes_remaining,
        Some(11)
    );

    // New backup codes: a wrong code makes none; the old codes stop working.
    let err = app
        .security()
        .totp_regenerate_codes(&ws, "000000")
        .await
        .unwrap_err();
    assert_eq!(err.field().as_deref(), Some("code"), "{err}");
    let fresh = app
        .security()
        .totp_regenerate_codes(&ws, &totp_now(&secret))
        .await
        .unwrap();
    assert_eq!(fresh.codes.len(), 12);
    assert!(!fresh.codes.contains(&backup[1]));

    // Off: a wrong code leaves it on; a backup code turns it off.
    let err = app
        .security()
        .totp_disable(&ws, "00000000")
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(app.security().overview(&ws).await.unwrap().totp.enabled);
    app.security()
        .totp_disable(&ws, &fresh.codes[0])
        .await
        .unwrap();
    let overview = app.security().overview(&ws).await.unwrap();
    assert!(!overview.totp.enabled);
    assert_eq!(overview.totp.backup_codes_remaining, None);
    h
}

#[tokio::test]
async fn authenticator_2fa_uses_the_rest_routes_from_8_8() {
    let h = authenticator_round_trip("8.8").await;
    assert!(calls(&h, "/api/v1/method.call").is_empty());
    for route in [
        "/api/v1/users.enableTotp",
        "/api/v1/users.validateTotp",
        "/api/v1/users.regenerateTotpCodes",
        "/api/v1/users.disableTotp",
        "/api/v1/users.totpCodesRemaining",
    ] {
        assert!(!calls(&h, route).is_empty(), "{route}");
    }
}

#[tokio::test]
async fn before_8_8_authenticator_2fa_goes_through_method_call_with_errors_as_200_or_400() {
    for (version, error_status) in [("8.0", 400), ("7.10", 200)] {
        let h = authenticator_round_trip(version).await;
        assert!(calls(&h, "/api/v1/users.enableTotp").is_empty());
        let method_calls = calls(&h, "/api/v1/method.call/");
        let methods: Vec<&str> = method_calls
            .iter()
            .map(|r| r["path"].as_str().unwrap())
            .collect();
        for method in [
            "2fa%3Aenable",
            "2fa%3AvalidateTempToken",
            "2fa%3AregenerateCodes",
            "2fa%3Adisable",
            "2fa%3AcheckCodesRemaining",
        ] {
            assert!(
                methods.iter().any(|p| p.ends_with(method)),
                "{version}: {method}"
            );
        }
        // The wrong confirmation code threw `invalid-totp`: 200 before 8.0, 400 from it.
        let failed = method_calls
            .iter()
            .find(|r| {
                r["path"].as_str().unwrap().ends_with("validateTempToken")
                    && r["response"]["message"]
                        .as_str()
                        .is_some_and(|m| m.contains("invalid-totp"))
            })
            .unwrap();
        assert_eq!(failed["status"], error_status, "{version}");
    }
}

#[tokio::test]
async fn email_2fa_needs_a_verified_address() {
    let h = Harness::new();
    let (app, ws, _sandbox) = signed_in_app(&h, generous(), &seed::UMA).await;
    let overview = app.security().overview(&ws).await.unwrap();
    assert!(overview.email.available && !overview.email.email_verified);
    let err = app
        .security()
        .email_two_factor_set(&ws, true, None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(
        err.to_string().contains("Verify your email address first"),
        "{err}"
    );
}

#[tokio::test]
async fn turning_email_2fa_off_takes_the_emailed_code() {
    let h = Harness::new();
    let (app, ws, sandbox) = signed_in_app(&h, generous(), &seed::ALICE).await;
    done(
        app.security()
            .email_two_factor_set(&ws, true, None)
            .await
            .unwrap(),
    );
    assert_eq!(
        asked(
            app.security()
                .email_two_factor_set(&ws, false, None)
                .await
                .unwrap()
        ),
        SecondFactorMethod::Email
    );
    let code = sandbox.last_email_code("alice").unwrap();
    let typed = Some(Confirmation::Code {
        method: SecondFactorMethod::Email,
        code,
    });
    done(
        app.security()
            .email_two_factor_set(&ws, false, typed)
            .await
            .unwrap(),
    );
    assert!(!app.security().overview(&ws).await.unwrap().email.enabled);
}
