use super::*;

#[test]
fn every_key_is_one_the_validator_accepts_and_appears_once() {
    // The keys of reference §4.2 (`isUsersSetPreferencesParamsPOST`, rest-typings 8.8.1).
    const ACCEPTED: &[&str] = &[
        "language",
        "newRoomNotification",
        "newMessageNotification",
        "clockMode",
        "useEmojis",
        "convertAsciiEmoji",
        "saveMobileBandwidth",
        "collapseMediaByDefault",
        "autoImageLoad",
        "emailNotificationMode",
        "unreadAlert",
        "notificationsSoundVolume",
        "masterVolume",
        "voipRingerVolume",
        "desktopNotifications",
        "pushNotifications",
        "enableAutoAway",
        "idleTimeLimit",
        "highlights",
        "alsoSendThreadToChannel",
        "showThreadsInMainChannel",
        "desktopNotificationRequireInteraction",
        "hideUsernames",
        "hideRoles",
        "displayAvatars",
        "hideFlexTab",
        "sendOnEnter",
        "sidebarShowFavorites",
        "sidebarShowUnread",
        "sidebarSortby",
        "sidebarViewMode",
        "sidebarDisplayAvatar",
        "sidebarGroupByType",
        "muteFocusedConversations",
        "dontAskAgainList",
        "featuresPreview",
        "themeAppearence",
        "fontSize",
        "receiveLoginDetectionEmail",
        "notifyCalendarEvents",
        "omnichannelTranscriptEmail",
        "omnichannelTranscriptPDF",
        "omnichannelHideConversationAfterClosing",
        "enableMobileRinging",
        "mentionsWithSymbol",
        "desktopNotificationVoiceCalls",
        "utcOffset",
        "statusVisibilityDenied",
    ];
    for spec in CATALOG {
        assert!(ACCEPTED.contains(&spec.key), "{} is not accepted", spec.key);
        assert_eq!(CATALOG.iter().filter(|s| s.key == spec.key).count(), 1);
    }
    let left_out = [
        "dontAskAgainList",
        "featuresPreview",
        "statusVisibilityDenied",
    ];
    for key in ACCEPTED {
        assert!(
            spec(key).is_some() || left_out.contains(key),
            "{key} missing"
        );
    }
}

#[test]
fn defaults_are_valid_values() {
    for spec in CATALOG {
        if let Some(default) = spec.default {
            assert!(validate(spec, &default(), &[]).is_ok(), "{}", spec.key);
        }
    }
}

#[test]
fn bad_values_are_refused_with_the_reason() {
    let idle = spec("idleTimeLimit").unwrap();
    let err = validate(idle, &json!(59), &[]).unwrap_err();
    assert!(err.contains("at least 60"), "{err}");
    assert_eq!(validate(idle, &json!("90"), &[]).unwrap(), json!(90));
    let volume = spec("notificationsSoundVolume").unwrap();
    assert!(
        validate(volume, &json!(101), &[])
            .unwrap_err()
            .contains("between 0 and 100")
    );
    assert!(validate(volume, &json!(-1), &[]).is_err());
    assert!(validate(volume, &json!(12.5), &[]).is_err());
    let desktop = spec("desktopNotifications").unwrap();
    assert!(
        validate(desktop, &json!("sometimes"), &[])
            .unwrap_err()
            .contains("Mentions")
    );
    assert!(
        validate(desktop, &json!("default"), &[]).is_err(),
        "default is a room-level value"
    );
    let sound = spec("newMessageNotification").unwrap();
    assert!(validate(sound, &json!("kazoo"), &[]).is_err());
    assert!(validate(sound, &json!("kazoo"), &["kazoo".into()]).is_ok());
    assert!(validate(spec("useEmojis").unwrap(), &json!("yes"), &[]).is_err());
    assert!(validate(spec("language").unwrap(), &json!("xx-YY"), &[]).is_err());
}

#[test]
fn values_are_normalised_before_comparing() {
    assert_eq!(normalise("idleTimeLimit", &json!(300.0)), json!(300));
    assert_eq!(normalise("clockMode", &json!(2)), json!(2));
    assert_eq!(
        normalise("clockMode", &json!("2")),
        json!(2),
        "a choice among numbers is the number the server stores"
    );
    assert_eq!(
        normalise("highlights", &json!([" tether ", "", "tether", "sync"])),
        json!(["tether", "sync"])
    );
    assert_eq!(
        normalise("emailNotificationMode", &json!("all")),
        json!("mentions")
    );
    assert_eq!(
        normalise("emailNotificationMode", &json!("disabled")),
        json!("nothing")
    );
    assert_eq!(normalise("useEmojis", &json!("true")), json!(true));
}

#[test]
fn newer_keys_wait_for_their_server_version() {
    let master = spec("masterVolume").unwrap();
    assert!(!accepted_by(master, Some((7, 9))));
    assert!(accepted_by(master, Some((7, 10))));
    assert!(accepted_by(master, Some((8, 8))));
    assert!(!accepted_by(spec("utcOffset").unwrap(), None));
}
