//! The Rocket.Chat REST client and its wire types (see `shared/reference/rocketchat-api.md`).

mod account;
mod admin_users;
mod api_error;
mod client;
mod custom_sounds;
mod preferences;
mod rate;
pub mod realtime;
mod security;
mod subscriptions;
mod tokens;
mod types;
mod url;

pub use admin_users::{
    AdminUserDoc, PermissionListing, RoleListing, SeatsListing, UserEmail, UserListing,
};
pub use api_error::{ApiError, LOGIN, LOGIN_RESUME, failed_rule_text};
pub(crate) use client::unreachable;
pub use client::{Credentials, Http, PasswordProof, RestClient, password_digest};
pub use custom_sounds::CustomSound;
pub use preferences::{DataDownloadAnswer, ExportOperation};
pub use security::{Device, DeviceOs, SessionListing, TotpApi, TotpSecret};
pub use tokens::TokenListing;
pub use types::{LoginData, MeUser, PublicSetting, SavedUser, ServerInfo, ServicesFlags};
pub use url::{MINIMUM_VERSION, WorkspaceUrl, parse_version, version_supported};
