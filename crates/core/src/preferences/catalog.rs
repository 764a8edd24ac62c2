//! Every preference Tether edits: its key, group, kind, allowed values, built-in default and the
//! first server version that accepts it, from reference §4.2 (`isUsersSetPreferencesParamsPOST`,
//! rest-typings 8.8.1). Validation and normalisation of values live here, so a bad value never
//! reaches the outbox.

use serde_json::{Value, json};

/// Where a preference sits on the page, in Rocket.Chat's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum PreferenceGroup {
    /// Language and time.
    Localization,
    /// Auto-away.
    UserPresence,
    /// Desktop, push and email notifications.
    Notifications,
    /// How messages are shown and sent.
    Messages,
    /// Highlight words.
    Highlights,
    /// Sounds and volumes.
    Sound,
    /// Theme and font size.
    Appearance,
    /// The web client's room list.
    Sidebar,
    /// Only for users with an omnichannel role.
    Omnichannel,
}

/// What kind of value a preference takes (static form, for the catalog).
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// `true` / `false`.
    Toggle,
    /// A whole number within bounds.
    Number {
        /// Smallest allowed.
        min: i64,
        /// Largest allowed.
        max: i64,
        /// Shown after the field ("seconds", "%").
        unit: &'static str,
    },
    /// One of a fixed list: (value, label).
    Choice(&'static [(&'static str, &'static str)]),
    /// A list of words (`highlights`), typed comma-separated.
    Words,
    /// A notification sound: a built-in or custom sound id, or `none`.
    Sound,
    /// A locale code, or `""` for the workspace's language.
    Language,
}

/// One preference of the catalog.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The key `users.setPreferences` takes.
    pub key: &'static str,
    /// Where it is shown.
    pub group: PreferenceGroup,
    /// Its label on the page.
    pub label: &'static str,
    /// One sentence saying what it does.
    pub help: &'static str,
    /// What values it takes.
    pub kind: Kind,
    /// Rocket.Chat's registered default for `Accounts_Default_User_Preferences_<key>`, used until
    /// the workspace's own default is known. `None`: the setting has no default (the web client
    /// treats the key as unset).
    pub default: Option<fn() -> Value>,
    /// The first server version (`major`, `minor`) whose validator accepts the key.
    pub since: (u32, u32),
}

const NOTIFY_MODES: &[(&str, &str)] = &[
    ("all", "All messages"),
    ("mentions", "Mentions"),
    ("nothing", "Nothing"),
];
const EMAIL_MODES: &[(&str, &str)] = &[
    ("mentions", "Every mention or direct message"),
    ("nothing", "Disabled"),
];
const THREAD_TO_CHANNEL: &[(&str, &str)] = &[
    (
        "default",
        "Selected for the first reply, unselected for the rest",
    ),
    ("always", "Selected by default"),
    ("never", "Unselected by default"),
];
const SEND_ON_ENTER: &[(&str, &str)] = &[
    ("normal", "Normal mode (send with Enter)"),
    (
        "alternative",
        "Alternative mode (send with Enter + Ctrl/Alt/Shift/Cmd)",
    ),
    (
        "desktop",
        "Desktop mode (only send with Enter on a desktop)",
    ),
];
const CLOCK_MODES: &[(&str, &str)] = &[
    ("0", "The language's default"),
    ("1", "12-hour"),
    ("2", "24-hour"),
];
const THEMES: &[(&str, &str)] = &[
    ("auto", "Match the system"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("high-contrast", "High contrast"),
];
const FONT_SIZES: &[(&str, &str)] = &[
    ("14px", "Small"),
    ("100%", "Default"),
    ("18px", "Medium"),
    ("20px", "Large"),
    ("24px", "Extra large"),
];
const SIDEBAR_SORT: &[(&str, &str)] = &[("activity", "Activity"), ("alphabetical", "Name")];
const SIDEBAR_VIEW: &[(&str, &str)] = &[
    ("extended", "Extended"),
    ("medium", "Medium"),
    ("condensed", "Condensed"),
];

/// Rocket.Chat's built-in notification sounds (reference §4.2), with their labels.
pub const BUILT_IN_SOUNDS: &[(&str, &str)] = &[
    ("chime", "Chime"),
    ("door", "Door"),
    ("beep", "Beep"),
    ("chelle", "Chelle"),
    ("ding", "Ding"),
    ("droplet", "Droplet"),
    ("highbell", "Highbell"),
    ("seasons", "Seasons"),
    ("telephone", "Telephone"),
    ("outbound-call-ringing", "Outbound call ringing"),
    ("call-ended", "Call ended"),
    ("dialtone", "Dial tone"),
    ("ringtone", "Ringtone"),
];

/// The languages Rocket.Chat's web client ships, as locale codes with their own names.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("", "The workspace's language"),
    ("ar", "العربية"),
    ("ca", "Català"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("he", "עברית"),
    ("hi-IN", "हिन्दी"),
    ("hu", "Magyar"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("nl", "Nederlands"),
    ("no", "Norsk"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("pt-BR", "Português (Brasil)"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("vi-VN", "Tiếng Việt"),
    ("zh", "简体中文"),
    ("zh-TW", "繁體中文"),
];

const ALL: (u32, u32) = (0, 0);
const VOLUME: Kind = Kind::Number {
    min: 0,
    max: 100,
    unit: "%",
};

macro_rules! spec {
    ($key:literal, $group:ident, $label:literal, $help:literal, $kind:expr, $default:expr, $since:expr) => {
        Spec {
            key: $key,
            group: PreferenceGroup::$group,
            label: $label,
            help: $help,
            kind: $kind,
            default: $default,
            since: $since,
        }
    };
}

/// Every preference, in page order. `statusVisibilityDenied`, `dontAskAgainList` and
/// `featuresPreview` are left out: they are the web client's own state (dismissed dialogs,
/// preview opt-ins, status privacy lists) with no meaning outside it.
#[rustfmt::skip]
pub const CATALOG: &[Spec] = &[
    spec!("language", Localization, "Language", "The language of Rocket.Chat's interface.", Kind::Language, Some(|| json!("")), ALL),
    spec!("clockMode", Localization, "Clock", "How times are shown.", Kind::Choice(CLOCK_MODES), None, ALL),
    spec!("utcOffset", Localization, "Time zone offset", "Your offset from UTC in hours, used for times in emails.", Kind::Number { min: -12, max: 14, unit: "hours" }, None, (8, 6)),
    spec!("enableAutoAway", UserPresence, "Enable auto-away", "Your status changes to away after the idle time below.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("idleTimeLimit", UserPresence, "Idle time limit", "Seconds without activity before you appear away (at least 60).", Kind::Number { min: 60, max: 86_400, unit: "seconds" }, Some(|| json!(300)), ALL),
    spec!("desktopNotificationRequireInteraction", Notifications, "Require interaction to dismiss desktop notifications", "Notifications stay until you act on them.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("desktopNotifications", Notifications, "Show desktop notifications for", "Which messages show a desktop notification.", Kind::Choice(NOTIFY_MODES), Some(|| json!("all")), ALL),
    spec!("pushNotifications", Notifications, "Send push notifications for", "Which messages send a push notification to your phone.", Kind::Choice(NOTIFY_MODES), Some(|| json!("all")), ALL),
    spec!("emailNotificationMode", Notifications, "Offline email notifications", "Which messages are emailed to you while you are offline (your email address must be verified).", Kind::Choice(EMAIL_MODES), Some(|| json!("mentions")), ALL),
    spec!("receiveLoginDetectionEmail", Notifications, "Receive login detection emails", "An email each time someone signs in to your account (Premium workspaces).", Kind::Toggle, None, ALL),
    spec!("notifyCalendarEvents", Notifications, "Notify calendar events", "Notifications for your calendar's events.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("enableMobileRinging", Notifications, "Mobile ringing", "Calls ring on your phone.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("desktopNotificationVoiceCalls", Notifications, "Voice call notifications", "Desktop notifications for incoming voice calls.", Kind::Toggle, None, (7, 13)),
    spec!("unreadAlert", Messages, "Unread tray icon alert", "The tray icon highlights when you have unread messages.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("showThreadsInMainChannel", Messages, "Always show thread replies in the main channel", "Thread replies also appear in the room, whatever the sender chose.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("alsoSendThreadToChannel", Messages, "Also send thread messages to channel", "How the “Also send to channel” box starts when you reply in a thread.", Kind::Choice(THREAD_TO_CHANNEL), Some(|| json!("default")), ALL),
    spec!("useEmojis", Messages, "Use emojis", "Show the emoji picker and emojis.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("convertAsciiEmoji", Messages, "Convert ASCII to emoji", "Typing :) shows 🙂.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("autoImageLoad", Messages, "Auto-load images", "Images load without a click.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("saveMobileBandwidth", Messages, "Save mobile bandwidth", "Use less data on mobile connections.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("collapseMediaByDefault", Messages, "Collapse embedded media by default", "Images and videos in messages start collapsed.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("hideFlexTab", Messages, "Hide contextual bar by clicking outside of it", "The room's side panel closes when you click elsewhere.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("displayAvatars", Messages, "Display avatars", "Show people's pictures beside their messages.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("hideUsernames", Messages, "Hide usernames", "Show names only, not @usernames, in messages.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("hideRoles", Messages, "Hide roles", "Do not show role tags beside names.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("mentionsWithSymbol", Messages, "Show mentions with the @ symbol", "Mentions keep their @ when displayed.", Kind::Toggle, None, ALL),
    spec!("sendOnEnter", Messages, "Enter key behavior", "What the Enter key does in the message box.", Kind::Choice(SEND_ON_ENTER), Some(|| json!("normal")), ALL),
    spec!("highlights", Highlights, "Highlight words", "Words or phrases, separated by commas, that notify you when anyone writes them.", Kind::Words, None, ALL),
    spec!("newRoomNotification", Sound, "New room notification", "The sound when you are added to a room.", Kind::Sound, Some(|| json!("door")), ALL),
    spec!("newMessageNotification", Sound, "New message notification", "The sound for each new message.", Kind::Sound, Some(|| json!("chime")), ALL),
    spec!("muteFocusedConversations", Sound, "Mute focused conversations", "No sound for the room you are looking at.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("masterVolume", Sound, "Master volume", "The volume of every sound.", VOLUME, None, (7, 10)),
    spec!("notificationsSoundVolume", Sound, "Notification sound volume", "The volume of notification sounds, within the master volume.", VOLUME, Some(|| json!(100)), ALL),
    spec!("voipRingerVolume", Sound, "Call ringer volume", "The volume of the ringer for incoming calls.", VOLUME, None, (7, 10)),
    spec!("themeAppearence", Appearance, "Theme", "Light, dark or high-contrast colours.", Kind::Choice(THEMES), Some(|| json!("auto")), ALL),
    spec!("fontSize", Appearance, "Font size", "The size of text in the web client.", Kind::Choice(FONT_SIZES), Some(|| json!("100%")), ALL),
    spec!("sidebarShowFavorites", Sidebar, "Group favorites", "Favorite rooms get their own section.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("sidebarShowUnread", Sidebar, "Group unread rooms", "Rooms with unread messages get their own section.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("sidebarGroupByType", Sidebar, "Group by type", "Channels, teams and direct messages in separate sections.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("sidebarSortby", Sidebar, "Sort rooms by", "The order of the room list.", Kind::Choice(SIDEBAR_SORT), Some(|| json!("activity")), ALL),
    spec!("sidebarViewMode", Sidebar, "Room list display", "How much each room in the list shows.", Kind::Choice(SIDEBAR_VIEW), Some(|| json!("medium")), ALL),
    spec!("sidebarDisplayAvatar", Sidebar, "Show avatars in the room list", "Pictures beside room names.", Kind::Toggle, Some(|| json!(true)), ALL),
    spec!("omnichannelTranscriptEmail", Omnichannel, "Always send the chat transcript by email", "Each closed conversation's transcript is emailed to you.", Kind::Toggle, Some(|| json!(false)), ALL),
    spec!("omnichannelTranscriptPDF", Omnichannel, "Always export the chat transcript as PDF", "Each closed conversation's transcript is saved as a PDF (Premium).", Kind::Toggle, None, ALL),
    spec!("omnichannelHideConversationAfterClosing", Omnichannel, "Hide conversations after closing", "A closed conversation leaves your list.", Kind::Toggle, None, ALL),
];

/// Roles that see the Omnichannel group.
pub const OMNICHANNEL_ROLES: &[&str] = &["livechat-agent", "livechat-manager", "livechat-monitor"];

/// The catalog entry for `key`.
pub fn spec(key: &str) -> Option<&'static Spec> {
    CATALOG.iter().find(|s| s.key == key)
}

/// Whether a server of `version` (`"X.Y"`) accepts `spec.key`.
pub fn accepted_by(spec: &Spec, version: Option<(u32, u32)>) -> bool {
    // An unknown version is treated as the oldest supported one: never send what it may refuse.
    version.unwrap_or(crate::rocketchat::MINIMUM_VERSION) >= spec.since
}

/// A value in the one form Tether compares and stores: integral numbers as integers, words
/// trimmed, without blanks or repeats, the legacy email modes mapped as the server does
/// (reference §4.1). Values of unknown keys pass unchanged.
pub fn normalise(key: &str, value: &Value) -> Value {
    let Some(spec) = spec(key) else {
        return value.clone();
    };
    match (spec.kind, value) {
        (Kind::Number { .. }, Value::Number(n)) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
            .map_or_else(|| value.clone(), |i| json!(i)),
        (Kind::Number { .. }, Value::String(s)) => s
            .trim()
            .parse::<i64>()
            .map_or_else(|_| value.clone(), |i| json!(i)),
        // A choice among numbers (`clockMode`: the validator types it `number`, reference
        // §4.2) is a number, however it arrives: the page's options, the user's pick and what
        // is sent all compare equal to the `2` the server stores.
        (Kind::Choice(options), Value::Number(n))
            if options.iter().all(|(v, _)| v.parse::<i64>().is_ok()) =>
        {
            n.as_i64().map_or_else(|| value.clone(), |i| json!(i))
        }
        (Kind::Choice(options), Value::String(s))
            if options.iter().all(|(v, _)| v.parse::<i64>().is_ok()) =>
        {
            s.trim()
                .parse::<i64>()
                .map_or_else(|_| value.clone(), |i| json!(i))
        }
        (Kind::Toggle, Value::String(s)) if s == "true" || s == "false" => json!(s == "true"),
        (Kind::Words, Value::Array(items)) => {
            let mut words: Vec<String> = Vec::new();
            for item in items {
                let Some(word) = item.as_str().map(str::trim).filter(|w| !w.is_empty()) else {
                    continue;
                };
                if !words.iter().any(|w| w == word) {
                    words.push(word.to_owned());
                }
            }
            json!(words)
        }
        (_, Value::String(s)) if key == "emailNotificationMode" => match s.as_str() {
            "all" => json!("mentions"),
            "disabled" => json!("nothing"),
            _ => value.clone(),
        },
        _ => value.clone(),
    }
}

/// Checks a value the user chose; the error says what is wrong in words. `sounds` are the
/// sound ids the workspace offers beyond the built-in ones.
pub fn validate(spec: &Spec, value: &Value, custom_sounds: &[String]) -> Result<Value, String> {
    let value = normalise(spec.key, value);
    match spec.kind {
        Kind::Toggle => match value {
            Value::Bool(_) => Ok(value),
            _ => Err(format!("“{}” is either on or off.", spec.label)),
        },
        Kind::Number { min, max, unit } => match value.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(value),
            Some(n) if spec.key == "idleTimeLimit" && n < min => Err(format!(
                "The idle time limit must be at least {min} seconds (you entered {n})."
            )),
            Some(n) => Err(format!(
                "“{}” must be between {min} and {max} {unit} (you entered {n}).",
                spec.label
            )),
            None => Err(format!(
                "“{}” must be a whole number from {min} to {max} {unit}.",
                spec.label
            )),
        },
        Kind::Choice(options) => {
            let as_text = match &value {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            match as_text {
                Some(text) if options.iter().any(|(v, _)| *v == text) => Ok(value),
                _ => Err(format!(
                    "“{}” must be one of: {}.",
                    spec.label,
                    options
                        .iter()
                        .map(|(_, label)| *label)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            }
        }
        Kind::Words => match &value {
            Value::Array(words) if words.len() <= 100 => {
                if let Some(long) = words
                    .iter()
                    .filter_map(Value::as_str)
                    .find(|w| w.chars().count() > 100)
                {
                    return Err(format!(
                        "“{long}” is too long for a highlight word (at most 100 characters)."
                    ));
                }
                Ok(value)
            }
            Value::Array(_) => Err("At most 100 highlight words.".into()),
            _ => Err("Highlight words are a comma-separated list.".into()),
        },
        Kind::Sound => match value.as_str() {
            Some(id)
                if id == "none"
                    || BUILT_IN_SOUNDS.iter().any(|(s, _)| *s == id)
                    || custom_sounds.iter().any(|s| s == id) =>
            {
                Ok(value)
            }
            Some(id) => Err(format!("“{id}” is not a sound this workspace has.")),
            None => Err(format!("“{}” must be a sound.", spec.label)),
        },
        Kind::Language => match value.as_str() {
            Some(code) if LANGUAGES.iter().any(|(c, _)| *c == code) => Ok(value),
            Some(code) => Err(format!("“{code}” is not a language Rocket.Chat offers.")),
            None => Err("The language must be a locale code such as “de” or “pt-BR”.".into()),
        },
    }
}

#[cfg(test)]
mod tests;
