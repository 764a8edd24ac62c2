//! The three-way merge of waiting edits, per key: `base` (the server's value the user's edit
//! was made against), `mine` (the user's pending value) and `theirs` (the server's value now).
//! Pure functions, property-tested: each slice's sync decides with them and the store applies
//! the result.
//!
//! A slice compares its values as the server means them: preferences normalised
//! (`preferences::catalog::normalise`) and effective (a key the server does not store counts as
//! its default), so "set to the default elsewhere" is not a change; profile fields as text.

use std::collections::BTreeMap;

use serde_json::Value;

/// What to do with one pending edit.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyMerge {
    /// Only this device changed the key: send `mine`.
    Send,
    /// The server already has `mine` (sent before a crash, or the same change elsewhere): the
    /// edit is done.
    AlreadyThere,
    /// The user went back to the value the edit started from while the server moved on: take
    /// the server's value and drop the edit.
    Take,
    /// Both changed the key to different values: keep both, the user decides.
    Conflict,
}

/// Merges one key. A value of `None` means "no value" (unset with no default).
pub fn merge_key(base: Option<&Value>, mine: Option<&Value>, theirs: Option<&Value>) -> KeyMerge {
    if mine == theirs {
        KeyMerge::AlreadyThere
    } else if theirs == base {
        KeyMerge::Send
    } else if mine == base {
        KeyMerge::Take
    } else {
        KeyMerge::Conflict
    }
}

/// The outcome of merging every pending edit with the server's values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergePlan {
    /// Keys and values to send in one request.
    pub send: BTreeMap<String, Value>,
    /// Pending edits that are done (the server has the value).
    pub settled: Vec<String>,
    /// Pending edits dropped in favour of the server's value.
    pub taken: Vec<String>,
    /// Keys changed on both sides to different values.
    pub conflicts: Vec<String>,
}

/// Merges all pending edits. `base` and `mine` hold one entry per pending key; `theirs` is the
/// server's effective value of every key. Keys changed only on the server need no entry in the
/// plan: the server's values become the cached ones as they are.
pub fn merge(
    base: &BTreeMap<String, Option<Value>>,
    mine: &BTreeMap<String, Option<Value>>,
    theirs: &BTreeMap<String, Value>,
) -> MergePlan {
    let mut plan = MergePlan::default();
    for (key, value) in mine {
        let base = base.get(key).and_then(Option::as_ref);
        match merge_key(base, value.as_ref(), theirs.get(key)) {
            KeyMerge::Send => {
                if let Some(value) = value {
                    plan.send.insert(key.clone(), value.clone());
                } else {
                    // "No value" cannot be sent (Rocket.Chat cannot unset a preference): keep
                    // the server's.
                    plan.taken.push(key.clone());
                }
            }
            KeyMerge::AlreadyThere => plan.settled.push(key.clone()),
            KeyMerge::Take => plan.taken.push(key.clone()),
            KeyMerge::Conflict => plan.conflicts.push(key.clone()),
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn value() -> impl Strategy<Value = Option<Value>> {
        prop_oneof![
            Just(None),
            any::<bool>().prop_map(|b| Some(json!(b))),
            (0i64..4).prop_map(|n| Some(json!(n))),
            prop::sample::select(vec!["a", "b", "c"]).prop_map(|s| Some(json!(s))),
        ]
    }

    type Sides = BTreeMap<String, Option<Value>>;

    /// A state of up to six keys: base, mine (pending keys only) and theirs.
    fn state() -> impl Strategy<Value = (Sides, Sides, BTreeMap<String, Value>)> {
        prop::collection::vec((value(), value(), value(), any::<bool>()), 0..6).prop_map(|keys| {
            let (mut base, mut mine, mut theirs) =
                (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
            for (i, (b, m, t, pending)) in keys.into_iter().enumerate() {
                let key = format!("k{i}");
                if pending {
                    base.insert(key.clone(), b);
                    mine.insert(key.clone(), m);
                }
                if let Some(t) = t {
                    theirs.insert(key, t);
                }
            }
            (base, mine, theirs)
        })
    }

    #[test]
    fn the_four_cases() {
        let (a, b, c) = (json!("a"), json!("b"), json!("c"));
        assert_eq!(merge_key(Some(&a), Some(&b), Some(&a)), KeyMerge::Send);
        assert_eq!(
            merge_key(Some(&a), Some(&b), Some(&b)),
            KeyMerge::AlreadyThere
        );
        assert_eq!(merge_key(Some(&a), Some(&a), Some(&c)), KeyMerge::Take);
        assert_eq!(merge_key(Some(&a), Some(&b), Some(&c)), KeyMerge::Conflict);
        assert_eq!(merge_key(None, Some(&b), None), KeyMerge::Send);
    }

    proptest! {
        /// Every pending edit ends in exactly one place: nothing the user did is dropped unseen.
        #[test]
        fn every_pending_key_is_accounted_for_once((base, mine, theirs) in state()) {
            let plan = merge(&base, &mine, &theirs);
            for key in mine.keys() {
                let places = usize::from(plan.send.contains_key(key))
                    + usize::from(plan.settled.contains(key))
                    + usize::from(plan.taken.contains(key))
                    + usize::from(plan.conflicts.contains(key));
                prop_assert_eq!(places, 1, "{}", key);
            }
            let total = plan.send.len() + plan.settled.len() + plan.taken.len() + plan.conflicts.len();
            prop_assert_eq!(total, mine.len());
        }

        /// When the server did not change, every edit is sent as is and nothing conflicts.
        #[test]
        fn an_unchanged_server_takes_every_edit((base, mine, _) in state()) {
            let theirs: BTreeMap<String, Value> = base
                .iter()
                .filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v)))
                .collect();
            let plan = merge(&base, &mine, &theirs);
            prop_assert!(plan.conflicts.is_empty());
            for (key, value) in &mine {
                if value.is_some() && value != &base[key] {
                    prop_assert_eq!(plan.send.get(key), value.as_ref());
                }
            }
        }

        /// A conflict needs three different values; a key changed only on one side never is one.
        #[test]
        fn conflicts_only_when_both_sides_changed((base, mine, theirs) in state()) {
            let plan = merge(&base, &mine, &theirs);
            for key in &plan.conflicts {
                let (b, m, t) = (base[key].as_ref(), mine[key].as_ref(), theirs.get(key));
                prop_assert!(b != m && b != t && m != t);
            }
        }

        /// Swapping "mine" and "theirs" finds the same conflicts: neither side is favoured.
        #[test]
        fn conflicts_are_symmetric((base, mine, theirs) in state()) {
            let plan = merge(&base, &mine, &theirs);
            let swapped_mine: BTreeMap<String, Option<Value>> =
                mine.keys().map(|k| (k.clone(), theirs.get(k).cloned())).collect();
            let swapped_theirs: BTreeMap<String, Value> = mine
                .iter()
                .filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v)))
                .chain(theirs.iter().filter(|(k, _)| !mine.contains_key(*k)).map(|(k, v)| (k.clone(), v.clone())))
                .collect();
            let swapped = merge(&base, &swapped_mine, &swapped_theirs);
            prop_assert_eq!(plan.conflicts, swapped.conflicts);
        }

        /// After the plan's values reach the server, merging again sends nothing and finds no
        /// new conflict: syncing twice (a retry after a crash) changes nothing.
        #[test]
        fn applying_the_plan_converges((base, mine, theirs) in state()) {
            let plan = merge(&base, &mine, &theirs);
            let mut server = theirs;
            for (key, value) in &plan.send {
                server.insert(key.clone(), value.clone());
            }
            let still_pending: BTreeMap<String, Option<Value>> = mine
                .iter()
                .filter(|(k, _)| plan.send.contains_key(*k) || plan.conflicts.contains(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let again = merge(&base, &still_pending, &server);
            prop_assert!(again.send.is_empty());
            prop_assert_eq!(&again.conflicts, &plan.conflicts);
            for key in plan.send.keys() {
                prop_assert!(again.settled.contains(key));
            }
        }

        /// Keys with no pending edit are never sent: the server's change to them stands.
        #[test]
        fn server_only_changes_are_never_overwritten((base, mine, theirs) in state()) {
            let plan = merge(&base, &mine, &theirs);
            for key in plan.send.keys() {
                prop_assert!(mine.contains_key(key));
            }
        }
    }
}
