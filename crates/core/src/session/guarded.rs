//! The one second-factor flow for every operation the server guards (reference §1.5): call;
//! when the server answers `totp-required`, return its challenge; the UI asks the user once and
//! calls again with the [`Confirmation`], which travels as `X-2fa-code`/`X-2fa-method` (a
//! password as its SHA-256 hex with method `password`). A wrong code is the server's
//! `totp-invalid`, with its own message; an emailed code is sent by the server itself.

use std::future::Future;

use serde::Serialize;

use super::SessionApi;
use super::sign_in::{challenge_from, normalise_code};
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
        match call(headers).await {
            Ok(result) => {
                self.mark_online(&row.id);
                Ok(Guarded::Done { result })
            }
            Err(Error::Api(api)) if api.code() == ErrorCode::TwoFactorRequired => {
                Ok(Guarded::SecondFactor {
                    challenge: challenge_from(&row.id, api.details.as_ref())?,
                })
            }
            Err(err) => {
                self.note_failure(row, &err).await;
                Err(err)
            }
        }
    }
}
