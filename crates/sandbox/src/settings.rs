//! The workspace's settings as the sandbox serves them: public settings (Rocket.Chat's
//! defaults, with the config's overrides) and the `Accounts_Default_User_Preferences_*`
//! defaults under a user's stored preferences.

use serde_json::{Value, json};

use crate::defaults::default_preferences;
use crate::state::SandboxState;

pub fn public_settings(state: &SandboxState) -> Vec<(String, Value)> {
    let mut settings: Vec<(String, Value)> = vec![
        ("Site_Name".into(), json!(state.site_name)),
        ("Site_Url".into(), json!(state.site_url)),
        ("Language".into(), json!("en")),
        ("Accounts_AllowUserProfileChange".into(), json!(true)),
        ("Accounts_AllowRealNameChange".into(), json!(true)),
        ("Accounts_AllowUsernameChange".into(), json!(true)),
        ("Accounts_AllowEmailChange".into(), json!(true)),
        ("Accounts_AllowPasswordChange".into(), json!(true)),
        ("Accounts_AllowUserAvatarChange".into(), json!(true)),
        ("Accounts_AllowUserStatusMessageChange".into(), json!(true)),
        ("Accounts_AllowInvisibleStatusOption".into(), json!(true)),
        ("Accounts_AllowDeleteOwnAccount".into(), json!(false)),
        (
            "Accounts_AllowPasswordChangeForOAuthUsers".into(),
            json!(true),
        ),
        ("Accounts_AllowEmailNotifications".into(), json!(true)),
        ("Accounts_CustomFields".into(), json!("")),
        ("FileUpload_MaxFileSize".into(), json!(104_857_600)),
        ("Accounts_LoginExpiration".into(), json!(90)),
        (
            "Accounts_TwoFactorAuthentication_Enabled".into(),
            json!(true),
        ),
        (
            "Accounts_TwoFactorAuthentication_By_TOTP_Enabled".into(),
            json!(true),
        ),
        (
            "Accounts_TwoFactorAuthentication_By_Email_Enabled".into(),
            json!(true),
        ),
        (
            "Accounts_EmailVerification".into(),
            json!(state.email_verification),
        ),
        ("LDAP_Enable".into(), json!(state.ldap)),
        ("API_Use_REST_For_DDP_Calls".into(), json!(true)),
        // What deleting a user does to their messages (`Delete`, `Unlink` or `Keep`).
        ("Message_ErasureType".into(), json!("Delete")),
        ("UserData_EnableDownload".into(), json!(true)),
        ("Accounts_Password_Policy_Enabled".into(), json!(false)),
        ("Accounts_Password_Policy_MinLength".into(), json!(7)),
        ("Accounts_Password_Policy_MaxLength".into(), json!(-1)),
        (
            "Accounts_Password_Policy_ForbidRepeatingCharacters".into(),
            json!(true),
        ),
        (
            "Accounts_Password_Policy_ForbidRepeatingCharactersCount".into(),
            json!(3),
        ),
        (
            "Accounts_Password_Policy_AtLeastOneLowercase".into(),
            json!(true),
        ),
        (
            "Accounts_Password_Policy_AtLeastOneUppercase".into(),
            json!(true),
        ),
        (
            "Accounts_Password_Policy_AtLeastOneNumber".into(),
            json!(true),
        ),
        (
            "Accounts_Password_Policy_AtLeastOneSpecialCharacter".into(),
            json!(true),
        ),
        ("E2E_Enable".into(), json!(false)),
    ];
    if let Value::Object(prefs) = default_preferences() {
        settings.extend(
            prefs
                .into_iter()
                .map(|(k, v)| (format!("Accounts_Default_User_Preferences_{k}"), v)),
        );
    }
    for (id, value) in &state.overrides {
        match settings.iter_mut().find(|(k, _)| k == id) {
            Some(entry) => entry.1 = value.clone(),
            None => settings.push((id.clone(), value.clone())),
        }
    }
    settings
}

/// A boolean setting's current value (defaults plus the sandbox's overrides).
pub fn setting_on(state: &SandboxState, id: &str) -> bool {
    public_settings(state)
        .into_iter()
        .find(|(k, _)| k == id)
        .is_some_and(|(_, v)| v == Value::Bool(true))
}
