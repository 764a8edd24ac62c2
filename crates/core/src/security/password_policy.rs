//! The workspace's password policy (reference §6.1, `pw.getPolicy`), checked here while the
//! user types, rule by rule, the way Rocket.Chat's `PasswordPolicy` checks it on the server.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One rule of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PasswordRule {
    /// At least `min` characters.
    MinLength {
        /// The fewest characters.
        min: u32,
    },
    /// At most `max` characters.
    MaxLength {
        /// The most characters.
        max: u32,
    },
    /// No character more than `max_run` times in a row.
    NoRepeating {
        /// The longest run of one character allowed.
        max_run: u32,
    },
    /// A lowercase letter a–z.
    Lowercase,
    /// An uppercase letter A–Z.
    Uppercase,
    /// A digit 0–9.
    Number,
    /// A symbol: anything but a–z, A–Z, 0–9 and space.
    Special,
}

/// The policy as the workspace states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PasswordPolicy {
    /// Whether the workspace enforces a policy at all.
    pub enabled: bool,
    /// Its rules, in the server's order.
    pub rules: Vec<PasswordRule>,
}

/// One rule, checked against what the user typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct RuleCheck {
    /// The rule.
    pub rule: PasswordRule,
    /// The rule in words.
    pub text: String,
    /// Whether the password meets it.
    pub met: bool,
}

impl PasswordPolicy {
    /// Reads `pw.getPolicy`'s `{enabled, policy: [[name, params?], …]}`. Unknown rule names are
    /// skipped (the server still checks them; its answer says which failed).
    pub fn from_server(answer: &Value) -> PasswordPolicy {
        let enabled = answer
            .get("enabled")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let entries: Vec<(&str, Option<&Value>)> = answer
            .get("policy")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .filter_map(|entry| {
                        let pair = entry.as_array()?;
                        Some((pair.first()?.as_str()?, pair.get(1)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let param = |params: Option<&Value>, key: &str| {
            params
                .and_then(|p| p.get(key))
                .and_then(Value::as_i64)
                .and_then(|n| u32::try_from(n).ok())
        };
        // The repeating rule is on when `forbidRepeatingCharacters` is listed; its count comes
        // in its own entry (listed even when the rule is off).
        let repeating_on = entries
            .iter()
            .any(|(name, _)| *name == "get-password-policy-forbidRepeatingCharacters");
        let mut rules = Vec::new();
        if enabled {
            for (name, params) in &entries {
                let rule = match name.strip_prefix("get-password-policy-") {
                    Some("minLength") => param(*params, "minLength")
                        .filter(|n| *n >= 1)
                        .map(|min| PasswordRule::MinLength { min }),
                    Some("maxLength") => param(*params, "maxLength")
                        .filter(|n| *n >= 1)
                        .map(|max| PasswordRule::MaxLength { max }),
                    Some("forbidRepeatingCharactersCount") if repeating_on => {
                        param(*params, "forbidRepeatingCharactersCount")
                            .map(|max_run| PasswordRule::NoRepeating { max_run })
                    }
                    Some("mustContainAtLeastOneLowercase") => Some(PasswordRule::Lowercase),
                    Some("mustContainAtLeastOneUppercase") => Some(PasswordRule::Uppercase),
                    Some("mustContainAtLeastOneNumber") => Some(PasswordRule::Number),
                    Some("mustContainAtLeastOneSpecialCharacter") => Some(PasswordRule::Special),
                    _ => None,
                };
                rules.extend(rule);
            }
        }
        PasswordPolicy { enabled, rules }
    }

    /// Every rule with whether `password` meets it.
    pub fn check(&self, password: &str) -> Vec<RuleCheck> {
        self.rules
            .iter()
            .map(|rule| RuleCheck {
                rule: *rule,
                text: rule.text(),
                met: rule.met_by(password),
            })
            .collect()
    }
}

impl PasswordRule {
    /// The rule in words.
    pub fn text(&self) -> String {
        match self {
            PasswordRule::MinLength { min } => format!("At least {min} characters"),
            PasswordRule::MaxLength { max } => format!("At most {max} characters"),
            PasswordRule::NoRepeating { max_run } => {
                format!("No character more than {max_run} times in a row")
            }
            PasswordRule::Lowercase => "A lowercase letter (a–z)".into(),
            PasswordRule::Uppercase => "An uppercase letter (A–Z)".into(),
            PasswordRule::Number => "A number (0–9)".into(),
            PasswordRule::Special => "A symbol, such as ! ? # or -".into(),
        }
    }

    /// Whether `password` meets the rule, as the server decides it: lengths in UTF-16 code
    /// units (JavaScript's `length`), letters and digits ASCII only.
    pub fn met_by(&self, password: &str) -> bool {
        let length = password.encode_utf16().count();
        let fits = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
        match *self {
            PasswordRule::MinLength { min } => length >= fits(min),
            PasswordRule::MaxLength { max } => length <= fits(max),
            // The server's `(.)\1{count,}`: a character followed by `count` more of itself.
            PasswordRule::NoRepeating { max_run } => {
                let chars: Vec<char> = password.chars().collect();
                chars
                    .chunk_by(|a, b| a == b)
                    .all(|run| run.len() <= fits(max_run))
            }
            PasswordRule::Lowercase => password.chars().any(|c| c.is_ascii_lowercase()),
            PasswordRule::Uppercase => password.chars().any(|c| c.is_ascii_uppercase()),
            PasswordRule::Number => password.chars().any(|c| c.is_ascii_digit()),
            PasswordRule::Special => password
                .chars()
                .any(|c| !c.is_ascii_alphanumeric() && c != ' '),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rocketchat::failed_rule_text;
    use serde_json::json;

    /// What Rocket.Chat 8.x answers with its default rules switched on (`getPasswordPolicy`).
    fn default_policy() -> PasswordPolicy {
        PasswordPolicy::from_server(&json!({
            "enabled": true,
            "policy": [
                ["get-password-policy-minLength", { "minLength": 7 }],
                ["get-password-policy-forbidRepeatingCharacters"],
                ["get-password-policy-forbidRepeatingCharactersCount", { "forbidRepeatingCharactersCount": 3 }],
                ["get-password-policy-mustContainAtLeastOneLowercase"],
                ["get-password-policy-mustContainAtLeastOneUppercase"],
                ["get-password-policy-mustContainAtLeastOneNumber"],
                ["get-password-policy-mustContainAtLeastOneSpecialCharacter"],
            ],
            "success": true,
        }))
    }

    fn unmet(policy: &PasswordPolicy, password: &str) -> Vec<PasswordRule> {
        policy
            .check(password)
            .into_iter()
            .filter(|c| !c.met)
            .map(|c| c.rule)
            .collect()
    }

    #[test]
    fn reads_the_servers_rules() {
        assert_eq!(
            default_policy().rules,
            vec![
                PasswordRule::MinLength { min: 7 },
                PasswordRule::NoRepeating { max_run: 3 },
                PasswordRule::Lowercase,
                PasswordRule::Uppercase,
                PasswordRule::Number,
                PasswordRule::Special,
            ]
        );
        // The count is listed even when repeating is allowed: then there is no such rule.
        let lenient = PasswordPolicy::from_server(&json!({
            "enabled": true,
            "policy": [["get-password-policy-forbidRepeatingCharactersCount", { "forbidRepeatingCharactersCount": 3 }]],
        }));
        assert!(lenient.rules.is_empty());
        let off = PasswordPolicy::from_server(&json!({ "enabled": false, "policy": [] }));
        assert!(!off.enabled && off.rules.is_empty());
    }

    #[test]
    fn checks_each_rule_as_the_server_does() {
        let policy = default_policy();
        assert_eq!(unmet(&policy, "Tr0ub4dor&3"), vec![]);
        assert_eq!(
            unmet(&policy, "abc"),
            vec![
                PasswordRule::MinLength { min: 7 },
                PasswordRule::Uppercase,
                PasswordRule::Number,
                PasswordRule::Special,
            ]
        );
        // `(.)\1{3,}`: three in a row pass, four do not.
        assert_eq!(unmet(&policy, "Aaaa-bc1"), vec![]);
        assert_eq!(
            unmet(&policy, "Aaaaa-bc1"),
            vec![PasswordRule::NoRepeating { max_run: 3 }]
        );
        // A space is not a symbol; non-ASCII letters are symbols to the server.
        assert_eq!(unmet(&policy, "Abc def1"), vec![PasswordRule::Special]);
        assert_eq!(unmet(&policy, "Abcdéf1"), vec![]);
        // Lengths count UTF-16 units, as JavaScript does: one emoji is two.
        let short = PasswordPolicy {
            enabled: true,
            rules: vec![PasswordRule::MinLength { min: 2 }],
        };
        assert_eq!(unmet(&short, "😀"), vec![]);
    }

    #[test]
    fn names_every_failed_rule_the_server_reports() {
        for code in [
            "minLength",
            "maxLength",
            "repeatingCharacters",
            "oneLowercase",
            "oneUppercase",
            "oneNumber",
            "oneSpecial",
        ] {
            assert!(
                failed_rule_text(&format!("error-password-policy-not-met-{code}")).is_some(),
                "{code}"
            );
        }
        assert_eq!(failed_rule_text("error-password-policy-not-met"), None);
    }
}
