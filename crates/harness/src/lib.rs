//! What drives and watches the real app from outside, shared by the end-to-end journeys
//! (`tests/e2e`) and the bench (`crates/bench`): the WebDriver client, the tray as a panel sees
//! it, and a second device's REST session. A support crate, not a test crate, so that the bench
//! never depends on the journeys.
#![allow(
    clippy::expect_used,
    reason = "driving support: a failed WebDriver or D-Bus call must fail its caller with its message"
)]

pub mod tray;
mod webdriver;

pub use webdriver::{Driver, Key, Session};

/// A second device of `user`'s: its own REST session on `sandbox` (to read rooms with, as
/// another client would).
pub async fn signed_in_elsewhere(
    sandbox: &tether_sandbox::Sandbox,
    user: &tether_sandbox::seed::SeedUser,
) -> Result<
    (
        tether_core::rocketchat::RestClient,
        tether_core::rocketchat::Credentials,
    ),
    String,
> {
    use tether_core::rocketchat::{Credentials, Http, PasswordProof, RestClient, WorkspaceUrl};
    let http = Http::new().map_err(|e| e.to_string())?;
    let url = WorkspaceUrl::parse(&sandbox.url()).map_err(|e| e.to_string())?;
    let client = RestClient::new(http, url);
    let password = tether_core::Sensitive::new(user.password.unwrap_or_default().to_owned());
    let login = client
        .login_password(
            user.username,
            &PasswordProof::for_password(&password, false),
            None,
        )
        .await
        .map_err(|e| e.to_string())?;
    Ok((
        client,
        Credentials {
            user_id: login.user_id,
            token: login.auth_token,
        },
    ))
}
