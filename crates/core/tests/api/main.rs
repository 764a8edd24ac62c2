//! Core against the sandbox, in process: every slice's integration tests in one test binary
//! (one link instead of one per file), each file a module. The crash test stays a binary of its
//! own (`crash.rs`): it starts itself again as the process it kills.
#![allow(
    clippy::unwrap_used,
    reason = "integration tests: a failed setup step must fail the test"
)]

mod common;

mod account;
mod account_deletion;
mod admin_actions;
mod admin_users;
mod chatwoot;
mod chatwoot_agent;
mod chatwoot_agent_security;
mod chatwoot_alerts;
mod chatwoot_cable;
mod chatwoot_offline;
mod chatwoot_security;
mod chatwoot_workspace;
mod faults;
mod notifications;
mod preferences;
mod preferences_offline;
mod profile;
mod profile_offline;
mod realtime;
mod security;
mod security_keys;
mod server_truth;
mod session;
mod sign_in;
mod tokens;
mod unread;
mod workspaces;
