//! The password policy (reference §6.1): `pw.getPolicy`, and the checks of a new password that
//! `users.updateOwnBasicInfo` runs after "same as the current one": the history, then the policy.

use axum::extract::State;
use axum::response::Response;
use serde_json::{Value, json};

use crate::envelope::{failure, failure_with_details, success};
use crate::state::{Inner, SandboxState};

/// A setting's value (defaults plus the sandbox's overrides).
fn setting(state: &SandboxState, id: &str) -> Value {
    crate::settings::public_settings(state)
        .into_iter()
        .find(|(k, _)| k == id)
        .map_or(Value::Null, |(_, v)| v)
}

/// The password policy as Rocket.Chat's `PasswordPolicy` class holds it.
struct Policy {
    enabled: bool,
    min_length: i64,
    max_length: i64,
    forbid_repeating: bool,
    repeating_count: i64,
    lowercase: bool,
    uppercase: bool,
    number: bool,
    special: bool,
}

impl Policy {
    fn of(state: &SandboxState) -> Policy {
        let on = |id: &str| setting(state, id) == Value::Bool(true);
        let number = |id: &str, default: i64| setting(state, id).as_i64().unwrap_or(default);
        Policy {
            enabled: on("Accounts_Password_Policy_Enabled"),
            min_length: number("Accounts_Password_Policy_MinLength", 7),
            max_length: number("Accounts_Password_Policy_MaxLength", -1),
            forbid_repeating: on("Accounts_Password_Policy_ForbidRepeatingCharacters"),
            repeating_count: number("Accounts_Password_Policy_ForbidRepeatingCharactersCount", 3),
            lowercase: on("Accounts_Password_Policy_AtLeastOneLowercase"),
            uppercase: on("Accounts_Password_Policy_AtLeastOneUppercase"),
            number: on("Accounts_Password_Policy_AtLeastOneNumber"),
            special: on("Accounts_Password_Policy_AtLeastOneSpecialCharacter"),
        }
    }

    /// `getPasswordPolicy()`: the rules as `[name, params?]` pairs.
    fn json(&self) -> Value {
        let mut policy = Vec::new();
        if self.enabled {
            if self.min_length >= 1 {
                policy.push(
                    json!(["get-password-policy-minLength", { "minLength": self.min_length }]),
                );
            }
            if self.max_length >= 1 {
                policy.push(
                    json!(["get-password-policy-maxLength", { "maxLength": self.max_length }]),
                );
            }
            if self.forbid_repeating {
                policy.push(json!(["get-password-policy-forbidRepeatingCharacters"]));
            }
            if self.repeating_count != 0 {
                policy.push(json!([
                    "get-password-policy-forbidRepeatingCharactersCount",
                    { "forbidRepeatingCharactersCount": self.repeating_count }
                ]));
            }
            for (on, name) in [
                (
                    self.lowercase,
                    "get-password-policy-mustContainAtLeastOneLowercase",
                ),
                (
                    self.uppercase,
                    "get-password-policy-mustContainAtLeastOneUppercase",
                ),
                (
                    self.number,
                    "get-password-policy-mustContainAtLeastOneNumber",
                ),
                (
                    self.special,
                    "get-password-policy-mustContainAtLeastOneSpecialCharacter",
                ),
            ] {
                if on {
                    policy.push(json!([name]));
                }
            }
        }
        json!({ "enabled": self.enabled, "policy": policy })
    }

    /// `validate(password)`: the failing rules as `{error, message}`.
    fn failures(&self, password: &str) -> Vec<Value> {
        let mut reasons = Vec::new();
        if !self.enabled {
            return reasons;
        }
        // JavaScript's `length` counts UTF-16 code units.
        let length = i64::try_from(password.encode_utf16().count()).unwrap_or(i64::MAX);
        // `(.)\1{count,}`: a character followed by `count` more of itself.
        let repeating = {
            let chars: Vec<char> = password.chars().collect();
            let needed = usize::try_from(self.repeating_count.max(0)).unwrap_or(usize::MAX);
            chars.chunk_by(|a, b| a == b).any(|run| run.len() > needed)
        };
        for (failed, code, message) in [
            (
                self.min_length >= 1 && length < self.min_length,
                "minLength",
                "The password does not meet the minimum length password policy.",
            ),
            (
                self.max_length >= 1 && length > self.max_length,
                "maxLength",
                "The password does not meet the maximum length password policy.",
            ),
            (
                self.forbid_repeating && repeating,
                "repeatingCharacters",
                "The password contains repeating characters which is against the password policy.",
            ),
            (
                self.lowercase && !password.chars().any(|c| c.is_ascii_lowercase()),
                "oneLowercase",
                "The password does not contain at least one lowercase character which is against the password policy.",
            ),
            (
                self.uppercase && !password.chars().any(|c| c.is_ascii_uppercase()),
                "oneUppercase",
                "The password does not contain at least one uppercase character which is against the password policy.",
            ),
            (
                self.number && !password.chars().any(|c| c.is_ascii_digit()),
                "oneNumber",
                "The password does not contain at least one numerical character which is against the password policy.",
            ),
            (
                // `[^A-Za-z0-9 ]`
                self.special
                    && !password
                        .chars()
                        .any(|c| !c.is_ascii_alphanumeric() && c != ' '),
                "oneSpecial",
                "The password does not contain at least one special character which is against the password policy.",
            ),
        ] {
            if failed {
                reasons.push(json!({
                    "error": format!("error-password-policy-not-met-{code}"),
                    "message": message,
                }));
            }
        }
        reasons
    }
}

/// `GET /api/v1/pw.getPolicy` (no authentication since 8.x).
pub async fn get_policy(State(state): State<SandboxState>) -> Response {
    success(Policy::of(&state).json())
}

/// Passwords `Accounts_Password_History_Amount` remembers.
const PASSWORD_HISTORY: usize = 5;

/// The checks of a new password after "same as the current one": the password history, then
/// the policy (with every failing rule in `details`, as 8.x sends them).
pub fn refuse_new_password(
    state: &SandboxState,
    inner: &Inner,
    index: usize,
    password: &str,
) -> Option<Response> {
    let digest = crate::state::sha256_hex(password);
    if state.password_history && inner.users[index].password_history.contains(&digest) {
        return Some(failure(
            "Unable to update password. Please use a password that has not been used recently. [error-password-in-history]",
            "error-password-in-history",
        ));
    }
    let reasons = Policy::of(state).failures(password);
    (!reasons.is_empty()).then(|| {
        failure_with_details(
            "The password provided does not meet the server's password policy. [error-password-policy-not-met]",
            "error-password-policy-not-met",
            &Value::Array(reasons),
        )
    })
}

/// Remembers the password being replaced (the last [`PASSWORD_HISTORY`]).
pub fn remember_password(inner: &mut Inner, index: usize) {
    let user = &mut inner.users[index];
    if let Some(old) = user.password_sha256.clone() {
        user.password_history.push(old);
        let excess = user.password_history.len().saturating_sub(PASSWORD_HISTORY);
        user.password_history.drain(..excess);
    }
}

/// Every rule of the workspace's policy that `password` fails (empty when it passes or the
/// policy is off), as 8.x lists them in `details`.
pub fn policy_failures(state: &SandboxState, password: &str) -> Vec<Value> {
    Policy::of(state).failures(password)
}
