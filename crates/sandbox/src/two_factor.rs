//! Rocket.Chat's `checkCodeForUser` (reference §1.5): which method is checked, how an emailed
//! code is (re)sent, and the `totp-*` errors, for sign-in and for 2FA-gated routes.

use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use crate::state::Inner;

/// Emailed 2FA codes allowed to fail before `totp-max-attempts`
/// (`Accounts_TwoFactorAuthentication_Max_Invalid_Email_Code_Attempts`).
pub const MAX_EMAIL_CODE_ATTEMPTS: u32 = 5;

/// A refused check: Meteor.Error(error, reason, details).
pub struct Refusal {
    pub error: &'static str,
    pub reason: &'static str,
    pub details: Value,
}

/// One check of a second factor.
pub struct TwoFactorCheck<'a> {
    /// The code sent, if any.
    pub code: Option<&'a str>,
    /// The method named by the client (`X-2fa-method`); honoured only for `totp` and `email`.
    pub method: Option<&'a str>,
    /// Whether a user without TOTP or email 2FA is checked against their password
    /// (`requireSecondFactor` routes: email and password changes). Never at login.
    pub password_fallback: bool,
}

impl TwoFactorCheck<'_> {
    /// `Ok` when the user may go on.
    pub fn run(&self, inner: &mut Inner, index: usize) -> Result<(), Refusal> {
        let user = &inner.users[index];
        let mut available = Vec::new();
        if user.totp_secret.is_some() {
            available.push("totp");
        }
        if user.email2fa && user.profile.email_verified {
            available.push("email");
        }
        let method = match self.method {
            Some(named @ ("totp" | "email")) => named,
            _ => match available.first() {
                Some(first) => first,
                None if self.password_fallback && user.password_sha256.is_some() => "password",
                // No method applies: nothing to check.
                None => return Ok(()),
            },
        };
        let mut details = json!({ "method": method, "codeGenerated": false });
        if method == "email" {
            let now = SystemTime::now();
            let user = &mut inner.users[index];
            if user.email_code.as_ref().is_some_and(|c| c.expire < now) {
                user.email_code = None; // removeExpiredEmailCodeOfUserId
            }
            // A code is reused when it expires later than five minutes ago and attempts remain.
            let reusable = user.email_code.as_ref().filter(|c| {
                c.expire > now - Duration::from_secs(300) && c.attempts < MAX_EMAIL_CODE_ATTEMPTS
            });
            details["emailOrUsername"] = json!(user.profile.username);
            match reusable {
                Some(existing) => details["codeExpires"] = json!(iso_date(existing.expire)),
                None => {
                    inner.send_email_code(index);
                    details["codeGenerated"] = json!(true);
                }
            }
        }
        details["availableMethods"] = json!(available);
        let Some(code) = self.code.filter(|c| !c.is_empty()) else {
            return Err(Refusal {
                error: "totp-required",
                reason: "TOTP Required",
                details,
            });
        };
        let user = &mut inner.users[index];
        let valid = match method {
            "totp" if code.len() == 8 => {
                // A backup code: each works once.
                match user.backup_codes.iter().position(|c| c == code) {
                    Some(i) => {
                        user.backup_codes.remove(i);
                        true
                    }
                    None => false,
                }
            }
            "totp" => user
                .totp_secret
                .as_deref()
                .is_some_and(|s| totp_matches(s, code)),
            "email" => {
                let digits: String = code.chars().filter(char::is_ascii_digit).collect();
                match &mut user.email_code {
                    Some(c) if c.expire < SystemTime::now() => false,
                    Some(c) if c.code == digits => {
                        user.email_code = None;
                        true
                    }
                    Some(c) => {
                        c.attempts += 1;
                        false
                    }
                    None => false,
                }
            }
            // The password fallback: the code is the lowercase SHA-256 hex of the password.
            _ => user
                .password_sha256
                .as_deref()
                .is_some_and(|hash| hash == code.to_lowercase()),
        };
        if valid {
            return Ok(());
        }
        let max_reached = method == "email"
            && user
                .email_code
                .as_ref()
                .is_some_and(|c| c.attempts >= MAX_EMAIL_CODE_ATTEMPTS);
        Err(if max_reached {
            Refusal {
                error: "totp-max-attempts",
                reason: "TOTP Maximun Failed Attempts Reached",
                details,
            }
        } else {
            Refusal {
                error: "totp-invalid",
                reason: "TOTP Invalid",
                details,
            }
        })
    }
}

/// A second factor can be remembered for this long after it was checked
/// (`Accounts_TwoFactorAuthentication_RememberFor`).
pub const REMEMBER_FOR: Duration = Duration::from_secs(1800);

/// The check of a `twoFactorRequired` REST route (reference §1.5): a personal access token made
/// with `bypassTwoFactor` passes; so does a token whose second factor was checked within the
/// remember-me window (unless the route disables it); otherwise the code in the `X-2fa-code`
/// and `X-2fa-method` headers is checked, with the password fallback.
pub fn guard_route(
    inner: &mut Inner,
    index: usize,
    token: &str,
    headers: &axum::http::HeaderMap,
    remember: bool,
) -> Result<(), Refusal> {
    let now = std::time::Instant::now();
    if let Some(t) = inner.tokens.get(token)
        && ((t.personal && t.bypass_two_factor)
            || (remember && t.remember_until.is_some_and(|until| until > now)))
    {
        return Ok(());
    }
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    TwoFactorCheck {
        code: header("x-2fa-code"),
        method: header("x-2fa-method"),
        password_fallback: true,
    }
    .run(inner, index)?;
    if remember && let Some(t) = inner.tokens.get_mut(token) {
        t.remember_until = Some(now + REMEMBER_FOR);
    }
    Ok(())
}

pub fn totp_matches(secret: &str, code: &str) -> bool {
    crate::seed::authenticator(secret)
        .and_then(|totp| totp.check_current(code.trim()).ok())
        .unwrap_or(false)
}

/// A JavaScript `Date` as JSON: ISO 8601 with milliseconds, UTC.
pub fn iso_date(time: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(time)
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}
