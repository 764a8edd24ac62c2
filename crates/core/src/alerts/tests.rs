use super::*;
use chrono::Timelike;
use serde_json::json;

#[test]
fn until_tomorrow_ends_at_eight_the_next_local_morning() {
    let now = Utc::now();
    let until = tomorrow_morning(now).with_timezone(&Local);
    assert_eq!(until.hour(), TOMORROW_AT);
    assert_eq!(until.minute(), 0);
    assert_eq!(
        until.date_naive(),
        now.with_timezone(&Local).date_naive() + Duration::days(1)
    );
}

#[test]
fn volume_is_master_times_notification_volume() {
    let prefs: BTreeMap<String, Value> = [
        ("masterVolume".to_owned(), json!(50)),
        ("notificationsSoundVolume".to_owned(), json!(40)),
    ]
    .into();
    assert!((volume_of(&prefs) - 0.2).abs() < 1e-6);
    assert!(
        (volume_of(&BTreeMap::new()) - 1.0).abs() < 1e-6,
        "both default to 100"
    );
    let loud: BTreeMap<String, Value> = [("masterVolume".to_owned(), json!(400))].into();
    assert!((volume_of(&loud) - 1.0).abs() < 1e-6, "never above 100");
}
