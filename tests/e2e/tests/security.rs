//! Security on the real app binary under Xvfb: turn on authenticator 2FA (confirmed with the
//! password, QR and key shown, code checked, backup codes shown once and saved to a file), sign
//! out and back in with a code, again with a backup code, make and delete an access token (the
//! server asks for a code once), and turn 2FA off.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

use tether_e2e::{Driver, Journey};
use tether_sandbox::seed::{self, totp_now};
use tether_sandbox::{RateLimit, Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authenticator_2fa_from_on_to_off_with_backup_codes_and_a_token() {
    let journey = Journey::new();
    let shots = &journey.shots;
    // Four sign-ins and a dozen page visits in a minute: more than Rocket.Chat's default of ten
    // calls a minute per route (settings.public, /me) allows; a day's use packed into a test.
    let sandbox = Sandbox::start(SandboxConfig {
        rate_limit: RateLimit {
            calls: 30,
            window: std::time::Duration::from_secs(60),
        },
        ..SandboxConfig::default()
    })
    .await
    .unwrap();
    // The Downloads folder, as the XDG user-dirs file names it (where the codes are saved).
    let config_home = tempfile::tempdir().unwrap();
    let downloads = tempfile::tempdir().unwrap();
    std::fs::write(
        config_home.path().join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.path().display()),
    )
    .unwrap();
    let driver = Driver::start(&[
        ("TETHER_DATA_DIR", journey.data.path()),
        ("XDG_CONFIG_HOME", config_home.path()),
    ])
    .await;
    let s = driver.launch(&journey.app).await;
    s.sign_in_to(&sandbox.url(), &seed::ALICE).await;

    // Turn on: the server wants the password first, then shows a new key.
    s.click("[data-testid=nav-security]").await;
    s.wait_attribute("[data-testid=totp]", "data-enabled", "false")
        .await;
    s.click("[data-testid=totp-enable]").await;
    s.wait_attribute(
        "[data-testid=security-second-factor]",
        "data-method",
        "password",
    )
    .await;
    s.fill(
        "[data-testid=security-second-factor-code]",
        seed::ALICE.password.unwrap(),
    )
    .await;
    s.click("[data-testid=security-second-factor-submit]").await;
    let qr = s.attribute("[data-testid=totp-qr]", "src").await.unwrap();
    assert!(qr.starts_with("data:image/png;base64,"), "{qr}");
    let secret: String = s
        .wait_text("[data-testid=totp-secret]", "")
        .await
        .split_whitespace()
        .collect();
    assert!(secret.len() >= 32, "{secret}");
    s.screenshot(&shots.join("60-totp-setup.png")).await;

    // A wrong code is refused in words; the right one turns it on.
    s.fill("[data-testid=totp-code]", "000000").await;
    s.click("[data-testid=totp-verify]").await;
    s.wait_text("[data-testid=totp-code-error]", "not correct")
        .await;
    s.fill("[data-testid=totp-code]", &totp_now(&secret)).await;
    s.click("[data-testid=totp-verify]").await;
    s.wait_for("[data-testid=backup-codes]").await;
    let code = |n: usize| format!("[data-testid=backup-codes] li:nth-child({n}) code");
    let first_backup = s.wait_text(&code(1), "").await;
    let last_backup = s.wait_text(&code(12), "").await;
    assert_eq!(first_backup.len(), 8, "{first_backup}");
    s.wait_text("[data-testid=totp-status]", "12 of 12").await;
    s.click("[data-testid=backup-codes-save]").await;
    let saved = s
        .wait_text("[data-testid=backup-codes-saved]", "Saved to")
        .await;
    let path = saved.trim_start_matches("Saved to").trim();
    assert!(
        path.starts_with(&downloads.path().display().to_string()),
        "{path}"
    );
    let file = std::fs::read_to_string(path).unwrap();
    assert!(file.contains(&first_backup) && file.contains(&last_backup));
    s.screenshot(&shots.join("61-backup-codes.png")).await;
    s.click("[data-testid=backup-codes-done]").await;
    s.wait_gone("[data-testid=backup-codes]").await;

    // Sign out; signing in again takes a code from the app (`Some((code, is_backup))`).
    let sign_out_and_in = async |code: Option<(&str, bool)>| {
        s.click("[data-testid=nav-profile]").await;
        s.choose_from_menu(
            "[data-testid=workspace-switcher]",
            "[data-testid=workspace-sign-out]",
        )
        .await;
        s.wait_text("[data-testid=signin-reason]", "You signed out")
            .await;
        s.fill(
            "[data-testid=signin-password]",
            seed::ALICE.password.unwrap(),
        )
        .await;
        s.click("[data-testid=signin-submit]").await;
        if let Some((code, backup)) = code {
            s.wait_for("[data-testid=second-factor-code]").await;
            if backup {
                s.click("[data-testid=second-factor-backup]").await;
            }
            s.fill("[data-testid=second-factor-code]", code).await;
            s.click("[data-testid=second-factor-submit]").await;
        }
        s.wait_text("[data-testid=profile-name]", seed::ALICE.name)
            .await;
    };
    sign_out_and_in(Some((&totp_now(&secret), false))).await;
    // And once with a backup code, which is then used up.
    sign_out_and_in(Some((&first_backup, true))).await;
    s.click("[data-testid=nav-security]").await;
    s.wait_text("[data-testid=totp-status]", "11 of 12").await;

    // An access token: the server asks for the authenticator's code once.
    s.click("[data-testid=nav-tokens]").await;
    s.wait_for("[data-testid=tokens-empty]").await;
    s.fill("[data-testid=token-name]", "journey").await;
    s.click("[data-testid=token-create]").await;
    s.wait_attribute("[data-testid=token-second-factor]", "data-method", "totp")
        .await;
    s.fill("[data-testid=token-second-factor-code]", &totp_now(&secret))
        .await;
    s.click("[data-testid=token-second-factor-submit]").await;
    let token = s.wait_text("[data-testid=token-made-value]", "").await;
    assert_eq!(token.len(), 43, "{token}");
    s.click("[data-testid=token-made-done]").await;
    s.wait_attribute("[data-testid=token-row]", "data-name", "journey")
        .await;
    // Deleting asks first, saying what stops working; within the server's remember-me
    // window it then needs no second factor again.
    s.click("[data-testid=token-delete]").await;
    s.wait_text("[data-testid=token-ask]", "stop working").await;
    s.click("[data-testid=token-ask-go]").await;
    s.wait_for("[data-testid=tokens-empty]").await;

    // Off, with a code from the app.
    s.click("[data-testid=nav-security]").await;
    s.wait_attribute("[data-testid=totp]", "data-enabled", "true")
        .await;
    s.fill("[data-testid=totp-manage-code]", &totp_now(&secret))
        .await;
    s.click("[data-testid=totp-disable]").await;
    s.wait_attribute("[data-testid=totp]", "data-enabled", "false")
        .await;
    s.wait_for("[data-testid=totp-enable]").await;
    s.screenshot(&shots.join("62-totp-off.png")).await;

    // Signing in needs no code now.
    sign_out_and_in(None).await;
    s.quit().await;
}
