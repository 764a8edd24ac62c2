//! Chatwoot, the second server kind (issue 23; reference `shared/reference/chatwoot-api.md`):
//! its REST client, its realtime connection, its answers and its errors. The slices reach it
//! through the session slice (`session/chatwoot.rs`), beside Rocket.Chat's client.

mod account;
pub mod audio;
mod cable;
mod client;
mod error;
mod security;
mod types;

pub use account::{Availability, NotificationFlags, OpenConversation};
pub use cable::{Cable, CableEvent, PRESENCE_EVERY};
pub use client::ChatwootClient;
pub use error::{ChatwootError, SIGN_IN};
pub use security::{MfaSetup, MfaStatus, SignedInSession};
pub use types::{
    ChatwootAccount, ChatwootAuth, ChatwootInfo, ChatwootUser, ProfileChanges, SessionHeaders,
    SignIn,
};
