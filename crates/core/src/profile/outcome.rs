//! What the server kept of a profile save. Rocket.Chat's `saveUserProfile` ignores some values
//! without an error (an empty nickname, name or status: it saves only non-empty ones), so
//! "the request succeeded" is not "the fields changed": each sent field is compared with the
//! user document the server answered with, and a field it did not take is said.

use crate::rocketchat::SavedUser;
use crate::workspace::NotKept;

/// The fields of `data` (as sent to `users.updateOwnBasicInfo`) that `saved` does not hold.
/// `currentPassword` and `newPassword` are not compared (the document has no such fields).
pub fn not_kept(data: &serde_json::Value, saved: &SavedUser) -> Vec<NotKept> {
    let Some(data) = data.as_object() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, value) in data {
        let Some(wanted) = value.as_str() else {
            continue;
        };
        let (field, kept) = match key.as_str() {
            "name" => ("name", saved.name.clone()),
            "username" => ("username", saved.username.clone()),
            "nickname" => ("nickname", saved.nickname.clone()),
            "bio" => ("bio", saved.bio.clone()),
            "statusType" => ("status", saved.status_default.clone()),
            "statusText" => ("status_text", saved.status_text.clone()),
            "email" => {
                let has = saved
                    .emails
                    .iter()
                    .any(|e| e.address.eq_ignore_ascii_case(wanted));
                let first = saved.emails.first().map(|e| e.address.clone());
                ("email", if has { Some(wanted.to_owned()) } else { first })
            }
            _ => continue,
        };
        let kept = kept.unwrap_or_default();
        if kept == wanted {
            continue;
        }
        out.push(NotKept {
            field: field.to_owned(),
            message: message(field, wanted, &kept),
            wanted: wanted.to_owned(),
            kept,
        });
    }
    out
}

/// The sentence for one field the server did not take.
pub fn message(field: &str, wanted: &str, kept: &str) -> String {
    let label = match field {
        "status_text" => "status message",
        "email" => "email address",
        other => other,
    };
    let kept_words = if kept.is_empty() {
        "empty".to_owned()
    } else {
        format!("as “{kept}”")
    };
    if wanted.is_empty() {
        // `saveUserProfile` saves a nickname, name or status only when it is not empty.
        format!(
            "The server kept your {label} {kept_words}: this workspace does not clear a {label}. To change it, enter a new one."
        )
    } else {
        format!("The server kept your {label} {kept_words} instead of “{wanted}”.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(json: serde_json::Value) -> SavedUser {
        serde_json::from_value(json).expect("a user document")
    }

    #[test]
    fn an_ignored_empty_nickname_is_reported_with_the_kept_value() {
        let data = serde_json::json!({ "nickname": "", "bio": "new bio", "currentPassword": "x" });
        let user = saved(serde_json::json!({ "_id": "u", "nickname": "Al", "bio": "new bio" }));
        let found = not_kept(&data, &user);
        assert_eq!(found.len(), 1, "only the nickname was not taken: {found:?}");
        assert_eq!(found[0].field, "nickname");
        assert_eq!(found[0].kept, "Al");
        assert!(
            found[0].message.contains("kept your nickname as “Al”"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn a_status_is_compared_with_the_chosen_status_not_presence() {
        let data = serde_json::json!({ "statusType": "busy" });
        // Right after a REST save with no realtime connection, presence is offline.
        let user =
            saved(serde_json::json!({ "_id": "u", "status": "offline", "statusDefault": "busy" }));
        assert!(not_kept(&data, &user).is_empty());
    }
}
