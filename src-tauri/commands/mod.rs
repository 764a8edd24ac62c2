//! Thin `#[tauri::command]`s, grouped by domain and named `<domain>_<verb>`. Each one unpacks
//! its arguments and calls core; errors cross as `{code, message, details}`.

pub mod admin;
pub mod agent;
pub mod alerts;
pub mod app;
pub mod preferences;
pub mod profile;
pub mod security;
pub mod session;
pub mod unread;
pub mod workspace;
