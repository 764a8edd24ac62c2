//! The one outbox engine, for every slice that edits offline (preferences, profile fields):
//! the three-way merge that decides what each waiting edit becomes when the server's values are
//! known ([`merge()`]). The rows themselves (base, revision, sent value, conflict, refusal) are
//! the store's `outbox` table (`store::Edits`); each slice's sync reads them, merges, sends and
//! settles with the same rules.

pub mod merge;

pub use merge::{KeyMerge, MergePlan, merge, merge_key};
