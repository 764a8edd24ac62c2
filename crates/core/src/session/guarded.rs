//! The one second-factor flow for sign-in and every operation the server guards (reference
//! §1.5): reading the server's challenge, checking a typed code, and for guarded calls: call;
//! when the server answers `totp-required`, return its challenge; the UI asks the user once and
//! calls again with the [`Confirmation`], which travels as `X-2fa-code`/`X-2fa-method` (a
//! password as its SHA-256 hex with method `password`). A wrong code is the server's
//! `totp-invalid`, with its own message; an emailed code is sent by the server itself.

use std::future::Future;

use serde::Serialize;

use super::SessionApi;
use crate::store::WorkspaceRow;
use crate::workspace::{Confirmation, SecondFactorChallenge, SecondFactorMethod};
use crate::{Error, ErrorCode, Result, Sensitive};

/// Where a guarded operation stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Guarded<T> {
    /// Done.
    Done {
        /// What the operation gave.
        result: T,
    },
    /// The server wants a second factor: ask, then call again with it.
    SecondFactor {
        /// What the server asked for.
        challenge: SecondFactorChallenge,
    },
}

/// The `X-2fa-code` and `X-2fa-method` of a confirmation.
pub(crate) fn second_factor_headers(confirmation: &Confirmation) -> Result<(String, &'static str)> {
    Ok(match confirmation {
        Confirmation::Password { password } => {
            if password.is_empty() {
                return Err(Error::InvalidInput {
                    field: "code",
                    message: "Enter your current password.".into(),
                });
            }
            let digest = crate::rocketchat::password_digest(&Sensitive::new(password.clone()));
            (digest.expose().clone(), "password")
        }
        Confirmation::Code { method, code } => {
            let code = normalise_code(*method, code)?;
            let name = match method {
                SecondFactorMethod::Totp => "totp",
                SecondFactorMethod::Email => "email",
                SecondFactorMethod::Password => "password",
            };
            (code, name)
        }
    })
}

/// What a call's outcome is in the flow: its result, or the server's ask for a second factor
/// (its challenge, for the user), or its error. Sign-in and every guarded call read the
/// server's answer here; only how the code travels differs (login's body, or the headers).
pub(crate) fn step_of<T>(workspace_id: &str, outcome: Result<T>) -> Result<Guarded<T>> {
    match outcome {
        Ok(result) => Ok(Guarded::Done { result }),
        Err(Error::Api(api)) if api.code() == ErrorCode::TwoFactorRequired => {
            Ok(Guarded::SecondFactor {
                challenge: challenge_from(workspace_id, api.details.as_ref())?,
            })
        }
        Err(err) => Err(err),
    }
}

impl SessionApi<'_> {
    /// Runs a guarded call: `call` gets the second factor's headers (none the first time).
    pub(crate) async fn guarded<T, F, Fut>(
        &self,
        row: &WorkspaceRow,
        confirmation: Option<&Confirmation>,
        call: F,
    ) -> Result<Guarded<T>>
    where
        F: FnOnce(Option<(String, &'static str)>) -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let headers = confirmation.map(second_factor_headers).transpose()?;
        let step = step_of(&row.id, call(headers).await);
        match &step {
            Ok(Guarded::Done { .. }) => self.mark_online(&row.id),
            Ok(Guarded::SecondFactor { .. }) => {}
            Err(err) => self.note_failure(row, err).await,
        }
        step
    }
}

/// Reads the `details` of a `totp-required` answer (reference §1.5).
pub(crate) fn challenge_from(
    workspace_id: &str,
    details: Option<&serde_json::Value>,
) -> Result<SecondFactorChallenge> {
    let parse = |m: &str| match m {
        "totp" => Some(SecondFactorMethod::Totp),
        "email" => Some(SecondFactorMethod::Email),
        "password" => Some(SecondFactorMethod::Password),
        _ => None,
    };
    let details = details.cloned().unwrap_or_default();
    let named = details
        .get("method")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    let Some(method) = parse(named) else {
        return Err(Error::Protocol {
            endpoint: "login".into(),
            reason: format!(
                "the server asked for a second factor Tether cannot provide at sign-in (“{named}”)"
            ),
        });
    };
    let available_methods = details
        .get("availableMethods")
        .and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(serde_json::Value::as_str)
                .filter_map(parse)
                .collect()
        })
        .unwrap_or_else(|| vec![method]);
    Ok(SecondFactorChallenge {
        workspace_id: workspace_id.to_owned(),
        method,
        available_methods,
        code_generated: details
            .get("codeGenerated")
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false),
        code_expires: details
            .get("codeExpires")
            .and_then(serde_json::Value::as_str)
            .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
            .map(|d| d.to_utc().to_rfc3339()),
        email_or_username: details
            .get("emailOrUsername")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned),
    })
}

/// Checks a typed code before it is sent: 6 digits from an authenticator, an 8-character backup
/// code, or an emailed code (which may be typed as `123-456`).
pub(crate) fn normalise_code(method: SecondFactorMethod, code: &str) -> Result<String> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let ok = match method {
        SecondFactorMethod::Totp => {
            (code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()))
                || (code.len() == 8 && code.chars().all(|c| c.is_ascii_alphanumeric()))
        }
        SecondFactorMethod::Email => {
            code.chars().filter(char::is_ascii_digit).count() == 6
                && code.chars().all(|c| c.is_ascii_digit() || c == '-')
        }
        SecondFactorMethod::Password => !code.is_empty(),
    };
    if ok {
        return Ok(code);
    }
    Err(Error::InvalidInput {
        field: "code",
        message: match method {
            SecondFactorMethod::Totp => {
                "Enter the 6-digit code from your authenticator app, or an 8-character backup code."
                    .into()
            }
            SecondFactorMethod::Email => "Enter the 6-digit code from the email.".into(),
            SecondFactorMethod::Password => "Enter your current password.".into(),
        },
    })
}
