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
pub mod updates;
pub mod workspace;

/// A picture the page read as base64 (`lib/files.ts`), as bytes; a damaged one is the avatar
/// field's error.
pub(crate) fn picture_bytes(data_base64: &str) -> Result<Vec<u8>, tether_core::Error> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(data_base64.as_bytes())
        .map_err(|_| tether_core::Error::InvalidInput {
            field: "avatar",
            message: "The picture could not be read. Choose the file again.".into(),
        })
}
