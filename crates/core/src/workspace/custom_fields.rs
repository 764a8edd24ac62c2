//! The workspace's custom profile fields (`Accounts_CustomFields`): parsing the setting and the
//! server's `validateCustomFields` rules, checked before a save is sent.

use serde::{Deserialize, Serialize};

/// One of the workspace's custom profile fields (`Accounts_CustomFields`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CustomField {
    /// The field's key in `customFields`.
    pub name: String,
    /// A list of choices (`select`) or free text (`text`).
    pub options: Option<Vec<String>>,
    /// The value a user without one starts with.
    pub default_value: String,
    /// It may not be left empty.
    pub required: bool,
    /// Length limits in characters (0: none).
    pub min_length: u32,
    /// Length limits in characters (0: none).
    pub max_length: u32,
}

impl CustomField {
    /// Parses `Accounts_CustomFields` (a JSON object by field name; `""` when there are none).
    /// A definition that is not valid JSON gives no fields (the server refuses saves then).
    pub fn parse_all(definition: &str) -> Vec<CustomField> {
        let Ok(serde_json::Value::Object(fields)) =
            serde_json::from_str::<serde_json::Value>(definition)
        else {
            return Vec::new();
        };
        fields
            .into_iter()
            .map(|(name, meta)| {
                let number = |key: &str| {
                    meta.get(key)
                        .and_then(serde_json::Value::as_u64)
                        .map_or(0, |n| u32::try_from(n).unwrap_or(u32::MAX))
                };
                let options = (meta.get("type").and_then(serde_json::Value::as_str)
                    == Some("select"))
                .then(|| {
                    meta.get("options")
                        .and_then(serde_json::Value::as_array)
                        .map(|o| {
                            o.iter()
                                .filter_map(|x| x.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default()
                });
                CustomField {
                    default_value: meta
                        .get("defaultValue")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    required: meta.get("required").and_then(serde_json::Value::as_bool)
                        == Some(true),
                    min_length: number("minLength"),
                    max_length: number("maxLength"),
                    options,
                    name,
                }
            })
            .collect()
    }

    /// Why `value` would be refused (the server's `validateCustomFields` rules), if it would.
    pub fn problem(&self, value: &str) -> Option<String> {
        let trimmed = value.trim();
        let length = u32::try_from(trimmed.chars().count()).unwrap_or(u32::MAX);
        if self.required && trimmed.is_empty() {
            return Some(format!("{} is required.", self.name));
        }
        if let Some(options) = &self.options
            && !options.iter().any(|o| o == value)
        {
            return Some(format!(
                "Choose one of the listed values for {}.",
                self.name
            ));
        }
        if self.max_length > 0 && length > self.max_length {
            return Some(format!(
                "{} can be at most {} characters.",
                self.name, self.max_length
            ));
        }
        if self.min_length > 0 && length < self.min_length {
            return Some(format!(
                "{} needs at least {} characters.",
                self.name, self.min_length
            ));
        }
        None
    }
}
