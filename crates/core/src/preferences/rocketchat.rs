//! What Rocket.Chat calls things, for this slice: the public settings that hold the workspace's
//! defaults (`Accounts_Default_User_Preferences_<key>`), the shape of the preferences it stores
//! and of its dates. A second server kind gets a file like this one beside it.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::catalog::{self, CATALOG};

/// The public settings the page reads: every default, and whether data download is on.
pub(crate) fn setting_ids() -> Vec<String> {
    CATALOG
        .iter()
        .map(|s| format!("Accounts_Default_User_Preferences_{}", s.key))
        .chain(["UserData_EnableDownload".to_owned(), "Language".to_owned()])
        .collect()
}

/// The server's stored values, normalised, restricted to the catalog's keys.
pub(crate) fn normalised(stored: serde_json::Map<String, Value>) -> BTreeMap<String, Value> {
    stored
        .into_iter()
        .filter(|(k, _)| catalog::spec(k).is_some())
        // `getPreferences` echoes `language` even when the user never chose one.
        .filter(|(k, v)| !(k == "language" && v.as_str().is_none_or(str::is_empty)))
        .map(|(k, v)| {
            let v = catalog::normalise(&k, &v);
            (k, v)
        })
        .collect()
}

/// `createdAt` as the server sends it: an ISO string, or EJSON `{"$date": ms}`.
pub(crate) fn parse_date(value: &Value) -> Option<DateTime<Utc>> {
    match value {
        Value::String(s) => DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| d.with_timezone(&Utc)),
        Value::Object(o) => o
            .get("$date")
            .and_then(Value::as_i64)
            .and_then(DateTime::from_timestamp_millis),
        _ => None,
    }
}

/// The workspace's default of every preference: its `Accounts_Default_User_Preferences_*`
/// settings as last read, else Rocket.Chat's registered defaults.
pub(crate) fn defaults_from(settings: &HashMap<String, Value>) -> BTreeMap<String, Value> {
    CATALOG
        .iter()
        .filter_map(|spec| {
            let id = format!("Accounts_Default_User_Preferences_{}", spec.key);
            let value = settings
                .get(&id)
                .filter(|v| !v.is_null())
                .map(|v| catalog::normalise(spec.key, v))
                .or_else(|| spec.default.map(|f| f()))?;
            Some((spec.key.to_owned(), value))
        })
        .collect()
}
