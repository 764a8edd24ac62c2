//! Rocket.Chat's registered defaults of the user preferences (`Accounts_Default_User_Preferences_*`)
//! and a user's effective preferences over them (what `/me` answers). Pure: no sandbox state,
//! so the state and the settings both build on it.

use serde_json::{Map, Value, json};

/// A user's effective preferences, as `/me`'s `settings.preferences` shows them (reference
/// §2.3): the registered defaults, overlaid with what the user stored.
pub fn effective_preferences(stored: &Map<String, Value>) -> Map<String, Value> {
    let mut all = match default_preferences() {
        Value::Object(defaults) => defaults,
        _ => Map::new(),
    };
    all.extend(stored.clone());
    all
}

/// The registered defaults of `Accounts_Default_User_Preferences_*` (reference §4.2).
pub fn default_preferences() -> Value {
    let mut p = Map::new();
    for (k, v) in [
        ("newRoomNotification", json!("door")),
        ("newMessageNotification", json!("chime")),
        ("useEmojis", json!(true)),
        ("convertAsciiEmoji", json!(true)),
        ("saveMobileBandwidth", json!(true)),
        ("collapseMediaByDefault", json!(false)),
        ("autoImageLoad", json!(true)),
        ("emailNotificationMode", json!("mentions")),
        ("unreadAlert", json!(true)),
        ("notificationsSoundVolume", json!(100)),
        ("desktopNotifications", json!("all")),
        ("pushNotifications", json!("all")),
        ("enableAutoAway", json!(true)),
        ("idleTimeLimit", json!(300)),
        ("alsoSendThreadToChannel", json!("default")),
        ("showThreadsInMainChannel", json!(false)),
        ("desktopNotificationRequireInteraction", json!(false)),
        ("hideUsernames", json!(false)),
        ("hideRoles", json!(false)),
        ("displayAvatars", json!(true)),
        ("hideFlexTab", json!(false)),
        ("sendOnEnter", json!("normal")),
        ("sidebarShowFavorites", json!(true)),
        ("sidebarShowUnread", json!(false)),
        ("sidebarSortby", json!("activity")),
        ("sidebarViewMode", json!("medium")),
        ("sidebarDisplayAvatar", json!(true)),
        ("sidebarGroupByType", json!(true)),
        ("muteFocusedConversations", json!(true)),
        ("themeAppearence", json!("auto")),
        ("notifyCalendarEvents", json!(true)),
        ("omnichannelTranscriptEmail", json!(false)),
        ("enableMobileRinging", json!(true)),
    ] {
        p.insert(k.into(), v);
    }
    Value::Object(p)
}
