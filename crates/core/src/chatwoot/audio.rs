//! Chatwoot's audio alerts: the `ui_settings` keys that choose them, and whether a
//! `message.created` event sounds (reference chatwoot-api.md B4, from the dashboard's
//! `DashboardAudioNotificationHelper.js` and `AudioMessageHelper.js`). Tether reads and writes
//! only these keys and leaves the rest of `ui_settings` as the server has it.

use serde_json::{Map, Value};

/// `ui_settings` key: which conversations sound (B4).
pub const ENABLE_AUDIO_ALERTS: &str = "enable_audio_alerts";
/// `ui_settings` key: sound also while the window is active.
pub const ALWAYS_PLAY: &str = "always_play_audio_alert";
/// `ui_settings` key: sound again every 30 s while my conversations have unread messages.
pub const REPEAT_WHILE_UNREAD: &str = "alert_if_unread_assigned_conversation_exist";
/// `ui_settings` key: the tone.
pub const TONE: &str = "notification_tone";

/// The tones Chatwoot offers (`AudioAlertTone.vue`); `ding` when none is chosen.
pub const TONES: &[&str] = &["ding", "bell", "chime", "magic", "ping"];

/// Which conversations make a sound: `enable_audio_alerts`, tokens joined with `+`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlertScope {
    /// "My assigned conversations" (`assigned`; the legacy `mine`).
    pub assigned: bool,
    /// "New conversations needing attention" (`unassigned`).
    pub unassigned: bool,
    /// "Open conversations assigned to everyone else" (`notme`).
    pub assigned_to_others: bool,
    /// Every conversation (the legacy `all`).
    pub all: bool,
}

impl AlertScope {
    /// Reads the setting; missing or `none` is no sound (`none` wins over everything).
    pub fn parse(value: Option<&str>) -> Self {
        let value = value.unwrap_or("none");
        let tokens: Vec<&str> = value.split('+').map(str::trim).collect();
        if tokens.contains(&"none") {
            return Self::default();
        }
        AlertScope {
            assigned: tokens.iter().any(|t| *t == "assigned" || *t == "mine"),
            unassigned: tokens.contains(&"unassigned"),
            assigned_to_others: tokens.contains(&"notme"),
            all: tokens.contains(&"all"),
        }
    }

    /// The setting as the current dashboard writes it (`none` when nothing is chosen).
    pub fn to_setting(self) -> String {
        if self.all {
            return "all".into();
        }
        let tokens: Vec<&str> = [
            (self.assigned, "assigned"),
            (self.unassigned, "unassigned"),
            (self.assigned_to_others, "notme"),
        ]
        .into_iter()
        .filter_map(|(on, token)| on.then_some(token))
        .collect();
        if tokens.is_empty() {
            "none".into()
        } else {
            tokens.join("+")
        }
    }

    /// Nothing sounds.
    pub fn is_none(self) -> bool {
        self == Self::default()
    }
}

/// The audio settings, with the dashboard's defaults for missing keys (B4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioSettings {
    /// Which conversations sound.
    pub scope: AlertScope,
    /// `false`: sound only while Tether's window is not the active one.
    pub always_play: bool,
    /// Sound again every 30 s while a conversation assigned to me has unread messages.
    pub repeat_while_unread: bool,
    /// One of [`TONES`].
    pub tone: String,
}

impl AudioSettings {
    /// Reads them from the profile's `ui_settings`.
    pub fn from_ui_settings(ui: &Map<String, Value>) -> Self {
        let tone = ui
            .get(TONE)
            .and_then(Value::as_str)
            .filter(|t| TONES.contains(t))
            .unwrap_or("ding");
        AudioSettings {
            scope: AlertScope::parse(ui.get(ENABLE_AUDIO_ALERTS).and_then(Value::as_str)),
            always_play: ui
                .get(ALWAYS_PLAY)
                .and_then(Value::as_bool)
                .unwrap_or(false),
            repeat_while_unread: ui
                .get(REPEAT_WHILE_UNREAD)
                .and_then(Value::as_bool)
                .unwrap_or(false),
            tone: tone.to_owned(),
        }
    }

    /// Writes these keys into `ui` (the server's current object: the whole object is what a
    /// save sends, B4), leaving every other key as it is.
    pub fn merge_into(&self, ui: &mut Map<String, Value>) {
        ui.insert(
            ENABLE_AUDIO_ALERTS.into(),
            Value::String(self.scope.to_setting()),
        );
        ui.insert(ALWAYS_PLAY.into(), Value::Bool(self.always_play));
        ui.insert(
            REPEAT_WHILE_UNREAD.into(),
            Value::Bool(self.repeat_while_unread),
        );
        ui.insert(TONE.into(), Value::String(self.tone.clone()));
    }
}

/// The permissions that let a user work on conversations (the dashboard's conversation
/// permissions): without one, nothing sounds (B4 step 1).
const CONVERSATION_PERMISSIONS: &[&str] = &[
    "administrator",
    "agent",
    "conversation_manage",
    "conversation_unassigned_manage",
    "conversation_participating_manage",
];

/// Whether a `message.created` event's `data` sounds for user `me`, in B4's order. Tether shows
/// no conversation, so "looking at that conversation" (step 6) never applies;
/// `window_active` is whether Tether's window is the active one (step 7).
pub fn message_sounds(
    data: &Value,
    me: u64,
    permissions: &[String],
    settings: &AudioSettings,
    window_active: bool,
) -> bool {
    if !permissions
        .iter()
        .any(|p| CONVERSATION_PERMISSIONS.contains(&p.as_str()))
    {
        return false;
    }
    let conversation = &data["conversation"];
    if conversation["status"] == "pending" {
        return false;
    }
    if data["sender"]["id"].as_u64() == Some(me) && data["sender_type"] != "Contact" {
        return false;
    }
    // The assignee: `conversation.assignee_id`, else `meta.assignee.id` when it is a user.
    let assignee = conversation["assignee_id"].as_u64().or_else(|| {
        let meta = &conversation["meta"];
        (meta["assignee_type"] == "User")
            .then(|| meta["assignee"]["id"].as_u64())
            .flatten()
    });
    let scope = settings.scope;
    let in_scope = scope.all
        || (scope.assigned && assignee == Some(me))
        || (scope.unassigned && assignee.is_none())
        || (scope.assigned_to_others && assignee.is_some_and(|a| a != me));
    if !in_scope {
        return false;
    }
    let incoming = data["message_type"] == 0;
    let private = data["private"].as_bool().unwrap_or(false);
    if !incoming && !private {
        return false;
    }
    !window_active || settings.always_play
}

impl From<&AudioSettings> for crate::workspace::AgentAudio {
    fn from(audio: &AudioSettings) -> Self {
        crate::workspace::AgentAudio {
            assigned: audio.scope.assigned,
            unassigned: audio.scope.unassigned,
            assigned_to_others: audio.scope.assigned_to_others,
            all: audio.scope.all,
            always_play: audio.always_play,
            repeat_while_unread: audio.repeat_while_unread,
            tone: audio.tone.clone(),
        }
    }
}

impl From<&crate::workspace::AgentAudio> for AudioSettings {
    fn from(audio: &crate::workspace::AgentAudio) -> Self {
        AudioSettings {
            scope: AlertScope {
                assigned: audio.assigned,
                unassigned: audio.unassigned,
                assigned_to_others: audio.assigned_to_others,
                all: audio.all,
            },
            always_play: audio.always_play,
            repeat_while_unread: audio.repeat_while_unread,
            tone: audio.tone.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn settings(scope: &str, always_play: bool) -> AudioSettings {
        AudioSettings {
            scope: AlertScope::parse(Some(scope)),
            always_play,
            repeat_while_unread: false,
            tone: "ding".into(),
        }
    }

    fn message(assignee: Option<u64>, status: &str, message_type: u8, sender: u64) -> Value {
        json!({
            "message_type": message_type,
            "private": false,
            "sender": { "id": sender },
            "sender_type": if message_type == 0 { "Contact" } else { "User" },
            "conversation": { "assignee_id": assignee, "status": status },
        })
    }

    const ME: u64 = 7;

    fn agent() -> Vec<String> {
        vec!["agent".into()]
    }

    #[test]
    fn the_setting_reads_legacy_values_and_writes_the_current_ones() {
        assert!(AlertScope::parse(None).is_none());
        assert!(
            AlertScope::parse(Some("assigned+none")).is_none(),
            "none wins"
        );
        assert_eq!(AlertScope::parse(Some("mine")).to_setting(), "assigned");
        assert_eq!(
            AlertScope::parse(Some("unassigned+assigned")).to_setting(),
            "assigned+unassigned"
        );
        assert_eq!(AlertScope::parse(Some("all+notme")).to_setting(), "all");
        assert_eq!(AlertScope::default().to_setting(), "none");
    }

    #[test]
    fn a_save_changes_only_the_audio_keys_of_ui_settings() {
        let mut ui = json!({ "is_ct_labels_open": true, "notification_tone": "bell" })
            .as_object()
            .cloned()
            .unwrap();
        let read = AudioSettings::from_ui_settings(&ui);
        assert_eq!(
            (read.tone.as_str(), read.scope.is_none(), read.always_play),
            ("bell", true, false)
        );
        settings("assigned", true).merge_into(&mut ui);
        assert_eq!(ui["is_ct_labels_open"], true);
        assert_eq!(ui[ENABLE_AUDIO_ALERTS], "assigned");
        assert_eq!(ui[ALWAYS_PLAY], true);
        assert_eq!(ui[TONE], "ding");
        let odd = json!({ "notification_tone": "klaxon" })
            .as_object()
            .cloned()
            .unwrap();
        assert_eq!(AudioSettings::from_ui_settings(&odd).tone, "ding");
    }

    #[test]
    fn a_message_sounds_by_the_rules_in_order() {
        let mine = settings("assigned", false);
        assert!(message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &agent(),
            &mine,
            false
        ));
        // No conversation permission; a pending conversation; my own message.
        assert!(!message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &[],
            &mine,
            false
        ));
        assert!(!message_sounds(
            &message(Some(ME), "pending", 0, 99),
            ME,
            &agent(),
            &mine,
            false
        ));
        assert!(!message_sounds(
            &message(Some(ME), "open", 1, ME),
            ME,
            &agent(),
            &mine,
            false
        ));
        // Out of scope: someone else's, or unassigned.
        assert!(!message_sounds(
            &message(Some(3), "open", 0, 99),
            ME,
            &agent(),
            &mine,
            false
        ));
        assert!(!message_sounds(
            &message(None, "open", 0, 99),
            ME,
            &agent(),
            &mine,
            false
        ));
        assert!(message_sounds(
            &message(None, "open", 0, 99),
            ME,
            &agent(),
            &settings("unassigned", false),
            false
        ));
        assert!(message_sounds(
            &message(Some(3), "open", 0, 99),
            ME,
            &agent(),
            &settings("notme", false),
            false
        ));
        assert!(!message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &agent(),
            &settings("notme", false),
            false
        ));
        assert!(!message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &agent(),
            &settings("none", true),
            false
        ));
        // An outgoing message from another agent is not a customer waiting.
        assert!(!message_sounds(
            &message(Some(ME), "open", 1, 3),
            ME,
            &agent(),
            &mine,
            false
        ));
        // With the window active: only when "always play".
        assert!(!message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &agent(),
            &mine,
            true
        ));
        assert!(message_sounds(
            &message(Some(ME), "open", 0, 99),
            ME,
            &agent(),
            &settings("assigned", true),
            true
        ));
    }

    #[test]
    fn the_assignee_may_come_from_the_meta_when_it_is_a_user() {
        let data = json!({
            "message_type": 0, "sender": { "id": 99 }, "sender_type": "Contact",
            "conversation": { "status": "open", "meta": { "assignee_type": "User", "assignee": { "id": ME } } },
        });
        assert!(message_sounds(
            &data,
            ME,
            &agent(),
            &settings("assigned", false),
            false
        ));
        let team = json!({
            "message_type": 0, "sender": { "id": 99 }, "sender_type": "Contact",
            "conversation": { "status": "open", "meta": { "assignee_type": "Team", "assignee": { "id": ME } } },
        });
        assert!(!message_sounds(
            &team,
            ME,
            &agent(),
            &settings("assigned", false),
            false
        ));
    }
}
